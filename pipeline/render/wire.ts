// Newswire text: plain UTF-8, wrapped at 69 columns, the dateline opening the first paragraph, an end mark.
import type { Labels } from './i18n.ts';
import type { LocalizedBlock, LocalizedRelease } from './localize.ts';
import { inlineText } from './inline.ts';
import { formatDate, formatTime, formatZone } from './dates.ts';
import { wrap, WIRE_WIDTH } from './wrap.ts';

function embargoLine(embargo: string, labels: Labels): string {
  return labels.t('embargo.line', {
    date: formatDate(embargo, labels.locale),
    time: formatTime(embargo, labels.locale),
    zone: formatZone(embargo),
  });
}

function blockLines(block: LocalizedBlock, labels: Labels, prefix = ''): string[] {
  if (block.type === 'list') {
    const bullet = labels.language === 'ja' ? '・' : '- ';
    return block.items.flatMap((item, index) => {
      const marker = block.ordered ? `${index + 1}. ` : bullet;
      return wrap(inlineText(item), WIRE_WIDTH, marker, ' '.repeat(labels.language === 'ja' && !block.ordered ? 2 : marker.length));
    });
  }
  const text = inlineText(block.html);
  // Japanese datelines close with a bracket and run straight into the text.
  const joiner = labels.language === 'ja' ? '' : ' ';
  return wrap(prefix ? `${prefix}${joiner}${text}` : text);
}

/** The whole wire story; `embargoed` adds the embargo line on top. */
export function renderWire(release: LocalizedRelease, labels: Labels, embargoed: boolean): string {
  const sections: string[][] = [];
  if (embargoed && release.embargo) sections.push(wrap(embargoLine(release.embargo, labels)));
  const heads = [wrap(inlineText(release.title))];
  if (release.subtitle) heads.push(wrap(inlineText(release.subtitle)));
  sections.push(heads.flat());

  let dateline = release.dateline;
  for (const block of release.body) {
    // The dateline opens the first paragraph.
    const prefix = block.type === 'paragraph' && dateline ? dateline : '';
    if (prefix) dateline = undefined;
    sections.push(blockLines(block, labels, prefix));
  }
  if (release.boilerplate.length > 0) {
    sections.push([labels.t('release.about'), ...release.boilerplate.flatMap((block) => blockLines(block, labels))]);
  }
  if (release.contacts.length > 0) {
    const lines = [labels.t('release.contacts')];
    for (const contact of release.contacts) {
      lines.push(...wrap(contact.role ? `${contact.name}, ${inlineText(contact.role)}` : contact.name));
      if (contact.email) lines.push(`${labels.t('release.email')}: ${contact.email}`);
      if (contact.phone) lines.push(`${labels.t('release.phone')}: ${contact.phone}`);
    }
    sections.push(lines);
  }
  sections.push([labels.t('wire.endMark')]);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
