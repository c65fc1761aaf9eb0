// Import: agency-style plain text into a release file (front matter + Markdown), losing nothing.
import { stringify } from 'yaml';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Root } from 'mdast';
import type { Dateline } from '../release.ts';
import { isIsoWithOffset, MAX_ID_LENGTH, RELEASE_ID } from '../parse/front-matter.ts';
import { matchDateline } from './dateline.ts';

export interface ImportOptions {
  /** Release id; defaults to one made from the title. */
  id?: string;
  title?: string;
  subtitle?: string;
  /** ISO 8601 with offset; defaults to `now`. */
  date?: string;
  /** The instant used when no date is given, as ISO 8601 with offset. */
  now: string;
}

export type ImportResult =
  | { ok: true; id: string; markdown: string; dateline?: Dateline }
  | { ok: false; problems: string[] };

/**
 * Guillemets typed as doubled angle brackets ("Di <<ordinanza insensata …>>."), as copy written without « » has them:
 * the marks they stand for. Left as typed, Markdown would read ">>" opening a line as a quotation block.
 */
function guillemets(paragraph: string): string {
  return paragraph.replace(/<<(?=[^\s<])/gu, '«').replace(/(?<=[^\s>])>>/gu, '»');
}

function paragraphsOf(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .flatMap(linesAsParagraphs)
    .map((paragraph) => guillemets(paragraph.replace(/\s*\n\s*/g, ' ').trim()))
    .filter((paragraph) => paragraph !== '');
}

/**
 * The line breaks that end a paragraph (linesAsParagraphs says which). Each alternative starts at spaces and a line
 * break; the lookahead in front says so once, so that the lookbehinds are tried at line breaks only, not at every
 * character (importing the quote sets' 1069 texts three times: 0.6 s of processor time instead of 1.8 s). It is tried
 * only where a run of spaces starts: from inside one it would scan the rest of the run at each of its spaces again,
 * quadratic on a long run (20,000 spaces: 0.46 s, against 0.2 ms).
 */
export const PARAGRAPH_LINE_BREAK = /(?<![ \t])(?=[ \t]*\n)(?:(?<=[.!?…]['’"”»]?|[”»])[ \t]*\n(?=\s*\S)|[ \t]*\n\s*(?=[-\u2013\u2014•][ \t]+[«“"„]\S)|(?<=[\p{N})])[ \t]*\n\s*(?=[«“"„]\S)|(?<=\S")[ \t]*\n\s*(?=\p{Lu}|["“«]\p{Lu})|(?<=(?:^|\n)[ \t]*["“«„][^\n"“”«»„]+["”»])[ \t]*\n(?=\s*\S)|(?<=(?:^|\n)[^\n.!?:;«»“”"]{1,40})[ \t]*\n\s*(?=\p{Lu}[^\n.!?:;«»“”"]{0,100}:[ \t]*[«“"„]\p{Lu})|[ \t]*\n\s*(?=\p{Lu}[\p{L}’' ]{1,30},[ \t]+\d{1,2}[ \t]+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)[ \t]+\d{4}[ \t]*(?:\n|$)))/u;

/**
 * A line that ends a sentence ends its paragraph too: web pages copied as text keep one line per paragraph. So does a
 * line that opens with a dash and a quotation mark (an answer under a heading), a line that opens with a mark after a
 * dateline ("Roma, 12 marzo 2025"), a line closing a quotation with a straight mark before a capital or another mark
 * (a heading repeated as a line of its own, a listing's teaser), a line that is one quotation in marks and nothing
 * else (a kicker over a photo credit), and a short line of a few words (a listing's tag) before one that
 * opens with a label and its quotation ("Rossi e Bianchi (Lega): «…»", as listings of releases print each headline).
 * A line that is only a place and a date ("Roma, 9 novembre 2022") stands alone: a release's signature, never the
 * end of the line before it (joined, the place would read as part of the name signing it). Not inside a quotation a later line closes: one statement may run over several lines.
 */
function linesAsParagraphs(block: string): string[] {
  const lines = block.split(PARAGRAPH_LINE_BREAK);
  const balances = lines.map(markBalance);
  const paragraphs: string[] = [];
  let current = '';
  const open = [0, 0, 0];
  lines.forEach((line, index) => {
    current = current === '' ? line : `${current}\n${line}`;
    balances[index]!.forEach((delta, family) => (open[family] = family === 2 ? (open[family]! + delta) % 2 : Math.max(0, open[family]! + delta)));
    // Still open, and closed by a line further on (more closing marks than opening ones there, or an odd straight one).
    const closedLater = open.some((count, family) => count > 0 && balances.slice(index + 1).some((later) => (family === 2 ? later[family] === 1 : later[family]! < 0)));
    if (!closedLater) {
      paragraphs.push(current);
      current = '';
      open.fill(0);
    }
  });
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/** Opening minus closing marks of a line: guillemets, curly marks, and the parity of straight ones. */
function markBalance(line: string): number[] {
  const count = (pattern: RegExp) => line.match(pattern)?.length ?? 0;
  return [count(/«/gu) - count(/»/gu), count(/[“„]/gu) - count(/”/gu), count(/"/gu) % 2];
}

/** A headline in wire copy: a short first line with no full stop, set apart from the body. */
function looksLikeHeadline(paragraph: string): boolean {
  return paragraph.length <= 160 && !/[.;:]$/.test(paragraph) && !matchDateline(paragraph);
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
}

export function importPlainText(text: string, options: ImportOptions): ImportResult {
  const problems: string[] = [];
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) return { ok: false, problems: ['the file has no text to import'] };

  let title = options.title?.trim();
  let subtitle = options.subtitle?.trim();
  // Headlines set above the dateline are taken when no flag gives them.
  while (paragraphs.length > 1 && looksLikeHeadline(paragraphs[0]!) && (!title || !subtitle)) {
    const line = paragraphs.shift()!;
    if (!title) title = line;
    else subtitle = line;
  }
  if (!title) problems.push('no title found in the text; give one with --title "…"');

  let dateline: Dateline | undefined;
  const opening = matchDateline(paragraphs[0] ?? '');
  if (opening) {
    dateline = opening.dateline;
    paragraphs[0] = opening.rest;
  }

  const date = options.date ?? options.now;
  if (!isIsoWithOffset(date)) problems.push(`--date ${date} is not an ISO 8601 date and time with offset, like 2025-09-26T10:00:00+02:00`);

  const id = options.id ?? (title ? slugify(title) : undefined);
  if (id !== undefined && !RELEASE_ID.test(id)) problems.push(`--id ${id} must be lowercase letters, digits and single hyphens`);
  else if (id !== undefined && id.length > MAX_ID_LENGTH) problems.push(`--id is ${id.length} characters, more than the ${MAX_ID_LENGTH} an id may be (it names the release's folders and files)`);
  if (problems.length > 0 || !title || !id) return { ok: false, problems };

  const front: Record<string, unknown> = { id, title };
  if (subtitle) front.subtitle = subtitle;
  front.date = date;
  if (dateline) front.dateline = dateline;
  front.tags = [];

  const body: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  const yaml = stringify(front, { lineWidth: 0 });
  const markdown = `---\n${yaml}---\n\n${toMarkdown(body)}`;
  return { ok: true, id, markdown, dateline };
}
