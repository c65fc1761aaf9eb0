// The typed shapes every stage agrees on: what a parsed release is, and its segments.
import type { Root } from 'mdast';
import type { Inline } from './inline/index.ts';

export const LANGUAGES = ['it', 'en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE: Language = 'it';
export type TargetLanguage = Exclude<Language, 'it'>;
export const TARGET_LANGUAGES: TargetLanguage[] = ['en', 'ja'];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** A point in the source file, 1-based like vfile and unist. */
export interface Point {
  line: number;
  column: number;
  offset?: number;
}

export type SegmentKind =
  | 'title'
  | 'subtitle'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'boilerplate'
  | 'contact-role'
  | 'speaker-role'
  | 'correction'
  | 'withdrawal'
  | 'image-alt'
  | 'image-caption';

/** One translatable block, as hast, keyed by a hash of its words. */
export interface Segment {
  key: string;
  kind: SegmentKind;
  /** The content: text, <em>, <strong>, <a href>, <code>, <br>, <q data-quote>. */
  content: Inline;
  /** The content as inline HTML, for the edges only: memory files, DeepL requests, XLIFF. */
  source: string;
  position: Point;
}

export type Block =
  | { type: 'paragraph'; segment: Segment }
  | { type: 'heading'; depth: number; segment: Segment }
  /** `start`: the number the writer gave an ordered list's first item, when it is not 1 (“3. … 4. …”). */
  | { type: 'list'; ordered: boolean; start?: number; items: Segment[] };

export interface Dateline {
  city: string;
  agency?: string;
}

export interface Contact {
  name: string;
  role?: Segment;
  email?: string;
  phone?: string;
}

/** Who speaks: the press office that issues releases, their author, publisher and copyright holder. */
export interface PressOffice {
  /** Its name as written in Italian. */
  name: string;
  /** Its name in the other languages, where the office gives one (else the glossary's, else `name`). */
  names?: Partial<Record<TargetLanguage, string>>;
  /** Its web site, absolute. */
  url?: string;
  /** Its logo, an absolute image address. */
  logo?: string;
  email?: string;
}

/** Front matter once validated, before segmentation. */
export interface ReleaseMeta {
  id: string;
  title: string;
  subtitle?: string;
  date: string;
  dateline?: Dateline;
  embargo?: string;
  contacts: { name: string; role?: string; email?: string; phone?: string }[];
  boilerplate?: string;
  tags: string[];
  /** The release's own press office, when it is not the project's. */
  office?: PressOffice;
  /** When the release was last changed (or withdrawn). */
  updated?: string;
  /** Corrections, each dated, with an Italian note for readers. */
  corrections: { date: string; note: string }[];
  /** A withdrawn release stays listed, marked as withdrawn, with its `reason`. */
  status?: 'withdrawn';
  reason?: string;
  /** Pictures beside the release, in releases/<file>.media/, in the order they appear (the first leads). */
  images?: ImageMeta[];
}

/**
 * What a picture is, as a desk files it: a photograph, or a graphic (a diagram, map, chart or infographic drawn
 * rather than taken). Every output labels and credits it as such.
 */
export const PICTURE_KINDS = ['photo', 'graphic'] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

/** A picture as the front matter lists it. */
export interface ImageMeta {
  /** The file's name inside the release's media folder. */
  file: string;
  /** What the picture shows, for readers who cannot see it: Italian, translated like any text. */
  alt: string;
  caption?: string;
  /** Who made it, as written: a name, not translated. */
  credit: string;
  /** A photo unless said otherwise, so releases written before the field keep their labels. */
  kind?: PictureKind;
}

/** One size of a picture as published: its path in the output trees, its pixels and type. */
export interface Rendition {
  /** Relative to the tree's root: media/<id>/<name>-<width>.<hash>.<ext> */
  path: string;
  width: number;
  height: number;
  contentType: string;
}

/** A picture of a release, its words as segments. `position` is where its entry starts in the front matter. */
export interface ReleaseImage {
  file: string;
  alt: Segment;
  caption?: Segment;
  credit: string;
  kind: PictureKind;
  position: Point;
  /** Where its `file` value is written. */
  filePosition: Point;
}

/** What parse hands on: validated metadata and the Markdown trees. */
export interface ParsedRelease {
  path: string;
  meta: ReleaseMeta;
  /** Body with front matter removed; positions point into the source file. */
  body: Root;
  boilerplate?: Root;
  /** Where front matter fields start, for messages about them. */
  fieldPositions: Record<string, Point>;
}

export interface Speaker {
  name: string;
  /** Role or affiliation as written after the name, e.g. "presidente di Ceipiemonte". */
  role?: string;
}

/** A direct quotation in the Italian text; its id marks the same words in every language. */
export interface Quote {
  id: string;
  /** The quoted words, parts joined by a space. */
  text: string;
  /** The quoted words as interrupted by attributions. */
  parts: string[];
  /** Who said it; null when the text does not say who, rather than a guess (`speakerReason` says why). */
  speaker: Speaker | null;
  speakerReason?: string;
  /**
   * With a null speaker, the common noun the text describes them by, without its article ("residente", "opposizione"):
   * someone nobody can name, so never a person in ninjs or JSON-LD.
   */
  speakerDescription?: string;
  /** 1-based index of the body paragraph where the quote starts; 0 for a quote in the title or subtitle. */
  paragraph: number;
  /** Set for a quote in the release's title or subtitle. */
  block?: HeadlineBlock;
  position: Point;
}

/** The release's headlines, read for quotations like paragraphs of their own. */
export type HeadlineBlock = 'title' | 'subtitle';

/** A release cut into translatable segments, ready for translation and rendering. */
export interface Release {
  path: string;
  id: string;
  meta: ReleaseMeta;
  title: Segment;
  subtitle?: Segment;
  body: Block[];
  boilerplate: Block[];
  contacts: Contact[];
  /** Corrections with their notes as segments, translated like any text. */
  corrections: { date: string; note: Segment }[];
  /** Why the release was withdrawn, when it was. */
  withdrawal?: { date: string; reason: Segment };
  /** The roles of quoted speakers (assessore regionale…), once each, in order of first quote: translated like any text. */
  speakerRoles: Segment[];
  /** Pictures, with alt text and caption as segments. */
  images?: ReleaseImage[];
  /** Every segment once, in document order. */
  segments: Segment[];
  /** Quotations found by the quotes stage, in order of appearance. */
  quotes: Quote[];
  /** Where front matter fields start (ParsedRelease's), for the messages later stages give about them. */
  fieldPositions: Record<string, Point>;
}

/** The segments a build publishes: every one, but for a withdrawn release its reason alone (its kill notice hands out none of its text). */
export const publishedSegments = (release: Release): Segment[] => (release.withdrawal ? [release.withdrawal.reason] : release.segments);
