// A local DeepL-compatible server for tests: what deepl-node calls, on 127.0.0.1, with faults on demand.
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  /** Query and body parameters; a repeated form field (text=…&text=…) keeps every value. */
  params: Record<string, string[]>;
  /** Size of the request body in bytes. */
  bytes: number;
  key?: string;
  /** Set once answered. */
  status?: number;
  /** Received and never to be answered (see holdTranslations). */
  held: boolean;
  /** Characters billed by this request: its texts only, never its context. */
  billed: number;
  /** Each text of a translate request with the context DeepL read it in and the characters billed for it. */
  texts: { text: string; context?: string; billed: number }[];
}

export interface StoredGlossary {
  glossary_id: string;
  name: string;
  creation_time: string;
  dictionaries: { source_lang: string; target_lang: string; entries: Record<string, string> }[];
}

interface Fault {
  status: number;
  path: string;
  times: number;
}

export interface DeepLTestServer {
  url: string;
  /** Every request, in the order received. */
  requests: RecordedRequest[];
  /** The account: characters billed this period and the limit beyond which /v2/translate answers 456. */
  usage: { count: number; limit: number };
  glossaries: StoredGlossary[];
  /** Glossary language pairs the server supports. */
  glossaryPairs: [string, string][];
  /** Keys the server accepts; any key when empty. */
  keys: string[];
  /** The next `times` requests to `path` are answered with `status`. */
  fail(status: number, options?: { times?: number; path?: string }): void;
  /** Translate requests after the first `after` are received and recorded but never answered. */
  holdTranslations(after: number): void;
  /** Stop holding, and answer every held request now as if it had just arrived. */
  releaseHeld(): void;
  /** Every answer waits this many milliseconds. */
  delay(ms: number): void;
  /** Translations come back without their inline tags (quote markers, emphasis, links), as a careless engine returns them. */
  loseTags(on: boolean): void;
  /** Successful /v2/translate requests. */
  translations(): RecordedRequest[];
  /** The most /v2/translate requests the server was answering at the same time. */
  peakTranslations(): number;
  /** Resolves with the first request (past or future) matching `test`; rejects after `timeout` ms. */
  waitFor(test: (request: RecordedRequest) => boolean, timeout?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

const MAX_BODY = 128 * 1024;
const MAX_TEXTS = 50;
const SOURCE_LANGUAGES = [
  { language: 'IT', name: 'Italian' },
  { language: 'EN', name: 'English' },
  { language: 'JA', name: 'Japanese' },
];
const TARGET_LANGUAGES = [
  { language: 'IT', name: 'Italian', supports_formality: true },
  { language: 'EN-GB', name: 'English (British)', supports_formality: false },
  { language: 'EN-US', name: 'English (American)', supports_formality: false },
  { language: 'JA', name: 'Japanese', supports_formality: true },
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text DeepL bills with tag handling: markup removed, entities decoded, counted in code points. */
export function billable(text: string, tags: boolean): number {
  if (!tags) return [...text].length;
  const plain = text
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
  return [...plain].length;
}

/** A recognisable, deterministic "translation": "[EN-GB] " before the text, glossary terms replaced, tags kept. */
export function fakeTranslation(text: string, target: string, entries: Record<string, string> = {}): string {
  const terms = Object.keys(entries).sort((a, b) => b.length - a.length);
  const body = text
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : terms.reduce((value, term) => value.split(term).join(entries[term]!), part)))
    .join('');
  return `[${target.toUpperCase()}] ${body}`;
}

function parseBody(request: IncomingMessage, body: Buffer, query: URLSearchParams): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  const add = (key: string, value: unknown) => (params[key] ??= []).push(String(value));
  for (const [key, value] of query) add(key, value);
  const type = request.headers['content-type'] ?? '';
  if (body.length === 0) return params;
  if (type.includes('application/json')) {
    const json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(json)) for (const item of Array.isArray(value) ? value : [value]) add(key, item);
  } else {
    for (const [key, value] of new URLSearchParams(body.toString('utf8'))) add(key, value);
  }
  return params;
}

function parseEntries(text: string, format: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const [source, target] = format === 'csv' ? line.split(',') : line.split('\t');
    if (source && target) entries[source] = target;
  }
  return entries;
}

const glossaryView = (glossary: StoredGlossary) => ({
  glossary_id: glossary.glossary_id,
  name: glossary.name,
  creation_time: glossary.creation_time,
  dictionaries: glossary.dictionaries.map((d) => ({ source_lang: d.source_lang, target_lang: d.target_lang, entry_count: Object.keys(d.entries).length })),
});

export async function startDeepLServer(): Promise<DeepLTestServer> {
  const events = new EventEmitter();
  const faults: Fault[] = [];
  const sockets = new Set<Socket>();
  let holdAfter = Infinity;
  let translateCount = 0;
  const held: { record: RecordedRequest; response: ServerResponse }[] = [];
  let delayMs = 0;
  let tagless = false;
  let glossaryCount = 0;
  let translating = 0;
  let peak = 0;

  const state: Omit<DeepLTestServer, 'url' | 'close'> = {
    requests: [],
    usage: { count: 0, limit: 500_000 },
    glossaries: [],
    glossaryPairs: [
      ['it', 'en'],
      ['it', 'ja'],
      ['en', 'it'],
      ['ja', 'it'],
    ],
    keys: [],
    loseTags(on) {
      tagless = on;
    },
    fail(status, options = {}) {
      faults.push({ status, path: options.path ?? '/v2/translate', times: options.times ?? 1 });
    },
    releaseHeld() {
      holdAfter = Infinity;
      for (const { record, response } of held.splice(0)) {
        const answer = translate(record);
        record.held = false;
        record.status = answer.status;
        response.writeHead(answer.status, answer.body === undefined ? {} : { 'content-type': 'application/json' });
        response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
        events.emit('answer', record);
      }
    },
    holdTranslations(after) {
      holdAfter = after;
    },
    delay(ms) {
      delayMs = ms;
    },
    translations() {
      return state.requests.filter((request) => request.path === '/v2/translate' && request.status === 200);
    },
    peakTranslations() {
      return peak;
    },
    waitFor(test, timeout = 30_000) {
      const found = state.requests.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off('request', listener);
          reject(new Error(`the DeepL test server saw no such request within ${timeout} ms`));
        }, timeout);
        const listener = (request: RecordedRequest) => {
          if (!test(request)) return;
          clearTimeout(timer);
          events.off('request', listener);
          resolve(request);
        };
        events.on('request', listener);
      });
    },
  };

  function route(record: RecordedRequest): { status: number; body?: unknown; hold?: boolean } {
    const { method, path, params } = record;
    const one = (key: string) => params[key]?.[0];

    if (!record.key) return { status: 403, body: { message: 'Missing authentication key' } };
    if (state.keys.length > 0 && !state.keys.includes(record.key)) return { status: 403, body: { message: 'Wrong authentication key' } };
    const fault = faults.find((candidate) => candidate.times > 0 && candidate.path === path);
    if (fault) {
      fault.times--;
      return { status: fault.status, body: { message: `injected ${fault.status}` } };
    }

    if (path === '/v2/usage') return { status: 200, body: { character_count: state.usage.count, character_limit: state.usage.limit } };
    if (path === '/v2/languages') return { status: 200, body: one('type') === 'target' ? TARGET_LANGUAGES : SOURCE_LANGUAGES };
    if (path === '/v2/glossary-language-pairs') {
      return { status: 200, body: { supported_languages: state.glossaryPairs.map(([source_lang, target_lang]) => ({ source_lang, target_lang })) } };
    }
    if (path === '/v2/translate' && method === 'POST') return translate(record);

    if (path === '/v3/glossaries' && method === 'POST') {
      const name = one('name');
      const dictionaries: StoredGlossary['dictionaries'] = [];
      for (let index = 0; params[`dictionaries[${index}].source_lang`]; index++) {
        const source = one(`dictionaries[${index}].source_lang`)!.toLowerCase();
        const target = one(`dictionaries[${index}].target_lang`)!.toLowerCase();
        if (!state.glossaryPairs.some(([s, t]) => s === source && t === target)) return { status: 400, body: { message: `unsupported glossary language pair ${source}-${target}` } };
        dictionaries.push({ source_lang: source, target_lang: target, entries: parseEntries(one(`dictionaries[${index}].entries`) ?? '', one(`dictionaries[${index}].entries_format`) ?? 'tsv') });
      }
      if (!name || dictionaries.length === 0) return { status: 400, body: { message: 'name and dictionaries are required' } };
      const glossary: StoredGlossary = { glossary_id: `glossary-${++glossaryCount}`, name, creation_time: new Date(0).toISOString(), dictionaries };
      state.glossaries.push(glossary);
      return { status: 201, body: glossaryView(glossary) };
    }
    if (path === '/v3/glossaries' && method === 'GET') return { status: 200, body: { glossaries: state.glossaries.map(glossaryView) } };
    const glossaryPath = /^\/v3\/glossaries\/([^/]+)(\/entries)?$/.exec(path);
    if (glossaryPath) {
      const index = state.glossaries.findIndex((glossary) => glossary.glossary_id === glossaryPath[1]);
      const glossary = state.glossaries[index];
      if (!glossary) return { status: 404, body: { message: 'Glossary not found' } };
      if (method === 'DELETE') {
        state.glossaries.splice(index, 1);
        return { status: 204 };
      }
      if (glossaryPath[2]) {
        const dictionaries = glossary.dictionaries
          .filter((d) => d.source_lang === one('source_lang')?.toLowerCase() && d.target_lang === one('target_lang')?.toLowerCase())
          .map((d) => ({ source_lang: d.source_lang, target_lang: d.target_lang, entries_format: 'tsv', entries: Object.entries(d.entries).map((pair) => pair.join('\t')).join('\n') }));
        return { status: 200, body: { dictionaries } };
      }
      return { status: 200, body: glossaryView(glossary) };
    }
    return { status: 404, body: { message: `no route ${method} ${path}` } };
  }

  function translate(record: RecordedRequest): { status: number; body?: unknown; hold?: boolean } {
    const { params } = record;
    const one = (key: string) => params[key]?.[0];
    const texts = params.text ?? [];
    const target = one('target_lang');
    if (texts.length === 0 || !target) return { status: 400, body: { message: 'text and target_lang are required' } };
    if (texts.length > MAX_TEXTS) return { status: 413, body: { message: `at most ${MAX_TEXTS} texts per request` } };
    const targetInfo = TARGET_LANGUAGES.find((language) => language.language === target.toUpperCase());
    if (!targetInfo) return { status: 400, body: { message: `unsupported target_lang ${target}` } };
    const formality = one('formality');
    if ((formality === 'more' || formality === 'less') && !targetInfo.supports_formality) return { status: 400, body: { message: "'formality' is not supported for the given 'target_lang'" } };

    let entries: Record<string, string> | undefined;
    const glossaryId = one('glossary_id');
    if (glossaryId) {
      const source = one('source_lang')?.toLowerCase();
      if (!source) return { status: 400, body: { message: 'source_lang is required with a glossary' } };
      const glossary = state.glossaries.find((candidate) => candidate.glossary_id === glossaryId);
      if (!glossary) return { status: 404, body: { message: 'Glossary not found' } };
      const dictionary = glossary.dictionaries.find((d) => d.source_lang === source && d.target_lang === target.toLowerCase().split('-')[0]);
      if (!dictionary) return { status: 400, body: { message: 'the glossary has no dictionary for this language pair' } };
      entries = dictionary.entries;
    }

    if (++translateCount > holdAfter) return { status: 0, hold: true };
    const tags = one('tag_handling') === 'html' || one('tag_handling') === 'xml';
    const billed = texts.map((text) => billable(text, tags));
    const total = billed.reduce((sum, count) => sum + count, 0);
    if (state.usage.count + total > state.usage.limit) return { status: 456, body: { message: 'Quota Exceeded' } };
    state.usage.count += total;
    record.billed = total;
    // DeepL applies a request's one context to each of its texts, and bills none of it.
    record.texts = texts.map((text, index) => ({ text, context: one('context'), billed: billed[index]! }));
    const showBilled = one('show_billed_characters') === '1' || one('show_billed_characters') === 'true';
    return {
      status: 200,
      body: {
        translations: texts.map((text, index) => ({
          detected_source_language: (one('source_lang') ?? 'IT').toUpperCase(),
          text: tagless ? fakeTranslation(text, target, entries).replace(/<[^>]*>/g, '') : fakeTranslation(text, target, entries),
          ...(showBilled ? { billed_characters: billed[index] } : {}),
        })),
      },
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const auth = /^DeepL-Auth-Key (.+)$/.exec(request.headers.authorization ?? '');
    const record: RecordedRequest = { method: request.method ?? 'GET', path: url.pathname, params: {}, bytes: body.length, key: auth?.[1], billed: 0, held: false, texts: [] };
    const counted = url.pathname === '/v2/translate';
    if (counted) peak = Math.max(peak, ++translating);
    try {
      await respond(request, response, body, url, record);
    } finally {
      if (counted) translating--;
    }
  }

  async function respond(request: IncomingMessage, response: ServerResponse, body: Buffer, url: URL, record: RecordedRequest): Promise<void> {
    let answer: { status: number; body?: unknown; hold?: boolean };
    if (body.length > MAX_BODY) answer = { status: 413, body: { message: 'Request Entity Too Large' } };
    else {
      record.params = parseBody(request, body, url.searchParams);
      answer = route(record);
    }
    record.held = answer.hold === true;
    state.requests.push(record);
    events.emit('request', record);
    if (answer.hold) {
      held.push({ record, response });
      return;
    }
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    record.status = answer.status;
    response.writeHead(answer.status, answer.body === undefined ? {} : { 'content-type': 'application/json' });
    response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    events.emit('answer', record);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: String(error) }));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
