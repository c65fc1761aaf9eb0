// The paragraph after a quotation naming it and whoever gave it, in a relative clause: "«…»" ¶ "Questo il saluto che
// il primo allenatore, Paolo Greco, rivolge alla squadra", "Queste le parole che il sindaco X ha affidato a una nota".
import { mentionAfterVerb, type Attribution } from './attribution.ts';
import type { Mention } from './mentions.ts';

/** "Questo il saluto che ", "Ecco il messaggio che ", "Sono le parole che ": a noun for the words, then "che". */
const WORDS_THAT = /^(?:(?:questo|questa|queste|questi|ecco|è|e[’']|sono)\s+)+(?:il|lo|la|le|i|gli|l[’'])\s*(?:\p{Ll}+\s+)?(?:saluto|messaggio|parole|appello|augurio|auguri|invito|discorso|riflessione|riflessioni|pensiero|commento|ringraziamento|ringraziamenti|lettera|post|sfogo|intervento|dichiarazione|dichiarazioni)\s+che\s+/iu;

/** A verb giving words to someone, right after the subject: "rivolge", "ha affidato", "ha scritto". */
const GIVES = /^\s*,?\s*(?:(?:ha|hanno|aveva|avevano)\s+)?(?:rivol|invi|mand|lanci|scri|pronunci|affid|dedic|indirizz|porg|espri|espress|consegn|pubblic|post|condivi|diffus|rilasci|dett|dic|fa\s|ha\s+fatto)/iu;

/** The attribution of the quotation closed at `start` by the sentence at `at`, when it names the words and their giver. */
export function givenWords(text: string, mentions: Mention[], start: number, at: number, limit: number): Attribution | undefined {
  const words = WORDS_THAT.exec(text.slice(at, limit));
  if (!words) return undefined;
  const speaker = mentionAfterVerb(text, mentions, at + words[0].length - 1, limit);
  if (!speaker || !GIVES.test(text.slice(speaker.nameEnd, limit))) return undefined;
  // What follows the name is the verb and its clause, not a role the name was read with.
  const { role: _clause, ...named } = speaker;
  return { kind: 'after', start, end: speaker.nameEnd, speaker: { ...named, end: speaker.nameEnd }, following: true };
}
