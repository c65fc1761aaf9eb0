// What DeepL bills for a text: its characters as Unicode code points, without the tags (tag_handling=html).
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/** The text of inline HTML: what is between the tags, entities decoded, spaces kept. */
export function textOf(html: string): string {
  return toString(fromHtml(html, { fragment: true }));
}

/**
 * Characters DeepL bills for one inline-HTML source: its text counted in code points. Tags and their
 * attributes are free with `tagHandling: 'html'`, and so is the `context` sent beside the text.
 */
export function billedCharacters(html: string): number {
  let count = 0;
  for (const _ of textOf(html)) count++;
  return count;
}
