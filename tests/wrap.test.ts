import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { loadDefaultJapaneseParser } from 'budoux';
import { clusterWidth, graphemeClusters, NO_LINE_END, NO_LINE_START, phraseStarts, wrap, type WrapOptions } from '../pipeline/render/wrap.ts';

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const split = (text: string) => [...graphemes.segment(text)].map((part) => part.segment);
const normalise = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

interface Break {
  /** Offset in the normalised text where the next line starts. */
  at: number;
  /** The break replaced a space. */
  spaced: boolean;
  before: string;
  after: string;
}

/**
 * How lines rejoin: strip the first prefix (first line) or the indent (the others), then join with one space
 * where the break fell on whitespace and with nothing elsewhere. Returns the breaks, or throws when the lines
 * are not exactly the normalised text in order.
 */
function rejoin(lines: string[], text: string, options: WrapOptions): Break[] {
  const normal = normalise(text);
  const breaks: Break[] = [];
  let at = 0;
  lines.forEach((line, index) => {
    const lead = index === 0 ? options.firstPrefix ?? '' : options.indent ?? '';
    let content: string;
    if (line.startsWith(lead)) content = line.slice(lead.length);
    else if (line === lead.trimEnd()) content = '';
    else throw new Error(`line ${index} does not start with ${JSON.stringify(lead)}: ${JSON.stringify(line)}`);
    if (index > 0) {
      const spaced = normal[at] === ' ';
      if (spaced) at++;
      breaks.push({ at, spaced, before: split(lines[index - 1]!.slice((index === 1 ? options.firstPrefix ?? '' : options.indent ?? '').length)).at(-1) ?? '', after: split(content)[0] ?? '' });
    }
    if (normal.slice(at, at + content.length) !== content) {
      throw new Error(`line ${index} ${JSON.stringify(content)} is not the text at ${at}: ${JSON.stringify(normal.slice(at, at + content.length + 10))}`);
    }
    if (index > 0 && content === '') throw new Error(`line ${index} is empty`);
    at += content.length;
  });
  if (at !== normal.length) throw new Error(`text lost after offset ${at}: ${JSON.stringify(normal.slice(at))}`);
  return breaks;
}

const widthOf = (options: WrapOptions) => (line: string) => stringWidth(line, { ambiguousIsNarrow: !options.ambiguousIsWide });

// Generators -------------------------------------------------------------------------------------------

const LATIN = [...'abcdefghijklmnopqrstuvwxyzàèéìòùçABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const KANA_KANJI = [...'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもらりるれろわをんアイウエオカキクケコサシスセソタチテトナニヌネノハヒフヘホマミムメモラリルレロワン日本語企業地域競争力高目的担当者述州県市中小支援発表会議研究']
const ATTACHED = [...'ぁぃぅぇぉっゃゅょァィゥェォッャュョー々'];
const CLOSING = [...NO_LINE_START].filter((char) => !ATTACHED.includes(char));
const OPENING = [...NO_LINE_END];
const OTHER = [...'-/@#&*+=_~<>|\'"、。「」（）【】＝・ 　\u00a0\t\n😀👍🏽é\u0301–—…“”«»'];

const latinWord = fc.string({ unit: fc.constantFrom(...LATIN), minLength: 1, maxLength: 14 });
const longLatinWord = fc.string({ unit: fc.constantFrom(...LATIN), minLength: 60, maxLength: 160 });
const japaneseCore = fc
  .array(fc.tuple(fc.constantFrom(...KANA_KANJI), fc.option(fc.constantFrom(...ATTACHED), { nil: '' })), { minLength: 1, maxLength: 12 })
  .map((pairs) => pairs.map(([base, small]) => base + small).join(''));

/** A word or phrase with at most one opening mark before it and two closing marks after it, spaced or not (« mot »). */
const token = fc
  .tuple(
    fc.option(fc.constantFrom(...OPENING), { nil: '' }),
    fc.constantFrom('', '', '', ' '),
    fc.oneof({ weight: 3, arbitrary: latinWord }, { weight: 3, arbitrary: japaneseCore }, { weight: 1, arbitrary: longLatinWord }),
    fc.constantFrom('', '', '', ' '),
    fc.array(fc.constantFrom(...CLOSING), { maxLength: 2 }).map((marks) => marks.join('')),
  )
  .map(([open, openSpace, core, closeSpace, close]) => (open ? open + openSpace : '') + core + (close ? closeSpace + close : ''));

/** Text made of tokens, some run together (as Japanese is), some spaced. */
const tokenText = fc
  .array(fc.tuple(token, fc.constantFrom('', '', ' ', ' ', '  ', '\n')), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.map(([text, space]) => text + space).join(''));

/** Anything at all, kinsoku marks and odd whitespace included. */
const anyText = fc.string({ unit: fc.constantFrom(...LATIN, ...KANA_KANJI, ...ATTACHED, ...CLOSING, ...OPENING, ...OTHER), maxLength: 400 });

/** Characters that join their neighbours into one grapheme cluster, or look as if they might. */
const JOINERS = [
  ...'\u0301\u0903\u094D\u200C\u200D\uFE0F\u0E33\u0EB3\u0D4E\u0600\u06DD\u1100\u1161\u11A8\uAC00\uAC01\uA960\uD7B0\uFF9E\uFF9F\u3099\u309A\u00AD\u20E3\r\n\t',
  ...'कกກനｶか゛゜1#',
  '👍', '🏽', '🇮', '🇹', '\u{1F3F4}', '\u{E0067}', '\u{E007F}', '\u{1100A}', '\u{110BD}',
];
const codePoint = (min: number, max: number) => fc.integer({ min, max }).map((code) => String.fromCodePoint(code));
/** From wide Unicode ranges (lone surrogates included), with the joiners often. */
const wideUnit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...LATIN, ...KANA_KANJI, ' ') },
  { weight: 2, arbitrary: fc.constantFrom(...JOINERS) },
  // Whitespace that Intl.Segmenter would join to its neighbour.
  { weight: 1, arbitrary: fc.constantFrom(' \u0301', '\r\n', ' \u0903', '\u0600 ', '\u3000\u3099', '\n\u200D', '\u00a0🏽') },
  { weight: 1, arbitrary: codePoint(0, 0xffff) },
  { weight: 1, arbitrary: codePoint(0x0300, 0x0eff) },
  { weight: 1, arbitrary: codePoint(0x1100, 0x11ff) },
  { weight: 1, arbitrary: codePoint(0x10000, 0x10ffff) },
);
/** Plain text with a few characters from anywhere in it: one stray joiner must not go unnoticed. */
const wideText = fc.oneof(
  fc.array(wideUnit, { maxLength: 60 }).map((units) => units.join('')),
  fc
    .tuple(fc.array(fc.constantFrom(...LATIN, ...KANA_KANJI, ' ', '、', '。'), { maxLength: 40 }), fc.array(fc.tuple(fc.nat(), wideUnit), { minLength: 1, maxLength: 3 }))
    .map(([plain, strays]) => {
      // A copy: fast-check shrinks from the generated array, which must stay as it was.
      const chars = [...plain];
      for (const [at, stray] of strays) chars.splice(at % (chars.length + 1), 0, stray);
      return chars.join('');
    }),
);
/** Intl.Segmenter's clusters of each whitespace-free run, each whitespace character a cluster of its own. */
const referenceClusters = (text: string) => text.split(/(\s)/).flatMap((part) => split(part));

const options = fc.record({
  width: fc.integer({ min: 16, max: 80 }),
  ambiguousIsWide: fc.boolean(),
  lead: fc.constantFrom<[string, string]>(['', ''], ['- ', '  '], ['1. ', '   '], ['・', '  ']),
}).map(({ width, ambiguousIsWide, lead: [firstPrefix, indent] }): WrapOptions => ({ width, ambiguousIsWide, firstPrefix, indent }));

// Properties -------------------------------------------------------------------------------------------

describe('wrap: width bound', () => {
  it('never makes a line wider than the width, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, tokenText), options, (text, opts) => {
        const measure = widthOf(opts);
        for (const line of wrap(text, opts)) expect(measure(line)).toBeLessThanOrEqual(opts.width!);
      }),
      { numRuns: 400 },
    );
  });

  it('leaves no trailing spaces, no CR and no empty continuation lines', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, tokenText), options, (text, opts) => {
        const lines = wrap(text, opts);
        for (const [index, line] of lines.entries()) {
          expect(line).toBe(line.trimEnd());
          expect(line).not.toMatch(/[\r\n]/);
          if (index > 0) expect(line.trim()).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('wrap: no text lost, added or reordered', () => {
  it('rejoins to the text with whitespace runs collapsed, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, tokenText), options, (text, opts) => {
        rejoin(wrap(text, opts), text, opts);
      }),
      { numRuns: 400 },
    );
  });

  it('detects a lost word (the rejoin check can fail)', () => {
    const lines = wrap('alpha beta gamma delta', { width: 11 });
    expect(() => rejoin([lines[0]!, ...lines.slice(2)], 'alpha beta gamma delta', {})).toThrow();
  });
});

describe('wrap: kinsoku', () => {
  it('starts no line with a closing mark, small kana or ー, and ends none with an opening mark', () => {
    fc.assert(
      fc.property(tokenText, options, (text, opts) => {
        for (const item of rejoin(wrap(text, opts), text, opts)) {
          const dashAfterSpace = item.spaced && ['–', '—'].includes(item.after);
          if (!dashAfterSpace) expect(NO_LINE_START.has(item.after), `line starts with ${item.after}`).toBe(false);
          expect(NO_LINE_END.has(item.before), `line ends with ${item.before}`).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps 。」 with the phrase before them and 「 with the phrase after it', () => {
    const text = 'ピエモンテ州は、デジタルイノベーション、サイバーセキュリティ、クラウドに投資する中小企業を対象に、1,200万ユーロの予算を用意した。「地域の企業の競争力を高めることが目的だ」と担当者は述べた。';
    for (const width of [20, 21, 22, 23, 24, 30, 31, 40, 41, 69]) {
      const lines = wrap(text, { width });
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(stringWidth(line)).toBeLessThanOrEqual(width);
        expect(NO_LINE_START.has(split(line)[0]!)).toBe(false);
        expect(NO_LINE_END.has(split(line).at(-1)!)).toBe(false);
      }
    }
  });
});

describe('wrap: Latin words', () => {
  const latinText = fc
    .array(fc.tuple(fc.oneof({ weight: 6, arbitrary: latinWord }, { weight: 1, arbitrary: longLatinWord }), fc.constantFrom('', ',', '.', ')', '»', ':')), { minLength: 1, maxLength: 40 })
    .map((words) => words.map(([word, mark]) => word + mark).join(' '));

  it('breaks inside a word only when the word alone is wider than a line', () => {
    fc.assert(
      fc.property(latinText, options, (text, opts) => {
        const normal = normalise(text);
        const measure = widthOf(opts);
        const room = opts.width! - Math.max(measure(opts.firstPrefix ?? ''), measure(opts.indent ?? ''));
        for (const item of rejoin(wrap(text, opts), text, opts)) {
          if (item.spaced) continue;
          const start = normal.lastIndexOf(' ', item.at - 1) + 1;
          const end = normal.indexOf(' ', item.at);
          const word = normal.slice(start, end === -1 ? undefined : end);
          expect(measure(word), `broke inside ${word}`).toBeGreaterThan(room);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a Latin word whole inside Japanese text, where BudouX alone might cut it', () => {
    const text = '【トリノ＝ITALPRESS】ピエモンテ州は、Memorandum of Understandingを締結し、Bioindustry Parkと協力する。';
    for (let width = 16; width <= 40; width++) {
      for (const item of rejoin(wrap(text, { width }), text, {})) {
        expect(/[A-Za-z]/.test(item.before) && /[A-Za-z]/.test(item.after) && !item.spaced, `width ${width}`).toBe(false);
      }
    }
  });

  it('keeps an address, a figure or a code whole inside Japanese text, across its hyphens, dots and slashes', () => {
    const url = 'https://pressroom.example/it/regione-piemonte-bando-innovazione-pmi/';
    expect(wrap(`イタリア語原文：${url}`, { ambiguousIsWide: true })).toEqual(['イタリア語原文：', url]);
    // Any narrow run without spaces (letters, digits and their punctuation) is one word where it fits a line.
    const text = '受付は10.5%増、COVID-19対策はwww.regione.piemonte.it/bandiとinfo@regione.itで案内する。';
    // Every run fits from 30 columns on (the longest, the address, is 29).
    for (let width = 30; width <= 48; width++) {
      for (const item of rejoin(wrap(text, { width, ambiguousIsWide: true }), text, { ambiguousIsWide: true })) {
        const narrow = (char: string) => /^[\x21-\x7e]$/.test(char);
        expect(narrow(item.before) && narrow(item.after) && !item.spaced, `width ${width}: ${item.before}|${item.after}`).toBe(false);
      }
    }
  });
});

describe('wrap: display width', () => {
  it('counts wide characters as two columns', () => {
    const lines = wrap('日本語'.repeat(30), { width: 10 });
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(10);
    expect(lines.some((line) => stringWidth(line) >= 9)).toBe(true);
  });

  it('counts ambiguous characters as two when asked, as Japanese terminals show them', () => {
    const text = '“あ”…'.repeat(20);
    for (const line of wrap(text, { width: 20, ambiguousIsWide: true })) expect(stringWidth(line, { ambiguousIsNarrow: false })).toBeLessThanOrEqual(20);
  });

  it('never splits a grapheme cluster', () => {
    const text = 'e\u0301'.repeat(100) + '👍🏽'.repeat(40);
    for (const line of wrap(text, { width: 17 })) {
      expect(line.startsWith('\u0301')).toBe(false);
      expect(/^[\u{1F3FB}-\u{1F3FF}]/u.test(line)).toBe(false);
    }
  });
});

describe('wrap: grapheme clusters', () => {
  it('finds the clusters Intl.Segmenter finds, for text from anywhere in Unicode', () => {
    fc.assert(
      fc.property(wideText, (text) => {
        expect(graphemeClusters(text).join('|')).toBe(referenceClusters(text).join('|'));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds them in long runs of joining characters, which are segmented a stretch at a time', () => {
    const joining = fc.constantFrom(...JOINERS, '👍🏽', '🇮🇹', '\u{1F3F4}\u{E0067}\u{E0062}\u{E007F}', '한국어', '\u1100\u1161\u11A8', 'e\u0301', 'क\u094D\u0937');
    fc.assert(
      fc.property(fc.array(joining, { minLength: 100, maxLength: 400 }), (units) => {
        const text = units.join('');
        expect(graphemeClusters(text).join('|')).toBe(referenceClusters(text).join('|'));
      }),
      { numRuns: 100 },
    );
    // Marks first, so that a stretch's end falls at each code unit of the emoji after them, inside surrogate pairs.
    for (let marks = 0; marks < 600; marks++) {
      const text = 'e\u0301'.repeat(marks >> 1) + '\u0301'.repeat(marks & 1) + '👍🏽🇮🇹\u{1F3F4}\u{E0067}\u{E0062}\u{E007F}';
      expect(graphemeClusters(text).slice(-3), `after ${marks} marks`).toEqual(['👍🏽', '🇮🇹', '\u{1F3F4}\u{E0067}\u{E0062}\u{E007F}']);
    }
  });

  it('finds them for every BMP code unit next to letters and to itself', () => {
    // `a c c a` for each code unit c, run together: `a a` always breaks, so each stays apart from the next.
    for (let chunk = 0; chunk < 0x10000; chunk += 0x100) {
      const codes = Array.from({ length: 0x100 }, (_, index) => String.fromCharCode(chunk + index));
      const text = codes.map((char) => `a${char}${char}a`).join('');
      const actual = graphemeClusters(text);
      const expected = referenceClusters(text);
      // Compared around the first difference: a diff of the whole chunks would take minutes.
      let at = 0;
      while (at < actual.length && actual[at] === expected[at]) at++;
      const window = (clusters: string[]) => clusters.slice(Math.max(at - 3, 0), at + 3);
      expect(window(actual), `U+${chunk.toString(16)} to U+${(chunk + 0xff).toString(16)}`).toEqual(window(expected));
      expect(actual.length).toBe(expected.length);
    }
  });

  it('never breaks inside a cluster, and keeps the width bound, for text from anywhere in Unicode', () => {
    fc.assert(
      fc.property(wideText, options, (text, opts) => {
        const lines = wrap(text, opts);
        const measure = widthOf(opts);
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(opts.width!);
        const normal = normalise(text);
        const starts = new Set<number>();
        let offset = 0;
        for (const cluster of referenceClusters(normal)) {
          starts.add(offset);
          offset += cluster.length;
        }
        for (const item of rejoin(lines, text, opts)) expect(starts.has(item.at), `break at ${item.at} in ${JSON.stringify(normal)}`).toBe(true);
      }),
      { numRuns: 600 },
    );
  });
});

describe('wrap: BudouX phrases', () => {
  const parser = loadDefaultJapaneseParser();
  const word = fc.string({ unit: fc.constantFrom(...KANA_KANJI, ...ATTACHED, ...LATIN, ...CLOSING, ...OPENING), minLength: 1, maxLength: 80 });

  it('asked about a few offsets at a time, in any order, finds the phrases BudouX finds in the whole word', () => {
    fc.assert(
      fc.property(
        word.chain((text) => fc.tuple(fc.constant(text), fc.shuffledSubarray([...Array(text.length + 1).keys()], { minLength: text.length + 1 }))),
        ([text, order]) => {
          const expected = new Set(parser.parseBoundaries(text));
          const starts = phraseStarts(text);
          for (const offset of order) expect(starts(offset), `offset ${offset} of ${text}`).toBe(expected.has(offset));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('goes on into a phrase too long for the rest of a line a third full, at a seam of scripts or after 中黒', () => {
    const text = 'ピエモンテ州の予算・生産活動・国際化担当評議員アンドレア・トロンツァーノ氏は「ライフサイエンスは戦略的な柱だ」と述べた。';
    // BudouX keeps the role and the name as one phrase, wider than what the first phrase leaves of a line.
    expect(parser.parse(text)).toContain('予算・生産活動・国際化担当評議員アンドレア・トロンツァーノ氏は');
    expect(wrap(text)).toEqual(['ピエモンテ州の予算・生産活動・国際化担当評議員アンドレア・', 'トロンツァーノ氏は「ライフサイエンスは戦略的な柱だ」と述べた。']);
    // Never before hiragana: a particle or okurigana opening the next line would leave its word.
    for (const width of [26, 27, 32, 33]) {
      const lines = wrap('州政府は中小企業向け貸し付け制度の対象企業一覧を公表した。', { width });
      for (const line of lines.slice(1)) expect(line, `width ${width}`).not.toMatch(/^[をにがはのでとへけ]/u);
    }
    // No seam within reach (one name in katakana): the short line stays rather than cut the name.
    expect(wrap('州のアンドレアトロンツァーノアンドレアトロンツァーノアンドレアトロンツァーノ', { width: 40 })[0]).toBe('州の');
  });

  it('breaks Japanese where BudouX does, when every phrase fits a line', () => {
    const text = 'ピエモンテ州は、デジタルイノベーション、サイバーセキュリティ、クラウドに投資する中小企業を対象に、1,200万ユーロの予算を用意した。';
    const phrases = new Set(parser.parseBoundaries(text));
    for (const width of [30, 34, 40, 50, 69]) {
      const lines = wrap(text, { width });
      expect(lines.length).toBeGreaterThan(1);
      let at = 0;
      for (const line of lines.slice(0, -1)) expect(phrases.has((at += line.length)), `width ${width}: ${line}`).toBe(true);
    }
  });
});

describe('wrap: an incise between spaced dashes', () => {
  it('ends no line with its opening dash and starts none with its closing dash', () => {
    const text = 'Il nuovo reparto di cardiologia – ha spiegato l’assessora regionale alla sanità Maria Bianchi – sarà aperto entro l’estate, con dodici posti letto.';
    for (let width = 12; width <= 69; width++) {
      const lines = wrap(text, { width });
      expect(lines.join(' ')).toBe(text);
      // The opening dash is the one before "ha spiegato", the closing one after "Bianchi".
      const opening = lines.findIndex((line) => line.includes('–'));
      expect(lines[opening]!.endsWith('–'), `width ${width}: ${JSON.stringify(lines)}`).toBe(false);
      const closing = lines.findIndex((line) => line.includes('Bianchi'));
      expect(lines[closing + 1]!.startsWith('–'), `width ${width}: ${JSON.stringify(lines)}`).toBe(false);
    }
  });

  it('still lets a dash alone in its sentence open a line, as a dateline’s does', () => {
    const lines = wrap('TORINO – La giunta regionale ha approvato il piano.', { width: 7 });
    expect(lines[1]).toBe('– La');
  });
});

describe('wrap: widths', () => {
  it('counts every code unit that joins nothing as string-width does, ambiguous narrow and wide', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      for (const ambiguousIsWide of [false, true]) {
        if (clusterWidth(unit, ambiguousIsWide) !== stringWidth(unit, { ambiguousIsNarrow: !ambiguousIsWide })) differing.push(`U+${code.toString(16)} ${ambiguousIsWide}`);
      }
    }
    expect(differing).toEqual([]);
  });
});
