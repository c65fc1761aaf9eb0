// Agency copy without curly quotes: ANSA writes quotations in '…' or ''…'' and accents as apostrophes (e', perche',
// citta'). Which apostrophes are quotation marks, and which are elisions (l'assessore) or accents.
import { sayingAt } from './attribution.ts';

/** Words ANSA ends with an apostrophe for a final accent: e' (è), perche', piu', citta', restera'. */
const ACCENTED = new Set([
  'e', 'perche', 'poiche', 'benche', 'finche', 'affinche', 'nonche', 'giacche', 'purche', 'anziche', 'sicche', 'cosicche',
  'piu', 'gia', 'puo', 'cosi', 'li', 'la', 'cioe', 'pero', 'percio', 'cio', 'giu', 'lassu', 'laggiu', 'quaggiu', 'se', 'ne',
  'po', 'meta', 'eta', 'citta', 'fu', 'qua', 'gia', 'tv',
]);
/** -ità nouns (qualita', universita') and futures (sara', restera', faro'), but not vita, partita, crescita, sera, ora. */
const ACCENTED_ENDING = /(?:(?:bil|[^i]l|n|[^s]iv|[^sn]c|[^is]s|[^t]r|[^nr]d|[^rt]t|ie)ita|(?:ie|rie)ta|(?:[^i]er|ir|ar|rr|vr|dr|tr|otr)a|(?:er|ir|ar|rr|vr|dr|otr)o)$/u;

export function isAccent(word: string): boolean {
  const key = word.toLowerCase();
  return ACCENTED.has(key) || (key.length >= 5 && ACCENTED_ENDING.test(key) && !/^(?:vita|sera|ora|ancora|allora|opera|terra|guerra|carriera|bandiera|filiera|lettera|altro|nostro|vostro|loro|lavoro|futuro|centro|quadro|libro|numero|oro|euro)$/u.test(key));
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * The apostrophes of a paragraph that are quotation marks: `''` pairs, and `'` pairs whose opener follows a space
 * and whose closer is no accent. Keys are indices of the marks' first character; values their length (1 or 2).
 */
export function apostropheMarks(text: string, start: number, end: number): Map<number, { length: number; role: 'open' | 'close' }> {
  const marks = new Map<number, { length: number; role: 'open' | 'close' }>();
  const at = (i: number) => (i >= start && i < end ? text[i]! : ' ');
  // Curly single marks (‘…’, ‘’…’’) work as the straight ones: ’ is also the typographic apostrophe of l’assessore.
  const isApostrophe = (i: number) => at(i) === "'" || at(i) === '‘' || at(i) === '’';
  // Only apostrophes matter below: find them once.
  const apostrophes: number[] = [];
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === "'" || char === '‘' || char === '’') apostrophes.push(i);
  }
  // Doubled marks first: a run of two or more, the last two being the mark (citta''' is an accent, then a close).
  const taken = new Set<number>();
  for (const i of apostrophes) {
    if (isApostrophe(i - 1)) continue;
    let run = i;
    while (isApostrophe(run)) run++;
    const length = run - i;
    if (length < 2) continue;
    const markAt = run - 2;
    const before = at(markAt - 1);
    const after = at(run);
    const role = /[\s(\[:;\u2013\u2014-]/u.test(before) && !/\s/u.test(after) ? 'open' : !/\s/u.test(before) ? 'close' : undefined;
    if (role) marks.set(markAt, { length: 2, role });
    for (let k = i; k < run; k++) taken.add(k);
  }
  // Single marks: an opener after a space or a colon before a letter, paired with the next closer that is no accent.
  let open: number | undefined;
  for (const i of apostrophes) {
    if (taken.has(i)) continue;
    const before = at(i - 1);
    const after = at(i + 1);
    if (open === undefined) {
      if (at(i) !== '’' && /[\s(\[:;\u2013\u2014-]/u.test(before) && LETTER.test(after)) open = i;
      continue;
    }
    if (at(i) === '‘') continue;
    if (!LETTER.test(before) && !/[\p{N}.!?…]/u.test(before)) continue;
    if (LETTER.test(after)) continue;
    const word = /[\p{L}\p{M}]+$/u.exec(text.slice(Math.max(start, i - 30), i))?.[0] ?? '';
    if (/^\s+\p{L}/u.test(text.slice(i + 1, i + 3)) && sayingAt(text, i + 1 + /^\s+/u.exec(text.slice(i + 1))![0].length) === undefined) continue;
    if (isAccent(word) && hasLaterClose(text, i + 1, end)) continue;
    marks.set(open, { length: 1, role: 'open' });
    marks.set(i, { length: 1, role: 'close' });
    open = undefined;
  }
  return marks;
}

/** Is there another apostrophe after `from` that could close a quotation (not inside a word)? */
function hasLaterClose(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if ((text[i] === "'" || text[i] === '’') && !LETTER.test(text[i + 1] ?? ' ') && text[i + 1] !== "'" && text[i + 1] !== '’') return true;
  return false;
}
