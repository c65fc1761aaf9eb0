// An XLIFF 2.0 file back into translation memories. All or nothing: when any unit no longer fits the current
// release (its Italian changed) or conflicts with a newer edit in the memory, nothing is written and every such
// unit gets its own message. States map back as ./states.ts describes.
import { checkRelease, STATE_RULES } from '../check/index.ts';
import { EMPTY_GLOSSARY, type Glossary } from '../glossary.ts';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { VFile } from 'vfile';
import type { Point, Release, TargetLanguage } from '../release.ts';
import { TARGET_LANGUAGES } from '../release.ts';
import { htmlKey } from '../inline/index.ts';
import { reportError, reportWarning } from '../problems.ts';
import type { Memory, MemoryEntry, PreviousTranslation, TranslationState } from '../translate/memory.ts';
import { emptyMemory } from '../translate/memory.ts';
import { entryVersion, reviewSegments } from '../translate/review.ts';
import { inlineToHtml } from './inline.ts';
import { elementChildren, isXliff, MDA_NS, readInline, readText, XLIFF_NS } from './dom.ts';
import { importState, isXliffState, SUBSTATE_PREFIX, type XliffState } from './states.ts';
import { addComment, carryThread, COMMENT_LIMIT, commentText, emptyComments, type Comments } from '../translate/comments.ts';
import { firstControlCharacter } from '../parse/characters.ts';
import { commentNoteId } from './export.ts';

export interface XliffImportInput {
  /** The file's path as shown in messages. */
  path: string;
  xml: string;
  releases: Release[];
  /** The memory of a release as it is now: undefined when there is none yet, `unreadable` when it has errors. */
  memory(language: TargetLanguage, release: Release): Memory | undefined | 'unreadable';
  reviewer: string;
  /** ISO 8601 time recorded on imported units. */
  now: string;
  /** Fixed translations the checks hold imported units to. */
  glossary?: Glossary;
  /**
   * The comments beside a memory as they are now (undefined: none yet; `unreadable`: the file has errors). Without
   * it, notes of category `comment` are not read.
   */
  comments?(language: TargetLanguage, release: Release): Comments | undefined | 'unreadable';
}

export interface XliffImportResult {
  ok: boolean;
  language?: TargetLanguage;
  /** Messages, placed on the XLIFF file. */
  file: VFile;
  /** Memories that change, by release id. */
  memories: Map<string, Memory>;
  /** Comment files that change (comments added in the CAT tool), by release id. */
  comments: Map<string, Comments>;
  /** `already`: units the memory already holds as the file has them (a file imported twice). `comments`: added. */
  counts: { updated: number; restored: number; unchanged: number; already: number; comments: number };
}

interface Meta {
  version?: string;
  engine?: string;
  updated?: string;
  reviewer?: string;
  approvedBy?: string;
  approvedAt?: string;
  previous?: PreviousTranslation;
  staleKey?: string;
}

const at = (element: Element): Point => ({ line: element.lineNumber ?? 1, column: element.columnNumber ?? 1 });

export function decodeMetaValue(value: string): string {
  return value.startsWith('json:') ? (JSON.parse(value.slice(5)) as string) : value;
}

function readMeta(unit: Element): Meta | undefined {
  const metadata = elementChildren(unit).find((child) => child.namespaceURI === MDA_NS && child.localName === 'metadata');
  const group = metadata && elementChildren(metadata).find((child) => child.localName === 'metaGroup' && child.getAttribute('category') === 'pressroom');
  if (!group) return undefined;
  const values = new Map<string, string>();
  for (const meta of elementChildren(group)) if (meta.localName === 'meta') values.set(meta.getAttribute('type') ?? '', decodeMetaValue(readText(meta)));
  const state = values.get('previous-state');
  const previous: PreviousTranslation | undefined =
    values.has('previous-source') && values.has('previous-target') && (state === 'machine' || state === 'reviewed')
      ? { source: values.get('previous-source')!, target: values.get('previous-target')!, state: state as TranslationState }
      : undefined;
  return { version: values.get('version'), engine: values.get('engine'), updated: values.get('updated'), reviewer: values.get('reviewer'), approvedBy: values.get('approved-by'), approvedAt: values.get('approved-at'), previous, staleKey: values.get('stale-key') };
}

/** Units of a <file>, inside <group>s too. */
function unitsOf(parent: Element): Element[] {
  return elementChildren(parent).flatMap((child) => (isXliff(child, 'unit') ? [child] : isXliff(child, 'group') ? unitsOf(child) : []));
}

const primary = (tag: string | null) => (tag ?? '').toLowerCase().split('-')[0] ?? '';

export function importXliff(input: XliffImportInput): XliffImportResult {
  const file = new VFile({ path: input.path, value: input.xml });
  const result: XliffImportResult = { ok: false, file, memories: new Map(), comments: new Map(), counts: { updated: 0, restored: 0, unchanged: 0, already: 0, comments: 0 } };
  const error = (reason: string, place: Point, rule = 'xliff') => reportError(file, reason, rule, place);

  let root: Element | undefined;
  try {
    const doc = new DOMParser({
      // XML 1.0 line ends only; the default also rewrites U+2028 and U+0085, which may be in a translation.
      normalizeLineEndings: (source: string) => source.replace(/\r\n?/g, '\n'),
      onError: (level, message) => {
        if (level === 'warning') return;
        const where = /line:(\d+),col:(\d+)/.exec(message);
        error(`not well-formed XML: ${message.split('\n')[0]}`, where ? { line: Number(where[1]), column: Number(where[2]) } : { line: 1, column: 1 }, 'xliff-xml');
      },
    }).parseFromString(input.xml, 'application/xml');
    root = doc.documentElement ?? undefined;
  } catch {
    // Reported by onError.
  }
  if (!root || file.messages.some((message) => message.fatal)) {
    if (!file.messages.length) error('not an XML document', { line: 1, column: 1 }, 'xliff-xml');
    return result;
  }
  if (root.namespaceURI !== XLIFF_NS || root.localName !== 'xliff' || !(root.getAttribute('version') ?? '').startsWith('2.')) {
    error(`not an XLIFF 2 document (root <${root.tagName}> in ${root.namespaceURI ?? 'no namespace'}); export one with pressroom xliff export`, at(root));
    return result;
  }
  if (primary(root.getAttribute('srcLang')) !== 'it') {
    error(`the source language is ${root.getAttribute('srcLang')}, not it`, at(root));
    return result;
  }
  const language = primary(root.getAttribute('trgLang')) as TargetLanguage;
  if (!TARGET_LANGUAGES.includes(language)) {
    error(`the target language is ${root.getAttribute('trgLang') ?? 'not given'}; pressroom translates into ${TARGET_LANGUAGES.join(' and ')}`, at(root));
    return result;
  }
  result.language = language;

  const changed = new Map<string, Memory>();
  const changedComments = new Map<string, Comments>();
  /** Units whose translation this import writes, by release: the checks judge them before anything is written. */
  const imported = new Map<string, Map<string, { label: string; where: Point }>>();
  for (const fileElement of elementChildren(root).filter((child) => isXliff(child, 'file'))) {
    const id = fileElement.getAttribute('id') ?? '';
    const release = input.releases.find((candidate) => candidate.id === id);
    if (!release) {
      error(`release ${id} is not in releases/ (or has errors); this <file> cannot be imported`, at(fileElement), 'xliff-source');
      continue;
    }
    const current = input.memory(language, release);
    if (current === 'unreadable') {
      error(`locales/${language}/releases/${id}.json cannot be read; fix it before importing`, at(fileElement));
      continue;
    }
    let memory: Memory = current ?? emptyMemory(release.id, language);
    const currentComments = input.comments?.(language, release);
    let comments: Comments | undefined = currentComments === 'unreadable' ? undefined : (currentComments ?? emptyComments(release.id, language));
    const knownComments = new Set(Object.values(comments?.threads ?? {}).flat().map((item) => commentNoteId(item.id)));
    const seen = new Set<string>();
    let touched = false;
    for (const unit of unitsOf(fileElement)) {
      const key = unit.getAttribute('id') ?? '';
      const where = at(unit);
      const label = `unit ${key} of ${id}`;
      if (seen.has(key)) {
        error(`${label} appears twice in the file`, where);
        continue;
      }
      seen.add(key);
      const segments = elementChildren(unit).filter((child) => isXliff(child, 'segment'));
      if (segments.length !== 1) {
        error(`${label} has ${segments.length} segments; pressroom units have exactly one (join them in your CAT tool)`, where);
        continue;
      }
      const segmentElement = segments[0]!;
      const data = new Map<string, string>();
      const original = elementChildren(unit).find((child) => isXliff(child, 'originalData'));
      for (const item of original ? elementChildren(original) : []) data.set(item.getAttribute('id') ?? '', readText(item));
      const parts = elementChildren(segmentElement);
      const sourceElement = parts.find((child) => isXliff(child, 'source'));
      const targetElement = parts.find((child) => isXliff(child, 'target'));
      let broken = false;
      const problem = (message: string, element: Element) => {
        broken = true;
        error(`${label}: ${message}`, at(element));
      };
      if (!sourceElement) {
        problem('has no <source>', segmentElement);
        continue;
      }
      const sourceHtml = inlineToHtml(readInline(sourceElement, data, problem));
      const targetHtml = targetElement ? inlineToHtml(readInline(targetElement, data, problem)) : undefined;
      if (broken) continue;

      const segment = release.segments.find((candidate) => candidate.key === key);
      if (!segment) {
        error(`${label}: this segment is no longer in ${release.path} (the Italian changed since the export); export again and carry the translation over`, where, 'xliff-source');
        continue;
      }
      if (htmlKey(sourceHtml) !== key) {
        error(`${label}: its <source> no longer matches ${release.path}:${segment.position.line} (it was edited in the file); the Italian must stay as exported`, at(sourceElement), 'xliff-source');
        continue;
      }
      // Comments written in the CAT tool (notes of category `comment` this desk did not export) join the thread.
      if (input.comments) {
        const notesElement = elementChildren(unit).find((child) => isXliff(child, 'notes'));
        for (const note of notesElement ? elementChildren(notesElement).filter((child) => isXliff(child, 'note') && child.getAttribute('category') === 'comment') : []) {
          if (knownComments.has(note.getAttribute('id') ?? '')) continue;
          const text = commentText(readText(note));
          if (text === '') continue;
          // The same words already in the thread: this file (or this note) was imported before.
          if (comments?.threads[key]?.some((comment) => comment.text === text)) continue;
          if (currentComments === 'unreadable') {
            error(`${label}: has a new comment, but locales/${language}/comments/${id}.json cannot be read; fix it before importing`, at(note));
            continue;
          }
          if ([...text].length > COMMENT_LIMIT) {
            error(`${label}: a comment is longer than ${COMMENT_LIMIT} characters; shorten it`, at(note));
            continue;
          }
          const control = firstControlCharacter(text);
          if (control) {
            error(`${label}: a comment holds a control character (${control}), which is not text; delete it`, at(note), 'control-character');
            continue;
          }
          comments = addComment(comments!, key, { author: input.reviewer, at: input.now, text }).comments;
          changedComments.set(release.id, comments);
          result.counts.comments++;
        }
      }
      const stateValue = segmentElement.getAttribute('state') ?? 'initial';
      if (!isXliffState(stateValue)) {
        error(`${label}: unknown state "${stateValue}" (XLIFF 2.0 has initial, translated, reviewed, final)`, at(segmentElement));
        continue;
      }
      const state: XliffState = stateValue;
      const meta = readMeta(unit);
      const subState = segmentElement.getAttribute('subState') ?? '';
      const fromSub = subState.startsWith(SUBSTATE_PREFIX) ? subState.slice(SUBSTATE_PREFIX.length) : '';
      const memoryState: TranslationState | undefined = importState(state) ?? (fromSub === 'machine' || fromSub === 'reviewed' ? fromSub : fromSub === 'approved' ? 'reviewed' : undefined);

      const review = reviewSegments(release, memory).find((candidate) => candidate.segment.key === key)!;
      // What the file says the entry was at export, rebuilt: equal versions mean the translator left it alone.
      const asExported: MemoryEntry | undefined =
        meta?.version && !meta.staleKey && memoryState && meta.engine !== undefined && meta.updated !== undefined
          ? {
              source: sourceHtml,
              target: targetHtml ?? '',
              state: memoryState,
              engine: meta.engine,
              updated: meta.updated,
              ...(meta.reviewer !== undefined ? { reviewer: meta.reviewer } : {}),
              // Approval comes back only with the unit exactly as exported: then the versions match.
              ...(meta.approvedBy !== undefined && meta.approvedAt !== undefined && state === 'final' ? { approvedBy: meta.approvedBy, approvedAt: meta.approvedAt } : {}),
              ...(meta.previous && state !== 'final' ? { previous: meta.previous } : {}),
            }
          : undefined;
      if (asExported && entryVersion(asExported) === meta?.version) {
        if (review.entryKey === key) {
          if (review.version === meta.version) result.counts.unchanged++;
          else {
            reportWarning(file, `${label}: unchanged in the file but changed in the memory since the export; the memory's version is kept`, 'xliff-newer', where);
            result.counts.unchanged++;
          }
          continue;
        }
        memory = { ...memory, segments: { ...memory.segments, [key]: asExported } };
        touched = true;
        result.counts.restored++;
        continue;
      }
      if (state === 'initial') {
        if (!meta?.staleKey && (targetHtml ?? '').trim() !== '') {
          reportWarning(file, `${label}: has a translation but its state is initial, so it is not imported; set it to translated, reviewed or final`, 'xliff-state', at(segmentElement));
        }
        continue;
      }
      if (targetHtml === undefined || targetHtml.trim() === '') {
        error(`${label}: state ${state} but no translation in <target>`, at(segmentElement));
        continue;
      }
      const exportedVersion = meta?.version ?? 'none';
      const now = review.entryKey === key ? review.entry : undefined;
      if (now && now.source === sourceHtml && now.target === targetHtml && now.state === memoryState && !(state === 'final' && now.previous)) {
        // Already in the memory as the file has it: this file (or the same translation) was imported before.
        result.counts.already++;
        continue;
      }
      if (review.version !== exportedVersion) {
        const who = review.entry ? ` (now: ${review.entry.reviewer ? `${review.entry.reviewer}, ` : ''}${review.entry.updated})` : '';
        error(`${label}: the translation in the memory changed since this file was exported${who}; export again and redo this unit`, where, 'xliff-conflict');
        continue;
      }
      const old = review.entry;
      const shown = old ? (review.state === 'stale' ? review.target : old.target) : undefined;
      const previous = state === 'final' ? undefined : review.state === 'stale' && old ? { source: old.source, target: old.target, state: old.state } : old?.previous;
      const entry: MemoryEntry = {
        source: sourceHtml,
        target: targetHtml,
        state: memoryState!,
        engine: old && shown === targetHtml ? old.engine : 'human',
        updated: input.now,
        ...(memoryState === 'reviewed' ? { reviewer: input.reviewer } : old?.reviewer !== undefined ? { reviewer: old.reviewer } : {}),
        ...(previous ? { previous } : {}),
      };
      const segmentsNow = { ...memory.segments };
      if (review.entryKey && review.entryKey !== key) {
        delete segmentsNow[review.entryKey];
        // The reviewers' thread goes where the translation goes, as a save in the desk carries it.
        const carried = comments && carryThread(comments, review.entryKey, key);
        if (carried && carried !== comments) changedComments.set(release.id, (comments = carried));
      }
      segmentsNow[key] = entry;
      memory = { ...memory, segments: segmentsNow };
      touched = true;
      result.counts.updated++;
      if (!imported.has(release.id)) imported.set(release.id, new Map());
      imported.get(release.id)!.set(key, { label, where });
    }
    if (touched) changed.set(release.id, memory);
  }
  // The same checks as the build and the desk: a unit whose translation would be withheld is refused, named.
  for (const [id, units] of imported) {
    const release = input.releases.find((candidate) => candidate.id === id)!;
    for (const finding of checkRelease({ release, language, memory: changed.get(id), glossary: input.glossary ?? EMPTY_GLOSSARY })) {
      const unit = units.get(finding.segment);
      if (!unit || finding.fatal !== true || STATE_RULES.has(finding.ruleId ?? '')) continue;
      error(`${unit.label}: ${finding.problem}; fix it in your CAT tool and import the file again`, unit.where, finding.ruleId ?? 'xliff');
    }
  }
  result.ok = !file.messages.some((message) => message.fatal);
  if (result.ok) {
    result.memories = changed;
    result.comments = changedComments;
  }
  return result;
}
