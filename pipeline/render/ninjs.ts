// IPTC ninjs 3.1: the release in one language as a news item agencies ingest (schema in tests/fixtures/ninjs/).
import type { Language, PictureKind } from '../release.ts';
import type { LocalizedQuote } from './quotes.ts';
import { SOURCE_LANGUAGE } from '../release.ts';
import type { Labels } from './i18n.ts';
import type { LocalizedBlock, LocalizedRelease } from './localize.ts';
import { rfc3339 } from './dates.ts';
import { pictureName } from './picture-labels.ts';
import { bodyHtml } from './html.ts';
import { changeNotes, contactLines, listMarker, withDateline, wireText } from './wire.ts';
import { copyrightNotice, PRESS_RELEASE_GENRE, pressOffice } from './office.ts';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json';

/** What every ninjs item of a release version opens with, whatever it then says: where it is, what it is, its language. */
export const itemHead = (id: string, language: Language, uri: string) => ({
  uri,
  standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA },
  type: 'text',
  representationType: 'full',
  language,
  slugline: id,
  altIds: [{ role: 'release-id', value: id }],
});

export interface NinjsLinks {
  /** The item's stable identifier: the release page's address in this language. */
  uri: string;
  /** The same release in every language it is published or embargoed in, by language. */
  versions: Partial<Record<Language, string>>;
  /** Language names, to name the linked versions. */
  languageNames: Record<Language, string>;
}

interface Person {
  name: string;
  rel: string;
  literal?: string;
  contactInfo?: { type: string; value: string }[];
}

function plainBlock(block: LocalizedBlock, labels: Labels): string {
  if (block.type === 'list') return block.items.map((item, index) => `${listMarker(block, index, labels)}${wireText(item, labels)}`).join('\n');
  return wireText(block.content, labels);
}

/** The body as plain text: the dateline opening the first paragraph, blocks apart by a blank line. */
function plainBody(release: LocalizedRelease, labels: Labels): string {
  let dateline = release.dateline;
  return release.body
    .map((block) => {
      const text = plainBlock(block, labels);
      if (block.type !== 'paragraph' || !dateline) return text;
      const opened = withDateline(dateline, text, labels);
      dateline = undefined;
      return opened;
    })
    .join('\n\n');
}

/**
 * Quoted speakers, once each, in order of first quote, named as this language's text writes them. A ninjs 3.1
 * person has no field for a role (`literal` is an identifier, not a description), so the role in this language
 * travels with each quote instead: the `title` of its marker in the HTML body, and quotes.json.
 */
function speakers(quotes: LocalizedQuote[]): Person[] {
  const people = new Map<string, Person>();
  for (const quote of quotes) {
    // A quote with no speaker names nobody; roles travel in the HTML body (ninjs 3.1 gives a person no role field).
    if (quote.speaker && !people.has(quote.speaker.name)) people.set(quote.speaker.name, { name: quote.speaker.name, rel: 'quoted' });
  }
  return [...people.values()];
}

function contacts(release: LocalizedRelease): Person[] {
  return release.contacts.map((contact) => {
    const info = [
      ...(contact.email ? [{ type: 'email', value: contact.email }] : []),
      ...(contact.phone ? [{ type: 'phone', value: contact.phone }] : []),
    ];
    return { name: contact.name, rel: 'contact', ...(info.length > 0 ? { contactInfo: info } : {}) };
  });
}

/** The media contacts as the wire gives them, each apart: "Laura Ferrero, Press office", e-mail, phone. */
function contactsText(release: LocalizedRelease, labels: Labels): string {
  return release.contacts.map((contact) => contactLines(contact, labels).join('\n')).join('\n\n');
}

/** IPTC's nature of each kind of picture (ninjs `type`, from cv.iptc.org/newscodes/ninature/): a diagram is a `graphic`. */
const NINJS_TYPE: Record<PictureKind, 'picture' | 'graphic'> = { photo: 'picture', graphic: 'graphic' };

/**
 * Each picture as an associated picture or graphic item: its sizes as renditions, its caption and alt text in this language as
 * descriptions (ninjs 3.1 has no alt-text field: the role says which is which), its credit as `by`.
 */
function pictures(release: LocalizedRelease, labels: Labels, baseUrl: string): Record<string, unknown>[] {
  return (release.images ?? [])
    .filter((image) => image.renditions.length > 0)
    .map((image, index) => {
      const widest = image.renditions.at(-1)!;
      return {
        name: pictureName(image.kind, index + 1, labels),
        rel: NINJS_TYPE[image.kind],
        uri: new URL(widest.path, baseUrl).href,
        type: NINJS_TYPE[image.kind],
        language: release.language,
        descriptions: [
          ...(image.caption ? [{ role: 'caption', contentType: 'text/plain', value: wireText(image.caption, labels) }] : []),
          { role: 'alt', contentType: 'text/plain', value: image.alt },
        ],
        by: image.credit,
        renditions: image.renditions.map((rendition) => ({
          name: `w${rendition.width}`,
          href: new URL(rendition.path, baseUrl).href,
          contentType: rendition.contentType,
          width: rendition.width,
          height: rendition.height,
        })),
      };
    });
}

/** IPTC Digital Source Type for content made by a trained algorithmic model: here, neural machine translation. */
const MACHINE_TRANSLATION = { name: 'Machine translation (trained algorithmic media)', uri: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia' };

export function ninjsItem(release: LocalizedRelease, labels: Labels, links: NinjsLinks): Record<string, unknown> {
  const created = rfc3339(release.date);
  const office = pressOffice(release.office, labels);
  const deskNotes = [...changeNotes(release, labels), ...(release.machine ? [labels.t('machine.note')] : [])].join('\n');
  const people = [...speakers(release.quotes), ...contacts(release)];
  const contactLines = contactsText(release, labels);
  const boilerplate = release.boilerplate.map((block) => plainBlock(block, labels)).join('\n\n');
  const others = (Object.entries(links.versions) as [Language, string][]).filter(([language]) => language !== release.language);
  const associations = [
    ...others.map(([language, uri]) => ({ name: links.languageNames[language], rel: 'translation', uri, type: 'text', language })),
    ...pictures(release, labels, new URL('../../', links.uri).href),
  ];
  return {
    ...itemHead(release.id, release.language, links.uri),
    // Dates come from the release, never from the clock, so that a rebuild gives the same bytes.
    // Versions follow the release's own dates and its translations' review times, never the clock.
    version: String(release.version),
    firstCreated: created,
    versionCreated: rfc3339(release.modified),
    ...(release.embargo ? { embargoedUntil: rfc3339(release.embargo) } : {}),
    pubStatus: release.withdrawn ? 'canceled' : 'usable',
    // Read by ingest systems: IPTC's digital source type for output of a trained model, and notes for the desk.
    ...(release.machine ? { digitalSourceType: MACHINE_TRANSLATION } : {}),
    ...(deskNotes ? { edNote: deskNotes } : {}),
    copyrightHolder: office.name,
    copyrightNotice: copyrightNotice(office, release.date),
    usageTerms: labels.t('office.usageTerms', { office: office.name }),
    genres: [{ name: labels.t('office.genre'), uri: PRESS_RELEASE_GENRE }],
    headlines: [
      { role: 'main', contentType: 'text/plain', value: wireText(release.title, labels) },
      ...(release.subtitle ? [{ role: 'sub', contentType: 'text/plain', value: wireText(release.subtitle, labels) }] : []),
    ],
    bodies: [
      { role: 'main', contentType: 'text/plain', value: plainBody(release, labels) },
      { role: 'main', contentType: 'text/html', value: bodyHtml(release) },
      ...(boilerplate ? [{ role: 'boilerplate', contentType: 'text/plain', value: boilerplate }] : []),
      ...(contactLines ? [{ role: 'contacts', contentType: 'text/plain', value: contactLines }] : []),
    ],
    // The press office speaks; the dateline agency only relays the text (it stays in the dateline).
    by: office.name,
    ...(release.located ? { located: release.located } : {}),
    ...(people.length > 0 ? { people } : {}),
    // Tags are Italian words: only the Italian item carries them.
    ...(release.language === SOURCE_LANGUAGE && release.tags.length > 0 ? { subjects: release.tags.map((tag) => ({ name: tag })) } : {}),
    ...(associations.length > 0 ? { associations } : {}),
  };
}

export function renderNinjs(release: LocalizedRelease, labels: Labels, links: NinjsLinks): string {
  return `${JSON.stringify(ninjsItem(release, labels, links), null, 2)}\n`;
}
