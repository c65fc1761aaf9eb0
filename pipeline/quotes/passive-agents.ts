// The agent of a passive verb ("L’incontro è stato aperto dal sindaco X"): grammatically a complement, but the one who
// acts, the subject a following verb with none ("«…» – ha detto –") goes on from.

/** A passive verb right before the agent's preposition: "è stato aperto", "sono stati accolti", "viene presentata". */
const PASSIVE = /(?:^|\s)(?:è|e'|sono|era|erano|sarà|saranno|fu|furono|viene|vengono|venne|verrà)\s+(?:stat[oaie]\s+)?(?:\p{Ll}+mente\s+|poi\s+|anche\s+)?\p{Ll}{2,}(?:at|ut|it|ess|ent|ort|ert|ott)[oaie]\s+$/u;

/** Is the preposition ending at `at` ("dal", "dalla", "da") the agent's of a passive verb before it? */
export function passiveAgent(text: string, prepositionStart: number, preposition: string): boolean {
  return /^(?:da|dal|dallo|dalla|dall|dai|dagli|dalle)$/u.test(preposition) && PASSIVE.test(text.slice(Math.max(0, prepositionStart - 60), prepositionStart));
}
