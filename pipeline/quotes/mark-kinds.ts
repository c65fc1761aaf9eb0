// Single marks (‘…’, '…') and double ones (“…”, «…», "…") are two kinds a writer keeps apart: a title or a headline's
// words in single marks, then the statement in double ones ("Bianchi: ‘Vince chi governa’ – “Il risultato …”"). A
// statement reopened after a stop is reopened with the marks it opened with, so pairs of two kinds are two quotations.

/** Is the mark at `open` a single one: an apostrophe or a single curly mark, doubled apostrophes ('') aside? */
function single(text: string, open: number): boolean {
  const mark = text[open];
  return (mark === '‘' || mark === "'" || mark === '’') && text[open + 1] !== mark;
}

/** Do the pairs opened at `first` and `second` differ in kind, one single and the other double? */
export function otherKind(text: string, first: number, second: number): boolean {
  return single(text, first) !== single(text, second);
}
