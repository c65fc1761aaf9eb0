import { afterEach, describe, expect, it } from 'vitest';
import { utimesSync } from 'node:fs';
import { serializeMemory } from '../pipeline/translate/memory-file.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { runStatus } from '../pipeline/cli/commands/status.ts';
import { runPressroomHere as runCli } from './helpers/cli.ts';

describe('cli: pressroom status', () => {
  let project: Project;
  afterEach(() => project?.remove());

  function fixture() {
    project = makeProject();
    const old = releaseFrom('bando', 'title: Bando', 'Primo paragrafo.\n\nSecondo paragrafo.\n\nTerzo paragrafo.').release;
    const { text } = releaseFrom('bando', 'title: Bando', 'Primo paragrafo.\n\nSecondo paragrafo, riscritto.\n\nTerzo paragrafo.\n\nQuarto paragrafo.');
    project.write('releases/bando.md', text);
    const en = memoryOf(old, 'en', (source, index) => entry(source, `EN ${source}`, index < 2 ? { state: 'reviewed', reviewer: 'Anna' } : {}));
    project.write('locales/en/releases/bando.json', serializeMemory(en, old));
  }

  it('prints a table of releases × languages with done, machine, reviewed, stale and missing', async () => {
    fixture();
    const result = await runCli(['status'], { cwd: project.root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'release  lang  done  machine  reviewed  stale  missing',
        'bando    en     3/5        1         2      1        1',
        'bando    ja     0/5        0         0      0        5',
        '',
      ].join('\n'),
    );
  });

  it('prints the same counts as JSON', async () => {
    fixture();
    const result = await runCli(['status', '--json', '--lang', 'en'], { cwd: project.root });
    expect(JSON.parse(result.stdout)).toEqual({ releases: [{ release: 'bando', language: 'en', done: 3, total: 5, machine: 1, reviewed: 2, approved: 0, stale: 1, missing: 1 }] });
  });

  it('counts only the reason of a withdrawn release: its kill notice is all a build publishes', async () => {
    project = makeProject();
    const withdrawn = 'title: Bando\nstatus: withdrawn\nreason: Il bando è annullato.\nupdated: 2025-10-20T10:00:00+02:00';
    const { release, text } = releaseFrom('bando', withdrawn, 'Primo paragrafo.\n\nSecondo paragrafo.');
    project.write('releases/bando.md', text);
    const reason = release.withdrawal!.reason.key;
    // The withdrawn text machine-translated or missing, its reason not yet translated.
    const en = memoryOf(release, 'en', (source, index) => (index === 1 ? entry(source, `EN ${source}`) : undefined));
    delete en.segments[reason];
    project.write('locales/en/releases/bando.json', serializeMemory(en, release));
    const before = await runCli(['status', '--json'], { cwd: project.root });
    expect(JSON.parse(before.stdout)).toEqual({
      releases: [
        { release: 'bando', language: 'en', done: 0, total: 1, machine: 0, reviewed: 0, approved: 0, stale: 0, missing: 1 },
        { release: 'bando', language: 'ja', done: 0, total: 1, machine: 0, reviewed: 0, approved: 0, stale: 0, missing: 1 },
      ],
    });
    en.segments[reason] = entry(release.withdrawal!.reason.source, 'The call is cancelled.', { state: 'reviewed', reviewer: 'Anna' });
    project.write('locales/en/releases/bando.json', serializeMemory(en, release));
    const after = await runCli(['status', '--lang', 'en'], { cwd: project.root });
    expect(after.stdout).toMatch(/^bando +en +1\/1 +0 +1 +0 +0$/m);
  });

  it('names an unreadable memory file and exits non-zero', async () => {
    fixture();
    project.write('locales/ja/releases/bando.json', '{ "release": ');
    const result = await runCli(['status'], { cwd: project.root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^locales\/ja\/releases\/bando\.json:1:1: error: translation memory is not valid JSON/m);
    expect(result.stdout).toMatch(/^bando +ja +unreadable +- +- +- +-$/m);
  });
});

describe('status: the young generation', () => {
  let project: Project | undefined;
  afterEach(() => project?.remove());

  /** runStatus with a hold that records when it is taken and let go, among what status prints. */
  async function statusEvents(root: string): Promise<string[]> {
    const events: string[] = [];
    const io = { log: () => events.push('table'), error: (line: string) => events.push(line.startsWith('status: read') ? 'progress' : 'message') };
    const hold = () => {
      events.push('held');
      return () => events.push('let go');
    };
    expect(await runStatus({ root, languages: ['en', 'ja'], json: false }, io, undefined, hold)).toBe(0);
    // Let go once is enough; more is harmless.
    return events.filter((event, index) => event !== 'let go' || events.indexOf('let go') === index).filter((event, index, all) => event !== 'progress' || all[index - 1] !== 'progress');
  }

  it('is held while status answers from its digest, and let go before many files are read', async () => {
    project = makeProject();
    // Written an hour ago: a file changed within seconds of a digest is read again, whatever its stamp.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (let n = 0; n < 110; n++) utimesSync(project.write(`releases/comunicato-${n}.md`, releaseFrom(`comunicato-${n}`, `title: Comunicato ${n}`, `Paragrafo numero ${n}.`).text), anHourAgo, anHourAgo);
    expect(await statusEvents(project.root)).toEqual(['held', 'let go', 'progress', 'table']);
    expect(await statusEvents(project.root)).toEqual(['held', 'table', 'let go']);
  });
});
