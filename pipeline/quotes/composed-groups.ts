// A group the sentence makes its subject, its members listed after "composto da" ("Il gruppo consiliare di X, composto
// da A, B e C, ha diffuso una dichiarazione, definendo il post «…»"): the words are the group's, not one member's, and
// not whoever the text named before.
import type { Mention } from './mentions.ts';

/** Nouns for a group of people who speak together. */
const GROUPS = 'gruppo|commissione|comitato|delegazione|coordinamento|direttivo|collettivo|coalizione|staff|team|pool|consulta|giuria|intergruppo|tavolo';

/** "Il gruppo consiliare di X, composto da …, ha …": the group's words, its article, and the list up to the comma before the verb. */
const COMPOSED = new RegExp(`^\\s*(?:(?:[^,;:.!?«»“”"_]{1,60},\\s*)?)(?:Il|Lo|La|L[’'])\\s*((?:${GROUPS})(?![\\p{L}])[^,;:.!?«»“”"_()]{0,80}?)\\s*,\\s*(?:compost|format|costituit)[oa]\\s+(?:da|dai|dagli|dalle)(?![\\p{L}])[^;:.!?«»“”"_]{3,240}?,\\s*(?=(?:(?:ha|hanno|aveva|avevano)\\s+)?\\p{Ll})`, 'u');

/**
 * The group the sentence [sentence, open) opens on, when it lists its members after "composto da" before its verb:
 * "gruppo consiliare di centrosinistra di Certaldo", as the text calls it, without its article. Not where anyone is
 * named outside the list before the marks (they may be the one speaking).
 */
export function composedGroup(text: string, mentions: Mention[], sentence: number, open: number): string | undefined {
  const composed = COMPOSED.exec(text.slice(sentence, open));
  if (!composed) return undefined;
  const listEnd = sentence + composed[0].length;
  if (mentions.some((mention) => mention.kind !== 'title' && mention.start >= listEnd && mention.start < open)) return undefined;
  return composed[1]!.trim();
}
