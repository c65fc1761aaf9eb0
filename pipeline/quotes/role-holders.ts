// A role-only speaker ("ha spiegato il tecnico del Cagliari") is the person the text writes that role beside
// ("Ferrandi, tecnico del Cagliari", "il tecnico Ferrandi"), though the name was never read as a person's mention
// (a surname alone, quoted under a headline label): a press text gives a role to a name once, then uses either.
// Only one such person: two leave the words to nobody (never a guess).

/** Words that may stand between a name and its role: articles and the adjectives of an office held anew or before. */
const FILLERS = new Set(['il', 'lo', 'la', 'l', 'un', 'una', 'neo', 'nuovo', 'nuova', 'ex', 'già', 'attuale', 'storico', 'storica']);

/** Separators after a name before its role: an apposition's comma, a copula. */
const AFTER_NAME = /^(?:\s*,\s*|\s+(?:è|sarà)\s+)/u;

/** Up to three words and what follows them, for the role before a name ("il tecnico del cagliari ferrandi"). */
const WORDS = /[\p{L}’']+/gu;

/** Roles that name one office two ways: the mayor is "primo cittadino", the coach "tecnico" and "mister". */
const SAME_OFFICE = new Map([
  ['cittadin', 'sindac'],
  ['tecnic', 'allenator'],
  ['mister', 'allenator'],
]);

function officeKey(word: string): string {
  const key = word.toLowerCase().replace(/trice$/u, 'tore').replace(/essa$/u, 'e').replace(/[oae]$/u, '');
  return SAME_OFFICE.get(key) ?? key;
}

/**
 * Is the word at [at, end) of `lower` the role `head`, followed by the rest of the role as the quotation's words give
 * it (`rest`: "della repubblica" in "presidente della repubblica")? A president of another body is someone else.
 */
function roleAt(lower: string, at: number, end: number, head: string, rest: string): boolean {
  return officeKey(lower.slice(at, end)) === head && lower.slice(end, end + rest.length + 1).replace(/\s+/gu, ' ').trimStart().startsWith(rest);
}

/** Does `lower` (the narration in lower case) write the role `head` beside `name`'s occurrence at [start, end)? */
function besideRole(lower: string, start: number, end: number, head: string, rest: string): boolean {
  const after = AFTER_NAME.exec(lower.slice(end, end + 12));
  if (after) {
    const from = end + after[0].length;
    for (const word of lower.slice(from, from + 60).matchAll(WORDS)) {
      if (roleAt(lower, from + word.index!, from + word.index! + word[0].length, head, rest)) return true;
      if (!FILLERS.has(word[0].replace(/[’']$/u, ''))) break;
    }
  }
  // "il tecnico Ferrandi", "il direttore sportivo Ferrandi": the role and at most two words of its own, no punctuation.
  const floor = Math.max(0, start - 50);
  const before = lower.slice(floor, start);
  const words = [...before.matchAll(WORDS)].slice(-3);
  const role = words.find((word) => roleAt(lower, floor + word.index!, floor + word.index! + word[0].length, head, rest));
  return role !== undefined && !/[^\p{L}\s’']/u.test(before.slice(role.index!));
}

/**
 * The one name among `names` that the narration writes beside the role `description` (its head noun `head` and the
 * words after it); undefined when none is, or more than one.
 */
export function roleHolder(narration: string, description: string, head: string, names: Iterable<string>): string | undefined {
  // A plural ("i volontari", "fonti dell’Arma") is a group, no one person's role.
  if (/i$/u.test(head)) return undefined;
  const lower = narration.toLowerCase();
  const key = officeKey(head);
  const words = description.toLowerCase().split(/\s+/u);
  const rest = words.slice(words.indexOf(head.toLowerCase()) + 1).join(' ');
  let holder: string | undefined;
  for (const name of names) {
    const needle = name.toLowerCase();
    if (needle.length < 3) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      // A whole word only: "Rossi" is not in "Rossini".
      if (/[\p{L}]/u.test(lower[at - 1] ?? '') || /[\p{L}]/u.test(lower[end] ?? '')) continue;
      if (!besideRole(lower, at, end, key, rest)) continue;
      // (A surname and the full name it stands for are one person: the full name is kept.)
      if (holder === undefined || holder.endsWith(` ${name}`)) holder ??= name;
      else if (name.endsWith(` ${holder}`)) holder = name;
      else if (holder !== name) return undefined;
      break;
    }
  }
  return holder;
}
