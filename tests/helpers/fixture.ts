// A release in three languages for render tests: dateline, embargo, contacts, boilerplate, a quote, a list and a link.
import { inlineHtml, readInlineAsWritten, withoutQuotes } from '../../pipeline/inline/index.ts';
import type { BuildInput } from './build.ts';
import { loadReleases } from '../../pipeline/publish/render-release.ts';
import { readUi } from '../../pipeline/project/read.ts';
import { memoryFor, memoryJson } from './memory.ts';
import { BUNDLED, release } from './project.ts';

export const withoutQuoteMarkers = (html: string) => inlineHtml(withoutQuotes(readInlineAsWritten(html)));

/** A short release with one quotation, for tests of what each language publishes and what agencies are told. */
export const ROBOTS = release(
  `
title: Ospedali, 40 robot per la logistica
date: 2025-11-02T09:00:00+01:00
dateline: { city: Torino, agency: Italpress }
`,
  `Il Politecnico di Torino consegna 40 robot agli *ospedali* piemontesi.

“Ridurremo i tempi di consegna dei farmaci”, dichiara Chiara Neri, direttrice del progetto.`,
);

export const FIXTURE_ID = 'bando-pmi';
export const FIXTURE_PATH = `releases/${FIXTURE_ID}.md`;

export const FIXTURE = release(
  `
title: Nuovo bando per le Pmi
subtitle: Domande dal 15 gennaio 2026
date: 2025-10-14T10:00:00+02:00
embargo: 2025-10-14T12:00:00+02:00
dateline: { city: Torino, agency: Italpress }
contacts:
  - { name: Laura Ferrero, role: Ufficio stampa, email: laura@example.org, phone: "+39 011 1234" }
boilerplate: La Regione Piemonte sostiene le imprese del territorio.
tags: [innovazione, pmi]
`,
  `La Regione Piemonte mette a disposizione 12 milioni di euro per le piccole e medie imprese che investono in innovazione digitale, cybersicurezza e cloud.

“Vogliamo che ogni euro investito lasci competenze sul territorio”, dichiara Chiara Bellini, assessora regionale all’Innovazione.

## Chi può partecipare

- micro, piccole e medie imprese
- liberi professionisti

Il bando è pubblicato sul [sito della Regione](https://www.regione.piemonte.it/bandi).`,
);

export const EN: Record<string, string> = {
  'Nuovo bando per le Pmi': 'New call for SMEs',
  'Domande dal 15 gennaio 2026': 'Applications from 15 January 2026',
  'La Regione Piemonte mette a disposizione 12 milioni di euro per le piccole e medie imprese che investono in innovazione digitale, cybersicurezza e cloud.':
    'The Piedmont Region is making €12 million available to small and medium-sized enterprises investing in digital innovation, cybersecurity and the cloud.',
  '“Vogliamo che ogni euro investito lasci competenze sul territorio”, dichiara Chiara Bellini, assessora regionale all’Innovazione.':
    '“<q data-quote="q1">We want every euro invested to leave skills behind in the region</q>,” says Chiara Bellini, regional councillor for Innovation.',
  'Chi può partecipare': 'Who can apply',
  'micro, piccole e medie imprese': 'micro, small and medium-sized enterprises',
  'liberi professionisti': 'self-employed professionals',
  'Il bando è pubblicato sul <a href="https://www.regione.piemonte.it/bandi">sito della Regione</a>.':
    'The call is published on the <a href="https://www.regione.piemonte.it/bandi">Region’s website</a>.',
  'La Regione Piemonte sostiene le imprese del territorio.': 'The Piedmont Region supports local businesses.',
  'Ufficio stampa': 'Press office',
  'assessora regionale all’Innovazione': 'regional councillor for Innovation',
};

export const JA: Record<string, string> = {
  'Nuovo bando per le Pmi': '中小企業向けの新たな公募',
  'Domande dal 15 gennaio 2026': '2026年1月15日から申請受付',
  'La Regione Piemonte mette a disposizione 12 milioni di euro per le piccole e medie imprese che investono in innovazione digitale, cybersicurezza e cloud.':
    'ピエモンテ州は、デジタルイノベーション、サイバーセキュリティ、クラウドに投資する中小企業を対象に、1,200万ユーロの予算を用意した。州は地域の企業の競争力を高め、デジタル化の遅れを取り戻すことを目指している。',
  '“Vogliamo che ogni euro investito lasci competenze sul territorio”, dichiara Chiara Bellini, assessora regionale all’Innovazione.':
    '「<q data-quote="q1">投資される1ユーロ1ユーロが、地域に技能を残すものであってほしい</q>」と、州イノベーション担当評議員のキアラ・ベッリーニ氏は述べた。',
  'Chi può partecipare': '応募資格',
  'micro, piccole e medie imprese': '零細・中小企業',
  'liberi professionisti': '個人事業主',
  'Il bando è pubblicato sul <a href="https://www.regione.piemonte.it/bandi">sito della Regione</a>.':
    '公募要項は<a href="https://www.regione.piemonte.it/bandi">州のウェブサイト</a>に掲載されている。',
  'La Regione Piemonte sostiene le imprese del territorio.': 'ピエモンテ州は地域の企業を支援している。',
  'Ufficio stampa': '広報室',
  'assessora regionale all’Innovazione': '州イノベーション担当評議員',
};

export type Translations = { en: Record<string, string>; ja: Record<string, string> };

/** Build input for the fixture, translated from `translations` (a source missing there stays untranslated). */
export async function fixtureInput(overrides: Partial<BuildInput> = {}, translations: Translations = { en: EN, ja: JA }, source = FIXTURE): Promise<BuildInput> {
  const releases = [{ path: FIXTURE_PATH, text: source }];
  const [parsed] = loadReleases(releases).releases;
  if (!parsed) throw new Error('the fixture release does not parse');
  const memories = Object.fromEntries(
    (['en', 'ja'] as const).map((language) => {
      const table = translations[language];
      const memory = memoryFor(parsed, language, (text) => table[withoutQuoteMarkers(text)] ?? '');
      return [language, { [FIXTURE_ID]: { path: `locales/${language}/releases/${FIXTURE_ID}.json`, text: memoryJson(memory) } }];
    }),
  );
  return {
    releases,
    memories,
    ui: await readUi(BUNDLED),
    languages: ['it', 'en', 'ja'],
    now: new Date('2026-01-01T00:00:00Z'),
    baseUrl: 'https://press.example.org/',
    ...overrides,
  };
}
