// Bounds on Markdown structure, checked in one pass over the lines before the Markdown parser runs: the parser
// (micromark) and the tree walks after it take time growing with the square of the nesting or of the emphasis
// markers in a paragraph, and recurse as deep as the nesting. A release nests nothing (a list item is one
// paragraph, block quotes are errors) and emphasises a few words, so anything near these bounds is a mistake.
import type { VFile } from 'vfile';
import { reportError } from '../problems.ts';

/** Lists and block quotes inside one another. */
export const MAX_NESTING = 10;
/** Emphasis and link markers (* _ [ ]) in one paragraph. */
export const MAX_MARKERS = 300;

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
 * Report the first place where lists and quotes nest deeper than MAX_NESTING, or a paragraph holds more than
 * MAX_MARKERS emphasis or link markers; true when the text is within bounds. `firstLine` is the line of the file
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
  let markers = 0;
  let paragraphLine = firstLine;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNumber = firstLine + index;
    const { width, length } = indentOf(line);
    if (/^\s*$/.test(line.slice(length))) {
      afterBlank = true;
      continue;
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
