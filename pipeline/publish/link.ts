// The link phase: unchanged releases' files carried into the staging tree (kept where the recycled tree
// already holds them, hard-linked from out/ otherwise), and every release's entry for the manifest.
//
// A release that built before and no longer parses keeps what it published (held, as under a contested id): a
// typo in a published release's front matter must not take its pages away from the agencies that filed them.
import type { BuildInputs } from './inputs.ts';
import { isOutput, type Manifest, type ReleaseEntry } from './manifest.ts';
import { toMessage } from './messages.ts';
import { RULE_SOURCE } from '../problems.ts';
import type { BuildPlan, HeldRelease } from './plan.ts';
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

/**
 * `spare`: the manifest of the recycled staging trees, when they are; other files are linked from the trees being replaced.
 * `previous`: the manifest of the trees being replaced, whose releases that no longer parse are held.
 */
export function linkUnchanged(plan: BuildPlan, rendered: Iterable<RenderedRelease>, inputs: BuildInputs, staging: StagedTrees, spare: Manifest | undefined, previous: Manifest | undefined): Linked {
  const { writer } = staging;
  const entries: Record<string, ReleaseEntry> = {};
  const results = rendered[Symbol.iterator]();
  let kept = 0;
  let written = 0;
  /** Paths that did not build this time, where the previous build made something. */
  const broken: string[] = [];
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
        if (item.state === 'failed') broken.push(path);
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
        if (result.id === undefined) broken.push(path);
        break;
      }
    }
  }
  const held = [...plan.held, ...heldBroken(broken, previous, entries, plan.held)];
  const recorded = { ...entries };
  for (const { path, entry } of held) {
    carry(path, entry);
    recorded[path] = entry;
  }
  return { entries, recorded, built: builtReleases(plan, entries, held), kept, written };
}

/** What the previous build made of each release that no longer parses, unless its id has since gone to another release. */
function heldBroken(broken: string[], previous: Manifest | undefined, entries: Record<string, ReleaseEntry>, contested: HeldRelease[]): HeldRelease[] {
  const before = broken.flatMap((path) => {
    const entry = previous?.releases[path];
    return entry?.id !== undefined && entry.files.length > 0 ? [{ path, entry }] : [];
  });
  if (before.length === 0) return [];
  const taken = new Set([...Object.values(entries), ...contested.map((one) => one.entry)].flatMap((entry) => (entry.id === undefined ? [] : [entry.id])));
  const held = before.filter(({ entry }) => !taken.has(entry.id!));
  for (const { path, entry } of held) {
    entries[path]!.messages.push({
      reason: `what was published as \`${entry.id}\` stays as it was, in out/ and in the feeds, until this file builds again`,
      line: 1,
      column: 1,
      ruleId: 'held-release',
      source: RULE_SOURCE,
      fatal: false,
    });
  }
  return held;
}

/** Releases published under an id they own, and what is held (under contested ids, or of releases that no longer parse), in path order. */
export function builtReleases(plan: BuildPlan, entries: Record<string, ReleaseEntry>, held: HeldRelease[] = plan.held): BuiltRelease[] {
  const owned = plan.releases.flatMap((item) => ((item.state === 'unchanged' || item.state === 'render') && entries[item.path]!.id !== undefined ? [{ path: item.path, entry: entries[item.path]! }] : []));
  // The plan is in path order already; only what is held must find its place.
  const all = held.length === 0 ? owned : [...owned, ...held].sort((a, b) => a.path.localeCompare(b.path));
  return all.map(({ entry }) => ({ ...entry, id: entry.id! }));
}
