// The walks a build makes over every release's trees (mdast and hast), by hand: unist-util-visit's generality
// (tests, ancestors, skipping, a closure made per node) costs more than the visits themselves, thousands of
// releases over.

interface Node {
  type: string;
  children?: Node[];
}

/**
 * Call `visit` with every node of `tree` (itself included) whose type is `type`, in document order (preorder), as
 * unist-util-visit(tree, type, visit) does for a visitor that leaves the tree's shape as it is.
 */
export function eachOfType<T>(tree: object, type: string, visit: (node: T) => void): void {
  const node = tree as Node;
  if (node.type === type) visit(node as T);
  const children = node.children;
  if (children) for (let index = 0; index < children.length; index++) eachOfType(children[index]!, type, visit);
}

/** Call `visit` with every node of `tree` (itself included) in document order (preorder), as unist-util-visit(tree, visit) does. */
export function eachNode<T>(tree: object, visit: (node: T) => void): void {
  const node = tree as Node;
  visit(node as T);
  const children = node.children;
  if (children) for (let index = 0; index < children.length; index++) eachNode(children[index]!, visit);
}
