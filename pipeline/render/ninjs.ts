// IPTC ninjs 3.1: the release in one language as a news item agencies ingest (schema in tests/fixtures/ninjs/).
import type { Language, Quote } from '../release.ts';
import { SOURCE_LANGUAGE } from '../release.ts';
import type { Labels } from './i18n.ts';
import type { LocalizedBlock, LocalizedRelease } from './localize.ts';
import { rfc3339 } from './dates.ts';
import { bodyHtml } from './html.ts';
import { withDateline, wireText } from './wire.ts';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json';

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
  if (block.type === 'list') return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${wireText(item, labels)}`).join('\n');
  return wireText(block.html, labels);
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
 * Quoted speakers, once each, in order of first quote. ninjs 3.1 gives a person no role field, so the role
 * goes in `literal`, the free-text identification of the person; roles are written in Italian, so only the
 * Italian item carries them (an English item never holds Italian words).
 */
function speakers(quotes: Quote[], language: Language): Person[] {
  const people = new Map<string, Person>();
  for (const quote of quotes) {
    if (!quote.speaker) continue;
    const { name, role } = quote.speaker;
    if (people.has(name)) continue;
    people.set(name, { name, rel: 'quoted', ...(role && language === SOURCE_LANGUAGE ? { literal: role } : {}) });
  }
  return [...people.values()];
}

function contacts(release: LocalizedRelease, labels: Labels): Person[] {
  return release.contacts.map((contact) => {
    const info = [
      ...(contact.email ? [{ type: 'email', value: contact.email }] : []),
      ...(contact.phone ? [{ type: 'phone', value: contact.phone }] : []),
    ];
    return {
      name: contact.name,
      rel: 'contact',
      ...(contact.role ? { literal: wireText(contact.role, labels) } : {}),
      ...(info.length > 0 ? { contactInfo: info } : {}),
    };
  });
}

/** IPTC Digital Source Type for content made by a trained algorithmic model: here, neural machine translation. */
const MACHINE_TRANSLATION = { name: 'Machine translation (trained algorithmic media)', uri: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia' };

export function ninjsItem(release: LocalizedRelease, labels: Labels, quotes: Quote[], links: NinjsLinks): Record<string, unknown> {
  const created = rfc3339(release.date);
  const people = [...speakers(quotes, release.language), ...contacts(release, labels)];
  const boilerplate = release.boilerplate.map((block) => plainBlock(block, labels)).join('\n\n');
  const others = (Object.entries(links.versions) as [Language, string][]).filter(([language]) => language !== release.language);
  return {
    uri: links.uri,
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA },
    type: 'text',
    representationType: 'full',
    language: release.language,
    slugline: release.id,
    altIds: [{ role: 'release-id', value: release.id }],
    // Dates come from the release, never from the clock, so that a rebuild gives the same bytes.
    firstCreated: created,
    versionCreated: created,
    ...(release.embargo ? { embargoedUntil: rfc3339(release.embargo) } : {}),
    pubStatus: 'usable',
    // Read by ingest systems: IPTC's digital source type for output of a trained model, and a note for the desk.
    ...(release.machine ? { digitalSourceType: MACHINE_TRANSLATION, edNote: labels.t('machine.note') } : {}),
    headlines: [
      { role: 'main', contentType: 'text/plain', value: wireText(release.title, labels) },
      ...(release.subtitle ? [{ role: 'sub', contentType: 'text/plain', value: wireText(release.subtitle, labels) }] : []),
    ],
    bodies: [
      { role: 'main', contentType: 'text/plain', value: plainBody(release, labels) },
      { role: 'main', contentType: 'text/html', value: bodyHtml(release) },
      ...(boilerplate ? [{ role: 'boilerplate', contentType: 'text/plain', value: boilerplate }] : []),
    ],
    ...(release.agency ? { by: release.agency } : {}),
    ...(release.located ? { located: release.located } : {}),
    ...(people.length > 0 ? { people } : {}),
    // Tags are Italian words: only the Italian item carries them.
    ...(release.language === SOURCE_LANGUAGE && release.tags.length > 0 ? { subjects: release.tags.map((tag) => ({ name: tag })) } : {}),
    ...(others.length > 0
      ? { associations: others.map(([language, uri]) => ({ name: links.languageNames[language], rel: 'translation', uri, type: 'text', language })) }
      : {}),
  };
}

export function renderNinjs(release: LocalizedRelease, labels: Labels, quotes: Quote[], links: NinjsLinks): string {
  return `${JSON.stringify(ninjsItem(release, labels, quotes, links), null, 2)}\n`;
}
