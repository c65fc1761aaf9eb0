// The heading over a release's boilerplate, on the page and in the wire text. With an office set, ui.json's
// `about_office` names it where the language wants it (`{{office}}について`: a Japanese desk reads a bare 概要 as the
// release's own summary); a ui.json without that key, or a project without an office, keeps `about`.
import type { Labels } from './i18n.ts';
import type { LocalizedRelease } from './localize.ts';

export function aboutHeading(release: Pick<LocalizedRelease, 'office'>, labels: Labels): string {
  return release.office ? labels.t('release.about', { context: 'office', office: release.office.name }) : labels.t('release.about');
}
