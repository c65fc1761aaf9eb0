// What DeepL bills for a text: its characters as Unicode code points, without the tags (tag_handling=html).
import { plainText, type Inline } from '../inline/index.ts';

/**
 * Characters DeepL bills for one segment's content: its text counted in code points. Tags and their
 * attributes are free with `tagHandling: 'html'`, and so is the `context` sent beside the text.
 */
export function billedCharacters(content: Inline): number {
  let count = 0;
  for (const _ of plainText(content)) count++;
  return count;
}
