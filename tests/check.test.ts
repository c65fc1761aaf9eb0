import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readInline } from '../pipeline/inline/index.ts';
import { VFile } from 'vfile';
import { checkRelease, findingJson, RULES, STATE_RULES, type CheckRule } from '../pipeline/check/index.ts';
import { numbersIn } from '../pipeline/check/rules/numbers.ts';
import { hasKatakanaName, italianConsonants, katakanaConsonants } from '../pipeline/check/names.ts';
import { readGlossary, type Glossary } from '../pipeline/glossary.ts';
import type { Release } from '../pipeline/release.ts';
import type { MemoryEntry } from '../pipeline/translate/memory.ts';
import { serializeMemory } from '../pipeline/translate/memory-file.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { runPressroomHere as runCli } from './helpers/cli.ts';

const GLOSSARY: Glossary = readGlossary(new VFile(`
keep: [Ceipiemonte, Bioindustry Park]
terms:
  Regione Piemonte: { en: Piedmont Region, ja: ピエモンテ州 }
  Takako Yokochi: { ja: 横地貴子 }
`))!;

const rule = (id: string): CheckRule => RULES.find((candidate) => candidate.id === id)!;

/** Messages of one rule for a one-paragraph release translated as `target`. */
function messages(id: string, source: string, target: string, options: { language?: 'en' | 'ja'; extra?: Partial<MemoryEntry>; release?: Release } = {}): string[] {
  const release = options.release ?? releaseFrom('r', 'title: Titolo', source).release;
  const memory = memoryOf(release, options.language ?? 'en', (text, index) => (index === 0 ? entry(text, 'Title', { state: 'reviewed' }) : entry(text, target, { state: 'reviewed', ...options.extra })));
  return checkRelease({ release, language: options.language ?? 'en', memory, glossary: GLOSSARY, rules: [rule(id)] })
    .filter((finding) => finding.segment === release.segments[1]!.key)
    .map((finding) => finding.problem);
}

describe('check: every rule has an id, a description and a severity', () => {
  it('lists the rules', () => {
    expect(RULES.map((candidate) => candidate.id)).toEqual([
      'missing-translation', 'stale-translation', 'unreviewed', 'numbers', 'date-order', 'markup', 'control-character', 'speaker-names', 'glossary',
      'same-as-source', 'whitespace', 'end-punctuation', 'length-ratio', 'ja-half-width-punctuation', 'unmarked-quotation', 'unapproved',
    ]);
    for (const candidate of RULES) {
      expect(candidate.description.length).toBeGreaterThan(10);
      expect(['error', 'warning']).toContain(candidate.severity);
    }
  });

  it('names the state rules by the ids they report under, which the build and the XLIFF import leave to the policy', () => {
    expect([...STATE_RULES].sort()).toEqual(RULES.filter((candidate) => candidate.scope === 'state').map((candidate) => candidate.id).sort());
  });
});

describe('check: missing, stale and unreviewed', () => {
  const { release } = releaseFrom('r', 'title: Titolo', 'Primo.\n\nSecondo.\n\nTerzo.');
  it('reports a segment with no entry on the release file, an empty one and a stale one on the memory file', () => {
    const memory = memoryOf(release, 'ja', (source, index) => (index === 1 ? undefined : index === 2 ? entry(source, '', { state: 'reviewed' }) : entry(source, `訳 ${source}`)));
    const [title, , , third] = release.segments;
    delete memory.segments[third!.key];
    memory.segments['0123456789abcdef'] = entry('Terzo!', '第三');
    const text = serializeMemory(memory, release);
    const findings = checkRelease({ release, language: 'ja', memory, memoryFile: { path: 'locales/ja/releases/r.json', text }, glossary: GLOSSARY, rules: RULES.slice(0, 3) }).map(findingJson);
    const lineOf = (key: string) => text.split('\n').findIndex((line) => line.includes(`"${key}": {`)) + 1;
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.file, finding.line])).toEqual([
      ['unreviewed', 'warning', 'locales/ja/releases/r.json', lineOf(title!.key)],
      ['missing-translation', 'error', 'releases/r.md', release.segments[1]!.position.line],
      ['missing-translation', 'error', 'locales/ja/releases/r.json', lineOf(release.segments[2]!.key)],
      ['stale-translation', 'error', 'locales/ja/releases/r.json', lineOf('0123456789abcdef')],
    ]);
    expect(findings[3]!.column).toBe(5);
  });
});

describe('check: unapproved, where the publication policy needs a second reviewer', () => {
  const { release } = releaseFrom('r', 'title: Titolo', 'Primo.\n\nSecondo.');
  const memory = memoryOf(release, 'en', (source, index) =>
    index === 0 ? entry(source, 'Title', { state: 'reviewed', reviewer: 'Anna', approvedBy: 'Bruno', approvedAt: '2025-11-02T10:00:00+01:00' }) : index === 1 ? entry(source, 'First.', { state: 'reviewed', reviewer: 'Anna' }) : entry(source, 'Second.'));
  const unapproved = (policy?: 'approved' | 'reviewed' | 'machine') => checkRelease({ release, language: 'en', memory, glossary: GLOSSARY, rules: [rule('unapproved')], needsApproval: policy === 'approved' }).map(findingJson);

  it('reports a reviewed segment nobody else approved under `approved`, as a warning naming its editor', () => {
    const findings = unapproved('approved');
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.segment])).toEqual([['unapproved', 'warning', release.segments[1]!.key]]);
    expect(findings[0]!.message).toBe('reviewed by Anna, not yet approved by a second reviewer; the publication policy for en is approved, so en is withheld until it is');
  });

  it('says nothing under the other policies, nor of an approved or a machine segment', () => {
    expect(unapproved('reviewed')).toEqual([]);
    expect(unapproved('machine')).toEqual([]);
    expect(unapproved()).toEqual([]);
  });
});

describe('check: numbers', () => {
  it('reads Italian, English and Japanese figures by value', () => {
    expect(numbersIn('circa 2.800 aziende e 2,800 sedi, 2,5 milioni', 'it')).toEqual(['2800', '2.8', '2500000']);
    expect(numbersIn('a 2.5 rate, 2,800 sites', 'en')).toEqual(['2.5', '2800']);
    expect(numbersIn('2,800 companies and €2.5 million', 'en')).toEqual(['2800', '2500000']);
    expect(numbersIn('約2,800社、1,200万ユーロ、3万8,000人、1億2,000万', 'ja')).toEqual(['2800', '12000000', '38000', '120000000']);
    expect(numbersIn('dal 15 gennaio 2026 alle 15', 'it').sort()).toEqual(['1', '15', '15', '2026'].sort());
    expect(numbersIn('2026年1月15日午後3時', 'ja').sort()).toEqual(['1', '15', '15', '2026'].sort());
    expect(numbersIn('at 3pm on 15 January 2026; you may go', 'en').sort()).toEqual(['1', '15', '15', '2026'].sort());
    expect(numbersIn('quattro robot', 'it')).toEqual(['4']);
    expect(numbersIn('１２', 'ja')).toEqual(['12']);
  });

  it('passes figures written the way each language writes them', () => {
    expect(messages('numbers', 'Circa 2.800 aziende e 12 milioni di euro.', 'About 2,800 companies and €12 million.')).toEqual([]);
    expect(messages('numbers', 'Circa 2.800 aziende e 12 milioni di euro.', '約2,800社と1,200万ユーロ。', { language: 'ja' })).toEqual([]);
  });

  it('reads 2,800 in Italian as two point eight, so an English 2,800 does not match it', () => {
    expect(messages('numbers', 'Circa 2,800 aziende.', 'About 2,800 companies.')).toEqual([
      'the Italian has 2.8, not found in the translation',
      'the translation has 2800, not found in the Italian',
    ]);
    expect(messages('numbers', 'Un tasso del 2,8%.', 'A rate of 2.8%.')).toEqual([]);
  });

  it('reports a figure lost or changed', () => {
    expect(messages('numbers', 'Circa 2.800 aziende e 12 milioni di euro.', 'About 2,900 companies and €12 million.')).toEqual([
      'the Italian has 2800, not found in the translation',
      'the translation has 2900, not found in the Italian',
    ]);
    expect(messages('numbers', 'Circa 2.800 aziende.', '約280社。', { language: 'ja' })).toHaveLength(2);
  });
});

/** The numbers rule alone on one Italian sentence and its translation (no release around them: fast enough for properties). */
function numberProblems(source: string, target: string, language: 'en' | 'ja'): string[] {
  const release = undefined as unknown as Release;
  return rule('numbers').check({ release, language, review: undefined as never, glossary: GLOSSARY, source: readInline(source), target: readInline(target) });
}

// Italian ordinals 1 to 10 in every gender and number, as a reader would write them: the check must know them all.
const ITALIAN_ORDINALS = ['primo', 'secondo', 'terzo', 'quarto', 'quinto', 'sesto', 'settimo', 'ottavo', 'nono', 'decimo'];
const inflected = (word: string, ending: 'o' | 'a' | 'i' | 'e') => `${word.slice(0, -1)}${ending}`;

describe('check: numbers spelt out in Italian, figures in the translation', () => {
  it('passes an ordinal written as a figure with the language’s ordinal mark (terzo = 3rd = 第3 = 3番目 = 3位)', () => {
    const source = 'In Asia il Giappone è il terzo mercato per i vini piemontesi.';
    expect(numberProblems(source, '日本はアジアでピエモンテワインの第3の市場だ。', 'ja')).toEqual([]);
    expect(numberProblems(source, 'アジアで3番目の市場だ。', 'ja')).toEqual([]);
    expect(numberProblems(source, 'アジアで3位の市場だ。', 'ja')).toEqual([]);
    expect(numberProblems(source, 'In Asia, Japan is the 3rd market for Piedmont wines.', 'en')).toEqual([]);
    expect(numberProblems(source, 'In Asia, Japan is the third market for Piedmont wines.', 'en')).toEqual([]);
    expect(numberProblems('La terza edizione e le prime due giornate.', 'The 3rd edition and the first two days.', 'en')).toEqual([]);
    expect(numberProblems('È arrivato 3° su 12.', 'He came third out of twelve.', 'en')).toEqual([]);
  });

  it('passes compound ordinals and cardinals written as figures', () => {
    expect(numberProblems('La ventitreesima edizione, l’undicesima tappa e il centesimo anniversario.', '第23回、11番目の行程、100周年。', 'ja')).toEqual([]);
    expect(numberProblems('Il trentaduesimo posto e la quarantottesima posizione.', 'The 32nd place and the 48th position.', 'en')).toEqual([]);
    expect(numberProblems('Venti aziende, trentacinque comuni e diciotto mesi.', '20社、35の自治体、18か月。', 'ja')).toEqual([]);
    expect(numberProblems('Ventuno imprese in diciassette regioni.', 'Twenty-one companies in 17 regions.', 'en')).toEqual([]);
  });

  it('still reports a number changed behind an ordinal (terzo → 第4, terzo → fourth)', () => {
    const source = 'In Asia il Giappone è il terzo mercato.';
    expect(numberProblems(source, 'アジアで日本は第4の市場だ。', 'ja')).toEqual(['the translation has 4, not found in the Italian']);
    expect(numberProblems(source, 'In Asia, Japan is the fourth market.', 'en')).toEqual(['the translation has 4, not found in the Italian']);
    expect(numberProblems('Venti aziende.', '21社。', 'ja')).toEqual(['the Italian has 20, not found in the translation', 'the translation has 21, not found in the Italian']);
  });

  it('does not take the words an ordinal is spelt like for numbers the translation must give', () => {
    // secondo = according to, prima = before, primo ministro = Prime Minister, un terzo = a third (1/3).
    expect(numberProblems('Secondo i dati, prima della pandemia il primo ministro era ottimista.', 'According to the data, the Prime Minister was optimistic before the pandemic.', 'en')).toEqual([]);
    expect(numberProblems('Il 20 per cento delle imprese.', '20% of businesses.', 'en')).toEqual([]);
  });

  it('matches every Italian ordinal, in each gender and number, to a figure in the translation, and no other figure (property)', () => {
    const english = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
    const japanese = [(n: number) => `第${n}`, (n: number) => `${n}番目`, (n: number) => `${n}位`];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 2, max: 2000 }),
        fc.constantFrom('o', 'a', 'i', 'e' as const),
        fc.constantFrom('en', 'ja' as const),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('', 'La ', 'Per la ', 'È il '),
        (n, other, ending, language, form, before) => {
          const word = inflected(ITALIAN_ORDINALS[n - 1]!, ending);
          const spelt = before === '' ? `${word[0]!.toUpperCase()}${word.slice(1)}` : word;
          const translation = (value: number) => (language === 'en' ? `The ${english(value)} edition of the prize.` : `賞の${japanese[form]!(value)}回。`);
          expect(numberProblems(`${before}${spelt} edizione del premio.`, translation(n), language)).toEqual([]);
          if (other === n) return;
          expect(numberProblems(`${before}${spelt} edizione del premio.`, translation(other), language)).toEqual([`the translation has ${other}, not found in the Italian`]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('check: dates in figures', () => {
  it('reports a date left day first in figures, with the way the language writes it', () => {
    const source = 'A Osaka (26.09.2025) e a Tokyo (1-3.10.2025), poi il 7/11/2025.';
    expect(messages('date-order', source, 'In Osaka (26.09.2025) and Tokyo (1-3.10.2025), then on 7/11/2025.')).toEqual([
      'the date “26.09.2025” keeps the Italian day-month order in figures; write “26 September 2025”',
      'the date “1-3.10.2025” keeps the Italian day-month order in figures; write “1–3 October 2025”',
      'the date “7/11/2025” keeps the Italian day-month order in figures; write “7 November 2025”',
    ]);
    expect(messages('date-order', source, '大阪（26.09.2025）と東京（1-3.10.2025）', { language: 'ja' })).toEqual([
      'the date “26.09.2025” keeps the Italian day-month order in figures; write “2025年9月26日”',
      'the date “1-3.10.2025” keeps the Italian day-month order in figures; write “2025年10月1日～3日”',
    ]);
  });

  it('reads the Italian’s day written out, and leaves figures in another order than the Italian’s to others', () => {
    expect(messages('date-order', 'La missione arriva il 26 settembre 2025.', 'The mission arrives on 26.09.2025.')).toEqual([
      'the date “26.09.2025” keeps the Italian day-month order in figures; write “26 September 2025”',
    ]);
    // An American 10/03/2025 for 3 October: read day first it is another day, which the message would name.
    expect(messages('date-order', 'La missione arriva il 3 ottobre 2025.', 'The mission arrives on 10/03/2025.')).toEqual([]);
  });

  it('passes dates written out, years first, and figures that are no date', () => {
    const source = 'Il 26.09.2025 a Osaka: 1.200.000 euro, ore 10.30, versione 2.1.2025.1, il 31.04.2025 non esiste.';
    expect(messages('date-order', source, 'On 26 September 2025 in Osaka: 1,200,000 euros, at 10.30, version 2.1.2025.1, 31.04.2025 does not exist.')).toEqual([]);
    expect(messages('date-order', source, '2025年9月26日、2025.09.26、大阪で', { language: 'ja' })).toEqual([]);
  });
});

describe('check: tags and quote markers', () => {
  it('passes a translation with the same emphasis and link', () => {
    expect(messages('markup', 'Un *bando* su [sito](https://example.org).', 'A *call* on [the site](https://example.org).'.replace('*call*', '<em>call</em>').replace('[the site](https://example.org)', '<a href="https://example.org">the site</a>'))).toEqual([]);
  });

  it('reports a lost link, an added tag and a stray script', () => {
    expect(messages('markup', 'Un bando su [sito](https://example.org).', 'A call on <strong>the</strong> site.<script>x()</script>')).toEqual([
      'the Italian has 1 × <a href="https://example.org">, the translation 0',
      'the translation has <strong>, which the Italian does not',
      'the translation has <script>, which the Italian does not',
    ]);
  });

  it('reports a quote marker lost or invented', () => {
    const { release } = releaseFrom('q', 'title: T', '«Cresciamo», dichiara Anna Rossi.', [{ text: 'Cresciamo', name: 'Anna Rossi' }]);
    expect(messages('markup', '', '“<q data-quote="q1">We grow</q>”, says Anna Rossi.', { release })).toEqual([]);
    expect(messages('markup', '', '“We grow”, says <q data-quote="q2">Anna Rossi</q>.', { release })).toEqual([
      'quote marker q1 of the Italian is missing in the translation (<q data-quote="q1">)',
      'quote marker q2 is not in the Italian of this segment',
    ]);
  });
});

describe('check: a quotation the Italian does not have', () => {
  it('warns when the English puts words in quotation marks that no quote marker or Italian quotation stands for', () => {
    expect(messages('unmarked-quotation', 'La Regione investe 12 milioni nelle imprese.', 'The Region is making “a historic investment”, as the minister put it, of €12 million.')).toEqual([
      'the translation puts “a historic investment” in quotation marks, and the Italian quotes nothing there: readers take it for someone’s words, with nobody named; drop the marks, or mark the quotation in the Italian',
    ]);
    expect(messages('unmarked-quotation', 'Il bando si chiama Impresa Digitale.', 'The call is named "Digital Enterprise".')).toHaveLength(1);
  });

  it('passes marks the Italian has too (a title in quotation marks), and the marks around a quote marker', () => {
    expect(messages('unmarked-quotation', 'Approvato il bando “Piemonte Digitale Impresa”.', '“Piemonte Digitale Impresa” call approved.')).toEqual([]);
    const { release } = releaseFrom('q', 'title: T', '«Cresciamo», dichiara Anna Rossi.', [{ text: 'Cresciamo', name: 'Anna Rossi' }]);
    expect(messages('unmarked-quotation', '', '“<q data-quote="q1">We grow</q>,” says Anna Rossi.', { release })).toEqual([]);
    expect(messages('unmarked-quotation', '', '“<q data-quote="q1">We grow</q>,” says Anna Rossi, “and we hire”.', { release })).toHaveLength(1);
  });

  it('leaves Japanese alone, which sets names and titles in 「」 where Italian uses none', () => {
    expect(messages('unmarked-quotation', 'Il progetto Città della Salute.', '大学病院機構「トリノ健康科学都市」の計画。', { language: 'ja' })).toEqual([]);
  });
});

describe('check: speaker names', () => {
  const quoted = releaseFrom('q', 'title: T', '«Cresciamo», dichiara Andrea Tronzano, assessore. «Bene», aggiunge Giovanni Pischedda.', [
    { text: 'Cresciamo', name: 'Andrea Tronzano' },
    { text: 'Bene', name: 'Giovanni Pischedda' },
  ]).release;

  it('reads katakana by its consonants', () => {
    expect(italianConsonants('Pischedda')).toBe(katakanaConsonants('ピスケッダ'));
    expect(italianConsonants('Tronzano')).toBe(katakanaConsonants('トロンツァーノ'));
    expect(italianConsonants('Gelera')).toBe(katakanaConsonants('ジェレーラ'));
    expect(italianConsonants('Rossi')).toBe(katakanaConsonants('ロッシ'));
    expect(italianConsonants('Scirea')).toBe(katakanaConsonants('シレア'));
    expect(hasKatakanaName('アンドレア・トロンザーノ氏は', 'Tronzano')).toBe(true);
    expect(hasKatakanaName('アンドレア・ペイローネ氏は', 'Tronzano')).toBe(false);
  });

  it('passes names kept in English and written in katakana in Japanese', () => {
    const en = '“<q data-quote="q1">We grow</q>”, says Andrea Tronzano. “<q data-quote="q2">Good</q>”, adds Giovanni Pischedda.';
    expect(messages('speaker-names', '', en, { release: quoted })).toEqual([]);
    const ja = 'アンドレア・トロンツァーノ氏は「<q data-quote="q1">成長する</q>」と述べた。ジョヴァンニ・ピスケッダ氏は「<q data-quote="q2">良い</q>」と付け加えた。';
    expect(messages('speaker-names', '', ja, { release: quoted, language: 'ja' })).toEqual([]);
  });

  it('reports a speaker dropped or replaced', () => {
    const en = '“<q data-quote="q1">We grow</q>”, says Andrea Tronzano. “<q data-quote="q2">Good</q>”, he adds.';
    expect(messages('speaker-names', '', en, { release: quoted })).toEqual([
      'the speaker Giovanni Pischedda (quote q2) is not named in the translation: keep “Pischedda” as written',
    ]);
    const ja = 'アンドレア・トロンツァーノ氏は「<q data-quote="q1">成長する</q>」と述べた。ジョヴァンニ・ペイローネ氏は「<q data-quote="q2">良い</q>」と付け加えた。';
    expect(messages('speaker-names', '', ja, { release: quoted, language: 'ja' })).toHaveLength(1);
  });

  it('takes the glossary form of a name written in kanji', () => {
    const { release } = releaseFrom('k', 'title: T', '«Insieme», dice Takako Yokochi.', [{ text: 'Insieme', name: 'Takako Yokochi' }]);
    expect(messages('speaker-names', '', '横地貴子氏は「<q data-quote="q1">共に</q>」と語った。', { release, language: 'ja' })).toEqual([]);
    expect(messages('speaker-names', '', '山田氏は「<q data-quote="q1">共に</q>」と語った。', { release, language: 'ja' })).toHaveLength(1);
  });
});

describe('check: glossary terms', () => {
  it('passes kept terms and fixed translations', () => {
    expect(messages('glossary', 'La Regione Piemonte e Ceipiemonte.', 'The Piedmont Region and Ceipiemonte.')).toEqual([]);
    expect(messages('glossary', 'La Regione Piemonte e Ceipiemonte.', 'ピエモンテ州とCeipiemonte。', { language: 'ja' })).toEqual([]);
  });

  it('reports a kept term translated and a term translated otherwise', () => {
    expect(messages('glossary', 'La Regione Piemonte e Ceipiemonte.', 'The Region of Piedmont and CEIP.')).toEqual([
      '“Ceipiemonte” is written the same in every language (glossary: keep)',
      '“Regione Piemonte” is “Piedmont Region” in en (glossary: terms)',
    ]);
  });
});

describe('check: same as source, whitespace, punctuation, length', () => {
  it('reports an untranslated paste but not a name', () => {
    expect(messages('same-as-source', 'Le imprese crescono ancora.', 'Le imprese crescono ancora.')).toEqual(['the translation is the same as the Italian']);
    expect(messages('same-as-source', 'Bioindustry Park.', 'Bioindustry Park.')).toEqual([]);
  });

  it('reports leading, trailing and double spaces', () => {
    expect(messages('whitespace', 'Uno due.', ' One  two. ')).toEqual([
      'the translation starts with whitespace',
      'the translation ends with whitespace',
      'the translation has two spaces in a row',
    ]);
    expect(messages('whitespace', 'Uno due.', 'One two.')).toEqual([]);
  });

  it('compares ending punctuation, reading 。 as .', () => {
    expect(messages('end-punctuation', '«Cresciamo», dice Anna.', '“We grow,” says Anna.')).toEqual([]);
    expect(messages('end-punctuation', 'Cresciamo.', '成長する。', { language: 'ja' })).toEqual([]);
    expect(messages('end-punctuation', 'Cresciamo?', 'We grow.')).toEqual(['the Italian ends with “?”, the translation with “.”']);
    expect(messages('end-punctuation', 'Cresciamo.', '成長する', { language: 'ja' })).toEqual(['the Italian ends with “.”, the translation with no punctuation']);
  });

  it('reports a translation far too short for its language', () => {
    const source = 'La Regione mette a disposizione dodici milioni di euro per le imprese del territorio.';
    expect(messages('length-ratio', source, 'The Region makes twelve million euros available to local businesses.')).toEqual([]);
    expect(messages('length-ratio', source, 'Money.')).toHaveLength(1);
  });
});

describe('check: half-width punctuation in Japanese', () => {
  it('reports , . ( ) beside Japanese text and lets 2,800 and Expo 2025. pass', () => {
    expect(messages('ja-half-width-punctuation', 'Circa 2.800 aziende.', '約2,800社が参加した。Expo 2025.', { language: 'ja' })).toEqual([]);
    expect(messages('ja-half-width-punctuation', 'Le aziende (KBIC), poi.', '企業(KBIC)が参加し,その後.', { language: 'ja' })).toEqual([
      'half-width “(” beside Japanese text; write “（”',
      'half-width “)” beside Japanese text; write “）”',
      'half-width “,” beside Japanese text; write “、”',
      'half-width “.” beside Japanese text; write “。”',
    ]);
    expect(messages('ja-half-width-punctuation', 'Le aziende (KBIC).', 'Companies (KBIC).')).toEqual([]);
  });
});

describe('cli: pressroom check', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('prints file:line:col messages, JSON on request, and exits non-zero on errors', async () => {
    project = makeProject();
    const { release, text } = releaseFrom('bando', 'title: Bando', 'Circa 2.800 aziende.\n\nSecondo paragrafo.');
    project.write('releases/bando.md', text);
    const memory = memoryOf(release, 'en', (source, index) => (index === 0 ? entry(source, 'Call', { state: 'reviewed' }) : index === 1 ? entry(source, 'About 2,900 companies.') : undefined));
    const json = serializeMemory(memory, release);
    project.write('locales/en/releases/bando.json', json);
    const line = json.split('\n').findIndex((row) => row.includes(release.segments[1]!.key)) + 1;

    const result = await runCli(['check', '--lang', 'en'], { cwd: project.root });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`locales/en/releases/bando.json:${line}:5: error: the Italian has 2800, not found in the translation [pressroom:numbers]`);
    expect(result.stdout).toContain(`locales/en/releases/bando.json:${line}:5: warning: machine translation (deepl) not yet reviewed [pressroom:unreviewed]`);
    expect(result.stdout).toMatch(/^releases\/bando\.md:\d+:1: error: en: the paragraph has no translation; run pressroom translate or write one \[pressroom:missing-translation\]$/m);
    expect(result.stderr).toMatch(/3 errors, 1 warning/);

    const asJson = await runCli(['check', '--lang', 'en', '--format', 'json'], { cwd: project.root });
    expect(asJson.code).toBe(1);
    const report = JSON.parse(asJson.stdout) as { findings: { rule: string; line: number; segment: string }[] };
    expect(report.findings.map((finding) => finding.rule).sort()).toEqual(['missing-translation', 'numbers', 'numbers', 'unreviewed']);
  });

  it('reads the publication policy from package.json: unapproved segments are reported where it is approved', async () => {
    project = makeProject();
    const { release, text } = releaseFrom('bando', 'title: Bando', 'Primo paragrafo.');
    project.write('releases/bando.md', text);
    project.write('package.json', JSON.stringify({ pressroom: { publication: { en: 'approved' } } }));
    for (const language of ['en', 'ja'] as const) project.write(`locales/${language}/releases/bando.json`, serializeMemory(memoryOf(release, language, (source) => entry(source, `[${language}] ${source}`, { state: 'reviewed', reviewer: 'Anna' })), release));
    const result = await runCli(['check'], { cwd: project.root });
    expect(result.stdout).toMatch(/^locales\/en\/releases\/bando\.json:\d+:5: warning: reviewed by Anna, not yet approved by a second reviewer; .*\[pressroom:unapproved\]$/m);
    expect(result.stdout).not.toMatch(/locales\/ja\/.*\[pressroom:unapproved\]/);
    expect(result.code).toBe(0);
  });

  it('checks only the reason of a withdrawn release: the text it withdrew is no work', async () => {
    project = makeProject();
    const withdrawn = 'title: Bando\nstatus: withdrawn\nreason: Il bando è annullato.\nupdated: 2025-10-20T10:00:00+02:00';
    const { release, text } = releaseFrom('bando', withdrawn, 'Circa 2.800 aziende.\n\nSecondo paragrafo.');
    project.write('releases/bando.md', text);
    const reason = release.withdrawal!.reason.key;
    // The withdrawn text wrong, unreviewed or missing; the reason missing.
    const memory = memoryOf(release, 'en', (source, index) => (index === 1 ? entry(source, 'About 2,900 companies.') : undefined));
    project.write('locales/en/releases/bando.json', serializeMemory(memory, release));
    const missing = await runCli(['check', '--lang', 'en', '--format', 'json'], { cwd: project.root });
    const findings = (JSON.parse(missing.stdout) as { findings: { rule: string; segment: string }[] }).findings;
    expect(findings.map((finding) => [finding.rule, finding.segment])).toEqual([['missing-translation', reason]]);
    memory.segments[reason] = entry(release.withdrawal!.reason.source, 'The call is cancelled.', { state: 'reviewed', reviewer: 'Anna' });
    project.write('locales/en/releases/bando.json', serializeMemory(memory, release));
    const done = await runCli(['check', '--lang', 'en'], { cwd: project.root });
    expect(done.stdout).toBe('');
    expect(done.code).toBe(0);
  });

  it('exits 0 when there are only warnings', async () => {
    project = makeProject();
    const { release, text } = releaseFrom('bando', 'title: Bando', 'Primo paragrafo.');
    project.write('releases/bando.md', text);
    project.write('locales/ja/releases/bando.json', serializeMemory(memoryOf(release, 'ja', (source) => entry(source, `訳：${source}`)), release));
    const result = await runCli(['check', '--lang', 'ja'], { cwd: project.root });
    expect(result.stdout).toMatch(/warning: .*\[pressroom:unreviewed\]/);
    expect(result.code).toBe(0);
  });
});
