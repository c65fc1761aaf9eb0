// How every HTML output writes its text: a reserved sign as the named reference everyone knows (`&amp;`, `&lt;`),
// not a hex one (`&#x26;`), so a desk reading an item's source reads it. html-validate's long-title counts a <title>
// as written, references included, so the page title is measured as written (writtenLength).
import type { Nodes } from 'hast';
import { toHtml, type Options } from 'hast-util-to-html';

/** The serialiser's options for pages (rehype-stringify) and for the HTML bodies of ninjs and feeds. */
export const HTML_OUTPUT = { characterReferences: { useNamedReferences: true } } as const satisfies Options;

/** A hast tree as the outputs write it. */
export const writeHtml = (tree: Nodes): string => toHtml(tree, HTML_OUTPUT);

/** How many characters `text` takes once written as HTML text: `&` counts five (`&amp;`), `<` four (`&lt;`). */
export const writtenLength = (text: string): number => writeHtml({ type: 'text', value: text }).length;
