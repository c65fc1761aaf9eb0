// Newswire text: plain UTF-8, wrapped at 69 columns, the dateline opening the first paragraph, an end mark.
import type { ElementContent } from 'hast';
import { aboutHeading } from './about-heading.ts';
import type { Labels } from './i18n.ts';
import type { LocalizedBlock, LocalizedRelease } from './localize.ts';
import type { Inline } from '../inline/index.ts';
import { perObject } from './recent.ts';
import { wrap, WIRE_WIDTH, type WrapOptions } from './wrap.ts';
import { wireTimeLine } from './wire-time.ts';
import { creditLine, picturesHeading } from './picture-labels.ts';
import { readersDate } from './dates.ts';

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

// Soft hyphen, zero-width space, word joiner, BOM: hints for a browser's line breaking, pasted in with web copy.
// In plain text a desk's system shows them as junk or keeps them inside a word, where no search finds it.
const BREAK_HINTS = /[\u00AD\u200B\u2060\uFEFF]/g;

// The wire and ninjs both read every segment's plain text.
const plainText = (japanese: boolean) =>
  perObject((content: Inline) =>
    (content.children as ElementContent[])
      .map((node) => nodeText(node, japanese))
      .join('')
      .replace(BREAK_HINTS, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
const japaneseText = plainText(true);
const spacedText = plainText(false);

/** The words of a segment as wire text: markup dropped, link addresses kept. */
export function wireText(content: Inline, labels: Labels): string {
  return labels.language === 'ja' ? japaneseText(content) : spacedText(content);
}

function wrapOptions(labels: Labels, options: WrapOptions = {}): WrapOptions {
  return { width: WIRE_WIDTH, ambiguousIsWide: labels.language === 'ja', ...options };
}

/** The dateline and the first paragraph's text: Japanese datelines close with a bracket and run straight on. */
export function withDateline(dateline: string, text: string, labels: Labels): string {
  return labels.language === 'ja' ? `${dateline}${text}` : `${dateline} ${text}`;
}

/**
 * What opens a list item in plain text, the wire's and ninjs's alike: its number (`1. `, or from the number the writer
 * gave the first), else a bullet, `・` run straight on in Japanese as Japanese copy sets it, `- ` in Italian and English.
 */
export function listMarker(list: { ordered: boolean; start?: number }, index: number, labels: Labels): string {
  return list.ordered ? `${(list.start ?? 1) + index}. ` : labels.language === 'ja' ? '・' : '- ';
}

function blockLines(block: LocalizedBlock, labels: Labels, prefix = ''): string[] {
  if (block.type === 'list') {
    return block.items.flatMap((item, index) => {
      const marker = listMarker(block, index, labels);
      const indent = ' '.repeat(labels.language === 'ja' && !block.ordered ? 2 : marker.length);
      return wrap(wireText(item, labels), wrapOptions(labels, { firstPrefix: marker, indent }));
    });
  }
  const text = wireText(block.content, labels);
  return wrap(prefix ? withDateline(prefix, text, labels) : text, wrapOptions(labels));
}

/** A heading of the wire with a date in it, the date in capitals too where ui.json writes the heading so (RETTIFICA DEL 15 OTTOBRE 2025:). */
export function datedHeading(key: string, date: string, labels: Labels): string {
  const heading = labels.t(key, { date: readersDate(date, labels) });
  const words = labels.t(key, { date: '' });
  return /\p{Lu}/u.test(words) && words === words.toLocaleUpperCase(labels.locale) ? heading.toLocaleUpperCase(labels.locale) : heading;
}

/** The withdrawal and the corrections, newest first, each a line in this language: what a desk must see first. */
export function changeNotes(release: LocalizedRelease, labels: Labels): string[] {
  const glue = labels.language === 'ja' ? '' : ' ';
  const line = (key: string, date: string, content: Inline) => `${datedHeading(key, date, labels)}${glue}${wireText(content, labels)}`;
  return [
    ...(release.withdrawn ? [line('wire.withdrawn', release.withdrawn.date, release.withdrawn.reason)] : []),
    ...[...release.corrections].reverse().map((correction) => line('wire.correction', correction.date, correction.note)),
  ];
}

/** One media contact as wire text and ninjs give it, roles in this language: "Laura Ferrero, Press office", e-mail, phone. */
export function contactLines(contact: LocalizedRelease['contacts'][number], labels: Labels): string[] {
  return [
    contact.role ? labels.t('release.contact', { name: contact.name, role: wireText(contact.role, labels) }) : contact.name,
    ...(contact.email ? [labels.t('release.field', { label: labels.t('release.email'), value: contact.email })] : []),
    ...(contact.phone ? [labels.t('release.field', { label: labels.t('release.phone'), value: contact.phone })] : []),
  ];
}

/** The whole wire story; `embargoed` puts the embargo line on top. */
export function renderWire(release: LocalizedRelease, labels: Labels, embargoed: boolean): string {
  const sections: string[][] = [];
  const lines = (text: string) => wrap(text, wrapOptions(labels));
  // The embargo line is one line, never wrapped: a desk must not read its second half as the story's first.
  if (embargoed && release.embargo) sections.push([wireTimeLine('embargo.line', release.embargo, labels)]);
  // An agency desk must see first that no one has reviewed this translation.
  if (release.machine) sections.push(lines(labels.t('machine.wire')));
  // When the release was issued, on the desk's clock, so that "oggi", "today" and "本日" resolve once it runs.
  // Who issues it, before anything else of the story: the dateline's agency only relays the text.
  if (release.office) sections.push(lines(labels.t('wire.issuer', { office: release.office.name })));
  sections.push([wireTimeLine('wire.header', release.date, labels)]);
  for (const note of changeNotes(release, labels)) sections.push(lines(note));
  // Headline and subheadline apart, so a wrapped headline cannot be read as the subheadline.
  sections.push(lines(wireText(release.title, labels)));
  if (release.subtitle) sections.push(lines(wireText(release.subtitle, labels)));

  let dateline = release.dateline;
  for (const block of release.body) {
    // The dateline opens the first paragraph.
    const prefix = block.type === 'paragraph' && dateline ? dateline : '';
    if (prefix) dateline = undefined;
    sections.push(blockLines(block, labels, prefix));
  }
  // Captions and credits, for the desk that runs the pictures with the story.
  const images = (release.images ?? []).filter((image) => image.renditions.length > 0);
  if (images.length > 0) {
    sections.push([
      picturesHeading(images.map((image) => image.kind), labels),
      ...images.flatMap((image, index) => {
        const credit = creditLine(image, labels);
        // The credit on a line of its own under the caption, as a desk sets it below the picture.
        return image.caption
          ? [...wrap(wireText(image.caption, labels), wrapOptions(labels, { firstPrefix: `${index + 1}. `, indent: '   ' })), ...wrap(credit, wrapOptions(labels, { firstPrefix: '   ', indent: '   ' }))]
          : wrap(credit, wrapOptions(labels, { firstPrefix: `${index + 1}. `, indent: '   ' }));
      }),
    ]);
  }
  if (release.boilerplate.length > 0) {
    sections.push([aboutHeading(release, labels), ...release.boilerplate.flatMap((block) => blockLines(block, labels))]);
  }
  if (release.contacts.length > 0) {
    // Each contact a block of its own, a blank line apart, as in ninjs: run together, a desk reads the next person's
    // name as a line of the one before (a wrapped role looks just the same).
    const blocks = release.contacts.map((contact) => contactLines(contact, labels).flatMap(lines));
    sections.push([labels.t('release.contacts'), ...blocks.flatMap((block, index) => (index === 0 ? block : ['', ...block]))]);
  }
  sections.push([labels.t('wire.endMark')]);
  return `${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
}
