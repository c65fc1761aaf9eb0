// `npx tsx bench/large-input.ts [--only name] [--command build|check]`: how long the CLI takes on a release of
// about 2 MB (the size cap) of each shape a careless paste or an attacker could give, beside the bundled releases.
// Prints wall and processor time (user + system, all threads) and the release's outcome. Not a test: the machine
// is shared, so the figures are for the record (docs/reliability.md), measured on an idle machine.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MAX_SOURCE_BYTES } from '../pipeline/project/source-file.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'pipeline/cli/pressroom.js');

const HEAD = '---\ntitle: Grande\ndate: 2025-10-01T10:00:00+02:00\n---\n\n';

/** `unit` repeated to fill the cap after `head` (and before `tail`). */
function fill(unit: string, head = HEAD, tail = '', size = MAX_SOURCE_BYTES): string {
  const count = Math.floor((size - Buffer.byteLength(head) - Buffer.byteLength(tail)) / Buffer.byteLength(unit));
  return head + unit.repeat(count) + tail;
}

function nestedList(size: number): string {
  let body = '';
  for (let level = 0; body.length < size; level++) body += `${' '.repeat(level * 2)}- voce\n`;
  return HEAD + body;
}

export const INPUTS: Record<string, () => string> = {
  'list items': () => fill("- voce dell'elenco numero qualcosa\n"),
  'nested list (1 MB)': () => nestedList(1_000_000),
  'front matter (1.9 MB)': () => HEAD.replace('---\n\n', `tags:\n${'  - parola\n'.repeat(172_000)}---\n\n`) + 'Testo.\n',
  'one line': () => fill('Parola ', HEAD, '\n'),
  'nested emphasis': () => fill('*a ', HEAD, '\n'),
  'emphasis and links': () => fill('Un *testo* con un [collegamento](https://example.org/a) e **altro**.\n\n'),
  'one paragraph of links': () => fill('[a](https://example.org/) ', HEAD, '\n'),
  headings: () => fill('## Un titolo di sezione\n\n'),
  'block quotes': () => fill('> una citazione in blocco\n'),
  'separate block quotes': () => fill('> una citazione\n\n'),
  'quotation marks': () => fill('«Parola» disse Mario Rossi. '),
  'quotations, one paragraph each': () => fill('«Una frase citata», ha detto Mario Rossi, presidente.\n\n'),
  'unbalanced quotation marks': () => fill('« '),
  'straight quotes': () => fill('"a" '),
};

function run(root: string, args: string[]) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, CLI, ...args], { cwd: root, env: { ...process.env, DEEPL_AUTH_KEY: '' }, maxBuffer: 1 << 30 });
  const stderr = result.stderr.toString().trimEnd().split('\n');
  const [wall, user, system, rss] = stderr.pop()!.split(' ').map(Number) as [number, number, number, number];
  const about = stderr.filter((line) => line.includes('grande.md'));
  return { status: result.status, wall, cpu: user + system, rss: Math.round(rss / 1024), about: about.length === 0 ? 'no message' : `${about.length} message(s): ${about[0]!.slice(0, 160)}` };
}

if (process.argv[1]?.endsWith('large-input.ts')) main();

function main() {
const { values } = parseArgs({ options: { only: { type: 'string', multiple: true, default: [] }, command: { type: 'string', multiple: true, default: [] } } });
const names = values.only.length > 0 ? values.only : Object.keys(INPUTS);
const commands = values.command.length > 0 ? values.command : ['build', 'check'];
console.log('| input | size | command | exit | wall (s) | CPU (s) | peak RSS (MB) | about the file |');
console.log('| --- | --: | --- | --: | --: | --: | --: | --- |');
for (const name of names) {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-large-'));
  try {
    cpSync(join(REPO, 'tests/fixtures/project'), root, { recursive: true });
    cpSync(join(REPO, 'package.json'), join(root, 'package.json'));
    const text = INPUTS[name]!();
    writeFileSync(join(root, 'releases/grande.md'), text);
    for (const command of commands) {
      const args = command === 'build' ? ['build', '--now', '2026-01-01T00:00:00Z'] : [command];
      const result = run(root, args);
      console.log(`| ${name} | ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB | ${command} | ${result.status} | ${result.wall.toFixed(1)} | ${result.cpu.toFixed(1)} | ${result.rss} | ${result.about.replace(/\|/g, '\\|')} |`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
}
