// What the quote extractor finds, as JSON: to check that a change meant only for speed leaves every quote, mark and
// problem exactly as it was. Take a snapshot before the change, one after, and compare the files byte for byte.
//   npx tsx bench/quotes-snapshot.ts out.json [releases-dir] [count]
// Reads every text of every quote fixture set (tests/fixtures/quotes*/, as bench/quotes/evaluate.ts reads them),
// then the first `count` releases (default 2000) of `releases-dir` (default: a seeded corpus made for the run).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { VFile } from 'vfile';
import { quotableBody } from '../pipeline/import/quotable.ts';
import { parseRelease } from '../pipeline/parse/index.ts';
import { corpusReleases } from './corpus.ts';
import { extractQuotes, type QuoteExtraction, type QuotesInput } from '../pipeline/quotes/index.ts';

const [out, given, count = '2000'] = process.argv.slice(2);
if (!out) throw new Error('usage: tsx bench/quotes-snapshot.ts out.json [releases-dir] [count]');
// Without a folder, the same seeded corpus every time, so that two snapshots read the same releases.
const releasesDir = given || corpusReleases(Number(count));

const snapshot: Record<string, QuoteExtraction | { problems: string[] }> = {};
const take = (name: string, input: QuotesInput) => {
  snapshot[name] = extractQuotes(input);
};

const fixtures = join(import.meta.dirname, '..', 'tests', 'fixtures');
for (const set of readdirSync(fixtures).filter((name) => name.startsWith('quotes')).sort()) {
  const dir = join(fixtures, set);
  for (const name of readdirSync(dir).sort()) {
    if (!['.txt', '.md'].includes(extname(name)) || !existsSync(join(dir, name.replace(/\.(txt|md)$/u, '.json')))) continue;
    const quotable = quotableBody(name, readFileSync(join(dir, name), 'utf8'));
    if (quotable.ok) take(`${set}/${name}`, quotable);
    else snapshot[`${set}/${name}`] = { problems: quotable.problems };
  }
}

for (const name of readdirSync(releasesDir).filter((file) => file.endsWith('.md')).sort().slice(0, Number(count))) {
  const path = join(releasesDir, name);
  const parsed = parseRelease(new VFile({ path, value: readFileSync(path, 'utf8') }));
  if (parsed) take(`releases/${name}`, parsed);
}

writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`);
console.log(`${Object.keys(snapshot).length} texts -> ${out}`);
