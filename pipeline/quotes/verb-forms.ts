// A sentence may open on a verb form with a capital: a gerund ("Rispondendo alle critiche, …") or a participle with its
// pronoun ("Riunitisi in assemblea, i genitori …", "Recatosi in Comune, …"). Such a word is the verb of a clause,
// never the name of a person or an office, whatever capital the sentence gives it. Nor is "essere" or "avere" opening
// one ("Sono pronti ad andare fino in fondo i genitori …", "Hanno scritto al sindaco …").
import { isFirstName } from './names.ts';
import { NOT_GERUNDS } from './gerund-clauses.ts';

/** Pronouns Italian joins to the end of a gerund or a participle: "rivolgendosi", "riunitisi", "dettolo". */
const CLITIC = '(?:si|ci|vi|mi|ti|lo|la|li|le|gli|ne|sene|glielo|gliela)';

const GERUND = new RegExp(`^\\p{L}{2,}(?:ando|endo)${CLITIC}?$`, 'u');
/** A participle only with its pronoun: bare, "Comitato", "Senato", "Mercato" are nouns as often as not. */
const PARTICIPLE_WITH_PRONOUN = new RegExp(`^\\p{L}{2,}(?:at|it|ut|ss|tt)[oaie]${CLITIC}$`, 'u');

/** Forms of "essere" and "avere" a sentence opens on before its subject. */
const AUXILIARIES = new Set(['sono', 'siamo', 'era', 'erano', 'sarà', 'saranno', 'sarebbe', 'sarebbero', 'fu', 'furono', 'ha', 'hanno', 'aveva', 'avevano', 'avrà', 'avranno']);

/** Is this word, however capitalised, a gerund, a participle carrying its pronoun or an auxiliary, not a name? */
export function isVerbForm(word: string): boolean {
  const key = word.toLowerCase();
  if (isFirstName(word) || NOT_GERUNDS.has(key)) return false;
  return AUXILIARIES.has(key) || GERUND.test(key) || PARTICIPLE_WITH_PRONOUN.test(key);
}
