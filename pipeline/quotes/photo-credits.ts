// A photo credit ("Foto di Mario Rossi", "Ph. Mario Rossi", "(foto: Mario Rossi)") names who took the picture, not anyone
// who speaks in the piece.

const CREDIT = /^[ \t]*(?:foto|fotografia|ph|photo|immagine|credits?)\.?[ \t]*(?:di[ \t]+|:[ \t]*|[\u2013\u2014-][ \t]*)?$/iu;

/** Does a photo credit lead up to the name at `at`, on its own line or in brackets? */
export function creditedPhotographer(text: string, at: number): boolean {
  const line = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('(', at - 1)) + 1;
  return at - line <= 30 && CREDIT.test(text.slice(line, at));
}
