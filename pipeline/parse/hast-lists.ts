// Lists into hast in linear time. mdast-util-to-hast works out, for every list item, whether its whole list is
// loose by looking at every item of the list: quadratic, minutes for a 2 MB list. This handler works each list's
// looseness out once and hands the default handler a list that answers at once.
import type { List } from 'mdast';
import { defaultHandlers, type Handler, type Handlers } from 'mdast-util-to-hast';

const looseness = new WeakMap<List, boolean>();

const listItem: Handler = (state, node, parent) => {
  if (parent?.type !== 'list') return defaultHandlers.listItem(state, node, parent);
  let loose = looseness.get(parent);
  if (loose === undefined) {
    loose = Boolean(parent.spread) || parent.children.some((item) => item.spread ?? item.children.length > 1);
    looseness.set(parent, loose);
  }
  return defaultHandlers.listItem(state, node, { type: 'list', spread: loose, children: [] });
};

/** Handlers for mdast-util-to-hast and remark-rehype. */
export const linearListHandlers: Partial<Handlers> = { listItem };
