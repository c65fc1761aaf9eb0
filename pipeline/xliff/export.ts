// Translation memories -> one XLIFF 2.0 document: a <file> per release, a <unit> per segment (id = segment key),
// inline markup as codes with its original kept in <originalData>, speakers and context as <notes>, and what the
// memory knows beyond the text (version, engine, reviewer, previous translation) as <mda:metadata>.
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import type { Release, TargetLanguage } from '../release.ts';
import { SOURCE_LANGUAGE } from '../release.ts';
import type { Memory, MemoryEntry } from '../translate/memory.ts';
import { isApproved, reviewSegments, type SegmentReview } from '../translate/review.ts';
import { threadOf, type Comments } from '../translate/comments.ts';
import { collapsedText, inlineText, quoteIds } from '../inline/index.ts';
import { htmlToInline } from './inline.ts';
import { appendInline, appendText, CodeIds, isXmlSafe, MDA_NS, OriginalData, XLIFF_NS, XML_NS } from './dom.ts';
import { exportState, SUBSTATE_PREFIX } from './states.ts';

export interface XliffRelease {
  release: Release;
  memory: Memory | undefined;
  /** The comment threads beside the memory, exported as notes of category `comment`. */
  comments?: Comments;
}

/** A comment's note id: import knows it by this and never adds it twice. */
export const commentNoteId = (id: string) => `comment-${id}`;

/** Metadata values are plain text; a value XML cannot hold is written as `json:"…"`. */
export function metaValue(value: string): string {
  if (isXmlSafe(value) && !value.startsWith('json:')) return value;
  return `json:${JSON.stringify(value).replace(/[^\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}`;
}

class Writer {
  readonly doc: Document;
  constructor() {
    this.doc = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null);
  }

  /** Append an element on its own indented line. */
  child(parent: Element, name: string, depth: number, namespace = XLIFF_NS): Element {
    const element = this.doc.createElementNS(namespace, name);
    parent.appendChild(this.doc.createTextNode(`\n${'  '.repeat(depth)}`));
    parent.appendChild(element);
    return element;
  }

  close(parent: Element, depth: number): void {
    parent.appendChild(this.doc.createTextNode(`\n${'  '.repeat(depth)}`));
  }

  text(parent: Element, name: string, depth: number, value: string, attributes: Record<string, string> = {}, namespace = XLIFF_NS): Element {
    const element = this.child(parent, name, depth, namespace);
    for (const [key, attribute] of Object.entries(attributes)) element.setAttribute(key, attribute);
    appendText(this.doc, element, value);
    return element;
  }
}

/** Notes are for people; characters XML cannot hold are shown as U+FFFD there. */
const readable = (value: string) => [...value].map((char) => (isXmlSafe(char) ? char : '\uFFFD')).join('');

function notes(writer: Writer, unit: Element, release: Release, review: SegmentReview, entry: MemoryEntry | undefined, comments: Comments | undefined): void {
  const items: [string, string, string?][] = [];
  const place = `${review.segment.kind}, releases/${release.id}.md line ${review.segment.position.line}`;
  items.push(['context', place]);
  for (const id of quoteIds(review.segment.content)) {
    const quote = release.quotes.find((candidate) => candidate.id === id);
    if (quote?.speaker) items.push(['speaker', `${id}: ${quote.speaker.name}${quote.speaker.role ? `, ${quote.speaker.role}` : ''}`]);
  }
  const previous = review.state === 'stale' && entry ? { source: entry.source, target: entry.target } : entry?.previous;
  if (previous) {
    items.push(['previous-source', `Italian before it changed: ${inlineText(previous.source)}`]);
    items.push(['previous-target', `translation of it: ${inlineText(previous.target)}`]);
  }
  // The thread, as a CAT tool shows notes: who and when, then the words.
  for (const comment of threadOf(comments, review)) items.push(['comment', `${comment.author}, ${comment.at.replace('T', ' ').slice(0, 16)}: ${comment.text}`, commentNoteId(comment.id)]);
  const element = writer.child(unit, 'notes', 3);
  for (const [category, text, id] of items) writer.text(element, 'note', 4, readable(text), id ? { id, category } : { category });
  writer.close(element, 3);
}

function metadata(writer: Writer, unit: Element, review: SegmentReview): void {
  const entry = review.entry;
  if (!entry) return;
  const values: [string, string][] = [['version', review.version], ['engine', entry.engine], ['updated', entry.updated]];
  if (entry.reviewer !== undefined) values.push(['reviewer', entry.reviewer]);
  if (entry.approvedBy !== undefined) values.push(['approved-by', entry.approvedBy], ['approved-at', entry.approvedAt ?? '']);
  if (entry.previous) values.push(['previous-source', entry.previous.source], ['previous-target', entry.previous.target], ['previous-state', entry.previous.state]);
  if (review.state === 'stale' && review.entryKey) values.push(['stale-key', review.entryKey]);
  const root = writer.child(unit, 'metadata', 3, MDA_NS);
  const group = writer.child(root, 'metaGroup', 4, MDA_NS);
  group.setAttribute('category', 'pressroom');
  for (const [type, value] of values) writer.text(group, 'meta', 5, metaValue(value), { type }, MDA_NS);
  writer.close(group, 4);
  writer.close(root, 3);
}

function unit(writer: Writer, file: Element, release: Release, review: SegmentReview, index: number, comments: Comments | undefined): void {
  const stale = review.state === 'stale';
  const entry = review.entry;
  const element = writer.child(file, 'unit', 2);
  element.setAttribute('id', review.segment.key);
  element.setAttribute('name', `${review.segment.kind} ${index + 1}`);
  metadata(writer, element, review);
  notes(writer, element, release, review, entry, comments);

  // A current entry is exported with the source it was translated from, so its quote ids match its target.
  const sourceHtml = entry && !stale ? entry.source : review.segment.source;
  const targetHtml = entry ? (stale ? review.target : entry.target) : undefined;
  const data = new OriginalData();
  const ids = new CodeIds();
  const segment = writer.doc.createElementNS(XLIFF_NS, 'segment');
  const state = exportState(entry, stale);
  segment.setAttribute('state', state);
  if (entry && !stale) segment.setAttribute('subState', `${SUBSTATE_PREFIX}${isApproved(entry) ? 'approved' : entry.state}`);
  const source = writer.child(segment, 'source', 4);
  appendInline(writer.doc, source, htmlToInline(sourceHtml), data, (node) => ids.sourceId(node));
  if (targetHtml !== undefined) {
    const target = writer.child(segment, 'target', 4);
    ids.startTarget();
    appendInline(writer.doc, target, htmlToInline(targetHtml), data, (node) => ids.targetId(node));
  }
  writer.close(segment, 3);
  if (data.size > 0) {
    const original = data.element(writer.doc);
    element.appendChild(writer.doc.createTextNode('\n      '));
    element.appendChild(original);
    for (let child = original.firstChild; child; child = child.nextSibling) {
      original.insertBefore(writer.doc.createTextNode('\n        '), child);
    }
    original.appendChild(writer.doc.createTextNode('\n      '));
  }
  element.appendChild(writer.doc.createTextNode('\n      '));
  element.appendChild(segment);
  writer.close(element, 2);
}

/** The XLIFF 2.0 document of `language` for the given releases, in their order. */
export function exportXliff(language: TargetLanguage, releases: XliffRelease[]): string {
  const writer = new Writer();
  const root = writer.doc.documentElement!;
  root.setAttribute('version', '2.0');
  root.setAttribute('srcLang', SOURCE_LANGUAGE);
  root.setAttribute('trgLang', language);
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:mda', MDA_NS);
  for (const { release, memory, comments } of releases) {
    const file = writer.child(root, 'file', 1);
    file.setAttribute('id', release.id);
    file.setAttribute('original', release.path);
    file.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    // One segment per unit is what import expects: CAT tools must not split or join them.
    file.setAttribute('canResegment', 'no');
    const fileNotes = writer.child(file, 'notes', 2);
    writer.text(fileNotes, 'note', 3, readable(collapsedText(release.title.content)), { category: 'title' });
    writer.close(fileNotes, 2);
    reviewSegments(release, memory).forEach((review, index) => unit(writer, file, release, review, index, comments));
    writer.close(file, 1);
  }
  writer.close(root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(writer.doc)}\n`;
}
