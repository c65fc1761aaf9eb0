// Dates: instants as agencies read them (RFC 3339 in the release's own offset), days as each language's readers do (their clock).
import { publicFrom } from '../schedule.ts';
import type { Labels } from './i18n.ts';
const PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?[^Z+-]*(Z|[+-]\d{2}:\d{2})$/;

interface WallClock {
  /** The wall-clock time as if it were UTC, so that it is written as the release wrote it, with no time-zone shift. */
  local: Date;
  offset: string;
}

function wallClock(iso: string): WallClock {
  const match = PARTS.exec(iso);
  if (!match) throw new Error(`not an ISO 8601 date with offset: ${iso}`);
  const [, y, mo, d, h, mi, s = '0', offset = 'Z'] = match;
  return { local: new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s)), offset };
}

// Making a formatter costs far more than formatting: one per locale and zone.
const zonedFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * 26 settembre 2025 / 26 September 2025 / 2025年9月26日: the calendar date of the instant `iso` on the clock of `timeZone`
 * (an IANA zone), so 2025-10-14T20:30+02:00 is 2025年10月15日 in Asia/Tokyo.
 */
export function formatDateIn(iso: string, locale: string, timeZone: string): string {
  const key = `${locale} ${timeZone}`;
  let format = zonedFormatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
    zonedFormatters.set(key, format);
  }
  return longDate(format, new Date(iso), locale);
}

/**
 * A date as readers of `labels`' language are told it, on the clock their wire header and embargo line use (ui.json
 * `wire.timeZone`): Italian time for Italian and English readers, Japan time for Japanese ones. A release issued at
 * 20:30 in Turin is dated the next day in Japan, where its wire says 03:30; the page, the index and the correction
 * notes must not say the day before.
 */
export const readersDate = (iso: string, labels: Labels): string => formatDateIn(iso, labels.locale, readersZone(labels));

/** The time zone of the language's readers (ui.json `wire.timeZone`). */
export const readersZone = (labels: Labels): string => labels.t('wire.timeZone');

/** A long date as `format` writes it, with the first of the month written 1° in Italian, as Italian usage has it. */
export function longDate(format: Intl.DateTimeFormat, date: Date, locale: string): string {
  const text = format.format(date);
  // Italian long dates begin with the day ("1 febbraio 2027"); formatToParts would cost several times the text.
  return locale.startsWith('it') ? text.replace(/^1 /, '1° ') : text;
}

/** The instant as RFC 3339 in the release's own offset, seconds always written (ninjs and JSON-LD want them). */
export function rfc3339(iso: string): string {
  const { local, offset } = wallClock(iso);
  const fraction = /\.\d+/.exec(iso.slice(19))?.[0] ?? '';
  return `${local.toISOString().slice(0, 19)}${fraction}${offset}`;
}

/** When a release went public: its embargo's lift, else its date (schedule.ts). What readers are told it was published. */
export const publishedAt = (release: { date: string; embargo?: string }): string => publicFrom(release).at;

/**
 * When a release last changed for a reader (a feed's entry `updated`, a sitemap's `lastmod`, a page's "updated"):
 * when its version was made, but never before it went public. A release made at 10:00 under embargo until 12:00 is new
 * to subscribers at 12:00; dated 10:00, a reader that asks for what changed since its 11:00 poll would never see it.
 */
export const entryUpdated = (modified: string, published: string): string => (Date.parse(modified) < Date.parse(published) ? published : modified);
