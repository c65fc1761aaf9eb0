// The one reader of inline HTML, for the edges where segments arrive as strings (memory files, DeepL, XLIFF):
// frozen processors giving the segment as it will be published, as it was written, and as written with the
// places of its tags (for the XLIFF codec); and the published form of content that is hast already.
import { unified, type Plugin } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import type { ElementContent, Root } from 'hast';
import { parseFragment } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { sanitize } from 'hast-util-sanitize';
import { perObject, recent } from '../render/recent.ts';
import { inlineSchema } from './schema.ts';

/** A segment's content: a hast fragment of text, <em>, <strong>, <a href>, <code>, <br> and <q data-quote>. */
export type Inline = Root;

/** Text the HTML parser would give back as it is: no markup, no character reference, nothing it rewrites. */
const PLAIN = /^[^<&\r\0]*$/;

/** Inline HTML that is text only and reads as written, so that parsing it and writing it back gives it unchanged. */
export const isPlainText = (html: string) => PLAIN.test(html);

/**
 * rehype-parse's fragment parse without source positions: published content never points back into a memory
 * file, and tracking positions more than doubles the parse, which runs for every translated segment.
 */
const parseFragmentFast: Plugin<[], string, Root> = function () {
  this.parser = (html: string): Root => {
    if (PLAIN.test(html)) return { type: 'root', children: html === '' ? [] : [{ type: 'text', value: html }] };
    return fromParse5(parseFragment(html)) as Root;
  };
};

/** Inline HTML as it will be published: sanitised to the inline schema. */
const publishedReader = unified().use(parseFragmentFast).use(rehypeSanitize, inlineSchema).freeze();

/** Inline HTML as it was written, unsanitised, so that QA sees a stray <script> in a translation too. */
const writtenReader = unified().use(rehypeParse, { fragment: true }).freeze();

function onlyContent(tree: Root): Inline {
  return { type: 'root', children: tree.children.filter((node): node is ElementContent => node.type === 'element' || node.type === 'text') };
}

/**
 * Inline HTML as published. Shared between callers: read it, or take `inlineNodes` to change it. A thousand trees are
 * some releases' segments, which is where they are read again (each output of a release reads them); 4096 held some
 * 10 MB in each render thread, for half a percent more hits on the bench's corpus.
 */
export const readInline = recent((html: string): Inline => onlyContent(publishedReader.runSync(publishedReader.parse(html))), 1024);

/**
 * Content as it will be published, from content already in hast (a segment as the parse made it): sanitised to the
 * inline schema, once per tree. Shared like readInline's answer: read it, or take `inlineNodes` to change it.
 */
export const publishedInline = perObject((inline: Inline): Inline => onlyContent(sanitize(inline, inlineSchema) as Root));

/** Inline HTML exactly as written: every element and comment, nothing sanitised. */
export const readInlineAsWritten = recent((html: string): Inline => writtenReader.runSync(writtenReader.parse(html)) as Root, 1024);

/** A copy of the content callers may change (pages mark speakers and insert <wbr>) without touching what is shared. */
export function inlineNodes(inline: Inline): ElementContent[] {
  return inline.children.map(copy) as ElementContent[];
}

function copy<T extends Root['children'][number]>(node: T): T {
  if (node.type !== 'element') return { ...node };
  return { ...node, properties: { ...node.properties }, children: node.children.map(copy) };
}

/** Inline HTML as written, with places for each element's start and end tag. */
const placedReader = unified().use(rehypeParse, { fragment: true, verbose: true }).freeze();

/**
 * Inline HTML exactly as written, with places: offsets into `html` on every node, and on each element where its
 * start and end tags are written (`data.position.opening`, `closing`), for codecs that must give back every byte.
 * What the parser drops (a stray end tag, a doctype) is in no node: it lies between the places of the nodes.
 */
export function readInlineWithPlaces(html: string): Root {
  return placedReader.parse(html);
}
