// Newswire text: plain UTF-8, wrapped at 69 columns, the dateline opening the first paragraph, an end mark.
import type { ElementContent } from 'hast';
import type { Labels } from './i18n.ts';
import type { LocalizedBlock, LocalizedRelease } from './localize.ts';
import { inlineTree } from '../inline/index.ts';
import { recent } from './recent.ts';
import { formatDate, formatTime, formatZone } from './dates.ts';
import { wrap, WIRE_WIDTH, type WrapOptions } from './wrap.ts';

function embargoLine(embargo: string, labels: Labels): string {
  return labels.t('embargo.line', {
    date: formatDate(embargo, labels.locale),
    time: formatTime(embargo, labels.locale),
    zone: formatZone(embargo),
  });
}

function nodeText(node: ElementContent, japanese: boolean): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return ' ';
  const text = node.children.map((child) => nodeText(child, japanese)).join('');
  const href = node.tagName === 'a' ? String(node.properties.href ?? '') : '';
  // A wire has no links: the address follows its words, unless the words are the address.
  const address = /^(mailto|tel):/i.test(href) ? href.replace(/^(mailto|tel):/i, '') : /^https?:/i.test(href) ? href : '';
  const words = text.trim();
  if (!address || words === address || words === address.replace(/^https?:\/\//i, '').replace(/\/$/, '')) return text;
  return japanese ? `${text}（${address}）` : `${text} (${address})`;
}

// The wire and ninjs both read every segment's plain text.
const plainText = (japanese: boolean) =>
  recent((html: string) =>
    inlineTree(html)
      .map((node) => nodeText(node, japanese))
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
  );
const japaneseText = plainText(true);
const spacedText = plainText(false);

/** The words of an inline HTML segment as wire text: markup dropped, link addresses kept. */
export function wireText(html: string, labels: Labels): string {
  return labels.language === 'ja' ? japaneseText(html) : spacedText(html);
}

function wrapOptions(labels: Labels, options: WrapOptions = {}): WrapOptions {
  return { width: WIRE_WIDTH, ambiguousIsWide: labels.language === 'ja', ...options };
}

/** The dateline and the first paragraph's text: Japanese datelines close with a bracket and run straight on. */
export function withDateline(dateline: string, text: string, labels: Labels): string {
  return labels.language === 'ja' ? `${dateline}${text}` : `${dateline} ${text}`;
}

function blockLines(block: LocalizedBlock, labels: Labels, prefix = ''): string[] {
  if (block.type === 'list') {
    const bullet = labels.language === 'ja' ? '・' : '- ';
    return block.items.flatMap((item, index) => {
      const marker = block.ordered ? `${index + 1}. ` : bullet;
      const indent = ' '.repeat(labels.language === 'ja' && !block.ordered ? 2 : marker.length);
      return wrap(wireText(item, labels), wrapOptions(labels, { firstPrefix: marker, indent }));
    });
  }
  const text = wireText(block.html, labels);
  return wrap(prefix ? withDateline(prefix, text, labels) : text, wrapOptions(labels));
}

/** The whole wire story; `embargoed` puts the embargo line on top. */
export function renderWire(release: LocalizedRelease, labels: Labels, embargoed: boolean): string {
  const sections: string[][] = [];
  const lines = (text: string) => wrap(text, wrapOptions(labels));
  if (embargoed && release.embargo) sections.push(lines(embargoLine(release.embargo, labels)));
  // An agency desk must see before the headline that no one has reviewed this translation.
  if (release.machine) sections.push(lines(labels.t('machine.wire')));
  const heads = [lines(wireText(release.title, labels))];
  if (release.subtitle) heads.push(lines(wireText(release.subtitle, labels)));
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
    const contactLines = [labels.t('release.contacts')];
    for (const contact of release.contacts) {
      contactLines.push(...lines(contact.role ? labels.t('release.contact', { name: contact.name, role: wireText(contact.role, labels) }) : contact.name));
      if (contact.email) contactLines.push(...lines(labels.t('release.field', { label: labels.t('release.email'), value: contact.email })));
      if (contact.phone) contactLines.push(...lines(labels.t('release.field', { label: labels.t('release.phone'), value: contact.phone })));
    }
    sections.push(contactLines);
  }
  sections.push([labels.t('wire.endMark')]);
  return `${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
}
