// One BudouX parser per thread, made when Japanese first needs breaking: the wire's wrapping and the pages'
// <wbr> both ask it, and building the model is the costly part.
//
// Only BudouX's Parser and its Japanese model are loaded, from their own files: the package's entry also loads its
// HTML processor, and with it linkedom (some 770 modules), in every render thread, for nothing the build uses.
// Those files are not in the package's exports map, so they are found beside the entry it resolves to.
import type { Parser } from 'budoux';

const entry = import.meta.resolve('budoux');
const [{ Parser: BudouxParser }, { model }] = (await Promise.all([import(new URL('./parser.js', entry).href), import(new URL('./data/models/ja.js', entry).href)])) as [
  { Parser: typeof Parser },
  { model: ConstructorParameters<typeof Parser>[0] },
];

let parser: Parser | undefined;

export function japaneseParser(): Parser {
  parser ??= new BudouxParser(model);
  return parser;
}
