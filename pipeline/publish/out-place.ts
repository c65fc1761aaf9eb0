// Where the build may write: out/ is replaced whole, so it must hold nothing but output.
import { isAbsolute, relative, resolve } from 'node:path';

/** Why `out` cannot be the output directory of the project at `root`; undefined when it can. */
export function unsafeOutput(root: string, out: string): string | undefined {
  const within = (parent: string, child: string) => {
    const path = relative(parent, child);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  if (within(out, root)) return 'it holds the project itself';
  for (const sources of ['releases', 'locales']) if (within(resolve(root, sources), out)) return `it is inside ${sources}/`;
  return undefined;
}
