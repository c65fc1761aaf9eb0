// Where the build keeps its own record in the state tree beside out/: paths a render writes and the manifest lists.

/**
 * What the feeds show of a release, one file per release beside the manifest: the feeds need only the newest
 * few, and keeping every body in the manifest made it the biggest file read and written on every build.
 */
export const feedEntriesPath = (id: string) => `.pressroom/feeds/${id}.json`;

/** Whether a file is output for readers (public or private), not the build's own record under .pressroom/ (counted apart). */
export const isOutput = (path: string) => !path.startsWith('.pressroom/');
