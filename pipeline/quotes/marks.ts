// Quotation marks in the prose: “…”, «…», "…" (anything nested inside is content), paired into spans.
import type { Prose } from './prose.ts';
import { apostropheMarks } from './apostrophes.ts';
import { innerAttributions, sayingAt, sayings } from './attribution.ts';
import { isLinkArrow } from './link-arrows.ts';
import { contactsStart } from './contact-lines.ts';
import { endsOnCut } from './teaser-cuts.ts';
import { wordsGoingOn } from './closed-early.ts';
import { runsToSignature } from './signed-statements.ts';

/** A top-level quoted stretch: its marks and the words between them, one piece per paragraph it runs through. */
export interface QuotedSpan {
  /** Index of the opening mark in the prose. */
  open: number;
  /** Index of the closing mark; undefined when the paragraph ended with the quotation still open. */
  close?: number;
  /** The quotation was never closed: `close` is where the writer's words take over, not a mark. */
  inferred?: boolean;
  pieces: { start: number; end: number }[];
}

type Family = 'guillemet' | 'curly' | 'straight' | 'doubled' | 'single';
type Role = 'open' | 'close' | 'either';

const SPACE_BEFORE = /[\s([{\u2013\u2014/:;]/u;
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2013\u2014\u2026'’-]/u;

/**
 * Angle brackets typed for guillemets, as copy that lost its « » has them ("Oddone: <Le famiglie …>"): "<" after a
 * space, a colon or a bracket and glued to a capital opens; ">" glued to the word before closes one so opened.
 */
function angled(text: string, at: number, start: number, end: number): { family: Family; role: Role } | undefined {
  const opens = (i: number) => text[i] === '<' && (i === start || /[\s:(]/u.test(text[i - 1]!)) && /^\p{Lu}/u.test(text.slice(i + 1, i + 2));
  if (text[at] === '<') return opens(at) ? { family: 'guillemet', role: 'open' } : undefined;
  const open = text.lastIndexOf('<', at);
  if (open < start || !opens(open) || /\s/u.test(text[at - 1] ?? ' ') || (at + 1 < end && !AFTER_CLOSE.test(text[at + 1]!))) return undefined;
  return { family: 'guillemet', role: 'close' };
}

function classify(text: string, at: number, start: number, end: number): { family: Family; role: Role } | undefined {
  const char = text[at];
  if (char === '<' || char === '>') return angled(text, at, start, end);
  // A double prime after a figure ("dal 2025″ è quanto afferma"): publishing tools turn a straight closing mark typed
  // after a digit into one, taking it for inches or seconds. It closes a quotation left open, never opens one; a time
  // in minutes and seconds ("1'52″") is what it says.
  if (char === '\u2033') return /\d/u.test(text[at - 1] ?? '') && !/\d['′]\d+$/u.test(text.slice(Math.max(start, at - 8), at)) && (at + 1 >= end || AFTER_CLOSE.test(text[at + 1]!)) ? { family: 'straight', role: 'close' } : undefined;
  if (char !== '«' && char !== '»' && char !== '“' && char !== '„' && char !== '”' && char !== '"') return undefined;
  const before = at > start ? text[at - 1]! : ' ';
  const after = at + 1 < end ? text[at + 1]! : ' ';
  // A mark between a space and the punctuation that ends a clause ("cosa succede “. La richiesta") closes, typed loose.
  const loose = /\s/u.test(before) && /[.,;:!?]/u.test(after) && (at + 2 >= end || /\s/u.test(text[at + 2]!));
  const openSide = SPACE_BEFORE.test(before) && !/\s/u.test(after) && !loose;
  const closeSide = (!/\s/u.test(before) && AFTER_CLOSE.test(after)) || loose;
  switch (char) {
    case '«':
      return { family: 'guillemet', role: 'open' };
    case '»':
      return isLinkArrow(text, at, start, end) ? undefined : { family: 'guillemet', role: 'close' };
    case '“':
    case '„':
      // Some copy closes with “ too: a mark glued to the word before and followed by a space closes.
      return { family: 'curly', role: closeSide && !openSide ? 'close' : 'open' };
    case '”':
      // Opening its paragraph with a space after it ("” Una partita …“."), it can close nothing: some pages open with it.
      if (/^\s*$/u.test(text.slice(start, at)) && /^\s+\p{L}/u.test(text.slice(at + 1, at + 3))) return { family: 'curly', role: 'open' };
      return { family: 'curly', role: openSide && !closeSide ? 'open' : 'close' };
    case '"':
      // Glued to a colon, its space typed after it (`ha aggiunto:" Si è trattato …"`): a colon introduces words, it
      // does not end them before a capital.
      if (before === ':' && /^[ \t]+\p{Lu}/u.test(text.slice(at + 1, at + 4))) return { family: 'straight', role: 'open' };
      return { family: 'straight', role: openSide && !closeSide ? 'open' : closeSide && !openSide ? 'close' : 'either' };
    default:
      return undefined;
  }
}

const APOSTROPHES: Family[] = ['guillemet', 'doubled', 'single'];
const pairs = (opener: Family, closer: Family) =>
  opener === closer || (!APOSTROPHES.includes(opener) && !APOSTROPHES.includes(closer));

/** A quote mark opening a paragraph, and which. */
const OPENING_MARK = /^\s*(''|‘’|[«“"„”])/u;

/** Does a paragraph open with a quote mark (the Italian way of going on with a quotation from the paragraph before)? */
function reopens(text: string, start: number, end: number): boolean {
  return OPENING_MARK.test(text.slice(start, end));
}

/**
 * Does a paragraph reopen a quotation of `family`? A mark of another kind («…» after “…) opens a quotation of its own:
 * the one left open ends with its paragraph.
 */
function reopensAs(text: string, start: number, end: number, family: Family): boolean {
  const mark = OPENING_MARK.exec(text.slice(start, end))?.[1];
  if (mark === undefined) return false;
  const opener: Family = mark === '«' ? 'guillemet' : mark === "''" || mark === '‘’' ? 'doubled' : mark === '"' ? 'straight' : 'curly';
  return pairs(family, opener);
}

/**
 * Does a paragraph close a quotation of `family` left open before it: a closing mark before any it opens, past pairs
 * it opens and closes itself (a word in marks inside the statement, "un “azzardo”")? Undefined when its marks all pair
 * among themselves, closing nothing and leaving nothing open.
 */
function closesOpen(text: string, start: number, end: number, family: Family): boolean | undefined {
  const close = closingMark(text, start, end, family);
  return typeof close === 'number' ? true : close;
}

/** Where closesOpen finds the mark closing the quotation left open; undefined or false as it answers otherwise. */
function closingMark(text: string, start: number, end: number, family: Family): number | false | undefined {
  let depth = 0;
  for (let at = start; at < end; at++) {
    const mark = classify(text, at, start, end);
    if (!mark || !pairs(family, mark.family)) continue;
    const closes = mark.role === 'close' || (mark.role === 'either' && depth > 0);
    if (closes && depth === 0) return at;
    depth += closes ? -1 : 1;
  }
  return depth === 0 ? undefined : false;
}

/** Is the first mark of `family` in a paragraph a closing one: a quotation that runs on without being reopened? */
function closesFirst(text: string, start: number, end: number, family: Family): boolean {
  return closesOpen(text, start, end, family) === true;
}

/** Is the first quotation mark after a paragraph's end one closing `family`, in the next paragraph or, past paragraphs
 * with no mark at all, a few further on? A statement running over paragraphs without the mark reopened (PDF copy). */
function closesLater(prose: Prose, index: number, family: Family): boolean {
  // Items of a list the statement announced with a colon ("… alcuni principi: ¶ 1 – … ¶ 2 – …") count as one paragraph.
  const announces = /:\s*$/u.test(prose.text.slice(prose.paragraphs[index]!.start, prose.paragraphs[index]!.end));
  let run = 0;
  for (let next = index + 1; next < prose.paragraphs.length && run < RUN_ON; next++) {
    const { start, end, block } = prose.paragraphs[next]!;
    if (block) return false;
    if (!(announces && LIST_ITEM.test(prose.text.slice(start, end)))) run++;
    if (/[«»“”„"]/u.test(prose.text.slice(start, end)) || apostropheMarks(prose.text, start, end).size > 0) {
      const close = closingMark(prose.text, start, end, family);
      // Past paragraphs of narration (no one speaking in the first person), a closing paragraph that names its own speaker between dashes, its opening mark
      // lost ("L’incarico è pesante – ha detto X – …”."), closes that one: the quotation left open above ended with its
      // paragraph. (A bare "– prosegue –" may go on with the statement above.)
      if (typeof close === 'number' && next > index + 1 && narratedBetween(prose, index, next) && namesItsOwnSpeaker(prose.text, start, close, family)) return false;
      const closes = typeof close === 'number' ? true : close;
      // Pairs of single marks inside a statement in double ones quote words within it ("affermando che ‘…’"): the
      // statement runs on past them.
      if (closes !== undefined || ((family === 'single' || family === 'doubled') && apostropheMarks(prose.text, start, end).size > 0)) return closes === true;
    }
  }
  return false;
}

/** A statement whose opening mark was lost, its speaker named in a dashed aside: "Sarà dura – ha detto X – ma …”." */
function namesItsOwnSpeaker(text: string, paragraphStart: number, close: number, family: Family): boolean {
  const start = lostOpening(text, paragraphStart, close, family);
  if (start === undefined) return false;
  return innerAttributions(text, { start, end: close }).some((aside) => /^[-\u2013\u2014]/u.test(text.slice(aside.start, aside.end)) && /\s\p{Lu}/u.test(text.slice(aside.start + 1, aside.end)));
}

/** A speaker's own words: "io", "noi", "ho", "abbiamo", "nostro", "pensiamo". */
export const FIRST_PERSON = /(?<![\p{L}])(?:io|noi|mi|ho|abbiamo|siamo|nostr[oaie]|mio|mia|miei|mie|\p{L}+iamo)(?![\p{L}])/iu;

/** Are the paragraphs strictly between `from` and `to` the writer's, none in the first person? */
function narratedBetween(prose: Prose, from: number, to: number): boolean {
  return prose.paragraphs.slice(from + 1, to).every(({ start, end }) => !FIRST_PERSON.test(prose.text.slice(start, end)));
}

/** How many paragraphs on a quotation left open may run before its closing mark. */
const RUN_ON = 4;

/** A numbered or bulleted item opening its paragraph: "1 – …", "2) …", "• …". */
const LIST_ITEM = /^\s*(?:\d{1,2}[ \t]*[-\u2013\u2014.)]|[\u2013\u2014•*])[ \t]+\S/u;

/**
 * Where a quotation left open ends, when the writer's words take over inside its paragraph: before a dashed verb of
 * saying that closes the sentence ("«… ne avevamo bisogno – esordisce. Premiati …"), or after a sentence the next one
 * attributes ("“… nella lotta alle mafie. Così il Ministro …", "… Lo ha detto X"). The index ends the quoted words.
 */
function openEnd(text: string, from: number, end: number): number | undefined {
  const slice = text.slice(from, end);
  const cue = /\s[-\u2013\u2014]\s*(?=\p{Ll})|[.!?…](\s+)(?=(?:Così|Cosi'|Lo|La|Li|Le|Questo|Queste|Sono|È|E'|Parole|Ad?)\s)/gu;
  for (let match = cue.exec(slice); match; match = cue.exec(slice)) {
    const at = from + match.index;
    if (match[1] === undefined) {
      // A verb with no subject and the sentence's end: "– esordisce.", "- ha aggiunto,"
      const verb = sayingAt(text, at + match[0].length);
      if (verb !== undefined && /^\s*[.,;]/u.test(text.slice(verb, verb + 2))) return at;
      continue;
    }
    const next = at + 1 + match[1].length;
    const words = /^(\S+)\s+(\S+)(?:\s+(\S+))?/u.exec(text.slice(next, next + 60));
    if (!words) continue;
    // "Così il presidente …", "Così in una nota X", "Lo ha detto", "Queste le parole di", "È quanto ha dichiarato".
    const attributes = /^Cos[iì]'?$/u.test(words[1]!)
      ? !/^(?:come|che|da|tanto|poco|tante|tanti|facendo|com)$/u.test(words[2]!)
      : /^(?:Queste|Sono|Parole)$/u.test(words[1]!)
        ? /^(?:le|queste)$/u.test(words[2]!) && /^parole$/iu.test(words[3] ?? '')
        : /^(?:È|E')$/u.test(words[1]!)
          ? words[2] === 'quanto'
          : sayingAt(text, next + words[1]!.length + 1) !== undefined;
    if (attributes) return at + 1;
  }
  return undefined;
}

/**
 * A paragraph whose opening mark the page lost ("Non lasceremo spazio …”. Così il questore", "Devono capire – sottolinea –
 * che …”."): where its words start, when a double closing mark at `close` is the paragraph's first mark, closes a
 * sentence or more, and an attribution follows it (a verb of saying, "Così") or sits inside between dashes.
 */
function lostOpening(text: string, paragraphStart: number, close: number, family: Family): number | undefined {
  if (family === 'single' || family === 'doubled') return undefined;
  // From the line it stands on, or a colon that introduces it ("Lo dice chiaro: Non lasceremo …”").
  const lineStart = Math.max(paragraphStart, text.lastIndexOf('\n', close) + 1);
  // A colon followed by lower case is the statement's own ("… un appuntamento fisso: un altro tassello …”").
  const colon = text.lastIndexOf(':', close) + 1;
  const line = colon > lineStart && !/^\s*\p{Ll}/u.test(text.slice(colon, colon + 3)) ? colon : lineStart;
  const start = line + /^[\s\-\u2013\u2014•*]*/u.exec(text.slice(line, close))![0].length;
  const words = text.slice(start, close);
  if (/[«»“”"„]/u.test(words) || !/^\p{Lu}/u.test(words) || words.split(/\s+/u).length < 5) return undefined;
  const after = /^[.,]?[ \t]*/u.exec(text.slice(close + 1, close + 4))![0].length;
  const following = close + 1 + after;
  if (/^Cos[iì]\s/u.test(text.slice(following, following + 6)) || sayingAt(text, following) !== undefined) return start;
  // A whole paragraph closed at its end, after a paragraph quoting someone: the statement going on ("“…”, ha dichiarato
  // il sindaco. ¶ Sono soddisfatto …”.").
  if (start === paragraphStart + /^\s*/u.exec(text.slice(paragraphStart, close))![0].length && /^[.!?]?[ \t]*(?:\n|$)/u.test(text.slice(close + 1, close + 4)) && (quotedJustBefore(text, paragraphStart) || framedJustBefore(text, paragraphStart))) return start;
  // An attribution between dashes inside it, with or without a subject: "– sottolinea –", "– ha spiegato X –", "– si
  // legge in un comunicato –".
  if (innerAttributions(text, { start, end: close }).some((aside) => /^[-\u2013\u2014]/u.test(text.slice(aside.start, aside.end)))) return start;
  return undefined;
}

/**
 * Words in lower case woven into the writer's sentence and left open for good, with a quotation of the same kind
 * introduced after a sentence has ended ("per “migliorare il sistema. Lo hanno fatto … ha sottolineato: “Non si può
 * …”"): marks of one kind do not nest, so the first ended with its sentence and the writer's words follow. (A statement
 * opening in capitals may quote someone in turn: "“Siate aperti. Einstein rispose: “…”".) The index ends that sentence.
 */
function leftOpenBefore(text: string, from: number, end: number, family: Family): number | undefined {
  if ((family !== 'curly' && family !== 'straight') || !/^\p{Ll}/u.test(text.slice(from, from + 1))) return undefined;
  const sentence = /[.!?](?=[ \t]+\p{Lu})/u.exec(text.slice(from, end));
  if (!sentence) return undefined;
  const stop = from + sentence.index + 1;
  for (let at = stop; at < end; at++) {
    const mark = classify(text, at, from, end);
    if (!mark || mark.family !== family || mark.role === 'close') continue;
    // Introduced as a quotation of its own: after a colon.
    if (/:[ \t]*$/u.test(text.slice(at - 3, at))) return stop;
  }
  return undefined;
}

/** A dash and a verb of saying in [from, to) ("– ha detto X –", "- spiega X"): where the dash is. */
function dashedSaying(text: string, from: number, to: number): number | undefined {
  for (const dash of text.slice(from, to).matchAll(/\s[-\u2013\u2014]\s*(?=\p{Ll})/gu)) {
    if (dash.index > 0 && sayingAt(text, from + dash.index + dash[0].length) !== undefined) return from + dash.index;
  }
  return undefined;
}

/**
 * Does a pair of marks opened and closed inside a quotation of its own kind (at `open`, `close`) read as a statement of
 * its own, so that the one around it was never closed? A name or a word in marks ("all’ospedale “San Camillo”", "la
 * “sofferenza”") is at home in a statement; a statement with its own dashed attribution ("“Il problema è serio – ha
 * detto X – …”"), or introduced by the writer with a colon (not by someone quoted in turn: "Einstein rispose: “…”"),
 * or one met after the first's own dashed attribution never closed ("«Stimiamo - spiega X «una produzione …»") is not.
 */
function statementInside(text: string, paragraphStart: number, outer: number, open: number, close: number): boolean {
  if (text.slice(open + 1, close).split(/\s+/u).filter(Boolean).length < 5) return false;
  // (The first one's own attribution is looked for in this paragraph: one running on from paragraphs before had its
  // dashed asides closed there, "– segnala X –".)
  if (dashedSaying(text, open + 1, close) !== undefined || dashedSaying(text, Math.max(outer + 1, paragraphStart), open) !== undefined) return true;
  if (!/:[ \t]*$/u.test(text.slice(Math.max(paragraphStart, open - 3), open))) return false;
  const sentence = Math.max(paragraphStart, outer + 1, ...[...text.slice(paragraphStart, open).matchAll(/[.!?…]\s/gu)].map((stop) => paragraphStart + stop.index + 1));
  return sayings(text, sentence, open).length === 0;
}

/** A dashed aside closed by its dash, the quoted words going on after it in lower case. */
const CLOSED_ASIDE = /^\s*[-\u2013\u2014][^\u2013\u2014\n]{1,80}?(?:[\u2013\u2014]|\s-)[ \t]+\p{Ll}/u;

/**
 * Where a quotation never closed ends, when a statement in marks of its own kind opened and closed inside it (the
 * committee “Cuore in sospeso, simbolicamente incatenati. … “Il problema è serio – ha detto X – …”"): marks of one kind
 * do not nest in Italian prose, so the first one's words ended before the second opened. They end at a dashed verb of
 * saying if one follows them ("«Stimiamo - spiega X «…»"); else at the last full stop before the writer introduces the
 * next one, for a statement (opened at a colon, a dash or the paragraph's start), or at the first, for a name woven
 * into the writer's sentence; else right before the second mark. The index ends the quoted words.
 */
function neverClosed(text: string, paragraphStart: number, open: number, from: number, nested: number): number {
  const dash = dashedSaying(text, from, nested);
  // (Not an aside closed by its dash, the words going on in lower case: "Portare poi – ha aggiunto X – sul palco …".)
  if (dash !== undefined && !CLOSED_ASIDE.test(text.slice(dash, nested))) return dash;
  const words = text.slice(from, nested);
  // A stop may be typed glued to the next sentence, its space before it ("motivo di orgoglio .Il vice sindaco …").
  const stops = [...words.matchAll(/[.!?…](?=[ \t]+\p{Lu})|(?<=[\p{Ll}] )\.(?=\p{Lu}\p{Ll})/gu)].map((stop) => from + stop.index + 1);
  const statement = /(?:^|[:\u2013\u2014-])\s*$/u.test(text.slice(paragraphStart, open));
  const stop = statement ? stops.at(-1) : stops[0];
  if (stop !== undefined) return stop;
  return from + words.trimEnd().length;
}

/**
 * A closing mark with nothing open, after a colon or a space and before a space and a capital ("il mister:” Abbiamo
 * …", ": ” Non parlo …“"): some copy opens with it, and it can close nothing here. So after a sentence's stop and
 * glued to the capital after it ("ritorno in pullman.”Sono state …"), as an opening mark is glued to its first word,
 * and after a comma glued to a word.
 */
function turnedOpening(text: string, at: number, paragraphStart: number, paragraphEnd: number): boolean {
  if (text[at] !== '”') return false;
  if (at > paragraphStart && /[.!?]/u.test(text[at - 1]!) && /^\p{Lu}\p{Ll}/u.test(text.slice(at + 1, at + 3))) return !introducedAfter(text, at, paragraphEnd);
  // Copy typed with no space after its commas opens a statement on one glued to both ("del territorio,”mettere insieme
  // …”"): a mark between a comma and a word closes nothing when nothing is open.
  if (at > paragraphStart && text[at - 1] === ',' && /^\p{L}\p{Ll}/u.test(text.slice(at + 1, at + 3))) return true;
  return (at === paragraphStart || /[\s:]/u.test(text[at - 1]!)) && /^[ \t]+\p{Lu}/u.test(text.slice(at + 1, at + 4));
}

/**
 * Is the next curly mark after `at` one the writer opens after a colon ("tutti.”Il consigliere … ha preso la parola:
 * “Quando …")? Then the words after `at` are the writer's, introducing a statement: marks of one kind do not nest, so
 * the mark at `at` closed words whose opening mark was lost, and opens nothing.
 */
function introducedAfter(text: string, at: number, paragraphEnd: number): boolean {
  const next = /[“”]/u.exec(text.slice(at + 1, paragraphEnd));
  return next !== null && next[0] === '“' && /:[ \t]*$/u.test(text.slice(Math.max(at + 1, at + 1 + next.index - 3), at + 1 + next.index));
}

/** Does the paragraph before `paragraphStart` end on a colon, a frame announcing it ("Si legge in una nota: ¶ …”.")? */
function framedJustBefore(text: string, paragraphStart: number): boolean {
  const end = endBefore(text, paragraphStart);
  return end > 0 && text[end - 1] === ':';
}

/** Where the text before `at` ends, the spaces before it skipped as `trimEnd` would, without copying the text. */
function endBefore(text: string, at: number): number {
  let end = at;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Does the paragraph before `paragraphStart` close a quotation? Its last line is found in place, the spaces before
 * `paragraphStart` skipped as `trimEnd` would: copying all the text before it, on each call, cost time in a long text.
 */
function quotedJustBefore(text: string, paragraphStart: number): boolean {
  const end = endBefore(text, paragraphStart);
  const start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
  return /[«“][^«»“”]*[»”]/u.test(text.slice(start, end));
}

/** The last characters of a teaser's cut ("...", "…", "[…]"), checked before the cut itself is looked for. */
const CUT_ENDS = new Set(['.', '…', ']', ')']);

/** Pair the marks of every paragraph; a quotation left open at a paragraph's end goes on if the next opens with a mark
 * or closes it before opening anything (or, past paragraphs with no marks, a later one does). One left open for good
 * ends where an attribution takes over inside its paragraph, if one does (`inferred`), else at the paragraph's end.
 * Closing marks that close nothing go into `strays`, by index. */
export function scanMarks(prose: Prose, strays: number[] = []): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const { text } = prose;
  let stack: Family[] = [];
  let current: QuotedSpan | undefined;
  let pieceStart = 0;
  // A mark of the outer quotation's own kind opened inside it, and the first such pair read as a statement of its own,
  // in the paragraph being read.
  let inner: number | undefined;
  let nested: number | undefined;

  const scan = (paragraph: Prose['paragraphs'][number], index: number, from: number, apostrophes: ReturnType<typeof apostropheMarks>) => {
    for (let at = from; at < paragraph.end; at++) {
      // A listing's teasers on lines of one paragraph: a statement left open and cut with "..." at its line's end
      // ends there, the next line's marks opening the next teaser's words.
      if (text[at] === '\n' && current && CUT_ENDS.has(text[at - 1]!) && !paragraph.block && endsOnCut(text.slice(pieceStart, at))) {
        current.pieces.push({ start: pieceStart, end: at });
        spans.push(current);
        current = undefined;
        stack = [];
        inner = undefined;
        continue;
      }
      const apostrophe = text[at] === "'" || text[at] === '‘' || text[at] === '’' ? apostrophes.get(at) : undefined;
      const mark = apostrophe ? { family: (apostrophe.length === 2 ? 'doubled' : 'single') as Family, role: apostrophe.role as Role } : classify(text, at, paragraph.start, paragraph.end);
      if (!mark) continue;
      const length = apostrophe?.length ?? 1;
      const top = stack.at(-1);
      const closes = (mark.role === 'close' && !(stack.length === 0 && !current && turnedOpening(text, at, paragraph.start, paragraph.end))) || (mark.role === 'either' && top !== undefined && pairs(top, mark.family));
      if (!closes) {
        if (stack.length === 0) {
          current = { open: at, pieces: [] };
          pieceStart = at + length;
          nested = undefined;
        } else if (stack.length === 1 && mark.family === stack[0] && mark.role === 'open' && mark.family !== 'single' && mark.family !== 'doubled') inner = at;
        stack.push(mark.family);
        at += length - 1;
        continue;
      }
      // Close the innermost compatible opener; a stray closer closes nothing, and is reported.
      let depth = stack.length - 1;
      while (depth >= 0 && !pairs(stack[depth]!, mark.family)) depth--;
      if (depth < 0) {
        if (text[at] === '\u2033') continue;
        const lost = mark.role === 'close' && stack.length === 0 && !current ? lostOpening(text, paragraph.start, at, mark.family) : undefined;
        // Or after a quotation closed one sentence early in this paragraph: its words go on, a part of their own.
        const previous = lost === undefined && mark.role === 'close' && stack.length === 0 && !current && (text[at] === '”' || text[at] === '»') ? spans.at(-1) : undefined;
        const going = previous?.close !== undefined && !previous.inferred && previous.close > paragraph.start && text[previous.close] === text[at] ? wordsGoingOn(text, previous.close, at) : undefined;
        if (lost !== undefined) spans.push({ open: lost, close: at, pieces: [{ start: lost, end: at }] });
        else if (going !== undefined) spans.push({ open: going, close: at, pieces: [{ start: going, end: at }] });
        else if (mark.role === 'close') strays.push(at);
        continue;
      }
      stack = stack.slice(0, depth);
      if (stack.length === 1 && inner !== undefined && current && nested === undefined && statementInside(text, paragraph.start, current.open, inner, at)) nested = inner;
      if (stack.length === 1) inner = undefined;
      if (stack.length === 0 && current) {
        current.pieces.push({ start: pieceStart, end: at });
        current.close = at;
        spans.push(current);
        current = undefined;
      }
    }
    if (!current) return;
    // Left open: it ends where the writer's words take over in its paragraph, if they do, and what follows is read again.
    const words = Math.max(pieceStart, current.open + 1);
    // (Or where a press office's contacts begin: "… nei servizi. Info: Ufficio stampa …, tel. …".)
    const attributed = paragraph.block ? undefined : openEnd(text, words, paragraph.end) ?? contactsStart(text, words, paragraph.end);
    const next = prose.paragraphs[index + 1];
    // A closing mark of another kind after it (`«…”`) is its close mistyped: it does not run on to a mark paragraphs away.
    const closedAmiss = strays.some((at) => at > current!.open && at < paragraph.end);
    // (A teaser's statement the site cut with "..." runs on nowhere: the marks after it open the next teaser's words.)
    const opensNext = attributed === undefined && next && !(!paragraph.block && endsOnCut(text.slice(words, paragraph.end))) && (reopensAs(text, next.start, next.end, stack[0]!) || closesFirst(text, next.start, next.end, stack[0]!) || (!closedAmiss && closesLater(prose, index, stack[0]!)) || (!closedAmiss && stack.length === 1 && runsToSignature(prose, index, current.open)));
    // One of its own kind opened and closed inside it: it was never closed, even if the next paragraph opens with a mark.
    const unclosed = nested !== undefined && nested > words && !paragraph.block && (attributed === undefined || attributed > nested) ? neverClosed(text, paragraph.start, current.open, words, nested) : undefined;
    nested = undefined;
    inner = undefined;
    const cut = unclosed ?? attributed ?? (opensNext || paragraph.block ? undefined : leftOpenBefore(text, words, paragraph.end, stack[0]!));
    current.pieces.push({ start: pieceStart, end: cut ?? paragraph.end });
    if (opensNext && unclosed === undefined) {
      stack = stack.slice(0, 1);
      return;
    }
    if (cut !== undefined) {
      current.close = cut;
      current.inferred = true;
    }
    spans.push(current);
    current = undefined;
    stack = [];
    if (cut === undefined) return;
    while (strays.length > 0 && strays.at(-1)! >= cut) strays.pop();
    scan(paragraph, index, cut, apostrophes);
  };

  prose.paragraphs.forEach((paragraph, index) => {
    let from = paragraph.start;
    if (current) {
      // A quotation running on from the paragraph before: skip the mark that reopens it.
      const lead = /^\s*/u.exec(text.slice(from, paragraph.end))![0].length;
      from += lead + (reopens(text, paragraph.start, paragraph.end) ? (/^(?:''|‘’)/u.test(text.slice(from + lead, from + lead + 2)) ? 2 : 1) : 0);
      pieceStart = from;
    }
    scan(paragraph, index, from, apostropheMarks(text, paragraph.start, paragraph.end));
  });
  return spans;
}
