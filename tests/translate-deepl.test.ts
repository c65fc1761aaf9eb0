import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeepLClient, GlossaryEntries } from 'deepl-node';
import { createDeepL, describeFailure } from '../pipeline/translate/deepl.ts';
import { DEFAULT_ATTEMPTS, type DeepLSettings } from '../pipeline/translate/deepl-settings.ts';
import { startDeepLServer, type DeepLTestServer } from './deepl-server.ts';

let server: DeepLTestServer;
beforeEach(async () => {
  server = await startDeepLServer();
});
afterEach(() => server.close());

const settings = (extra: Partial<DeepLSettings> = {}): DeepLSettings => ({
  authKey: 'any-key',
  serverUrl: server.url,
  english: 'en-GB',
  attempts: DEFAULT_ATTEMPTS,
  timeout: 10_000,
  ...extra,
});
const DICTIONARIES = [
  { language: 'en' as const, entries: { Ceipiemonte: 'Ceipiemonte', 'Regione Piemonte': 'Piedmont Region' } },
  { language: 'ja' as const, entries: { Ceipiemonte: 'Ceipiemonte', 'Regione Piemonte': 'ピエモンテ州' } },
];

describe('deepl: the test server answers deepl-node unchanged', () => {
  it('translates form requests, keeps tags, bills the text only, and reports usage', async () => {
    const client = new DeepLClient('any-key', { serverUrl: server.url });
    const [result] = await client.translateText(['La <em>Regione</em> &amp; “<q data-quote="q1">ciao</q>”'], 'it', 'en-GB', { tagHandling: 'html' });
    expect(result).toMatchObject({ text: '[EN-GB] La <em>Regione</em> &amp; “<q data-quote="q1">ciao</q>”', billedCharacters: 19 });
    const usage = await client.getUsage();
    expect(usage.character).toMatchObject({ count: 19, limit: 500_000 });
    expect((await client.getTargetLanguages()).map((language) => language.code)).toEqual(['it', 'en-GB', 'en-US', 'ja']);
    expect(await client.getGlossaryLanguagePairs()).toContainEqual({ sourceLang: 'it', targetLang: 'ja' });
  });

  it('takes JSON bodies as DeepL does', async () => {
    const response = await fetch(`${server.url}/v2/translate`, {
      method: 'POST',
      headers: { authorization: 'DeepL-Auth-Key any-key', 'content-type': 'application/json' },
      body: JSON.stringify({ text: ['Ciao', 'Mondo'], target_lang: 'JA', show_billed_characters: true }),
    });
    expect(await response.json()).toEqual({
      translations: [
        { detected_source_language: 'IT', text: '[JA] Ciao', billed_characters: 4 },
        { detected_source_language: 'IT', text: '[JA] Mondo', billed_characters: 5 },
      ],
    });
  });

  it('creates, lists, reads and deletes multilingual glossaries, and applies them', async () => {
    const client = new DeepLClient('any-key', { serverUrl: server.url });
    const created = await client.createMultilingualGlossary('names', [
      { sourceLangCode: 'it', targetLangCode: 'en', entries: new GlossaryEntries({ entries: { 'Regione Piemonte': 'Piedmont Region' } }) },
    ]);
    expect((await client.listMultilingualGlossaries()).map((glossary) => glossary.name)).toEqual(['names']);
    expect((await client.getMultilingualGlossary(created.glossaryId)).dictionaries).toEqual([{ sourceLangCode: 'it', targetLangCode: 'en', entryCount: 1 }]);
    const [result] = await client.translateText(['La Regione Piemonte'], 'it', 'en-US', { glossary: created.glossaryId });
    expect(result?.text).toBe('[EN-US] La Piedmont Region');
    await client.deleteMultilingualGlossary(created.glossaryId);
    expect(await client.listMultilingualGlossaries()).toEqual([]);
  });

  it('refuses what DeepL refuses: more than 50 texts, bodies over 128 KiB, no key', async () => {
    const client = new DeepLClient('any-key', { serverUrl: server.url, maxRetries: 1 });
    await expect(client.translateText(Array.from({ length: 51 }, () => 'x'), 'it', 'ja')).rejects.toThrow(/413/);
    await expect(client.translateText(['x'.repeat(130 * 1024)], 'it', 'ja')).rejects.toThrow(/413/);
    const response = await fetch(`${server.url}/v2/usage`);
    expect(response.status).toBe(403);
  });
});

describe('deepl: requests as DeepL recommends them', () => {
  it('sends HTML tag handling, the context, the glossary, en-GB, and formality prefer_more for Japanese only', async () => {
    const engine = createDeepL(settings());
    await engine.translate({ language: 'en', texts: ['Primo <em>paragrafo</em>.'], context: 'Bando Pmi\n\nSecondo.', glossaryId: 'glossary-x' }).catch(() => undefined);
    const glossary = await engine.glossary('pressroom-abc', DICTIONARIES);
    const en = await engine.translate({ language: 'en', texts: ['La Regione Piemonte e Ceipiemonte.'], context: 'Bando Pmi', glossaryId: glossary!.id });
    const ja = await engine.translate({ language: 'ja', texts: ['La Regione Piemonte.'], context: 'Bando Pmi', glossaryId: glossary!.id });
    expect(en).toEqual([{ text: '[EN-GB] La Piedmont Region e Ceipiemonte.', billed: 34 }]);
    expect(ja).toEqual([{ text: '[JA] La ピエモンテ州.', billed: 20 }]);
    const [first, second] = server.translations();
    expect(first?.params).toMatchObject({ source_lang: ['it'], target_lang: ['en-GB'], tag_handling: ['html'], context: ['Bando Pmi'], glossary_id: [glossary!.id] });
    expect(first?.params.formality).toBeUndefined();
    expect(second?.params).toMatchObject({ target_lang: ['ja'], formality: ['prefer_more'], tag_handling: ['html'] });
  });

  it('asks for en-US when configured', async () => {
    await createDeepL(settings({ english: 'en-US' })).translate({ language: 'en', texts: ['Ciao'], context: '' });
    expect(server.translations()[0]?.params.target_lang).toEqual(['en-US']);
  });

  it('creates the glossary once and finds it again by name, from another client too', async () => {
    const first = await createDeepL(settings()).glossary('pressroom-abc', DICTIONARIES);
    const again = await createDeepL(settings()).glossary('pressroom-abc', DICTIONARIES);
    expect(first).toEqual({ id: 'glossary-1', languages: ['en', 'ja'], created: true });
    expect(again).toEqual({ id: 'glossary-1', languages: ['en', 'ja'], created: false });
    const changed = await createDeepL(settings()).glossary('pressroom-def', DICTIONARIES);
    expect(changed?.id).toBe('glossary-2');
    expect(server.requests.filter((request) => request.method === 'POST' && request.path === '/v3/glossaries')).toHaveLength(2);
  });

  it('leaves out a language pair the server does not support for glossaries', async () => {
    server.glossaryPairs = [['it', 'en']];
    const use = await createDeepL(settings()).glossary('pressroom-abc', DICTIONARIES);
    expect(use?.languages).toEqual(['en']);
    expect(server.glossaries[0]?.dictionaries.map((d) => d.target_lang)).toEqual(['en']);
  });
});

describe('deepl: faults are retried within bounds or stop with a reason', () => {
  const translate = () => createDeepL(settings()).translate({ language: 'ja', texts: ['Ciao'], context: '' });
  const attempts = () => server.requests.filter((request) => request.path === '/v2/translate').length;

  it('retries 429 and 5xx with back-off and bills once', async () => {
    server.fail(429);
    server.fail(503);
    expect(await translate()).toEqual([{ text: '[JA] Ciao', billed: 4 }]);
    expect(attempts()).toBe(3);
    expect(server.usage.count).toBe(4);
  });

  it('gives up on a server that keeps failing after a bounded number of attempts', async () => {
    server.fail(500, { times: 100 });
    const error = await translate().catch((caught: unknown) => caught);
    expect(describeFailure(error)).toMatchObject({ kind: 'server' });
    expect(attempts()).toBe(DEFAULT_ATTEMPTS);
  });

  it('gives up on 429 too, as "busy"', async () => {
    server.fail(429, { times: 100 });
    const error = await createDeepL(settings({ attempts: 2 }))
      .translate({ language: 'ja', texts: ['Ciao'], context: '' })
      .catch((caught: unknown) => caught);
    expect(describeFailure(error)).toMatchObject({ kind: 'busy' });
    expect(attempts()).toBe(2);
  });

  it('does not retry 456 quota exceeded or 403 bad key', async () => {
    server.usage.limit = 2;
    expect(describeFailure(await translate().catch((caught: unknown) => caught))).toMatchObject({ kind: 'quota' });
    server.keys = ['the-right-key'];
    expect(describeFailure(await translate().catch((caught: unknown) => caught))).toMatchObject({ kind: 'key' });
    expect(attempts()).toBe(2);
  });

  it('abandons an answer that never comes after the timeout, and retries it', async () => {
    server.holdTranslations(0);
    const error = await createDeepL(settings({ timeout: 200, attempts: 2 }))
      .translate({ language: 'ja', texts: ['Ciao'], context: '' })
      .catch((caught: unknown) => caught);
    expect(describeFailure(error)).toMatchObject({ kind: 'connection' });
    expect(attempts()).toBe(2);
  });
});
