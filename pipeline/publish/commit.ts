// The commit phase: the manifest written into the staged state tree, naming the public tree it describes (a
// manifest is trusted only beside that tree), whatever the recycled tree held and this build did not make removed, the tree swapped in
// for out/, and the stamps of the files read kept for the next build.
import type { BuildInputs } from './inputs.ts';
import { toMessage } from './messages.ts';
import { completeManifest, MANIFEST_PATH, manifestParts, type Manifest, type ReleaseEntry } from './manifest.ts';
import type { Indexes } from './indexes.ts';
import type { StagedTrees } from './trees.ts';

/**
 * Returns the manifest written. `deferred` (trees changed in place, for a preview): the manifest and the stamps are
 * written by `persisted`, once the caller has answered (the page reloaded); the next build must wait for it.
 */
export async function commitBuild(inputs: BuildInputs, staging: StagedTrees, entries: Record<string, ReleaseEntry>, indexes: Indexes, deferred = false, lost: string[] = []): Promise<{ manifest: Manifest; persisted: Promise<void> }> {
  // A release under embargo or scheduled (a kill in the private tree too) stays out of the manifest (and is rendered again next time).
  const releases = Object.fromEntries(Object.entries(entries).filter(([, entry]) => entry.embargoed !== true && !Object.values(entry.states).some((state) => state === 'embargoed' || state === 'scheduled')));
  const { indexKey, indexFiles, indexKeys, archive } = indexes;
  const manifest = { pipeline: inputs.pipeline, settings: inputs.settingsKey, tree: staging.identity, releases, indexKey, indexFiles, indexKeys, archive, glossaryMessages: inputs.glossaryReport.messages.map(toMessage), ...(lost.length > 0 ? { lost } : {}) };
  const persist = async () => {
    staging.writer.writeParts(MANIFEST_PATH, manifestParts(manifest));
    await inputs.stamps.save();
  };
  if (deferred) {
    staging.writer.clearRest();
    await staging.commit();
    // Killed before this runs, the trees have no manifest and the next start builds them afresh.
    const persisted = new Promise((resolve) => setTimeout(resolve, 0)).then(persist);
    return { manifest: completeManifest(manifest), persisted };
  }
  staging.writer.writeParts(MANIFEST_PATH, manifestParts(manifest));
  staging.writer.clearRest();
  await staging.commit();
  await inputs.stamps.save();
  return { manifest: completeManifest(manifest), persisted: Promise.resolve() };
}
