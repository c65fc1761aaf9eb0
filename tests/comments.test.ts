// Comments beside the memory: a thread per segment, ids that stay unique, a stale segment's thread carried to its
// new key, and a file in a fixed shape.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchSources } from '../pipeline/preview/watch.ts';
import type { Comments } from '../pipeline/translate/comments.ts';
import { reviewProject, RELEASE_ID } from './helpers/review-project.ts';
import { runPressroomHere } from './helpers/cli.ts';
import { VFile } from 'vfile';
import { addComment, carryThread, emptyComments, threadOf } from '../pipeline/translate/comments.ts';
import { readComments, serializeComments } from '../pipeline/translate/comments-file.ts';
import { reviewSegments } from '../pipeline/translate/review.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';
import { startDeepLServer } from './deepl-server.ts';

const { release } = releaseFrom('bando', 'title: Nuovo bando', 'Primo paragrafo.\n\nSecondo paragrafo.');
const [title, first] = release.segments;

describe('comments: a thread per segment', () => {
  it('adds comments oldest first, with ids unique in the whole file', () => {
    let comments = emptyComments('bando', 'en');
    comments = addComment(comments, first!.key, { author: 'Anna', at: '2025-10-15T09:00:00+02:00', text: 'Is this a call for tenders?' }).comments;
    comments = addComment(comments, title!.key, { author: 'Marco', at: '2025-10-15T09:10:00+02:00', text: 'See the title.' }).comments;
    comments = addComment(comments, first!.key, { author: 'Marco', at: '2025-10-15T09:20:00+02:00', text: 'No: for applications.' }).comments;
    expect(comments.threads[first!.key]!.map((item) => [item.id, item.author])).toEqual([['c1', 'Anna'], ['c3', 'Marco']]);
    expect(comments.threads[title!.key]!.map((item) => item.id)).toEqual(['c2']);
  });

  it('shows a stale segment its old thread, and carries it to the new key with the translation', () => {
    const memory = memoryOf(release, 'en', (source) => entry(source, `EN ${source}`));
    let comments = addComment(emptyComments('bando', 'en'), first!.key, { author: 'Anna', at: '2025-10-15T09:00:00+02:00', text: 'A question on the old Italian.' }).comments;
    const edited = releaseFrom('bando', 'title: Nuovo bando', 'Primo paragrafo, riscritto.\n\nSecondo paragrafo.').release;
    const stale = reviewSegments(edited, memory).find((review) => review.state === 'stale')!;
    expect(stale.entryKey).toBe(first!.key);
    comments = addComment(comments, stale.segment.key, { author: 'Bruno', at: '2025-10-15T10:00:00+02:00', text: 'And on the new one.' }).comments;
    expect(threadOf(comments, stale).map((item) => item.text)).toEqual(['A question on the old Italian.', 'And on the new one.']);
    const carried = carryThread(comments, first!.key, stale.segment.key);
    expect(carried.threads[first!.key]).toBeUndefined();
    expect(carried.threads[stale.segment.key]!.map((item) => item.id)).toEqual(['c1', 'c2']);
  });
});

describe('comments: the file', () => {
  it('writes threads in release order and reads back what it wrote', () => {
    let comments = addComment(emptyComments('bando', 'en'), first!.key, { author: 'Anna', at: '2025-10-15T09:00:00+02:00', text: 'Two\nlines' }).comments;
    comments = addComment(comments, title!.key, { author: 'Marco', at: '2025-10-15T09:10:00+02:00', text: 'Title?' }).comments;
    const text = serializeComments(comments, release);
    expect(Object.keys(JSON.parse(text).threads)).toEqual([title!.key, first!.key]);
    expect(readComments(new VFile({ path: 'c.json', value: text }), { release: 'bando', language: 'en' })).toEqual({ ...comments, threads: { [title!.key]: comments.threads[title!.key], [first!.key]: comments.threads[first!.key] } });
  });

  it('refuses a file of another release, a repeated id, or an unknown field', () => {
    const good = { release: 'bando', language: 'en', threads: { [first!.key]: [{ id: 'c1', author: 'A', at: 'x', text: 't' }] } };
    const problem = (data: unknown) => {
      const file = new VFile({ path: 'c.json', value: JSON.stringify(data) });
      expect(readComments(file, { release: 'bando', language: 'en' })).toBeUndefined();
      return String(file.messages[0]);
    };
    expect(problem({ ...good, release: 'altro' })).toContain('says en/altro but lives at en/bando');
    // A control character, raw or escaped, is not text: placed where it stands, as in a memory file.
    const raw = new VFile({ path: 'c.json', value: JSON.stringify(good).replace('"t"', '"t\u0001"') });
    expect(readComments(raw, { release: 'bando', language: 'en' })).toBeUndefined();
    expect(String(raw.messages[0])).toMatch(/^c\.json:1:\d+: a control character \(U\+0001\) is not text/);
    const escaped = new VFile({ path: 'c.json', value: JSON.stringify(good).replace('"t"', '"t\\u0085"') });
    expect(readComments(escaped, { release: 'bando', language: 'en' })).toBeUndefined();
    expect(String(escaped.messages[0])).toContain('comment c1 holds a control character (U+0085), which is not text; delete it');
    expect(problem({ ...good, threads: { [first!.key]: [good.threads[first!.key]![0], good.threads[first!.key]![0]] } })).toContain('one comment id twice');
    expect(problem({ ...good, threads: { [first!.key]: [{ ...good.threads[first!.key]![0], resolved: true }] } })).toMatch(/comments file threads\.[0-9a-f]{16}\.0: .*resolved/);
  });
});

describe('comments: they publish nothing', () => {
  it('are not a change the live build watches for; the memory beside them is', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pressroom-comments-'));
    mkdirSync(join(root, 'releases'));
    mkdirSync(join(root, 'locales/en/releases'), { recursive: true });
    const seen: string[] = [];
    const watch = watchSources(root, (paths) => seen.push(...paths), 10);
    try {
      await watch.ready;
      mkdirSync(join(root, 'locales/en/comments'));
      writeFileSync(join(root, 'locales/en/comments/bando.json'), '{}\n');
      await new Promise((resolve) => setTimeout(resolve, 300));
      writeFileSync(join(root, 'locales/en/releases/bando.json'), '{}\n');
      await expect.poll(() => seen, { timeout: 5000 }).toContain('locales/en/releases/bando.json');
      expect(seen.filter((path) => path.includes('comments'))).toEqual([]);
    } finally {
      await watch.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('comments: through pressroom xliff', () => {
  it('exports threads as notes and writes comments added in a CAT tool beside the memory, with the import', async () => {
    const fixture = reviewProject();
    try {
      const key = fixture.keys[2]!;
      fixture.project.write(`locales/en/comments/${RELEASE_ID}.json`, JSON.stringify({ release: RELEASE_ID, language: 'en', threads: { [key]: [{ id: 'c1', author: 'Anna', at: '2025-10-15T09:00:00+02:00', text: 'SMEs in the EU sense?' }] } }));
      const file = join(fixture.project.root, 'en.xlf');
      const exported = await runPressroomHere(['xliff', 'export', '--lang', 'en', '-o', file], { cwd: fixture.project.root });
      expect(exported.code).toBe(0);
      const xml = readFileSync(file, 'utf8');
      expect(xml).toContain('<note id="comment-c1" category="comment">Anna, 2025-10-15 09:00: SMEs in the EU sense?</note>');
      writeFileSync(file, xml.replace('<note id="comment-c1" category="comment">', '<note category="comment">Yes, as the call defines them.</note><note id="comment-c1" category="comment">'));
      const memoryBefore = fixture.memoryText('en');
      const imported = await runPressroomHere(['xliff', 'import', file, '--reviewer', 'Marco'], { cwd: fixture.project.root });
      expect(imported.stderr).toBe('');
      expect(imported.stdout).toMatch(/^en: 0 updated, 0 restored, \d+ unchanged, 1 comment added/m);
      const thread = (JSON.parse(readFileSync(join(fixture.project.root, `locales/en/comments/${RELEASE_ID}.json`), 'utf8')) as Comments).threads[key]!;
      expect(thread.map((comment) => [comment.id, comment.author, comment.text])).toEqual([['c1', 'Anna', 'SMEs in the EU sense?'], ['c2', 'Marco', 'Yes, as the call defines them.']]);
      expect(fixture.memoryText('en')).toBe(memoryBefore);
      // The same file again adds nothing: the note's words are already in the thread.
      const again = await runPressroomHere(['xliff', 'import', file, '--reviewer', 'Marco'], { cwd: fixture.project.root });
      expect(again.code).toBe(0);
      expect(again.stdout).not.toContain('comment added');
      expect((JSON.parse(readFileSync(join(fixture.project.root, `locales/en/comments/${RELEASE_ID}.json`), 'utf8')) as Comments).threads[key]).toHaveLength(2);
    } finally {
      fixture.project.remove();
    }
  });
});

describe('comments: a CAT tool\'s note holding a control character', () => {
  it('is refused at its place, and nothing is imported', async () => {
    const fixture = reviewProject();
    try {
      const file = join(fixture.project.root, 'en.xlf');
      expect((await runPressroomHere(['xliff', 'export', '--lang', 'en', '-o', file], { cwd: fixture.project.root })).code).toBe(0);
      const xml = readFileSync(file, 'utf8');
      const notes = `<note category="context">paragraph, releases/${RELEASE_ID}.md line 9</note>`;
      expect(xml).toContain(notes);
      // U+0085 is allowed in XML 1.0, so a CAT tool can send it; it is still not text.
      writeFileSync(file, xml.replace(notes, `${notes}<note category="comment">Next line\u0085here?</note>`));
      const imported = await runPressroomHere(['xliff', 'import', file, '--reviewer', 'Marco'], { cwd: fixture.project.root });
      expect(imported.code).not.toBe(0);
      expect(imported.stderr).toMatch(/en\.xlf:\d+:\d+: error: .*a comment holds a control character \(U\+0085\), which is not text; delete it \[pressroom:control-character\]/);
      expect(existsSync(join(fixture.project.root, `locales/en/comments/${RELEASE_ID}.json`))).toBe(false);
    } finally {
      fixture.project.remove();
    }
  });
});

describe('comments: a thread follows its translation however it moves', () => {
  const THREAD = [{ id: 'c1', author: 'Anna', at: '2025-10-15T09:00:00+02:00', text: 'Online only?' }];
  const threads = (fixture: ReturnType<typeof reviewProject>) => (JSON.parse(readFileSync(join(fixture.project.root, `locales/en/comments/${RELEASE_ID}.json`), 'utf8')) as Comments).threads;
  /** The stale paragraph's old key: in the memory, no longer in the release. */
  const staleKey = (fixture: ReturnType<typeof reviewProject>) => Object.keys(fixture.memory('en').segments).find((key) => !fixture.keys.includes(key))!;

  it('moves with a stale segment that pressroom translate translates again', async () => {
    const fixture = reviewProject();
    const server = await startDeepLServer();
    try {
      const old = staleKey(fixture);
      fixture.project.write(`locales/en/comments/${RELEASE_ID}.json`, JSON.stringify({ release: RELEASE_ID, language: 'en', threads: { [old]: THREAD } }));
      const run = await runPressroomHere(['translate', '--lang', 'en'], { cwd: fixture.project.root, env: { DEEPL_AUTH_KEY: 'any-key', DEEPL_SERVER_URL: server.url } });
      expect(run.code).toBe(0);
      expect(fixture.memory('en').segments[old]).toBeUndefined();
      expect(threads(fixture)).toEqual({ [fixture.keys[3]!]: THREAD });
    } finally {
      await server.close();
      fixture.project.remove();
    }
  });

  it('moves with a stale unit that an XLIFF import translates again', async () => {
    const fixture = reviewProject();
    try {
      const old = staleKey(fixture);
      fixture.project.write(`locales/en/comments/${RELEASE_ID}.json`, JSON.stringify({ release: RELEASE_ID, language: 'en', threads: { [old]: THREAD } }));
      const file = join(fixture.project.root, 'en.xlf');
      expect((await runPressroomHere(['xliff', 'export', '--lang', 'en', '-o', file], { cwd: fixture.project.root })).code).toBe(0);
      const xml = readFileSync(file, 'utf8');
      const unit = new RegExp(`(<unit id="${fixture.keys[3]}"[\\s\\S]*?<segment state=")initial(">[\\s\\S]*?<target>)[^<]*`);
      expect(xml).toMatch(unit);
      writeFileSync(file, xml.replace(unit, '$1translated$2Applications can only be sent online from 15 January to 31 March 2026.'));
      const imported = await runPressroomHere(['xliff', 'import', file, '--reviewer', 'Marco'], { cwd: fixture.project.root });
      expect(imported.stderr).toBe('');
      expect(fixture.memory('en').segments[old]).toBeUndefined();
      expect(threads(fixture)).toEqual({ [fixture.keys[3]!]: THREAD });
    } finally {
      fixture.project.remove();
    }
  });
});
