// The words of a segment: its text without markup, as written or with spaces collapsed.
import { toString } from 'hast-util-to-string';
import type { Inline } from './read.ts';
import { readInline } from './read.ts';
import { recent } from '../render/recent.ts';

/** The text of the content, entities decoded, whitespace untouched, no markup. */
export function plainText(inline: Inline): string {
  return toString(inline);
}

/** The words of the content with spaces collapsed and trimmed. */
export function collapsedText(inline: Inline): string {
  return toString(inline).replace(/\s+/g, ' ').trim();
}

/** The published words of inline HTML that arrives as a string (a memory entry at the desk, in XLIFF), spaces collapsed. */
export const inlineText = recent((html: string): string => collapsedText(readInline(html)));

/** Lower-case words and numbers of the content, for comparing an edited segment with its old self. */
export function inlineWords(inline: Inline): Set<string> {
  return new Set(plainWords(inline));
}

function plainWords(inline: Inline): string[] {
  // Each text node on its own, so that words on either side of a tag never run together.
  const words: string[] = [];
  const walk = (nodes: Inline['children']) => {
    for (const node of nodes) {
      if (node.type === 'text') words.push(...(node.value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
      else if (node.type === 'element') walk(node.children);
    }
  };
  walk(inline.children);
  return words;
}
