// Japanese line breaking for the web: <wbr> between BudouX phrases, so that with `word-break: keep-all`
// browsers wrap between phrases, never inside a word.
import type { Element, ElementContent, Root, Text } from 'hast';
import { japaneseParser } from './japanese-parser.ts';
import { recent } from './recent.ts';

/** Elements whose text runs on with the text around them; any other element starts a new run. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
/** Elements whose text is not prose to break. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'textarea', 'title', 'kbd', 'samp', 'var']);
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** Group text nodes into runs of prose that flows together, however it is marked up. */
function collectRuns(parent: Root | Element, runs: Text[][], run: Text[]): Text[] {
  let current = run;
  for (const child of parent.children) {
    if (child.type === 'text') current.push(child);
    else if (child.type === 'element' && SKIP.has(child.tagName)) current = fresh(runs);
    else if (child.type === 'element' && INLINE.has(child.tagName)) current = collectRuns(child, runs, current);
    else if (child.type === 'element') {
      collectRuns(child, runs, fresh(runs));
      current = fresh(runs);
    }
  }
  return current;
}

function fresh(runs: Text[][]): Text[] {
  const run: Text[] = [];
  runs.push(run);
  return run;
}

/**
 * BudouX phrase boundaries of each space-free stretch that holds Japanese, as offsets in `text`: spaces already
 * allow a break, and Latin words between them need none, so the model reads only what it can cut.
 * Kept for the same text: a title is broken again on every index page and feed that lists it.
 */
const japaneseBoundaries = recent((text: string): number[] => {
  const parser = japaneseParser();
  const boundaries: number[] = [];
  for (const stretch of text.matchAll(/\S+/g)) {
    if (!JAPANESE.test(stretch[0])) continue;
    for (const boundary of parser.parseBoundaries(stretch[0])) boundaries.push(stretch.index + boundary);
  }
  return boundaries;
});

/** Offsets inside each text node before which a <wbr> goes. */
function breakOffsets(runs: Text[][]): Map<Text, number[]> {
  const offsets = new Map<Text, number[]>();
  for (const run of runs) {
    const text = run.map((node) => node.value).join('');
    if (!JAPANESE.test(text)) continue;
    const starts: number[] = [];
    let at = 0;
    for (const node of run) {
      starts.push(at);
      at += node.value.length;
    }
    for (const boundary of japaneseBoundaries(text)) {
      const before = text[boundary - 1] ?? '';
      const after = text[boundary] ?? '';
      // Spaces already allow a break; only phrase edges touching Japanese need one.
      if (/\s/.test(before) || /\s/.test(after) || !(JAPANESE.test(before) || JAPANESE.test(after))) continue;
      let index = starts.length - 1;
      while (index > 0 && starts[index]! > boundary) index--;
      // A boundary at the very start of a node goes at the end of the node before it, if any.
      if (starts[index] === boundary && index > 0) index--;
      const node = run[index]!;
      const list = offsets.get(node) ?? [];
      list.push(boundary - starts[index]!);
      offsets.set(node, list);
    }
  }
  return offsets;
}

function splitChildren(parent: Root | Element, offsets: Map<Text, number[]>): void {
  const children: ElementContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'element') splitChildren(child, offsets);
    const cuts = child.type === 'text' ? offsets.get(child) : undefined;
    if (!cuts || child.type !== 'text') {
      children.push(child as ElementContent);
      continue;
    }
    let at = 0;
    for (const cut of cuts) {
      if (cut > at) children.push({ type: 'text', value: child.value.slice(at, cut) });
      children.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
      at = cut;
    }
    if (at < child.value.length) children.push({ type: 'text', value: child.value.slice(at) });
  }
  parent.children = children as typeof parent.children;
}

/** Insert <wbr> between BudouX phrases in every Japanese text run of `tree` (changed in place). */
export function insertPhraseBreaks<T extends Root | Element>(tree: T): T {
  const runs: Text[][] = [];
  collectRuns(tree, runs, fresh(runs));
  splitChildren(tree, breakOffsets(runs));
  return tree;
}
