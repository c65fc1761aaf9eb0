// Per-segment context for DeepL (issue 19, point 9): each segment is read with its own neighbours, billed as before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { translateProject } from '../pipeline/project/translate-run.ts';
import { plainText } from '../pipeline/inline/index.ts';
import type { Release } from '../pipeline/release.ts';
import { billedCharacters } from '../pipeline/translate/billing.ts';
import { startDeepLServer, type DeepLTestServer } from './deepl-server.ts';
import { makeProject, release, type Project } from './helpers/project.ts';
import { readMemoryFiles } from './helpers/translate.ts';

const BANDO = release(
  `title: Pmi, dalla Regione Piemonte 12 milioni per l’innovazione
subtitle: Domande dal 15 gennaio 2026
date: 2025-10-14T10:00:00+02:00
contacts:
  - { name: Laura Ferrero, role: Ufficio stampa, email: laura@example.org }
boilerplate: La Regione Piemonte sostiene le imprese del territorio.`,
  `La Regione mette a disposizione 12 milioni di euro per le *piccole e medie imprese*.

La misura sosterrà investimenti in cloud. Il bando è gestito con Ceipiemonte.

Le domande si presentano [online](https://www.regione.piemonte.it) dal 15 gennaio.

- software e licenze
- formazione del personale`,
);

let server: DeepLTestServer;
let project: Project;
beforeEach(async () => {
  server = await startDeepLServer();
  project = makeProject();
  project.write('releases/bando-pmi.md', BANDO);
});
afterEach(async () => {
  project?.remove();
  await server.close();
});

const parse = (text: string): Release => loadReleases([{ path: 'releases/bando-pmi.md', text }]).releases[0]!;
const plain = (release: Release, at: number) => plainText(release.segments[at]!.content).trim();

async function translate(options: { dryRun?: boolean; concurrency?: number; languages?: ('en' | 'ja')[] } = {}): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const io = { log: (line: string) => lines.push(line), error: (line: string) => lines.push(`error: ${line}`) };
  const code = await translateProject(
    {
      root: project.root,
      languages: options.languages ?? ['en', 'ja'],
      dryRun: options.dryRun ?? false,
      english: 'en-GB',
      concurrency: options.concurrency ?? 4,
      env: { DEEPL_AUTH_KEY: 'any-key', DEEPL_SERVER_URL: server.url },
      now: () => new Date('2025-10-15T09:00:00Z'),
    },
    io,
  );
  return { code, lines };
}

const total = (lines: string[]) => Number(/^total: (\d+) characters/m.exec(lines.join('\n'))?.[1]);

describe('translate: each segment goes with its own neighbours as context', () => {
  it('a new release sent in one run: every text read with the title and the Italian just before and after it', async () => {
    const run = await translate({ languages: ['en'] });
    expect(run.code).toBe(0);
    const bando = parse(BANDO);
    const texts = server.translations().flatMap((request) => request.texts);
    // Every segment once (a segment written twice is one text).
    expect(texts.map((item) => item.text).sort()).toEqual([...new Set(bando.segments.map((segment) => segment.source))].sort());
    const title = plain(bando, 0);
    bando.segments.forEach((segment, at) => {
      const sent = texts.find((item) => item.text === segment.source)!;
      const context = sent.context ?? '';
      if (at > 0) expect(context.startsWith(`${title}\n\n`)).toBe(true);
      if (at > 1) expect(context).toContain(plain(bando, at - 1));
      if (at < bando.segments.length - 1) expect(context).toContain(plain(bando, at + 1));
      // Its own words are the text, not the context.
      expect(context.split('\n\n')).not.toContain(plainText(segment.content).trim());
    });
    // The old single request gave the middle paragraph the title alone; now it has both neighbours.
    const middle = bando.segments.findIndex((segment) => segment.source.startsWith('La misura'));
    expect(texts.find((item) => item.text === bando.segments[middle]!.source)!.context).toBe(`${title}\n\n${plain(bando, middle - 1)}\n\n${plain(bando, middle + 1)}`);
  });

  it('bills exactly what the dry run said, the text only: the contexts are free', async () => {
    const dry = await translate({ dryRun: true });
    expect(server.requests).toEqual([]);
    const expected = ['en', 'ja'].length * [...new Set(parse(BANDO).segments.map((segment) => segment.key))].reduce((sum, key) => sum + billedCharacters(parse(BANDO).segments.find((segment) => segment.key === key)!.content), 0);
    expect(total(dry.lines)).toBe(expected);

    const run = await translate();
    expect(run.code).toBe(0);
    expect(total(run.lines)).toBe(expected);
    expect(server.usage.count).toBe(expected);
    const texts = server.translations().flatMap((request) => request.texts);
    expect(texts.reduce((sum, item) => sum + item.billed, 0)).toBe(expected);
    // Far more context was sent than text billed.
    expect(texts.reduce((sum, item) => sum + [...(item.context ?? '')].length, 0)).toBeGreaterThan(expected);
    // And the dry run still agrees afterwards: nothing left.
    expect(total((await translate({ dryRun: true })).lines)).toBe(0);
  });

  it('one request per distinct context, never more in flight than --concurrency', async () => {
    server.delay(40);
    const run = await translate({ concurrency: 2 });
    expect(run.code).toBe(0);
    const requests = server.translations();
    for (const request of requests) expect(request.params.context?.length ?? 0).toBeLessThanOrEqual(1);
    const contexts = requests.map((request) => `${request.params.target_lang}|${request.params.context?.[0] ?? ''}`);
    expect(new Set(contexts).size).toBe(contexts.length);
    expect(requests.length).toBeLessThanOrEqual(2 * new Set(parse(BANDO).segments.map((segment) => segment.key)).size);
    expect(server.peakTranslations()).toBe(2);
  });

  it('429 and 5xx are retried per request and each text is billed once; 456 keeps what is done for a rerun', async () => {
    server.fail(429);
    server.fail(503);
    const first = await translate({ languages: ['ja'] });
    expect(first.code).toBe(0);
    const segments = new Set(parse(BANDO).segments.map((segment) => segment.key)).size;
    expect(server.translations().flatMap((request) => request.texts)).toHaveLength(segments);
    expect(server.usage.count).toBe(total(first.lines));

    const planned = total((await translate({ dryRun: true, languages: ['en'] })).lines);
    server.usage.limit = server.usage.count + Math.floor(planned / 2);
    const stopped = await translate({ languages: ['en'], concurrency: 1 });
    expect(stopped.code).toBe(1);
    expect(stopped.lines.join('\n')).toMatch(/DeepL quota exceeded \(456\)/);
    const saved = Object.values(readMemoryFiles(project.root)).find((memory) => memory.language === 'en')!;
    const done = Object.keys(saved.segments).length;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(segments);
    server.usage.limit = 500_000;
    const left = total((await translate({ dryRun: true, languages: ['en'] })).lines);
    expect(left).toBeLessThan(planned);
    const before = server.usage.count;
    expect((await translate({ languages: ['en'] })).code).toBe(0);
    expect(server.usage.count - before).toBe(left);
  });
});
