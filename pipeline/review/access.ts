// Who gets through to the desk, as Hono middleware: addresses that name nothing are refused, a loopback desk
// answers only to loopback names, and a desk with a token wants it once (then a cookie) from each browser, slowing
// down whoever keeps guessing.
import { getConnInfo } from '@hono/node-server/conninfo';
import { getCookie, setCookie } from 'hono/cookie';
import type { MiddlewareHandler } from 'hono';
import { AUTH_COOKIE, type FailedAttempts, type Guard } from './security.ts';
import { HttpError, type DeskEnv } from './http.ts';

export function addressCheck(guard: Guard, port: () => number): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    // Dot segments, plain or percent-encoded, never name anything here: refuse them before URL parsing folds them away.
    if (/(?:^|\/)(?:\.|%2e){1,2}(?:[/?#]|$)/i.test(c.env.incoming.url ?? '')) throw new HttpError(400, 'badAddress');
    if (/%2f|%5c|%00/i.test(c.req.path) || /[\\\0]/.test(c.req.path)) throw new HttpError(400, 'badAddress');
    if (!guard.hostAllowed(c.req.header('host'))) throw new HttpError(421, 'wrongHost', { port: port() });
    await next();
  };
}

export function tokenCheck(guard: Guard, attempts: FailedAttempts): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    if (!guard.needsToken) return next();
    const client = getConnInfo(c).remote.address ?? 'unknown';
    const query = c.req.query('token');
    const bearer = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (query === undefined && bearer === undefined) {
      const holder = guard.cookieHolder(getCookie(c, AUTH_COOKIE));
      if (!holder) throw new HttpError(401, 'tokenNeeded');
      // A reviewer's own token names them: that name, not a typed one, is who saves and approves.
      if (holder.name !== undefined) c.set('reviewer', holder.name);
      return next();
    }
    // A client that keeps guessing waits longer each time, and while it waits its tokens are not even looked at.
    const wait = attempts.waitFor(client);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      c.header('Retry-After', String(seconds));
      throw new HttpError(429, 'tooManyAttempts', { seconds });
    }
    const holder = guard.tokenHolder(query ?? bearer);
    if (!holder) {
      attempts.fail(client);
      throw new HttpError(401, 'tokenNeeded');
    }
    attempts.succeed(client);
    if (holder.name !== undefined) c.set('reviewer', holder.name);
    if (bearer !== undefined) return next();
    if (c.req.method !== 'GET') throw new HttpError(401, 'tokenNeeded');
    // The token is traded for a cookie once, and dropped from the address bar.
    const url = new URL(c.req.url);
    url.searchParams.delete('token');
    setCookie(c, AUTH_COOKIE, guard.authCookie(holder), { path: '/', httpOnly: true, sameSite: 'Strict' });
    return c.redirect(`${url.pathname}${url.search}`, 303);
  };
}
