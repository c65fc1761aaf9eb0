// The link phase: unchanged releases' files carried into the staging tree (kept where the recycled tree
// already holds them, hard-linked from out/ otherwise), and every release's entry for the manifest.
import type { BuildInputs } from './inputs.ts';
import { isOutput, type Manifest, type ReleaseEntry } from './manifest.ts';
import { toMessage } from './messages.ts';
import type { BuildPlan } from './plan.ts';
import type { RenderedRelease } from './render-task.ts';
import type { StagedTrees } from './trees.ts';

/** A release that built under an id: what the indexes, the summary and the reports are made from. */
export type BuiltRelease = ReleaseEntry & { id: string };

export interface Linked {
  /** By release path, in path order: what each release file made, with its messages. */
  entries: Record<string, ReleaseEntry>;
  /** What the manifest records: the entries, with what is held under contested ids in place of the contest. */
  recorded: Record<string, ReleaseEntry>;
  built: BuiltRelease[];
  /** Output files carried over unchanged. */
  kept: number;
  /** Output files the render phase wrote. */
  written: number;
}

/** `spare`: the manifest of the recycled staging trees, when they are; other files are linked from the trees being replaced. */
export function linkUnchanged(plan: BuildPlan, rendered: Iterable<RenderedRelease>, inputs: BuildInputs, staging: StagedTrees, spare: Manifest | undefined): Linked {
  const { writer } = staging;
  const entries: Record<string, ReleaseEntry> = {};
  const results = rendered[Symbol.iterator]();
  let kept = 0;
  let written = 0;
  const carry = (path: string, entry: ReleaseEntry) => {
    const there = spare?.releases[path];
    const current = there === entry || (there?.key === entry.key && there.files.join('\n') === entry.files.join('\n'));
    for (const file of entry.files) {
      if (current) writer.keep(file);
      else writer.link(file);
    }
    kept += entry.files.filter(isOutput).length;
  };
  for (const item of plan.releases) {
    const { path } = item;
    const messages = () => item.file.messages.map(toMessage);
    switch (item.state) {
      case 'unchanged':
        carry(path, item.entry);
        entries[path] = item.entry;
        break;
      case 'failed':
      case 'duplicate':
        entries[path] = { key: item.key, messages: messages(), memoryMessages: {}, listed: {}, states: {}, files: [] };
        break;
      case 'render': {
        const { read, review: _review, ...result } = results.next().value as RenderedRelease;
        for (const file of result.files) writer.keep(file);
        for (const [memory, stamp] of Object.entries(read)) inputs.stamps.record(memory, stamp);
        written += result.files.filter(isOutput).length;
        entries[path] = {
          ...result,
          key: inputs.releaseKey(path, result.id, read, result.media),
          ...(result.embargo === undefined ? {} : { embargoed: inputs.embargoed(result.embargo) }),
          messages: [...messages(), ...result.messages],
        };
        break;
      }
    }
  }
  const recorded = { ...entries };
  for (const { path, entry } of plan.held) {
    carry(path, entry);
    recorded[path] = entry;
  }
  return { entries, recorded, built: builtReleases(plan, entries), kept, written };
}

/** Releases published under an id they own, and what is held under contested ids, in path order. */
export function builtReleases(plan: BuildPlan, entries: Record<string, ReleaseEntry>): BuiltRelease[] {
  const owned = plan.releases.flatMap((item) => ((item.state === 'unchanged' || item.state === 'render') && entries[item.path]!.id !== undefined ? [{ path: item.path, entry: entries[item.path]! }] : []));
  // The plan is in path order already; only what is held must find its place.
  const all = plan.held.length === 0 ? owned : [...owned, ...plan.held].sort((a, b) => a.path.localeCompare(b.path));
  return all.map(({ entry }) => ({ ...entry, id: entry.id! }));
}
