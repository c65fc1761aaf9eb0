// Bounds on Markdown structure, checked in one pass over the lines before the Markdown parser runs: the parser
// (micromark) and the tree walks after it take time growing with the square of the nesting or of the emphasis
// markers in a paragraph, and recurse as deep as the nesting. A release nests nothing (a list item is one
// paragraph, block quotes are errors) and emphasises a few words, so anything near these bounds is a mistake.
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { reportError } from '../problems.ts';

/** Lists and block quotes inside one another. */
export const MAX_NESTING = 10;
/** Emphasis and link markers (* _ [ ]) in one paragraph. */
export const MAX_MARKERS = 300;
/**
 * A release's text, front matter and body: a press release is a few kilobytes (the longest ones, with their
 * annexes, some tens), so this is room for several of the longest. The Markdown parser (micromark) and the YAML reader
 * take about 5 µs of processor time per byte on a list or a front matter, and hold some 700 bytes of memory per byte
 * while they work: the 2 MB a file may be would take more than ten seconds and over a gigabyte.
 */
export const MAX_RELEASE_BYTES = 128 * 1024;
/**
 * Lists and block quotes in a release: micromark goes over every event of the document so far each time one ends
 * (a list followed by a paragraph, a block quote after a blank line), so its time grows with their number times
 * the text's size. A release holds a handful of lists (and no block quote).
 */
export const MAX_CONTAINERS = 100;
/**
 * Headings underlined with = or - (and lines of dashes, which are rules, an error in a release): micromark's time
 * grows with the square of their number. A release has a few headings, written with #.
 */
export const MAX_UNDERLINES = 100;
/**
 * Quotation marks (" « » “ ” „) in a release: finding who said each quotation reads the text around it, so the time
 * grows with their number times the text's length (6,500 quotations in 128 KB took half a minute). A release quotes
 * a few people, a few times each.
 */
export const MAX_QUOTE_MARKS = 400;

const UNDERLINE = /^ {0,3}(?:=+|-+|(?:[-*_][ \t]*){3,})[ \t]*\r?$/;

const CONTAINER = /^(?:([-*+]|\d{1,9}[.)])|>)(?:[ \t]+|$)/;

function indentOf(line: string): { width: number; length: number } {
  let width = 0;
  let length = 0;
  for (; length < line.length; length++) {
    const char = line[length];
    if (char === ' ') width++;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return { width, length };
}

/**
 * Report the place where a release's text goes past MAX_RELEASE_BYTES; true when it does not. Checked before the
 * YAML reader and the Markdown parser see it.
 */
export function checkReleaseSize(file: VFile, text: string, offset = 0): boolean {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= MAX_RELEASE_BYTES) return true;
  // The first character past the cap (a character cut in two by the cap is left out, so it counts as past).
  const at = offset + bytes.subarray(0, MAX_RELEASE_BYTES).toString('utf8').replace(/\uFFFD$/, '').length;
  const kilobytes = (size: number) => `${Math.round(size / 1024)} KB`;
  reportError(
    file,
    `this release is ${kilobytes(bytes.length)} long, and goes past the ${kilobytes(MAX_RELEASE_BYTES)} a release may be here; a press release is a few kilobytes: check that the file holds only the release (not a pasted export), or split it`,
    'too-long',
    location(file).toPoint(at) ?? { line: 1, column: 1 },
  );
  return false;
}

/**
 * Report the first place where lists and quotes nest deeper than MAX_NESTING, a paragraph holds more than
 * MAX_MARKERS emphasis or link markers, or the text starts more than MAX_CONTAINERS lists or block quotes; true
 * when the text is within bounds. `firstLine` is the line of the file
 * the text starts on. Linear in the text: the open containers are kept as a stack of content columns.
 */
export function checkStructureLimits(file: VFile, text: string, options: { firstLine?: number; frontMatter?: boolean } = {}): boolean {
  const firstLine = options.firstLine ?? 1;
  const lines = text.split('\n');
  let index = 0;
  // Front matter is YAML, where * is an alias and - a sequence: the YAML reader bounds it.
  if (options.frontMatter && /^(?:\uFEFF)?---[ \t]*\r?$/.test(lines[0] ?? '')) {
    index = lines.findIndex((line, at) => at > 0 && /^---[ \t]*\r?$/.test(line)) + 1;
    if (index === 0) index = lines.length;
  }
  const open: number[] = [];
  let afterBlank = true;
  // Lists and block quotes started so far, and what the line before stood in at the top level.
  let containers = 0;
  let underlines = 0;
  let inside: 'list' | 'quote' | undefined;
  let markers = 0;
  let quoteMarks = 0;
  let paragraphLine = firstLine;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNumber = firstLine + index;
    const { width, length } = indentOf(line);
    if (/^\s*$/.test(line.slice(length))) {
      afterBlank = true;
      continue;
    }
    if (!afterBlank && UNDERLINE.test(line) && ++underlines > MAX_UNDERLINES) {
      reportError(file, `more than ${MAX_UNDERLINES} headings underlined with = or - (or rules) by here; a release has a few headings: write them with # (## Heading)`, 'too-many-lists', { line: lineNumber, column: 1 });
      return false;
    }
    let column = width;
    let rest = line.slice(length);
    let match = CONTAINER.exec(rest);
    // A new paragraph (micromark resolves emphasis per paragraph): after a blank line, a heading or a list marker.
    if (afterBlank || match || rest.startsWith('#')) {
      markers = 0;
      paragraphLine = lineNumber;
    }
    // Containers this line does not continue are closed: after a blank line, or by a marker further left.
    if (afterBlank || match) while (open.length > 0 && open.at(-1)! > column) open.pop();
    // A new list (a list goes on across blank lines), or a new block quote (a blank line ends one).
    if (open.length === 0) {
      const kind = match ? (match[0].startsWith('>') ? 'quote' : 'list') : undefined;
      if (kind && (kind !== inside || (kind === 'quote' && afterBlank)) && ++containers > MAX_CONTAINERS) {
        reportError(file, `more than ${MAX_CONTAINERS} lists or block quotes start by here; a release holds a few lists: join them, or write them as paragraphs`, 'too-many-lists', { line: lineNumber, column: column + 1 });
        return false;
      }
      inside = kind;
    }
    // Several markers may open on one line: "- - - x", "> > x".
    while (match) {
      const content = column + match[0].length;
      open.push(content);
      if (open.length > MAX_NESTING) {
        reportError(file, `lists or quotations are nested ${open.length} deep here, more than the ${MAX_NESTING} allowed (a release allows none: a list item is one paragraph); remove the nesting`, 'too-deep', { line: lineNumber, column: column + 1 });
        return false;
      }
      rest = rest.slice(match[0].length);
      column = content;
      match = CONTAINER.exec(rest);
    }
    afterBlank = false;
    for (let at = 0; at < rest.length; at++) {
      const char = rest.charCodeAt(at);
      // " « » “ ” „
      if (char === 34 || char === 0xab || char === 0xbb || char === 0x201c || char === 0x201d || char === 0x201e) {
        if (++quoteMarks > MAX_QUOTE_MARKS) {
          reportError(file, `more than ${MAX_QUOTE_MARKS} quotation marks (", «, », “, ”, „) by here; a release quotes a few people: remove most of them`, 'too-many-quotes', { line: lineNumber, column: line.length - rest.length + at + 1 });
          return false;
        }
        continue;
      }
      // * _ [ ]
      if (char !== 42 && char !== 95 && char !== 91 && char !== 93) continue;
      if (++markers > MAX_MARKERS) {
        reportError(file, `this paragraph holds more than ${MAX_MARKERS} emphasis or link markers (*, _, [ or ]); a release emphasises a few words: remove most of them, or escape them with \\`, 'too-deep', { line: paragraphLine, column: 1 });
        return false;
      }
    }
  }
  return true;
}
