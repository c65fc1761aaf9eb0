// Segment inline HTML <-> XLIFF inline content, losslessly: every tag becomes an inline code whose original markup
// is kept verbatim (XLIFF <originalData>), text becomes plain characters, and the rare character written in an
// unusual way (`&amp;` where we write `&#x26;`, a bare `<`) becomes a placeholder holding its original spelling.
// Joining the pieces back gives the original string to the byte.
import { parseEntities } from 'parse-entities';
import { toHtml } from 'hast-util-to-html';

export type Inline =
  | { type: 'text'; value: string }
  /** A start and end tag around content: <pc>. */
  | { type: 'pc'; name: string; start: string; end: string; children: Inline[] }
  /** A standalone code: a void tag such as <br>, a comment, or a character spelled unusually: <ph>. */
  | { type: 'ph'; kind: 'tag' | 'comment' | 'char'; name: string; raw: string; value?: string }
  /** A start tag never closed: <sc isolated="yes">. */
  | { type: 'sc'; name: string; raw: string }
  /** An end tag never opened: <ec isolated="yes">. */
  | { type: 'ec'; name: string; raw: string };

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

type Token = { type: 'text'; raw: string } | { type: 'start' | 'end' | 'comment'; raw: string; name: string; selfClosing?: boolean };

/** Where the tag starting at `from` (at a `<`) ends, honouring quoted attribute values; -1 when it is not a tag. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < html.length; i++) {
    const char = html[i]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      // Quotes delimit values only after `=`, as HTML tokenizes them.
      if (/=\s*$/.test(html.slice(from, i))) quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return -1;
}

/** Split inline HTML into tags, comments and text, keeping every character of the input. */
export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let i = 0;
  const flush = () => {
    if (text) tokens.push({ type: 'text', raw: text });
    text = '';
  };
  while (i < html.length) {
    if (html[i] === '<') {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        if (close !== -1) {
          flush();
          tokens.push({ type: 'comment', raw: html.slice(i, close + 3), name: '#comment' });
          i = close + 3;
          continue;
        }
      }
      const tag = /^<(\/?)([A-Za-z][^\s/>]*)/.exec(html.slice(i, i + 64));
      const end = tag ? tagEnd(html, i) : -1;
      if (tag && end !== -1) {
        flush();
        const raw = html.slice(i, end);
        tokens.push({ type: tag[1] ? 'end' : 'start', raw, name: tag[2]!.toLowerCase(), selfClosing: /\/\s*>$/.test(raw) });
        i = end;
        continue;
      }
    }
    text += html[i];
    i++;
  }
  flush();
  return tokens;
}

/** How we write a text character in HTML, the way the rest of the pipeline (hast-util-to-html) writes it. */
export function encodeText(value: string): string {
  return toHtml({ type: 'text', value });
}

/** Text pieces: plain characters, and placeholders for characters whose spelling `encodeText` would not give back. */
function textPieces(raw: string): Inline[] {
  const pieces: Inline[] = [];
  const push = (value: string) => {
    const last = pieces.at(-1);
    if (last?.type === 'text') last.value += value;
    else pieces.push({ type: 'text', value });
  };
  parseEntities(raw, {
    text(value) {
      for (const char of value) {
        if (encodeText(char) === char) push(char);
        else pieces.push({ type: 'ph', kind: 'char', name: '#char', raw: char, value: char });
      }
    },
    reference(value, _position, source) {
      if (encodeText(value) === source) push(value);
      else pieces.push({ type: 'ph', kind: 'char', name: '#char', raw: source, value });
    },
  });
  return pieces;
}

/** Inline HTML as a tree of XLIFF inline content. */
export function htmlToInline(html: string): Inline[] {
  const root: Inline[] = [];
  const stack: { token: Token & { type: 'start' }; children: Inline[] }[] = [];
  const current = () => stack.at(-1)?.children ?? root;
  for (const token of tokenize(html)) {
    if (token.type === 'text') current().push(...textPieces(token.raw));
    else if (token.type === 'comment') current().push({ type: 'ph', kind: 'comment', name: token.name, raw: token.raw });
    else if (token.type === 'start' && (VOID.has(token.name) || token.selfClosing)) current().push({ type: 'ph', kind: 'tag', name: token.name, raw: token.raw });
    else if (token.type === 'start') stack.push({ token: token as Token & { type: 'start' }, children: [] });
    else if (stack.at(-1)?.token.name === token.name) {
      const open = stack.pop()!;
      current().push({ type: 'pc', name: token.name, start: open.token.raw, end: token.raw, children: open.children });
    } else current().push({ type: 'ec', name: token.name, raw: token.raw });
  }
  // Tags left open: the start tag stands alone and its content follows it.
  while (stack.length > 0) {
    const open = stack.pop()!;
    current().push({ type: 'sc', name: open.token.name, raw: open.token.raw }, ...open.children);
  }
  return root;
}

/** Inline content back to HTML: text encoded as the pipeline writes it, codes as they were written. */
export function inlineToHtml(content: Inline[]): string {
  return content
    .map((node) => {
      if (node.type === 'text') return encodeText(node.value);
      if (node.type === 'pc') return node.start + inlineToHtml(node.children) + node.end;
      return node.raw;
    })
    .join('');
}
