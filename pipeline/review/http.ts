// What the desk's Hono app carries per request, and how it refuses one.
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

export type DeskEnv = { Bindings: HttpBindings; Variables: { language: string; secureHeadersNonce?: string; form: URLSearchParams; reviewer?: string } };
export type DeskContext = Context<DeskEnv>;

/** A refusal, said in the reviewer's language: a desk.json key under `error.`, its values, and lines shown as they are. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly key: string,
    readonly values: Record<string, unknown> = {},
    readonly details: string[] = [],
  ) {
    super(key);
  }
}
