// An aside between dashes inside quoted words naming who said them by a past participle and its agent: "«… – come
// ricordato da Marchetto – …»", "– come sottolineato dal presidente –". The agent is the speaker; the words are theirs.
import type { Range } from './attribution.ts';

/**
 * Spaced dash, "come", a participle of a verb of saying, "da" (fused or not), the agent (no stop, mark or dash), the
 * closing dash.
 */
const AGENT_ASIDE = /[ \t][\u2013\u2014-][ \t]+come[ \t]+(?:ricordat|sottolineat|spiegat|dett|dichiarat|evidenziat|precisat|affermat|ribadit|annunciat|riferit|osservat|rilevat|scritt|confermat|raccontat|ammess|rimarcat)[oaie][ \t]+(?:da|dal|dallo|dalla|dall[’']|dai|dagli|dalle)[ \t]*[^\u2013\u2014«»“”"_.;:!?\n]{1,80}?[ \t][\u2013\u2014-](?=[\s.,])/gu;

/** Such asides inside [piece.start, piece.end), whole from the opening dash to the closing one. */
export function agentAsides(text: string, piece: Range): Range[] {
  const slice = text.slice(piece.start, piece.end);
  // Cheap test first: most quotations hold no "come".
  if (!slice.includes('come')) return [];
  const found: Range[] = [];
  AGENT_ASIDE.lastIndex = 0;
  for (let match = AGENT_ASIDE.exec(slice); match; match = AGENT_ASIDE.exec(slice)) found.push({ start: piece.start + match.index, end: piece.start + match.index + match[0].length });
  return found;
}
