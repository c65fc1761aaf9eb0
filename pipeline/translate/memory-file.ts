// The memory file on disk: JSON with a fixed shape and stable order, so that git diffs stay small.
import * as z from 'zod';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Point, Release, TargetLanguage } from '../release.ts';
import { reportError, reportWarning } from '../problems.ts';
import type { Memory, MemoryEntry } from './memory.ts';
import { firstControlCharacter } from '../parse/characters.ts';
import { readJsonFile } from './json-file.ts';

const state = z.enum(['machine', 'reviewed']);

const entrySchema = z
  .object({
    source: z.string(),
    target: z.string(),
    state,
    engine: z.string().min(1),
    updated: z.string().min(1),
    reviewer: z.string().optional(),
    approvedBy: z.string().min(1).optional(),
    approvedAt: z.string().min(1).optional(),
    previous: z.object({ source: z.string(), target: z.string(), state }).strict().optional(),
  })
  .strict()
  .refine((entry) => (entry.approvedBy === undefined) === (entry.approvedAt === undefined), { error: 'approvedBy and approvedAt go together' })
  .refine((entry) => entry.approvedBy === undefined || entry.state === 'reviewed', { error: 'only a reviewed target can be approved' });

export const memorySchema = z
  .object({
    release: z.string().min(1),
    language: z.enum(['en', 'ja']),
    segments: z.record(z.string().regex(/^[0-9a-f]{16}$/, { error: 'segment keys are 16 hex digits' }), entrySchema),
  })
  .strict();

const SEGMENT_KEY = /^[0-9a-f]{16}$/;
const MEMORY_FIELDS = new Set(['release', 'language', 'segments']);
const ENTRY_FIELDS = new Set(['source', 'target', 'state', 'engine', 'updated', 'reviewer', 'approvedBy', 'approvedAt', 'previous']);
const PREVIOUS_FIELDS = new Set(['source', 'target', 'state']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
const onlyFields = (value: Record<string, unknown>, fields: Set<string>) => Object.keys(value).every((key) => fields.has(key));
const isState = (value: unknown) => value === 'machine' || value === 'reviewed';
const isText = (value: unknown, min = 0) => typeof value === 'string' && value.length >= min;
const isOptionalText = (value: unknown, min = 0) => value === undefined || isText(value, min);

/**
 * A memory as memorySchema gives it (fields in the schema's order, new objects), read by hand: every build reads
 * thousands, nearly all well formed. Undefined for anything the schema might refuse or read otherwise.
 */
export function usualMemory(data: unknown): Memory | undefined {
  if (!isRecord(data) || !onlyFields(data, MEMORY_FIELDS) || !isText(data.release, 1) || (data.language !== 'en' && data.language !== 'ja') || !isRecord(data.segments)) return undefined;
  const segments: Record<string, MemoryEntry> = {};
  for (const [key, entry] of Object.entries(data.segments)) {
    if (!SEGMENT_KEY.test(key) || !isRecord(entry) || !onlyFields(entry, ENTRY_FIELDS)) return undefined;
    const { source, target, state, engine, updated, reviewer, approvedBy, approvedAt, previous } = entry;
    if (!isText(source) || !isText(target) || !isState(state) || !isText(engine, 1) || !isText(updated, 1) || !isOptionalText(reviewer) || !isOptionalText(approvedBy, 1) || !isOptionalText(approvedAt, 1)) return undefined;
    if ((approvedBy === undefined) !== (approvedAt === undefined) || (approvedBy !== undefined && state !== 'reviewed')) return undefined;
    if (previous !== undefined && (!isRecord(previous) || !onlyFields(previous, PREVIOUS_FIELDS) || !isText(previous.source) || !isText(previous.target) || !isState(previous.state))) return undefined;
    segments[key] = {
      source: source as string,
      target: target as string,
      state: state as MemoryEntry['state'],
      engine: engine as string,
      updated: updated as string,
      ...(reviewer !== undefined ? { reviewer: reviewer as string } : {}),
      ...(approvedBy !== undefined ? { approvedBy: approvedBy as string } : {}),
      ...(approvedAt !== undefined ? { approvedAt: approvedAt as string } : {}),
      ...(previous !== undefined ? { previous: { source: previous.source as string, target: previous.target as string, state: previous.state as MemoryEntry['state'] } } : {}),
    };
  }
  return { release: data.release as string, language: data.language, segments };
}

/** Read a memory file; problems are reported on `file` and the result is undefined on errors. */
export function readMemory(file: VFile, expected: { release: string; language: TargetLanguage }): Memory | undefined {
  const memory = readJsonFile(file, memorySchema, { name: 'translation memory', rule: 'memory' }, usualMemory) as Memory | undefined;
  if (!memory) return undefined;
  // Written as escapes (\u0000): placed on the entry that holds them.
  let clean = true;
  for (const [key, entry] of Object.entries(memory.segments)) {
    for (const [field, value] of [['source', entry.source], ['target', entry.target], ['previous source', entry.previous?.source], ['previous target', entry.previous?.target], ['reviewer', entry.reviewer]] as const) {
      const control = value === undefined ? undefined : firstControlCharacter(value);
      if (!control) continue;
      clean = false;
      reportError(file, `the ${field} of entry ${key} holds a control character (${control}), which is not text; delete it`, 'control-character', entryPoint(file, key));
    }
  }
  if (!clean) return undefined;
  if (memory.language !== expected.language) {
    reportError(file, `translation memory says language "${memory.language}" but lives in locales/${expected.language}/`, 'memory-language', { line: 1, column: 1 });
    return undefined;
  }
  if (memory.release !== expected.release) {
    reportError(file, `translation memory says release "${memory.release}" but its file name is ${expected.release}.json`, 'memory-release', { line: 1, column: 1 });
    return undefined;
  }
  return memory;
}

/** Where an entry's key stands in the memory file, for messages about it. */
export function entryPoint(file: VFile, key: string): Point {
  const offset = String(file.value).indexOf(`"${key}"`);
  return (offset >= 0 ? location(file).toPoint(offset) : undefined) ?? { line: 1, column: 1 };
}

/** Report entries no segment of the release uses any more (kept, never deleted by a build). */
export function reportUnusedEntries(file: VFile, memory: Memory, release: Release, claimed: Set<string>): void {
  const used = new Set(release.segments.map((segment) => segment.key));
  for (const key of Object.keys(memory.segments)) {
    if (!used.has(key) && !claimed.has(key)) {
      reportWarning(file, `entry ${key} matches no segment of ${release.path} any more; it is kept, and can be deleted once nobody needs it`, 'memory-unused', entryPoint(file, key));
    }
  }
}

function orderedEntry(entry: MemoryEntry): MemoryEntry {
  const { source, target, state, engine, updated, reviewer, approvedBy, approvedAt, previous } = entry;
  return {
    source,
    target,
    state,
    engine,
    updated,
    ...(reviewer ? { reviewer } : {}),
    ...(approvedBy && approvedAt ? { approvedBy, approvedAt } : {}),
    ...(previous ? { previous: { source: previous.source, target: previous.target, state: previous.state } } : {}),
  };
}

/** Serialise with entries in release order (unused ones last, by key) and fields in a fixed order. */
export function serializeMemory(memory: Memory, release?: Release): string {
  const order = release?.segments.map((segment) => segment.key) ?? [];
  const keys = Object.keys(memory.segments);
  const known = order.filter((key, index) => memory.segments[key] && order.indexOf(key) === index);
  const rest = keys.filter((key) => !known.includes(key)).sort();
  const segments: Record<string, MemoryEntry> = {};
  for (const key of [...known, ...rest]) segments[key] = orderedEntry(memory.segments[key]!);
  return `${JSON.stringify({ release: memory.release, language: memory.language, segments }, null, 2)}\n`;
}
