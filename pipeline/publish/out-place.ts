// Where the build may write. out/ is replaced whole, so it must be a directory the build owns, holding nothing
// but output: not a link, not a file, not the project nor anything in it that is not output. The same holds for
// the private tree (embargoed copies for agencies) and the build's state (manifest, feed entries), both outside
// out/. Every check is on real paths, with the links of every ancestor resolved, and all are made before
// anything is touched.
import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { readPressroomSettings } from '../project/package-file.ts';
import { ownedTreesOf } from './owned-trees.ts';

/** The three trees a build writes, as real absolute paths. */
export interface OutputPlaces {
  /** out/: public, what the web server serves. */
  public: string;
  /** Embargoed wire text and ninjs, for agencies only: never to be served publicly. Default: out-private/ beside out/. */
  private: string;
  /** The build's own record (manifest, feed entries): .out-state/ beside out/. */
  state: string;
}

const within = (parent: string, child: string) => {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/** `path` with the links of every existing ancestor resolved (the last part itself is not followed). */
function realPlace(path: string): string {
  const parent = dirname(path);
  if (parent === path) return path;
  if (existsSync(parent)) return join(realpathSync(parent), basename(path));
  return join(realPlace(parent), basename(path));
}

/** The private tree's place from package.json `"pressroom": { "privateDir" }`, relative to the project. */
function configuredPrivateDir(root: string): string | undefined {
  const { privateDir } = readPressroomSettings(root);
  return typeof privateDir === 'string' ? privateDir : undefined;
}

/** Why the tree at `place` cannot be written by this build, or how it is to be taken: undefined when it is absent or the build's own. */
function refusal(place: string, root: string): string | 'adopt' | undefined {
  let stats;
  try {
    stats = lstatSync(place);
  } catch {
    return undefined;
  }
  if (stats.isSymbolicLink()) return `it is a symbolic link (to ${readlinkSync(place)}); give the real directory, or a new one`;
  if (!stats.isDirectory()) return 'it is not a directory';
  if (ownedTreesOf(place).owns(place)) return undefined;
  const entries = readdirSync(place);
  // An empty directory, or out/ as an earlier pressroom left it (its manifest inside): taken over.
  if (entries.length === 0 || existsSync(join(place, '.pressroom/manifest.json'))) return 'adopt';
  const listed = `${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}`;
  const owned = ownedTreesOf(place);
  // The build's own tree whose record was deleted cannot be told from someone's folder: it is never taken, and
  // the user is told exactly how to let the build make it again.
  const record = join(dirname(place), '.pressroom-trees.json');
  return `it holds files pressroom build has no record of making (${listed}; ${owned.exists() ? `${record} does not name it` : `there is no ${record}`}); if it is the output of an earlier build, delete it yourself (rm -r '${place}') and build again; otherwise move the files away or choose another directory`;
}

export type Placed = { places: OutputPlaces; adopt: string[] } | { problem: string; flag: string; value: string };

/** The build's three trees for `--out out` and `--private privateDir` in the project at `root`, or why not. */
export function outputPlaces(root: string, out: string, privateDir?: string): Placed {
  const realRoot = realpathSync(root);
  const sources = ['releases', 'locales'].map((name) => {
    const path = join(realRoot, name);
    return { name, real: existsSync(path) ? realpathSync(path) : path };
  });
  const publicDir = realPlace(resolve(root, out));
  const privateValue = privateDir ?? configuredPrivateDir(root);
  const places: OutputPlaces = {
    public: publicDir,
    private: privateValue === undefined ? join(dirname(publicDir), `${basename(publicDir)}-private`) : realPlace(resolve(root, privateValue)),
    state: join(dirname(publicDir), `.${basename(publicDir)}-state`),
  };
  const flags = { public: ['--out', out], private: ['--private', privateValue ?? places.private], state: ['--out', out] } as const;
  const adopt: string[] = [];
  for (const kind of ['public', 'private', 'state'] as const) {
    const place = places[kind];
    const fail = (problem: string) => ({ problem: kind === 'state' ? `its state directory ${place} cannot be used: ${problem}` : problem, flag: flags[kind][0], value: flags[kind][1] });
    if (within(place, realRoot)) return fail('it holds the project itself');
    for (const { name, real } of sources) {
      if (within(real, place)) return fail(`it is inside ${name}/`);
      if (within(place, real)) return fail(`it holds ${name}/`);
    }
    for (const other of ['public', 'private', 'state'] as const) {
      if (other !== kind && (within(place, places[other]) || within(places[other], place))) return fail(`it overlaps the ${other} tree ${places[other]}`);
    }
    const why = refusal(place, realRoot);
    if (why === 'adopt') adopt.push(place);
    else if (why) return fail(why);
  }
  return { places, adopt };
}
