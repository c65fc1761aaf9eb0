// A release in one language: every segment replaced by its current translation, or the list of what is missing.
import type { Block, Language, PictureKind, PressOffice, Release, Rendition, Segment, Speaker, TargetLanguage } from '../release.ts';
import { collapsedText, publishedInline, readInline, type Inline } from '../inline/index.ts';
import { katakanaName } from '../check/names.ts';
import { SOURCE_LANGUAGE } from '../release.ts';
import type { Memory, SegmentStatus } from '../translate/memory.ts';
import { currentTarget, resolveMemory } from '../translate/memory-match.ts';
import type { Labels } from './i18n.ts';
import type { Glossary } from '../glossary.ts';
import { localCity } from './city.ts';
import { creditIn, officeIn } from './office.ts';
import { localizeQuotes, type LocalizedQuote } from './quotes.ts';

export type LocalizedBlock =
  | { type: 'paragraph'; content: Inline }
  | { type: 'heading'; depth: number; content: Inline }
  | { type: 'list'; ordered: boolean; start?: number; items: Inline[] };

/** A picture in one language: its words translated, its sizes as the build made them. */
export interface LocalizedImage {
  /** Plain text, for the alt attribute and agencies. */
  alt: string;
  /** In this language. */
  caption?: Inline;
  /** Who made it: a body as this language names it, a person as written. */
  credit: string;
  /** A photo or a graphic: what every output calls it. */
  kind: PictureKind;
  /** Sizes, narrowest first; none where none were made (the desk's preview), and then it is not shown. */
  renditions: Rendition[];
}

export interface LocalizedRelease {
  id: string;
  language: Language;
  /**
   * Content in this language, as published. Shared with other outputs of the release (and, for a translation, with
   * every reader of the same memory text): read it, or take `inlineNodes` to change it.
   */
  title: Inline;
  subtitle?: Inline;
  date: string;
  embargo?: string;
  /** "TORINO (ITALPRESS) –", "【トリノ＝ITALPRESS】" */
  dateline?: string;
  /** The dateline city in this language: Torino, Turin, トリノ. */
  located?: string;
  /** The agency of the dateline as the front matter writes it: Italpress. It appears in the dateline only. */
  agency?: string;
  /** The press office that issues the release (the release's own, else the project's), named in this language. */
  office?: PressOffice;
  body: LocalizedBlock[];
  boilerplate: LocalizedBlock[];
  contacts: { name: string; role?: Inline; email?: string; phone?: string }[];
  tags: string[];
  /** Corrections, newest last, each note in this language. */
  corrections: { date: string; note: Inline }[];
  /** Set when the release was withdrawn: when, and why, in this language. */
  withdrawn?: { date: string; reason: Inline };
  /** The version of this release: 1, then one more for each dated change of the Italian (updated, corrections). */
  version: number;
  /** When this version in this language was made: the latest of the release's dates and of its translations' review times. */
  modified: string;
  /** Quotes with their speakers, words as this language writes them. */
  quotes: LocalizedQuote[];
  /** Some segment is an unreviewed machine translation: every output says so. */
  machine?: boolean;
  /** Pictures, the first leading; absent for a release without any. */
  images?: LocalizedImage[];
}

export type Localization =
  | { ok: true; release: LocalizedRelease }
  | { ok: false; missing: Segment[]; stale: Segment[] };

/** The dated states of the Italian release, once each: its date, `updated`, each correction. */
export function releaseChanges(meta: Release['meta']): string[] {
  const instants = [meta.date, ...(meta.updated ? [meta.updated] : []), ...meta.corrections.map((correction) => correction.date)];
  return instants.filter((instant, index) => instants.findIndex((other) => Date.parse(other) === Date.parse(instant)) === index);
}

/** The latest instant, as written (ISO strings in different offsets compare by the instant they name). */
function latest(instants: string[]): string {
  return instants.reduce((best, instant) => (Number.isNaN(Date.parse(instant)) || Date.parse(instant) <= Date.parse(best) ? best : instant));
}

export function formatDateline(release: Release, labels: Labels, glossary?: Glossary): string | undefined {
  const dateline = release.meta.dateline;
  if (!dateline) return undefined;
  const named = localCity(dateline.city, labels, glossary);
  const city = labels.t('dateline.cityCase') === 'upper' ? named.toLocaleUpperCase(labels.locale) : named;
  const agency = dateline.agency?.toLocaleUpperCase('it-IT');
  return agency ? labels.t('dateline.withAgency', { city, agency }) : labels.t('dateline.withoutAgency', { city });
}

/** What a release is localized against: the project's press office and the glossary that names it. */
export interface ProjectNames {
  /** The project's press office, unless the release names its own. */
  office?: PressOffice;
  glossary?: Glossary;
}

/** `known` is resolveMemory(release, memory), passed in when the caller has already matched the memory. */
export function localize(
  release: Release,
  labels: Labels,
  memory: Memory | undefined,
  known?: Map<string, SegmentStatus>,
  project: ProjectNames = {},
): Localization {
  const language = labels.language;
  const office = officeIn(release.meta.office ?? project.office, language, project.glossary);
  const text = new Map<string, Inline>();
  const missing: Segment[] = [];
  const stale: Segment[] = [];
  const reviewed: string[] = [];
  if (language === SOURCE_LANGUAGE) {
    // The Italian is hast since the parse: it is published as it is, once sanitised.
    for (const segment of release.segments) text.set(segment.key, publishedInline(segment.content));
  } else {
    const statuses = known ?? resolveMemory(release, memory);
    for (const segment of release.segments) {
      const status = statuses.get(segment.key);
      if (status?.state === 'current' && status.entry.target.trim() !== '') {
        // A translation enters here as the memory's string, and is read once.
        text.set(segment.key, readInline(currentTarget(segment, status.entry)));
        reviewed.push(status.entry.updated);
      }
      else if (status?.state === 'stale') stale.push(segment);
      else if (!missing.includes(segment)) missing.push(segment);
    }
  }
  if (missing.length > 0 || stale.length > 0) return { ok: false, missing, stale };

  const of = (segment: Segment) => text.get(segment.key)!;
  const blocks = (list: Block[]): LocalizedBlock[] =>
    list.map((block) =>
      block.type === 'list'
        ? { type: 'list', ordered: block.ordered, ...(block.start === undefined ? {} : { start: block.start }), items: block.items.map(of) }
        : block.type === 'heading'
          ? { type: 'heading', depth: block.depth, content: of(block.segment) }
          : { type: 'paragraph', content: of(block.segment) },
    );
  const { meta } = release;
  const body = blocks(release.body);
  const bodyContent = body.flatMap((block) => (block.type === 'list' ? block.items : [block.content]));
  // Each speaker as this language writes them: the role translated, the name as the text spells it.
  const roles = new Map(release.speakerRoles.map((segment) => [collapsedText(segment.content), collapsedText(of(segment))]));
  const words = language === 'ja' ? bodyContent.map(collapsedText).join('\n') : '';
  const speakerIn = ({ name, role }: Speaker): Speaker => ({
    name: (language === 'ja' && katakanaName(words, name)) || name,
    ...(role ? { role: roles.get(role.replace(/\s+/g, ' ').trim()) ?? role } : {}),
  });
  return {
    ok: true,
    release: {
      id: release.id,
      language,
      title: of(release.title),
      subtitle: release.subtitle && of(release.subtitle),
      date: meta.date,
      embargo: meta.embargo,
      dateline: formatDateline(release, labels, project.glossary),
      located: meta.dateline && localCity(meta.dateline.city, labels, project.glossary),
      agency: meta.dateline?.agency,
      ...(office ? { office } : {}),
      body,
      boilerplate: blocks(release.boilerplate),
      contacts: release.contacts.map((contact) => ({
        name: contact.name,
        role: contact.role && of(contact.role),
        email: contact.email,
        phone: contact.phone,
      })),
      tags: meta.tags,
      corrections: release.corrections.map((correction) => ({ date: correction.date, note: of(correction.note) })),
      ...(release.withdrawal ? { withdrawn: { date: release.withdrawal.date, reason: of(release.withdrawal.reason) } } : {}),
      version: releaseChanges(meta).length,
      modified: latest([...releaseChanges(meta), ...reviewed]),
      // Headlines first: quotes are numbered in document order, and a title may hold one.
      quotes: localizeQuotes(release.quotes, [of(release.title), ...(release.subtitle ? [of(release.subtitle)] : []), ...bodyContent], language, speakerIn),
      ...(release.images?.length
        ? { images: release.images.map((image) => ({ alt: collapsedText(of(image.alt)), ...(image.caption ? { caption: of(image.caption) } : {}), credit: creditIn(image.credit, [release.meta.office, project.office], language, project.glossary), kind: image.kind, renditions: [] })) }
        : {}),
    },
  };
}
