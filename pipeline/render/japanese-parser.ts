// One BudouX parser per thread, made when Japanese first needs breaking: the wire's wrapping and the pages'
// <wbr> both ask it, and building the model is the costly part.
import { loadDefaultJapaneseParser } from 'budoux';

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;

export function japaneseParser(): ReturnType<typeof loadDefaultJapaneseParser> {
  parser ??= loadDefaultJapaneseParser();
  return parser;
}
