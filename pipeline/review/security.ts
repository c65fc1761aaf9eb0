// Who may use the review server: loopback unless a token is given, a token strong enough to stand being reachable,
// compared in constant time, with wrong guesses slowed down per client; a per-session form token on every form, and
// Host headers checked against DNS rebinding. Origins, headers and body sizes are Hono's middleware (see server.ts).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Request bodies above this size are refused with 413: a segment's text is a few kilobytes at most. */
export const BODY_LIMIT = 64 * 1024;

export const SESSION_COOKIE = 'pressroom_session';
export const AUTH_COOKIE = 'pressroom_auth';
export const LANGUAGE_COOKIE = 'pressroom_desk_language';

/** A desk reachable from other machines must hold out against guessing: at least this much entropy in its token. */
export const MIN_TOKEN_BITS = 128;

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** A fresh token of 192 random bits, in characters that survive a URL unescaped. */
export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

// Alphabets a token is usually drawn from, smallest first; a token is credited with the smallest one holding it.
const ALPHABETS: [RegExp, number][] = [
  [/^[0-9]+$/, 10],
  [/^[0-9a-f]+$/i, 16],
  [/^[0-9a-z]+$/, 36],
  [/^[0-9A-Za-z]+$/, 62],
  [/^[0-9A-Za-z_-]+$/, 64],
  [/^[\x21-\x7e]+$/, 94],
];

/**
 * The most entropy `token` can hold: its length times the bits of the smallest usual alphabet that spells it. A token
 * made by `openssl rand -hex 16` scores exactly 128; "password1234" scores 62.
 */
export function tokenBits(token: string): number {
  const size = ALPHABETS.find(([pattern]) => pattern.test(token))?.[1] ?? 0x10ffff;
  return Math.floor([...token].length * Math.log2(size));
}

/** Why `token` cannot guard the desk, or undefined when it can. */
export function weakTokenReason(token: string): string | undefined {
  const bits = tokenBits(token);
  if (bits >= MIN_TOKEN_BITS) return undefined;
  return `the access token is too weak: it holds at most ${bits} bits and needs ${MIN_TOKEN_BITS} (32 hexadecimal or 22 base64url characters, for example --token $(openssl rand -hex 16)); or leave out --token and one is made for you`;
}

/** Equal or not, in time that depends on neither value: both sides are hashed to the same length first. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export interface AttemptOptions {
  /** Wrong tokens a client may send before it must wait. */
  free?: number;
  /** The first wait; each further wrong token doubles it. */
  baseMs?: number;
  maxMs?: number;
  now?: () => number;
}

/**
 * Wrong access tokens per client: after a few, each one locks the client out for twice as long as the last (1 s, 2 s,
 * 4 s … up to 15 minutes), so guessing gets a handful of tries an hour. A right token clears the count.
 */
export class FailedAttempts {
  private readonly clients = new Map<string, { failures: number; until: number }>();
  private readonly free: number;
  private readonly baseMs: number;
  private readonly maxMs: number;
  private readonly now: () => number;

  constructor(options: AttemptOptions = {}) {
    this.free = options.free ?? 5;
    this.baseMs = options.baseMs ?? 1000;
    this.maxMs = options.maxMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds `client` must still wait before its token is looked at; 0 when it may try. */
  waitFor(client: string): number {
    const record = this.clients.get(client);
    return record ? Math.max(0, record.until - this.now()) : 0;
  }

  fail(client: string): void {
    const failures = (this.clients.get(client)?.failures ?? 0) + 1;
    const delay = failures <= this.free ? 0 : Math.min(this.maxMs, this.baseMs * 2 ** (failures - this.free - 1));
    this.clients.delete(client);
    this.clients.set(client, { failures, until: this.now() + delay });
    // A flood of addresses cannot grow the map without bound: the least recent client is forgotten first.
    if (this.clients.size > 10_000) this.clients.delete(this.clients.keys().next().value!);
  }

  succeed(client: string): void {
    this.clients.delete(client);
  }
}

/** Who presented a token: the desk's shared token names nobody, a reviewer's own token names its reviewer. */
export interface TokenHolder {
  token: string;
  name?: string;
}

export class Guard {
  /** Signs session ids into form tokens; new on every start, so old pages must be reloaded. */
  private readonly secret = randomBytes(32);
  private readonly holders: TokenHolder[];

  constructor(private readonly options: { token?: string; reviewers?: readonly { name: string; token: string }[]; port: () => number; loopbackOnly: boolean }) {
    this.holders = [...(options.token !== undefined ? [{ token: options.token }] : []), ...(options.reviewers ?? [])];
  }

  newSession(): string {
    return randomBytes(24).toString('hex');
  }

  csrfFor(session: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${session}`).digest('hex');
  }

  /** The cookie value proving a browser once presented this holder's token. */
  authCookie(holder: TokenHolder | undefined = this.holders[0]): string {
    return createHmac('sha256', this.secret).update(`auth:${holder?.token ?? ''}`).digest('hex');
  }

  get needsToken(): boolean {
    return this.holders.length > 0;
  }

  /** Whose token this is; every token is compared, each in constant time, so timing says nothing of which. */
  tokenHolder(given: string | null | undefined): TokenHolder | undefined {
    if (typeof given !== 'string') return undefined;
    let found: TokenHolder | undefined;
    for (const holder of this.holders) if (sameSecret(given, holder.token) && !found) found = holder;
    return found;
  }

  /** Whose cookie this is, compared the same way. */
  cookieHolder(given: string | undefined): TokenHolder | undefined {
    if (given === undefined) return undefined;
    let found: TokenHolder | undefined;
    for (const holder of this.holders) if (sameSecret(given, this.authCookie(holder)) && !found) found = holder;
    return found;
  }

  /**
   * On loopback without a token, only loopback names may reach the server: a web page that rebinds its own domain to
   * 127.0.0.1 arrives with its own Host header and is turned away.
   */
  hostAllowed(host: string | undefined): boolean {
    if (!this.options.loopbackOnly || this.needsToken) return true;
    const port = this.options.port();
    return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes((host ?? '').toLowerCase());
  }

  /** The form's token must be the one this server gave the session's pages. */
  formTokenValid(session: string | undefined, token: string | null): boolean {
    return !!session && !!token && sameSecret(token, this.csrfFor(session));
  }
}
