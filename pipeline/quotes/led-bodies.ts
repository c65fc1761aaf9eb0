// A person named as the one who leads a body ("la Camera penale presieduta da X", "l’ordine guidato dal presidente
// X") is a detail about that body: when the verb before gives the words to the body, the body speaks, not X.

/** "presieduta da", "guidato dal", "diretta dalla", "coordinati da": what just precedes the leader's name. */
const LED_BY = /(?:presiedut|guidat|dirett|coordinat)[oaie]\s+(?:(?:da|dal|dallo|dalla)\s+|dall[’']\s*)$/iu;

/** Does the name starting at `at` (its title included) follow "presieduta da", "guidato dal" …? */
export function namedAsLeader(text: string, at: number): boolean {
  return LED_BY.test(text.slice(Math.max(0, at - 40), at));
}
