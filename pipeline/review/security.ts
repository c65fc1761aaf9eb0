// Who may use the review server and how: loopback unless a token is given, a per-session CSRF token on every form,
// same-origin POSTs only, Host headers checked against DNS rebinding, request bodies capped.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Request bodies above this size are refused with 413: a segment's text is a few kilobytes at most. */
export const BODY_LIMIT = 64 * 1024;

export const SESSION_COOKIE = 'pressroom_session';
export const AUTH_COOKIE = 'pressroom_auth';

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookies(request: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) jar.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return jar;
}

export class Guard {
  /** Signs session ids into CSRF tokens; new on every start, so old pages must be reloaded. */
  private readonly secret = randomBytes(32);

  constructor(private readonly options: { token?: string; port: () => number; loopbackOnly: boolean }) {}

  newSession(): string {
    return randomBytes(24).toString('hex');
  }

  csrfFor(session: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${session}`).digest('hex');
  }

  /** The cookie value proving a browser once presented the access token. */
  authCookie(): string {
    return createHmac('sha256', this.secret).update(`auth:${this.options.token ?? ''}`).digest('hex');
  }

  get needsToken(): boolean {
    return this.options.token !== undefined;
  }

  tokenMatches(given: string | null | undefined): boolean {
    return this.options.token !== undefined && typeof given === 'string' && sameSecret(given, this.options.token);
  }

  authenticated(request: IncomingMessage): boolean {
    if (!this.needsToken) return true;
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer && this.tokenMatches(bearer)) return true;
    const cookie = cookies(request).get(AUTH_COOKIE);
    return cookie !== undefined && sameSecret(cookie, this.authCookie());
  }

  /**
   * On loopback without a token, only loopback names may reach the server: a web page that rebinds its own domain to
   * 127.0.0.1 arrives with its own Host header and is turned away.
   */
  hostAllowed(request: IncomingMessage): boolean {
    if (!this.options.loopbackOnly || this.needsToken) return true;
    const host = request.headers.host ?? '';
    const port = this.options.port();
    return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
  }

  /** A state change must come from this server's own pages: same origin, and the form's token for this session. */
  postAllowed(request: IncomingMessage, form: URLSearchParams): { ok: true } | { ok: false; reason: string } {
    const origin = request.headers.origin;
    const expected = `http://${request.headers.host ?? ''}`;
    if (origin !== undefined && origin !== expected) return { ok: false, reason: `cross-origin request from ${origin} refused` };
    if (request.headers['sec-fetch-site'] === 'cross-site') return { ok: false, reason: 'cross-site request refused' };
    const session = cookies(request).get(SESSION_COOKIE);
    const token = form.get('csrf');
    if (!session || !token || !sameSecret(token, this.csrfFor(session))) {
      return { ok: false, reason: 'the form token is missing or out of date; reload the page and try again' };
    }
    return { ok: true };
  }
}

export class BodyTooLarge extends Error {}

/** The request body as text, refusing anything above `limit` bytes. */
export async function readBody(request: IncomingMessage, limit = BODY_LIMIT): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
