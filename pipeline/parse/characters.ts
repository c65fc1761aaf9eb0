// Characters no release text holds: control characters (NUL, backspace, escape, …) other than tab and line ends.
// They come from binary pastes and broken conversions, and browsers and feed readers show them as � or drop them.
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { reportError } from '../problems.ts';

// C0 controls but tab, LF and CR; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The first control character in `text`, named (`NUL U+0000`), or undefined when it holds none. */
export function firstControlCharacter(text: string): string | undefined {
  const found = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.exec(text);
  return found ? nameOf(found[0]) : undefined;
}
/** A file full of them gets this many messages, then one saying how many more. */
const MAX_REPORTED = 10;

const named: Record<number, string> = { 0: 'NUL', 8: 'backspace', 0x1b: 'escape', 0x7f: 'DEL', 0x0c: 'form feed', 0x0b: 'vertical tab' };
function nameOf(char: string): string {
  const code = char.codePointAt(0)!;
  return `${named[code] ? `${named[code]} ` : ''}U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Report each control character at its place; true when there is none. */
export function checkControlCharacters(file: VFile, text: string, offset = 0): boolean {
  const matches = [...text.matchAll(CONTROL)];
  if (matches.length === 0) return true;
  const place = location(file);
  for (const match of matches.slice(0, MAX_REPORTED)) {
    const at = place.toPoint(offset + match.index) ?? { line: 1, column: 1 };
    reportError(file, `a control character (${nameOf(match[0])}) is not text; delete it (it often comes with text pasted from another program)`, 'control-character', at);
  }
  if (matches.length > MAX_REPORTED) {
    const at = place.toPoint(offset + matches[MAX_REPORTED]!.index) ?? { line: 1, column: 1 };
    reportError(file, `${matches.length - MAX_REPORTED} more control characters from here on`, 'control-character', at);
  }
  return false;
}
