// A release in one language: every segment replaced by its current translation, or the list of what is missing.
import type { Block, Language, Release, Segment } from '../release.ts';
import { SOURCE_LANGUAGE } from '../release.ts';
import type { Memory, SegmentStatus } from '../translate/memory.ts';
import { currentTarget, resolveMemory } from '../translate/memory-match.ts';
import type { Labels } from './i18n.ts';
import { localizeQuotes, type LocalizedQuote } from './quotes.ts';

export type LocalizedBlock =
  | { type: 'paragraph'; html: string }
  | { type: 'heading'; depth: number; html: string }
  | { type: 'list'; ordered: boolean; items: string[] };

export interface LocalizedRelease {
  id: string;
  language: Language;
  /** Inline HTML in the target language. */
  title: string;
  subtitle?: string;
  date: string;
  embargo?: string;
  /** "TORINO (ITALPRESS) –", "【トリノ＝ITALPRESS】" */
  dateline?: string;
  /** The dateline city in this language: Torino, Turin, トリノ. */
  located?: string;
  /** The agency of the dateline as the front matter writes it: Italpress. */
  agency?: string;
  body: LocalizedBlock[];
  boilerplate: LocalizedBlock[];
  contacts: { name: string; role?: string; email?: string; phone?: string }[];
  tags: string[];
  /** Quotes with their speakers, words as this language writes them. */
  quotes: LocalizedQuote[];
  /** Some segment is an unreviewed machine translation: every output says so. */
  machine?: boolean;
}

export type Localization =
  | { ok: true; release: LocalizedRelease }
  | { ok: false; missing: Segment[]; stale: Segment[] };

/** The dateline city in this language, from ui.json's cities, or as written. */
export function localCity(city: string, labels: Labels): string {
  return labels.t(`cities.${city}`, { defaultValue: city });
}

export function formatDateline(release: Release, labels: Labels): string | undefined {
  const dateline = release.meta.dateline;
  if (!dateline) return undefined;
  const named = localCity(dateline.city, labels);
  const city = labels.t('dateline.cityCase') === 'upper' ? named.toLocaleUpperCase(labels.locale) : named;
  const agency = dateline.agency?.toLocaleUpperCase('it-IT');
  return agency ? labels.t('dateline.withAgency', { city, agency }) : labels.t('dateline.withoutAgency', { city });
}

/** `known` is resolveMemory(release, memory), passed in when the caller has already matched the memory. */
export function localize(
  release: Release,
  labels: Labels,
  memory: Memory | undefined,
  known?: Map<string, SegmentStatus>,
): Localization {
  const language = labels.language;
  const text = new Map<string, string>();
  const missing: Segment[] = [];
  const stale: Segment[] = [];
  if (language === SOURCE_LANGUAGE) {
    for (const segment of release.segments) text.set(segment.key, segment.source);
  } else {
    const statuses = known ?? resolveMemory(release, memory);
    for (const segment of release.segments) {
      const status = statuses.get(segment.key);
      if (status?.state === 'current' && status.entry.target.trim() !== '') text.set(segment.key, currentTarget(segment, status.entry));
      else if (status?.state === 'stale') stale.push(segment);
      else if (!missing.includes(segment)) missing.push(segment);
    }
  }
  if (missing.length > 0 || stale.length > 0) return { ok: false, missing, stale };

  const of = (segment: Segment) => text.get(segment.key)!;
  const blocks = (list: Block[]): LocalizedBlock[] =>
    list.map((block) =>
      block.type === 'list'
        ? { type: 'list', ordered: block.ordered, items: block.items.map(of) }
        : block.type === 'heading'
          ? { type: 'heading', depth: block.depth, html: of(block.segment) }
          : { type: 'paragraph', html: of(block.segment) },
    );
  const { meta } = release;
  const body = blocks(release.body);
  const bodyHtml = body.flatMap((block) => (block.type === 'list' ? block.items : [block.html]));
  return {
    ok: true,
    release: {
      id: release.id,
      language,
      title: of(release.title),
      subtitle: release.subtitle && of(release.subtitle),
      date: meta.date,
      embargo: meta.embargo,
      dateline: formatDateline(release, labels),
      located: meta.dateline && localCity(meta.dateline.city, labels),
      agency: meta.dateline?.agency,
      body,
      boilerplate: blocks(release.boilerplate),
      contacts: release.contacts.map((contact) => ({
        name: contact.name,
        role: contact.role && of(contact.role),
        email: contact.email,
        phone: contact.phone,
      })),
      tags: meta.tags,
      // Headlines first: quotes are numbered in document order, and a title may hold one.
      quotes: localizeQuotes(release.quotes, [of(release.title), ...(release.subtitle ? [of(release.subtitle)] : []), ...bodyHtml], language),
    },
  };
}
