import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import fc from 'fast-check';
import { importPlainText, PARAGRAPH_LINE_BREAK } from '../pipeline/import/plain-text.ts';
import { matchDateline } from '../pipeline/import/dateline.ts';
import { parseRelease } from '../pipeline/parse/index.ts';
import { makeProject, REPO, type Project } from './helpers/project.ts';
import { runCli } from './helpers/cli.ts';

const SAMPLE = join(REPO, 'tests/fixtures/samples/torino-piemonte-giappone-it.txt');
const sampleText = () => readFileSync(SAMPLE, 'utf8');
const NOW = '2025-09-26T10:00:00+02:00';

describe('import: datelines', () => {
  it.each([
    ['TORINO (ITALPRESS) – Testo', { city: 'Torino', agency: 'Italpress' }],
    ['TORINO (ITALPRESS) — Testo', { city: 'Torino', agency: 'Italpress' }],
    ['TORINO (ITALPRESS) - Testo', { city: 'Torino', agency: 'Italpress' }],
    ['TORINO(ITALPRESS)–Testo', { city: 'Torino', agency: 'Italpress' }],
    ['ROMA (ANSA) -- Testo', { city: 'Roma', agency: 'ANSA' }],
    ['REGGIO CALABRIA (AGI) – Testo', { city: 'Reggio Calabria', agency: 'AGI' }],
    ["L'AQUILA – Testo", { city: "L'Aquila" }],
  ])('%s', (text, dateline) => {
    const match = matchDateline(text);
    expect(match?.dateline).toEqual(dateline);
    expect(match?.rest).toBe('Testo');
  });

  it('does not take an ordinary opening for a dateline', () => {
    expect(matchDateline('Il Piemonte – tra le regioni più dinamiche – cresce.')).toBeUndefined();
    expect(matchDateline('Focus sulle scienze della vita.')).toBeUndefined();
  });
});

describe('import: the sample release', () => {
  const result = importPlainText(sampleText(), { title: 'Piemonte in Giappone', subtitle: 'Sottotitolo', date: NOW, now: NOW });

  it('writes front matter with the dateline and a body that parses', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.id).toBe('piemonte-in-giappone');
    const file = new VFile({ path: `releases/${result.id}.md`, value: result.markdown });
    const parsed = parseRelease(file);
    // The agency text writes 2,800 for the Italian 2.800: the author is told where, and nothing else.
    expect(file.messages.map((message) => message.ruleId)).toEqual(['ambiguous-number']);
    expect(parsed?.meta).toMatchObject({ title: 'Piemonte in Giappone', subtitle: 'Sottotitolo', date: NOW, dateline: { city: 'Torino', agency: 'Italpress' } });
    expect(parsed?.body.children.filter((node) => node.type === 'paragraph')).toHaveLength(7);
  });

  it('keeps paragraphs and typography as written, with the dateline taken out', () => {
    if (!result.ok) throw new Error('import failed');
    const body = result.markdown.split('\n---\n')[1]!;
    expect(body.trimStart().startsWith('Focus sulle scienze della vita')).toBe(true);
    for (const mark of ['’', '“Salute e Benessere”', '“Le scienze della vita', 'industriale”.', '2,800']) expect(body).toContain(mark);
    expect(body).not.toContain('TORINO (ITALPRESS)');
  });

  it('asks for a title it cannot infer', () => {
    const missing = importPlainText(sampleText(), { now: NOW });
    expect(missing).toEqual({ ok: false, problems: [expect.stringMatching(/no title found.*--title/)] });
  });

  it('takes headline lines set above the text', () => {
    const withHeads = importPlainText(`Titolo del comunicato\n\nSottotitolo breve\n\n${sampleText()}`, { now: NOW });
    expect(withHeads.ok && withHeads.markdown).toMatch(/title: Titolo del comunicato\nsubtitle: Sottotitolo breve\n/);
  });

  it('ends a paragraph at a line that ends a sentence, and joins lines wrapped inside one', () => {
    const copied = importPlainText('ROMA – Il piano è stato approvato\nnella notte dal consiglio.\n«Un passo avanti», ha detto la sindaca.\nLa seduta riprende lunedì.', { title: 'T', now: NOW });
    if (!copied.ok) throw new Error(copied.problems.join());
    const parsed = parseRelease(new VFile({ path: 'releases/t.md', value: copied.markdown }));
    expect(parsed?.body.children.map((node) => ('children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : ''))).toEqual(['Il piano è stato approvato nella notte dal consiglio.', '«Un passo avanti», ha detto la sindaca.', 'La seduta riprende lunedì.']);
  });

  it('keeps a quotation that a later line closes in one paragraph, and ends one no line closes at its line', () => {
    const running = importPlainText('ROMA – "Ho chiamato il questore per complimentarmi.\nDue agenti sono rimasti feriti.\nA loro i miei auguri". Così il sottosegretario.\nLa seduta riprende lunedì.', { title: 'T', now: NOW });
    if (!running.ok) throw new Error(running.problems.join());
    expect(running.markdown.split('\n\n').slice(1)).toEqual(['"Ho chiamato il questore per complimentarmi. Due agenti sono rimasti feriti. A loro i miei auguri". Così il sottosegretario.', 'La seduta riprende lunedì.\n']);
    const unclosed = importPlainText('ROMA – «Il cantiere chiude a dicembre, poi il trasloco.\nARTICOLO COMPLETO IN EDICOLA', { title: 'T', now: NOW });
    expect(unclosed.ok && unclosed.markdown.split('\n\n').slice(1)).toEqual(['«Il cantiere chiude a dicembre, poi il trasloco.', 'ARTICOLO COMPLETO IN EDICOLA\n']);
  });

  it('ends a paragraph before an answer under a heading and a quotation under a dateline, not a title under its museum', () => {
    const copied = importPlainText('ROMA – Le conferenze della vigilia.\nConferenza stampa ROSSI Pisa-Lucca\n- “Siamo pronti”.\n(Agenzia Vista) Roma, 12 marzo 2025\n"Non è un atto dovuto”, ha detto.\nMusei Civici\n“Terre d’acqua”\ndal 12 dicembre.', { title: 'T', now: NOW });
    if (!copied.ok) throw new Error(copied.problems.join());
    const parsed = parseRelease(new VFile({ path: 'releases/t.md', value: copied.markdown }));
    expect(parsed?.body.children.map((node) => ('children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : ''))).toEqual(['Le conferenze della vigilia.', 'Conferenza stampa ROSSI Pisa-Lucca', '- “Siamo pronti”.', '(Agenzia Vista) Roma, 12 marzo 2025', '"Non è un atto dovuto”, ha detto.', 'Musei Civici “Terre d’acqua”', 'dal 12 dicembre.']);
  });

  it('escapes what Markdown would read as markup', () => {
    const tricky = importPlainText('ROMA (ANSA) – Prezzi *scontati* del 10%.\n\n1. Non è una lista.\n\n# Non è un titolo <b>', { title: 'T', now: NOW });
    if (!tricky.ok) throw new Error(tricky.problems.join());
    const file = new VFile({ path: 'releases/t.md', value: tricky.markdown });
    const parsed = parseRelease(file);
    expect(file.messages.map(String)).toEqual([]);
    expect(parsed?.body.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('import: the command', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('writes releases/<id>.md and refuses to overwrite it', async () => {
    project = makeProject();
    const args = ['import', SAMPLE, '--title', 'Piemonte in Giappone', '--date', NOW, '--id', 'piemonte-giappone'];
    const first = await runCli(args, { cwd: project.root });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const written = readFileSync(join(project.root, 'releases/piemonte-giappone.md'), 'utf8');
    expect(written).toContain('dateline:\n  city: Torino\n  agency: Italpress');

    const second = await runCli(args, { cwd: project.root });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/already exists/);
    expect(readFileSync(join(project.root, 'releases/piemonte-giappone.md'), 'utf8')).toBe(written);
  });

  it('fails with a clear line when the title is missing', async () => {
    project = makeProject();
    const result = await runCli(['import', SAMPLE], { cwd: project.root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/torino-piemonte-giappone-it\.txt: error: no title found in the text; give one with --title/);
  });
});

describe('import: where paragraphs break', () => {
  const piece = fc.constantFrom('\n', '\n\n', ' ', '\t', '.', '…', '?', ':', ',', '"', '«', '»', '“', '”', '’', '- ', '– ', '•', ')', '7', 'a', 'parola', 'Rossi', 'E', 'Lega (Pd)');
  /** The lines a split leaves, as paragraphs read them: trimmed, and none of spaces alone. */
  const linesOf = (block: string, pattern: RegExp) => block.split(pattern).map((line) => line.trim()).filter((line) => line !== '');

  it('breaks a block where the pattern without its leading lookarounds breaks it', () => {
    // The lookarounds only say where every alternative starts (at the first of its spaces, before a line break): they
    // must change no paragraph.
    const slow = new RegExp(PARAGRAPH_LINE_BREAK.source.replace(/^\(\?<!\[ \\t\]\)\(\?=\[ \\t\]\*\\n\)/u, ''), 'u');
    expect(slow.source.length).toBeLessThan(PARAGRAPH_LINE_BREAK.source.length);
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const block = pieces.join('');
      expect(linesOf(block, PARAGRAPH_LINE_BREAK)).toEqual(linesOf(block, slow));
    }), { numRuns: 2000 });
  });

  it('splits a block with a long run of spaces or tabs in linear time', () => {
    // Quadratic, a run of 20,000 spaces took half a second; linear, a tenth of a millisecond. Timed as a ratio to a
    // linear pass over the same block in the same run (the fastest of three tries each), not against a clock limit,
    // so that a loaded machine cannot fail it: linear splits come out under 1, the quadratic pattern over 100.
    const fastest = (run: () => unknown) => Math.min(...Array.from({ length: 3 }, () => {
      const started = performance.now();
      run();
      return performance.now() - started;
    }));
    const ratio = (block: string, pattern: RegExp) => fastest(() => block.split(pattern)) / Math.max(fastest(() => block.replace(/[ \t]/gu, '_')), 0.01);
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(' ', '\t', ' \t'), fc.integer({ min: 20_000, max: 40_000 }), fc.boolean(), fc.array(piece, { maxLength: 12 }), (before, space, length, broken, after) => {
      const block = `${before.join('')}${space.repeat(length / space.length)}${broken ? '\n' : ''}${after.join('')}`;
      expect(ratio(block, PARAGRAPH_LINE_BREAK)).toBeLessThan(20);
    }), { numRuns: 20 });
    // The measure tells the quadratic pattern (without its leading lookarounds) apart, in the same run.
    const slow = new RegExp(PARAGRAPH_LINE_BREAK.source.replace(/^\(\?<!\[ \\t\]\)\(\?=\[ \\t\]\*\\n\)/u, ''), 'u');
    expect(ratio(`a${' '.repeat(10_000)}\nb`, slow)).toBeGreaterThan(20);
  });
});
