import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { approveSegment, entryVersion, reviewSegments, saveTarget } from '../pipeline/translate/review.ts';
import { judgeVersion } from '../pipeline/publish/policy.ts';
import { resolveMemory } from '../pipeline/translate/memory-match.ts';
import { readMemory, serializeMemory } from '../pipeline/translate/memory-file.ts';
import { readFourEyes, readPolicies } from '../pipeline/project/read.ts';
import { readReviewers } from '../pipeline/review/reviewers.ts';
import { Guard } from '../pipeline/review/security.ts';
import { exportXliff } from '../pipeline/xliff/export.ts';
import { importXliff } from '../pipeline/xliff/import.ts';
import type { Memory } from '../pipeline/translate/memory.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';
import { runPressroomHere } from './helpers/cli.ts';
import { loadReviewers } from '../pipeline/project/reviewers-file.ts';
import { formatStatusTable, type StatusRow } from '../pipeline/cli/commands/status.ts';

const NOW = '2025-10-15T09:30:00+02:00';
const LATER = '2025-10-15T11:00:00+02:00';
const { release } = releaseFrom('bando', 'title: Nuovo bando', 'Primo paragrafo.\n\nSecondo paragrafo.');
const [title, first, second] = release.segments;

/** Title saved by Anna, first paragraph machine, second saved by Bruno. */
function memory(): Memory {
  return memoryOf(release, 'en', (source, index) =>
    index === 1 ? entry(source, `EN ${source}`) : entry(source, index === 0 ? 'New call' : 'Second paragraph.', { state: 'reviewed', engine: 'human', reviewer: index === 0 ? 'Anna' : 'Bruno' }),
  );
}

const stateOf = (memory: Memory, key: string) => reviewSegments(release, memory).find((review) => review.segment.key === key)!;

function approve(memory: Memory, key: string, reviewer: string, fourEyes = true) {
  return approveSegment(release, memory, { key, version: stateOf(memory, key).version, reviewer, now: LATER, fourEyes });
}

describe('four eyes: a reviewed segment is approved only by someone other than its last editor', () => {
  it('records who approved and when, and names the state approved', () => {
    const result = approve(memory(), title!.key, 'Bruno');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.memory.segments[title!.key]).toMatchObject({ state: 'reviewed', reviewer: 'Anna', approvedBy: 'Bruno', approvedAt: LATER, target: 'New call' });
    expect(result.review.state).toBe('approved');
  });

  it('refuses the last editor, however the name is typed', () => {
    for (const name of ['Anna', ' anna ', 'ANNA']) {
      const result = approve(memory(), title!.key, name);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toBe('own-work');
    }
  });

  it('makes a machine segment reviewed by whoever approves it, not approved: that needs a second person', () => {
    const once = approve(memory(), first!.key, 'Anna');
    expect(once.ok && once.review.state).toBe('reviewed');
    if (!once.ok) return;
    expect(approve(once.memory, first!.key, 'Anna').ok).toBe(false);
    const twice = approve(once.memory, first!.key, 'Carla');
    expect(twice.ok && twice.review.state).toBe('approved');
  });

  it('drops the approval at the next edit, and keeps it when the same text is saved again', () => {
    const approved = approve(memory(), second!.key, 'Anna');
    if (!approved.ok) throw new Error('not approved');
    const same = saveTarget(release, approved.memory, { key: second!.key, version: approved.review.version, reviewer: 'Carla', now: LATER, target: 'Second paragraph.' });
    expect(same.ok && same.review.state).toBe('approved');
    const edited = saveTarget(release, approved.memory, { key: second!.key, version: approved.review.version, reviewer: 'Anna', now: LATER, target: 'The second paragraph.' });
    expect(edited.ok && edited.review.state).toBe('reviewed');
    if (!edited.ok) return;
    expect(edited.memory.segments[second!.key]).not.toHaveProperty('approvedBy');
    expect(edited.memory.segments[second!.key]!.reviewer).toBe('Anna');
  });

  it('does nothing of the kind where four eyes are not configured: approving a reviewed text is a no-op', () => {
    const result = approve(memory(), title!.key, 'Bruno', false);
    expect(result.ok && result.review.state).toBe('reviewed');
    if (result.ok) expect(result.memory.segments[title!.key]).not.toHaveProperty('approvedBy');
  });

  it('gives an approved entry another version, and leaves the versions of entries never approved as they were', () => {
    const base = entry('a', 'b', { state: 'reviewed', reviewer: 'Anna' });
    expect(entryVersion({ ...base, approvedBy: 'Bruno', approvedAt: LATER })).not.toBe(entryVersion(base));
    // The version of an unapproved entry is the one XLIFF files exported before four eyes carry.
    const old = entry('a', 'b');
    const before = createHash('sha256').update(JSON.stringify([old.source, old.target, old.state, old.engine, old.updated, null, null])).digest('hex').slice(0, 16);
    expect(entryVersion(old)).toBe(before);
  });
});

describe('four eyes: the memory file', () => {
  it('keeps approvedBy and approvedAt after reviewer, and refuses half an approval or an approved machine entry', () => {
    const approved = approve(memory(), title!.key, 'Bruno');
    if (!approved.ok) throw new Error('not approved');
    const text = serializeMemory(approved.memory, release);
    expect(text).toMatch(/"reviewer": "Anna",\n\s+"approvedBy": "Bruno",\n\s+"approvedAt": "2025-10-15T11:00:00\+02:00"/);
    expect(readMemory(new VFile({ path: 'm.json', value: text }), { release: 'bando', language: 'en' })).toEqual(approved.memory);
    const changed = (change: (entry: Record<string, unknown>) => void) => {
      const data = JSON.parse(text) as { segments: Record<string, Record<string, unknown>> };
      change(data.segments[title!.key]!);
      return new VFile({ path: 'm.json', value: JSON.stringify(data) });
    };
    const half = changed((entry) => delete entry.approvedAt);
    expect(readMemory(half, { release: 'bando', language: 'en' })).toBeUndefined();
    expect(String(half.messages[0])).toContain('approvedBy and approvedAt go together');
    const machine = changed((entry) => (entry.state = 'machine'));
    expect(readMemory(machine, { release: 'bando', language: 'en' })).toBeUndefined();
    expect(String(machine.messages[0])).toContain('only a reviewed target can be approved');
  });
});

describe('four eyes: the publication policy can require approved', () => {
  const verdict = (memory: Memory, policy: 'reviewed' | 'approved' | 'machine') => judgeVersion(release.segments, resolveMemory(release, memory), [], policy);

  it('withholds a version with any segment not approved, naming the reviewed and the machine ones', () => {
    let current = memory();
    const result = verdict(current, 'approved');
    expect(result.publish).toBe(false);
    if (!result.publish && result.reason === 'unapproved') {
      expect(result.unapprovedSegments.map((segment) => segment.key)).toEqual([title!.key, second!.key]);
      expect(result.machineSegments.map((segment) => segment.key)).toEqual([first!.key]);
    } else throw new Error(`unexpected verdict ${JSON.stringify(result)}`);
    for (const [key, who] of [[first!.key, 'Anna'], [first!.key, 'Bruno'], [title!.key, 'Bruno'], [second!.key, 'Anna']] as const) {
      const step = approve(current, key, who);
      if (!step.ok) throw new Error(step.message);
      current = step.memory;
    }
    expect(verdict(current, 'approved')).toMatchObject({ publish: true, machine: false });
  });

  it('does not count an approval by the last editor, written into the memory by hand, however the name is typed', () => {
    const approvedBy = (who: string): Memory => {
      const current = memory();
      for (const entry of Object.values(current.segments)) Object.assign(entry, { state: 'reviewed', reviewer: entry.reviewer ?? 'Anna', approvedBy: 'Carla', approvedAt: LATER });
      Object.assign(current.segments[second!.key]!, { approvedBy: who });
      return current;
    };
    expect(verdict(approvedBy('Carla'), 'approved')).toMatchObject({ publish: true });
    for (const who of ['Bruno', ' bruno ', 'BRUNO']) {
      const result = verdict(approvedBy(who), 'approved');
      expect(result).toMatchObject({ publish: false, reason: 'unapproved' });
      if (!result.publish && result.reason === 'unapproved') expect(result.unapprovedSegments.map((segment) => segment.key)).toEqual([second!.key]);
      expect(stateOf(approvedBy(who), second!.key).state).toBe('reviewed');
    }
  });

  it('leaves the other policies as they were', () => {
    expect(verdict(memory(), 'reviewed')).toMatchObject({ publish: false, reason: 'unreviewed' });
    expect(verdict(memory(), 'machine')).toMatchObject({ publish: true, machine: true });
  });

  it('is read from package.json, and `approved` turns four eyes on for its language', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pressroom-eyes-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ pressroom: { publication: { en: 'approved' }, fourEyes: ['ja'] } }));
    expect((await readPolicies(root)).policies).toEqual({ en: 'approved', ja: 'reviewed' });
    expect([...(await readFourEyes(root)).languages].sort()).toEqual(['en', 'ja']);
    writeFileSync(join(root, 'package.json'), JSON.stringify({ pressroom: { fourEyes: ['de'] } }));
    expect((await readFourEyes(root)).problem).toContain('"pressroom.fourEyes" must list languages among en, ja');
    writeFileSync(join(root, 'package.json'), JSON.stringify({ pressroom: {} }));
    expect((await readFourEyes(root)).languages.size).toBe(0);
  });
});

describe('four eyes: reviewers with their own tokens', () => {
  const strong = 'a'.repeat(31) + 'b';
  const other = '0123456789abcdef0123456789abcdef';

  it('reads names and tokens, and refuses weak, repeated or malformed entries with their place', () => {
    const good = new VFile({ path: 'reviewers.yaml', value: `reviewers:\n  - name: Anna Rossi\n    token: ${strong}\n  - name: Bruno Neri\n    token: ${other}\n` });
    expect(readReviewers(good)).toEqual([{ name: 'Anna Rossi', token: strong }, { name: 'Bruno Neri', token: other }]);
    const weak = new VFile({ path: 'reviewers.yaml', value: `reviewers:\n  - name: Anna\n    token: password1234\n` });
    expect(readReviewers(weak)).toBeUndefined();
    expect(String(weak.messages[0])).toMatch(/^reviewers\.yaml:3:12: .*holds at most \d+ bits and needs 128/);
    const twice = new VFile({ path: 'reviewers.yaml', value: `reviewers:\n  - name: Anna\n    token: ${strong}\n  - name: Bruno\n    token: ${strong}\n` });
    expect(readReviewers(twice)).toBeUndefined();
    expect(String(twice.messages[0])).toContain("the token of Bruno is also another reviewer's");
    // The same person as four eyes counts people: case, spacing and full-width letters aside.
    const named = new VFile({ path: 'reviewers.yaml', value: `reviewers:\n  - name: Anna Rossi\n    token: ${strong}\n  - name: "ＡＮＮＡ  rossi"\n    token: ${other}\n` });
    expect(readReviewers(named)).toBeUndefined();
    expect(String(named.messages[0])).toContain('is named twice');
    const unknown = new VFile({ path: 'reviewers.yaml', value: `reviewers:\n  - name: Anna\n    token: ${strong}\n    role: boss\n` });
    expect(readReviewers(unknown)).toBeUndefined();
  });

  it('is read from reviewers.yaml in the project when it exists, and a broken one stops `pressroom review`', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pressroom-reviewers-'));
    expect(await loadReviewers(root)).toEqual({ reviewers: [] });
    writeFileSync(join(root, 'reviewers.yaml'), `reviewers:\n  - name: Anna\n    token: ${strong}\n`, { mode: 0o600 });
    expect((await loadReviewers(root)).reviewers).toEqual([{ name: 'Anna', token: strong }]);
    writeFileSync(join(root, 'reviewers.yaml'), 'reviewers:\n  - name: Anna\n    token: abc123\n');
    const result = await runPressroomHere(['review', '--port', '0'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^reviewers\.yaml:3:12: error: the token of Anna holds at most \d+ bits and needs 128.* \[pressroom:reviewers-token\]$/m);
    const missing = await runPressroomHere(['review', '--port', '0', '--reviewers', join(root, 'none.yaml')], { cwd: root });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read the reviewers file (ENOENT)');
  });

  it('is read only when no one else on the machine may read it, and only when it is a file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pressroom-reviewers-'));
    const path = join(root, 'reviewers.yaml');
    writeFileSync(path, `reviewers:\n  - name: Anna\n    token: ${strong}\n`);
    for (const [mode, verb] of [[0o644, 'read'], [0o640, 'read'], [0o620, 'change']] as const) {
      chmodSync(path, mode);
      const loaded = await loadReviewers(root);
      expect(loaded.reviewers).toBeUndefined();
      expect(String(loaded.file!.messages[0])).toBe(`reviewers.yaml:1:1: other users of this machine can ${verb} the reviewers file (mode ${mode.toString(8)}), and its tokens let them in as a reviewer; run chmod 600 reviewers.yaml`);
    }
    chmodSync(path, 0o600);
    expect((await loadReviewers(root)).reviewers).toHaveLength(1);
    // A named pipe in its place is refused at once, never waited on.
    rmSync(path);
    execFileSync('mkfifo', [path]);
    const fifo = await loadReviewers(root);
    expect(fifo.reviewers).toBeUndefined();
    expect(String(fifo.file!.messages[0])).toContain('this is a named pipe (FIFO), not a file');
    rmSync(root, { recursive: true });
  });

  it('tells reviewers apart by token and by the cookie each token earns', () => {
    const guard = new Guard({ reviewers: [{ name: 'Anna', token: strong }, { name: 'Bruno', token: other }], port: () => 1, loopbackOnly: false });
    expect(guard.needsToken).toBe(true);
    expect(guard.tokenHolder(other)?.name).toBe('Bruno');
    expect(guard.tokenHolder(strong)?.name).toBe('Anna');
    expect(guard.tokenHolder(`${strong}x`)).toBeUndefined();
    expect(guard.cookieHolder(guard.authCookie(guard.tokenHolder(other)))?.name).toBe('Bruno');
    expect(guard.cookieHolder('0'.repeat(64))).toBeUndefined();
  });
});

describe('four eyes: XLIFF keeps approval only for what comes back unchanged', () => {
  function roundTrip(edit: (xml: string) => string) {
    const approved = approve(memory(), title!.key, 'Bruno');
    if (!approved.ok) throw new Error('not approved');
    const xml = exportXliff('en', [{ release, memory: approved.memory }]);
    const result = importXliff({ path: 'en.xlf', xml: edit(xml), releases: [release], memory: () => approved.memory, reviewer: 'Carla', now: NOW });
    return { xml, result, before: approved.memory };
  }

  it('exports the approval as subState and metadata, and an untouched file changes nothing', () => {
    const { xml, result } = roundTrip((text) => text);
    expect(xml).toContain('subState="pressroom:approved"');
    expect(xml).toMatch(/<mda:meta type="approved-by">Bruno<\/mda:meta>/);
    expect(result.ok).toBe(true);
    expect(result.memories.size).toBe(0);
  });

  it('imports a changed approved target as reviewed by the importer, without the approval', () => {
    const { result } = roundTrip((text) => text.replace('<target>New call</target>', '<target>A new call</target>'));
    expect(result.ok).toBe(true);
    const entry = result.memories.get('bando')!.segments[title!.key]!;
    expect(entry).toMatchObject({ target: 'A new call', state: 'reviewed', reviewer: 'Carla' });
    expect(entry).not.toHaveProperty('approvedBy');
  });

  it('restores an approved entry the memory lost, approval included, when the unit is as exported', () => {
    const { xml, before } = roundTrip((text) => text);
    const { [title!.key]: _gone, ...rest } = before.segments;
    const emptied: Memory = { ...before, segments: rest };
    const result = importXliff({ path: 'en.xlf', xml, releases: [release], memory: () => emptied, reviewer: 'Carla', now: NOW });
    expect(result.ok).toBe(true);
    expect(result.memories.get('bando')!.segments[title!.key]).toEqual(before.segments[title!.key]);
  });
});

describe('comments: XLIFF notes', () => {
  const comments = { release: 'bando', language: 'en' as const, threads: { [first!.key]: [{ id: 'c1', author: 'Anna', at: NOW, text: 'Is “bando” a call for tenders here?' }] } };

  it('exports each comment as a note with its author and time, and an untouched file adds none', () => {
    const xml = exportXliff('en', [{ release, memory: memory(), comments }]);
    expect(xml).toContain('<note id="comment-c1" category="comment">Anna, 2025-10-15 09:30: Is “bando” a call for tenders here?</note>');
    const result = importXliff({ path: 'en.xlf', xml, releases: [release], memory: () => memory(), comments: () => comments, reviewer: 'Carla', now: LATER });
    expect(result.ok).toBe(true);
    expect(result.comments.size).toBe(0);
    expect(result.counts.comments).toBe(0);
  });

  it('adds a note written in the CAT tool to the thread, by the importer, keeping the comments already there', () => {
    const xml = exportXliff('en', [{ release, memory: memory(), comments }]).replace(
      '<note id="comment-c1" category="comment">',
      '<note category="comment">Yes: a public call for applications.</note><note id="comment-c1" category="comment">',
    );
    const result = importXliff({ path: 'en.xlf', xml, releases: [release], memory: () => memory(), comments: () => comments, reviewer: 'Carla', now: LATER });
    expect(result.ok).toBe(true);
    expect(result.counts.comments).toBe(1);
    expect(result.comments.get('bando')!.threads[first!.key]).toEqual([comments.threads[first!.key]![0], { id: 'c2', author: 'Carla', at: LATER, text: 'Yes: a public call for applications.' }]);
    expect(result.memories.size).toBe(0);
  });

  it('refuses a new note when the comments file cannot be read, and imports nothing', () => {
    const xml = exportXliff('en', [{ release, memory: memory() }]).replace('<note category="context">', '<note category="comment">A question.</note><note category="context">');
    const result = importXliff({ path: 'en.xlf', xml, releases: [release], memory: () => memory(), comments: () => 'unreadable', reviewer: 'Carla', now: LATER });
    expect(result.ok).toBe(false);
    expect(String(result.file.messages[0])).toContain('has a new comment, but locales/en/comments/bando.json cannot be read');
  });
});

describe('four eyes: pressroom status', () => {
  const row = (approved: number): StatusRow => ({ release: 'bando', language: 'en', done: 3, total: 3, machine: 0, reviewed: 3 - approved, approved, stale: 0, missing: 0 });

  it('adds an approved column once anything is approved, and prints the table as before otherwise', () => {
    expect(formatStatusTable([row(0)])[0]).toBe('release  lang  done  machine  reviewed  stale  missing');
    const table = formatStatusTable([row(2)]);
    expect(table[0]).toBe('release  lang  done  machine  reviewed  approved  stale  missing');
    expect(table[1]!.split(/\s+/)).toEqual(['bando', 'en', '3/3', '0', '1', '2', '0', '0']);
  });

  it('pads names to the left and numbers to the right, each column as wide as its widest cell', () => {
    const rows: StatusRow[] = [
      { release: 'a', language: 'en', done: 3, total: 3, machine: 0, reviewed: 3, approved: 0, stale: 0, missing: 0 },
      { release: 'bando-lungo', language: 'ja', done: 10, total: 12, machine: 10, reviewed: 0, approved: 0, stale: 2, missing: 0 },
      { release: 'c', language: 'en', done: 0, total: 4, machine: 0, reviewed: 0, approved: 0, stale: 0, missing: 4, invalid: true },
    ];
    expect(formatStatusTable(rows)).toEqual([
      'release      lang        done  machine  reviewed  stale  missing',
      'a            en           3/3        0         3      0        0',
      'bando-lungo  ja         10/12       10         0      2        0',
      'c            en    unreadable        -         -      -        -',
    ]);
  });
});
