// Labels remember i18next's answers; they must be the answers i18next gives, whatever the order of questions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createLabels, type UiStrings } from '../pipeline/render/i18n.ts';
import { REPO } from './helpers/project.ts';

const strings = JSON.parse(readFileSync(join(REPO, 'tests/fixtures/project/locales/en/ui.json'), 'utf8')) as UiStrings;

function plainI18next() {
  const instance = i18next.createInstance();
  void instance.init({ lng: 'en', fallbackLng: false, resources: { en: { translation: strings } }, interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false } as Parameters<typeof instance.init>[0]);
  return instance;
}

describe('labels', () => {
  it('answer as i18next does for any sequence of keys and values', () => {
    const plain = plainI18next();
    const question = fc.record({
      key: fc.constantFrom('dateline.withAgency', 'dateline.withoutAgency', 'release.contact', 'cities.Torino', 'cities.Nowhere', 'wire.endMark'),
      city: fc.constantFrom('Torino', 'Novara', 'Asti'),
      agency: fc.string({ maxLength: 6 }),
      name: fc.string({ maxLength: 6 }),
      // A key asked alone, as most labels are, is remembered apart.
      alone: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(question, { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (questions, limit) => {
        // A small memory, so forgetting is exercised too.
        const labels = createLabels('en', strings, limit);
        for (const { key, city, agency, name, alone } of questions) {
          const options = { city, agency, name, role: name, defaultValue: city };
          if (alone) expect(labels.t(key)).toBe(plain.t(key));
          else expect(labels.t(key, options)).toBe(plain.t(key, options));
        }
      }),
    );
  });

  it('hand out a fresh object each time objects are asked for', () => {
    const labels = createLabels('en', strings);
    const first = labels.t('cities', { returnObjects: true }) as Record<string, string>;
    first['Torino'] = 'changed';
    expect((labels.t('cities', { returnObjects: true }) as Record<string, string>)['Torino']).not.toBe('changed');
  });

  it('put values into every label of every shipped language as i18next does', () => {
    // Each label with {{…}} in it (and a few without), in it, en and ja: the labels put plain values in themselves.
    // The fixture project's copies of the shipped ui.json files: no test reads the working locales/.
    const keysOf = (value: unknown, prefix = ''): string[] =>
      typeof value === 'string' ? [prefix] : typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key)) : [];
    for (const language of ['it', 'en', 'ja'] as const) {
      const shipped = JSON.parse(readFileSync(join(REPO, 'tests/fixtures/project/locales', language, 'ui.json'), 'utf8')) as UiStrings;
      const plain = i18next.createInstance();
      void plain.init({ lng: language, fallbackLng: false, resources: { [language]: { translation: shipped } }, interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false } as Parameters<typeof plain.init>[0]);
      const keys = keysOf(shipped);
      const names = [...new Set(JSON.stringify(shipped).match(/\{\{[^}]*\}\}/g)!.map((placeholder) => placeholder.slice(2, -2).trim()))];
      expect(names.length).toBeGreaterThan(5);
      // Values as a release may hold them, and what i18next reads in a label: braces, $t(…), $& (a replacement pattern).
      const value = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('{{time}}', '$t(wire.endMark)', '$&', '}}', 'Torino', ''), fc.integer());
      fc.assert(
        fc.property(fc.constantFrom(...keys), fc.dictionary(fc.constantFrom(...names, 'count', 'defaultValue', 'other'), value), (key, values) => {
          const labels = createLabels(language, shipped);
          expect(labels.t(key, values)).toBe(plain.t(key, values));
          // Asked again, remembered: the same answer.
          expect(labels.t(key, values)).toBe(plain.t(key, values));
        }),
        { numRuns: 400 },
      );
    }
  });
});
