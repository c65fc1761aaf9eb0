// Times on the wire in the reader's terms: Italian time for Italian desks, the Italian zone and GMT for English
// ones, Japan time for Japanese ones, each with its weekday, so "oggi", "today" and "本日" resolve.
import type { Labels } from './i18n.ts';
import { longDate } from './dates.ts';

/** The words a wire line fills its template with. */
export interface WireTime {
  weekday: string;
  date: string;
  time: string;
  /** The zone as that desk names it: ora italiana, CEST, 日本時間. */
  zone: string;
  /** The same instant in GMT, for English desks. */
  gmt: string;
}

// Making a formatter costs far more than formatting: one per locale, zone and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/**
 * The instant `iso` on the clock of the language's desk (ui.json `wire.timeZone`): the zone is ui.json's
 * `wire.zoneName` when it gives one (ora italiana, 日本時間), else the zone's usual abbreviation (CET, CEST).
 */
export function wireTime(iso: string, labels: Labels): WireTime {
  const instant = new Date(iso);
  const timeZone = labels.t('wire.timeZone');
  const weekdayStyle = labels.t('wire.weekday') === 'short' ? 'short' : 'long';
  const named = labels.t('wire.zoneName', { defaultValue: '' });
  const clock = deskClock(labels.locale, timeZone, weekdayStyle);
  return {
    weekday: clock.weekday.format(instant),
    date: longDate(clock.date, instant, labels.locale),
    time: clock.time.format(instant),
    // The abbreviation only where the desk names no zone of its own: the parts of a date cost more than its text.
    zone: named || (clock.zone.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? timeZone),
    gmt: clock.gmt.format(instant),
  };
}

/** The formatters of one desk's wire lines, found once per locale, zone and weekday style rather than per line. */
interface DeskClock {
  weekday: Intl.DateTimeFormat;
  date: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
  zone: Intl.DateTimeFormat;
  gmt: Intl.DateTimeFormat;
}

const clocks = new Map<string, DeskClock>();
function deskClock(locale: string, timeZone: string, weekdayStyle: 'short' | 'long'): DeskClock {
  const key = `${locale} ${timeZone} ${weekdayStyle}`;
  let clock = clocks.get(key);
  if (!clock) {
    clock = {
      weekday: format(locale, timeZone, { weekday: weekdayStyle }),
      date: format(locale, timeZone, { dateStyle: 'long' }),
      time: format(locale, timeZone, CLOCK),
      zone: format('en-GB', timeZone, { timeZoneName: 'short' }),
      gmt: format('en-GB', 'UTC', CLOCK),
    };
    clocks.set(key, clock);
  }
  return clock;
}

/** A line of the wire from its ui.json template, in capitals where that desk writes it so. */
export function wireTimeLine(key: string, iso: string, labels: Labels): string {
  const line = labels.t(key, { ...wireTime(iso, labels) });
  return labels.t(`${key}Case`, { defaultValue: '' }) === 'upper' ? line.toLocaleUpperCase(labels.locale) : line;
}
