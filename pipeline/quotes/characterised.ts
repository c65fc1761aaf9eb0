// "descrivendolo come una «felice eccezione»": words someone used to describe a thing, quoted however short.

/** Where the agent of a passive starts: "definita dall’ente come …". */
const AGENT = /^\s+(?:(?:da|dal|dallo|dalla|dai|dagli|dalle)\s+|dall[’']\s*)/iu;

/** A verb of defining or describing, a few words, "come" and maybe an indefinite article right before the marks. */
const CHARACTERISED = /(?:^|[\s,])((?:defin|descri[vt])\p{L}*)([^,;:.!?«»“”"]{0,60}?)\s+come\s+(?:(?:una?|un[’'])\s*)?$/iu;

/**
 * The verb (and a passive's agent, where the text gives one) of a description the marks at `end` finish: "lo descrive
 * come una «…»", "definita dall’ente come una «…»". A thing defined with no one defining it ("definito come «…»")
 * gives nothing: a label with nobody to have said it.
 */
export function characterisedAs(text: string, from: number, end: number): { verb: [number, number]; agent?: number; passive: boolean } | undefined {
  const found = CHARACTERISED.exec(text.slice(from, end));
  if (!found) return undefined;
  const verbStart = from + found.index + found[0].indexOf(found[1]!);
  const verb: [number, number] = [verbStart, verbStart + found[1]!.length];
  const passive = /^(?:defin|descri)(?:it|tt)[oaie]$/iu.test(found[1]!);
  const agent = AGENT.exec(found[2]!);
  if (passive && !agent) return undefined;
  return { verb, passive, ...(agent ? { agent: verb[1] + agent[0].length } : {}) };
}
