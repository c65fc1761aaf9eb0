// The link phase: unchanged releases' files carried into the staging tree (kept where the recycled tree
// already holds them, hard-linked from out/ otherwise), and every release's entry for the manifest.
//
// A release that built before and no longer parses keeps what it published (held, as under a contested id): a
// typo in a published release's front matter must not take its pages away from the agencies that filed them.
// So does a published release whose file is gone: a slip of `rm` or a branch switch is not a withdrawal, and
// agencies are told of a withdrawal only through the release's own `status: withdrawn`.
import type { BuildInputs } from './inputs.ts';
import { isOutput, type Manifest, type ReleaseEntry } from './manifest.ts';
import { toMessage, type Message } from './messages.ts';
import { carryProblem, heldEntryIn, recordedIds, staleAddress, type PublishedBefore } from './held.ts';
import { mayHaveHandedOut, recordPath, recordReader, unreadableRecord, type RecordReader } from './publication-record.ts';
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
  /** Messages on the records of releases published and now lost (held.ts recordedIds), by record path. */
  lost: Record<string, Message[]>;
  /** The ids of releases whose files are gone and that could not be carried over: the manifest keeps them, to name them again. */
  lostIds: string[];
}

/** The entry of a release that made no files (it failed, or is held or gone): its key and what is said of it. */
const bareEntry = (key: string, messages: Message[] = []): ReleaseEntry => ({ key, messages, memoryMessages: {}, listed: {}, states: {}, files: [] });

/**
 * `spare`: the manifest of the recycled staging trees, when they are; other files are linked from the trees being replaced.
 * `before`: what the previous build published (its manifest, trusted or not for reuse): releases that no longer build are held from it.
 */
export function linkUnchanged(plan: BuildPlan, rendered: Iterable<RenderedRelease>, inputs: BuildInputs, staging: StagedTrees, spare: Manifest | undefined, before: PublishedBefore | undefined): Linked {
  const { writer } = staging;
  const entries: Record<string, ReleaseEntry> = {};
  const results = rendered[Symbol.iterator]();
  let kept = 0;
  let written = 0;
  /** Paths that did not build this time, where the previous build made something. */
  const broken: string[] = [];
  /** The id each release that did not render seemed to have (its front matter, read quickly). */
  const meant = new Map<string, string>();
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
        entries[path] = bareEntry(item.key, messages());
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
        if (result.id === undefined) {
          broken.push(path);
          meant.set(path, item.id);
        }
        break;
      }
    }
  }
  // Only what can be carried from the previous out/ as it was published is held; the rest is named (held.ts).
  const languages = inputs.settings.languages;
  /** The ids of what the previous build published and this one holds or has named as lost. */
  const named = new Set<string>();
  /** By path, the languages a held release was published in, as the previous manifest has it: its pages link them all. */
  const pagesIn = new Map<string, string[]>();
  /** By path, held releases whose record cannot be read: said once what is held is settled (below). */
  const unreadable = new Map<string, { id: string; problem: string; carried: boolean }>();
  const records = recordReader(inputs.root);
  const carriable = (path: string, entry: ReleaseEntry): HeldRelease | string => {
    named.add(entry.id!);
    pagesIn.set(path, languagesOf(entry));
    const problem = before && carryProblem(heldEntryIn(entry, languages), entry.id!, before, staging.writer, records);
    const filed = records(entry.id!);
    if (filed.problem !== undefined) unreadable.set(path, { id: entry.id!, problem: filed.problem, carried: problem === undefined });
    return problem ?? { path, entry: heldEntryIn(entry, languages) };
  };
  const contested = plan.held.flatMap(({ path, entry }) => {
    const held = carriable(path, entry);
    if (typeof held !== 'string') return [held];
    (entries[path] ??= bareEntry(entry.key)).messages.push(heldLost(entry.id!, held, 'contested'));
    return [];
  });
  const stayed = [...contested, ...heldBroken(broken, before?.manifest, entries, contested, carriable)];
  const lostGone: string[] = [];
  const gone = heldGone(plan, records, before?.manifest, entries, stayed, carriable, lostGone);
  const held = [...stayed, ...gone];
  for (const [path, { id, problem, carried }] of unreadable) {
    const instead = carried
      ? 'what the previous out/ holds of it is carried over as it is, unchecked against the record; repair the file, or delete it to have the release\'s next build record afresh from out/'
      : 'nothing else can tell what was published of it (it could not be carried over either); repair the file, or delete it if nothing of the release was ever published';
    (entries[path] ??= bareEntry(held.find((one) => one.path === path)?.entry.key ?? '')).messages.push(recordUnreadable(id, problem, instead));
  }
  const lost = lostWithoutRecord(inputs.root, records, before, entries, held, meant, named);
  // The files that are gone join the others in path order, as the messages and the manifest list them.
  const listed = Object.keys(entries).length === plan.releases.length ? entries : Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const recorded = { ...listed };
  for (const { path, entry } of held) {
    // What agencies filed (the record, else the previous manifest) and is not carried: its pages still link it.
    const carried = languagesOf(entry);
    const missing = [...new Set([...(pagesIn.get(path) ?? []), ...Object.keys(records(entry.id!).record)])].filter((language) => !carried.includes(language)).sort();
    const leftOut = missing.filter((language) => !(languages as readonly string[]).includes(language));
    const lostHere = missing.filter((language) => (languages as readonly string[]).includes(language));
    if (lostHere.length > 0) (listed[path] ??= bareEntry(entry.key)).messages.push(languagesLost(entry.id!, lostHere));
    const address = staleAddress(entry, entry.id!, inputs.baseUrl, writer);
    const stale = [
      ...(address ? [`its files still link to ${address}, where the site was when they were made (canonical, hreflang, ninjs uri, feed links), not to ${inputs.baseUrl}`] : []),
      ...(leftOut.length > 0 ? [`its pages still link to its versions in ${leftOut.join(', ')}, which this build leaves out`] : []),
    ];
    if (stale.length > 0) staleLinks(listed, path, entry, stale.join('; '));
    carry(path, entry);
    recorded[path] = entry;
  }
  return { entries: listed, recorded, built: builtReleases(plan, listed, held), kept, written, lost, lostIds: [...lostGone, ...Object.keys(lost).map(lostId)].sort() };
}

/** The languages a release entry has pages in. */
const languagesOf = (entry: ReleaseEntry): string[] => [...new Set(entry.files.flatMap((file) => /^([^/]+)\/[^/]+\/index\.html$/.exec(file)?.[1] ?? []))];

/** Versions of a held release that a build of fewer languages left out of out/: nothing can carry them back. */
function languagesLost(id: string, lost: string[]): Message {
  return {
    reason: `what was published as \`${id}\` in ${lost.join(', ')} could not be carried over (a build of fewer languages left ${lost.length === 1 ? 'that version' : 'those versions'} out of out/): no longer in out/ nor in the feeds, and the agencies that filed ${lost.length === 1 ? 'it' : 'them'} were not told, while its other pages still link ${lost.length === 1 ? 'it' : 'them'}; make the release build again to publish ${lost.length === 1 ? 'it' : 'them'} anew, or withdraw it (\`status: withdrawn\`, with a \`reason\` and \`updated\`) to tell them`,
    line: 1,
    column: 1,
    ruleId: 'held-lost',
    source: RULE_SOURCE,
    fatal: false,
  };
}

/** The id a record path of Linked.lost names. */
export const lostId = (path: string) => path.slice(recordPath('').length - '.json'.length, -'.json'.length);

/**
 * Releases the project's records say agencies were handed that are neither built nor held, where no manifest said so
 * above: a release that does not build (every time: its record stays until it builds or is withdrawn), and, when no
 * manifest describes out/ (none, or out/ deleted or replaced), each record no release builds.
 */
function lostWithoutRecord(root: string, records: RecordReader, before: PublishedBefore | undefined, entries: Record<string, ReleaseEntry>, held: HeldRelease[], meant: Map<string, string>, named: ReadonlySet<string>): Record<string, Message[]> {
  const taken = new Set([...takenIds(entries, held), ...named]);
  const said = (path: string) => entries[path]?.messages.some((message) => message.ruleId === 'held-lost') === true;
  const why = before?.inTree ? 'the last build did not hold it either' : 'no record of the last build describes the present out/ (deleted, replaced, or made by a version of pressroom that cannot be read)';
  for (const [path, id] of meant) {
    if (taken.has(id) || said(path) || !mayHaveHandedOut(records, id)) continue;
    const { problem } = records(id);
    entries[path]!.messages.push(problem === undefined ? heldLost(id, why, 'broken') : recordUnreadable(id, problem, `if it was published, it could not be carried over (${why}): it would be no longer in out/ nor in the feeds, and the agencies that filed it not told; repair the file, make this release build again, or withdraw it (\`status: withdrawn\`, with a \`reason\` and \`updated\`) to tell them`));
  }
  // Named once, a lost release is named again by every build (the manifest keeps its id) until it builds or its record goes.
  const skip = new Set([...taken, ...meant.values()]);
  const candidates = before?.inTree ? (before.manifest.lost ?? []).filter((id) => !skip.has(id) && mayHaveHandedOut(records, id)) : recordedIds(root, skip, records);
  const lost: Record<string, Message[]> = {};
  for (const id of candidates) {
    const { problem } = records(id);
    // About the record as a whole: no line and column.
    lost[recordPath(id)] = [
      problem === undefined
        ? { ...heldLost(id, why, 'gone'), line: undefined, column: undefined, reason: `\`${id}\` was published, and no release builds it now, nor could it be carried over (${why}): it is no longer in out/ nor in the feeds, and the agencies that filed it were not told; restore its release and build to publish it anew, or withdraw it (\`status: withdrawn\`, with a \`reason\` and \`updated\`) to tell them; to drop it without telling them, delete this file` }
        : { ...recordUnreadable(id, problem, `if it was published, no release builds it now, nor could it be carried over (${why}): it would be no longer in out/ nor in the feeds, and the agencies that filed it not told; repair this file, restore its release and build, or withdraw it (\`status: withdrawn\`, with a \`reason\` and \`updated\`) to tell them; to drop it without telling them, delete this file`), line: undefined, column: undefined },
    ];
  }
  return lost;
}

/** A record there but unreadable, said as the render task says it, with what was done without it. */
function recordUnreadable(id: string, problem: string, instead: string): Message {
  return { reason: unreadableRecord(id, problem, instead), line: 1, column: 1, ruleId: 'publication-record', source: RULE_SOURCE, fatal: false };
}

/** A held release that cannot be carried over: it is no longer published, and agencies were not told. */
function heldLost(id: string, problem: string, why: 'broken' | 'gone' | 'contested'): Message {
  const fix = {
    broken: 'make this file build again to publish it anew, or withdraw the release (`status: withdrawn`, with a `reason` and `updated`) to tell them',
    gone: `restore this file and build to publish it anew, or withdraw it (\`status: withdrawn\`, with a \`reason\` and \`updated\`) to tell them; to drop it without telling them, delete ${recordPath(id)}`,
    contested: 'give one of the releases claiming its id another id, so that it builds again',
  }[why];
  return {
    reason: `what was published as \`${id}\` could not be carried over (${problem}): it is no longer in out/ nor in the feeds, and the agencies that filed it were not told; ${fix}`,
    line: 1,
    column: 1,
    ruleId: 'held-lost',
    source: RULE_SOURCE,
    fatal: false,
  };
}

/**
 * A held release whose carried files link where this build publishes nothing (another address, languages left out):
 * said in its held warning (or beside the error that holds it), on every build until it builds again, so that nobody
 * takes its old links for current ones.
 */
function staleLinks(entries: Record<string, ReleaseEntry>, path: string, held: ReleaseEntry, clause: string): void {
  const messages = (entries[path] ??= bareEntry(held.key)).messages;
  const said = messages.findIndex((message) => message.ruleId === 'held-release' || message.ruleId === 'missing-release');
  if (said >= 0) messages[said] = { ...messages[said]!, reason: `${messages[said]!.reason}; ${clause}` };
  else messages.push({ reason: `what was published as \`${held.id}\` is held as it was: ${clause}`, line: 1, column: 1, ruleId: 'held-release', source: RULE_SOURCE, fatal: false });
}

/** The ids that releases build under now, or that are held already: what is held must not take them. */
const takenIds = (entries: Record<string, ReleaseEntry>, held: HeldRelease[]) =>
  new Set([...Object.values(entries), ...held.map((one) => one.entry)].flatMap((entry) => (entry.id === undefined ? [] : [entry.id])));

/**
 * What the previous build published of each release whose file is gone, while the project's publication record says
 * agencies were handed it. Deleting that record too is how a release is dropped without telling them.
 */
function heldGone(plan: BuildPlan, records: RecordReader, previous: Manifest | undefined, entries: Record<string, ReleaseEntry>, held: HeldRelease[], carriable: (path: string, entry: ReleaseEntry) => HeldRelease | string, lost: string[]): HeldRelease[] {
  if (!previous) return [];
  const present = new Set(plan.releases.map((item) => item.path));
  const heldPaths = new Set(held.map((one) => one.path));
  const gone = Object.entries(previous.releases).filter(([path, entry]) => !present.has(path) && !heldPaths.has(path) && !(path in entries) && entry.id !== undefined && entry.files.length > 0);
  if (gone.length === 0) return [];
  const taken = takenIds(entries, held);
  return gone.flatMap(([path, entry]) => {
    const id = entry.id!;
    // No record is how a release is dropped without telling agencies; one there but unreadable is not that.
    const filed = records(id);
    if (taken.has(id) || (filed.text === undefined && filed.problem === undefined)) return [];
    const carried = carriable(path, entry);
    if (typeof carried === 'string') lost.push(id);
    entries[path] = bareEntry(entry.key, typeof carried === 'string' ? [heldLost(id, carried, 'gone')] : [{
      reason: `this file is gone, and what was published from it as \`${id}\` stays as it was, in out/ and in the feeds: to take it down, restore the file and withdraw the release (\`status: withdrawn\`, with a \`reason\` and \`updated\`, in its front matter tells the agencies that filed it); to drop it without telling them, delete ${recordPath(id)} as well`,
      line: 1,
      column: 1,
      ruleId: 'missing-release',
      source: RULE_SOURCE,
      fatal: false,
    }]);
    return typeof carried === 'string' ? [] : [carried];
  });
}

/** What the previous build made of each release that no longer parses, unless its id has since gone to another release. */
function heldBroken(broken: string[], previous: Manifest | undefined, entries: Record<string, ReleaseEntry>, contested: HeldRelease[], carriable: (path: string, entry: ReleaseEntry) => HeldRelease | string): HeldRelease[] {
  const before = broken.flatMap((path) => {
    const entry = previous?.releases[path];
    return entry?.id !== undefined && entry.files.length > 0 ? [{ path, entry }] : [];
  });
  if (before.length === 0) return [];
  const taken = takenIds(entries, contested);
  const held: HeldRelease[] = [];
  for (const { path, entry } of before.filter((one) => !taken.has(one.entry.id!))) {
    const carried = carriable(path, entry);
    if (typeof carried === 'string') {
      entries[path]!.messages.push(heldLost(entry.id!, carried, 'broken'));
      continue;
    }
    held.push(carried);
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
