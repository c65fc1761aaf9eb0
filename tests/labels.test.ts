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
});
