// `npm run eval:quotes`: precision, recall, F1 and speaker accuracy of quote extraction on tests/fixtures/quotes.
import { resolve } from 'node:path';
import { evaluate } from './quotes/evaluate.ts';

const dir = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'tests/fixtures/quotes');
const verbose = process.argv.includes('--verbose');
const result = evaluate(dir);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

for (const text of result.texts) {
  const flags = [
    text.missed.length ? `${text.missed.length} missed` : '',
    text.spurious.length ? `${text.spurious.length} spurious` : '',
    text.wrongSpeaker.length ? `${text.wrongSpeaker.length} wrong speaker` : '',
    text.negativesFound.length ? `negatives taken: ${text.negativesFound.join('; ')}` : '',
  ].filter(Boolean);
  console.log(`${text.file.padEnd(36)} gold ${String(text.gold).padStart(2)}  found ${String(text.found).padStart(2)}  matched ${String(text.matched).padStart(2)}${flags.length ? `  ${flags.join(', ')}` : ''}`);
  if (verbose) {
    for (const missed of text.missed) console.log(`    missed:   ${missed.slice(0, 110)}`);
    for (const spurious of text.spurious) console.log(`    spurious: ${spurious.slice(0, 110)}`);
    for (const wrong of text.wrongSpeaker) console.log(`    speaker:  ${wrong}`);
  }
}
console.log('');
console.log(`texts ${result.texts.length}, gold quotes ${result.gold}, found ${result.found}, matched ${result.matched} (token F1 >= 0.9)`);
console.log(`negatives ${result.negatives}, taken for quotations ${result.negativesFound}`);
console.log(`precision ${percent(result.precision)}  recall ${percent(result.recall)}  F1 ${percent(result.f1)}`);
console.log(`speaker accuracy ${percent(result.speakerAccuracy)}  role accuracy ${percent(result.roleAccuracy)}`);
