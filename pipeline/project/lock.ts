// Lock files between processes: one holder at a time, and a lock left by a killed process is taken over.
//
// The lock is created whole (written aside, then hard-linked into place, which fails if it exists), so a reader
// never sees half a lock. It names its holder's pid and host: a lock whose process is gone on this host is stale.
import { link, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { readGivenFile } from './source-file.ts';

export interface LockHolder {
  pid: number;
  host: string;
  started: string;
  /** Tells two locks of one process apart. */
  token?: string;
}

export interface HeldLock {
  /** The holder of a stale lock this one replaced, if any. */
  replaced?: LockHolder;
  release(): Promise<void>;
}

export type LockResult = { ok: true; lock: HeldLock } | { ok: false; holder: LockHolder };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(path: string): Promise<LockHolder | undefined> {
  try {
    // Read as a regular file only: a FIFO put in its place would make every save wait for ever (it is not a lock,
    // so it is taken over like one of a process that is gone).
    const read = readGivenFile(path, { limit: 64 * 1024, what: 'a lock file' });
    if (read === undefined) return undefined;
    if (!read.bytes) return { pid: 0, host: hostname(), started: '' };
    const data = JSON.parse(read.bytes.toString('utf8')) as Partial<LockHolder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.started === 'string') return data as LockHolder;
    return { pid: 0, host: hostname(), started: '' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // Not ours to read as a lock: treat it as stale, since it was not made by this code.
    return { pid: 0, host: hostname(), started: '' };
  }
}

const same = (a: LockHolder, b: LockHolder) => a.pid === b.pid && a.host === b.host && a.started === b.started && a.token === b.token;
/** Another host's process cannot be asked, so its lock counts as held. */
const isStale = (holder: LockHolder) => holder.host === hostname() && (holder.pid === 0 || (holder.pid !== process.pid && !alive(holder.pid)));

/** Take the lock at `path` once: held by a live process, the answer names it. */
export async function tryLock(path: string, now: () => Date = () => new Date()): Promise<LockResult> {
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const me: LockHolder = { pid: process.pid, host: hostname(), started: now().toISOString(), token: tag };
  const draft = `${path}.${tag}`;
  await writeFile(draft, `${JSON.stringify(me)}\n`);
  let replaced: LockHolder | undefined;
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await link(draft, path);
        return { ok: true, lock: { replaced, release: () => unlock(path, me) } };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readHolder(path);
      if (!holder) continue;
      if (!isStale(holder)) return { ok: false, holder };
      // Move the stale lock aside; if another process replaced it meanwhile, what moved is live: put it back.
      const aside = `${path}.stale-${tag}`;
      try {
        await rename(path, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      const moved = await readHolder(aside);
      if (moved && !same(moved, holder)) await link(aside, path).catch(() => undefined);
      else replaced = holder;
      await unlink(aside).catch(() => undefined);
    }
    const holder = await readHolder(path);
    return { ok: false, holder: holder ?? { pid: 0, host: hostname(), started: '' } };
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}

async function unlock(path: string, me: LockHolder): Promise<void> {
  const holder = await readHolder(path);
  if (holder && same(holder, me)) await unlink(path).catch(() => undefined);
}

/** Take the lock, waiting for a live holder to let go, up to `attempts` tries `delayMs` apart. */
export async function lock(path: string, options: { attempts?: number; delayMs?: number } = {}): Promise<LockResult> {
  const attempts = options.attempts ?? 200;
  for (let attempt = 1; ; attempt++) {
    const result = await tryLock(path);
    if (result.ok || attempt >= attempts) return result;
    await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 25));
  }
}
