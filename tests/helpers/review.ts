// Releases for reviewer tests: from Markdown, optionally with quotes marked as the quotes stage would mark them.
import { VFile } from 'vfile';
import { parseRelease, segmentRelease } from '../../pipeline/parse/index.ts';
import type { Quote, Release } from '../../pipeline/release.ts';
import type { Memory, MemoryEntry } from '../../pipeline/translate/memory.ts';
import { release as releaseText } from './project.ts';

export interface QuoteSpec {
  /** The quoted words, found in the body text. */
  text: string;
  /** Who said it; with no name, the speaker is null and `description` says how the text describes them. */
  name?: string;
  role?: string;
  description?: string;
}

/** Parse and segment a release; each quote's words are marked `<q data-quote="qN">` like the quotes stage does. */
export function releaseFrom(id: string, front: string, body: string, quotes: QuoteSpec[] = []): { release: Release; text: string } {
  const text = releaseText(`id: ${id}\ndate: 2025-10-14T10:00:00+02:00\n${front}`, body);
  const file = new VFile({ path: `releases/${id}.md`, value: text });
  const parsed = parseRelease(file);
  if (!parsed) throw new Error(file.messages.map(String).join('\n'));
  const marks = quotes.map((quote, index) => {
    const start = text.indexOf(quote.text);
    if (start === -1) throw new Error(`quote not in text: ${quote.text}`);
    return { id: `q${index + 1}`, start, end: start + quote.text.length };
  });
  const found: Quote[] = quotes.map((quote, index) => ({
    id: `q${index + 1}`,
    text: quote.text,
    parts: [quote.text],
    speaker: quote.name === undefined ? null : { name: quote.name, ...(quote.role ? { role: quote.role } : {}) },
    ...(quote.description ? { speakerDescription: quote.description } : {}),
    paragraph: 1,
    position: { line: 1, column: 1 },
  }));
  return { release: segmentRelease(parsed, found, marks), text };
}

export function entry(source: string, target: string, extra: Partial<MemoryEntry> = {}): MemoryEntry {
  return { source, target, state: 'machine', engine: 'deepl', updated: '2025-10-14T10:00:00+02:00', ...extra };
}

/** A memory with one entry per segment, targets from `translate` (undefined leaves the segment out). */
export function memoryOf(release: Release, language: 'en' | 'ja', translate: (source: string, index: number) => MemoryEntry | undefined): Memory {
  const segments: Memory['segments'] = {};
  release.segments.forEach((segment, index) => {
    const made = translate(segment.source, index);
    if (made) segments[segment.key] = made;
  });
  return { release: release.id, language, segments };
}
