// The commit phase: the manifest written into the staging tree (so the two are swapped in together and can
// never disagree), whatever the recycled tree held and this build did not make removed, the tree swapped in
// for out/, and the stamps of the files read kept for the next build.
import type { BuildInputs } from './inputs.ts';
import { MANIFEST_PATH, serializeManifest, type ReleaseEntry } from './manifest.ts';
import type { Indexes } from './indexes.ts';
import type { Staging } from './staged-output.ts';

/** `record`: false when the manifest cannot describe this tree (a contested id): the next build starts from scratch. */
export async function commitBuild(inputs: BuildInputs, staging: Staging, entries: Record<string, ReleaseEntry>, indexes: Indexes, record: boolean): Promise<void> {
  if (record) {
    // out/ is public: a release under embargo stays out of the manifest (and is rendered again next time).
    const releases = Object.fromEntries(Object.entries(entries).filter(([, entry]) => !Object.values(entry.states).includes('embargoed')));
    const { indexKey, indexFiles } = indexes;
    staging.writer.write(MANIFEST_PATH, serializeManifest({ pipeline: inputs.pipeline, settings: inputs.settingsKey, releases, indexKey, indexFiles }));
  }
  staging.writer.clearRest();
  await staging.commit();
  await inputs.stamps.save();
}
