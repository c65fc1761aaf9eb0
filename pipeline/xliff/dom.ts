// XLIFF 2.0 inline content in the DOM: writing <pc>/<ph>/<sc>/<ec>/<cp> with <originalData>, and reading them back.
import type { Document, Element, Node } from '@xmldom/xmldom';
import type { Inline } from './inline.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Characters XML 1.0 cannot hold, and carriage return, which XML parsers turn into a line feed. */
const UNSAFE = /[^\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function isXmlSafe(value: string): boolean {
  return !UNSAFE.test(value);
}

/** Text that keeps every character: unsafe ones as <cp hex="…"/>, the XLIFF way. */
export function appendText(doc: Document, parent: Element, value: string): void {
  let run = '';
  for (const char of value) {
    if (isXmlSafe(char)) {
      run += char;
      continue;
    }
    if (run) parent.appendChild(doc.createTextNode(run));
    run = '';
    const cp = doc.createElementNS(XLIFF_NS, 'cp');
    cp.setAttribute('hex', char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'));
    parent.appendChild(cp);
  }
  if (run) parent.appendChild(doc.createTextNode(run));
}

const TYPES: Record<string, [string, string?]> = {
  em: ['fmt', 'xlf:i'],
  i: ['fmt', 'xlf:i'],
  strong: ['fmt', 'xlf:b'],
  b: ['fmt', 'xlf:b'],
  u: ['fmt', 'xlf:u'],
  code: ['fmt'],
  br: ['fmt', 'xlf:lb'],
  a: ['link'],
  q: ['quote'],
  img: ['image'],
};

/** The original markup of every code of a unit, shared by source and target: <originalData><data id="dN">. */
export class OriginalData {
  private readonly ids = new Map<string, string>();

  ref(raw: string): string {
    let id = this.ids.get(raw);
    if (!id) {
      id = `d${this.ids.size + 1}`;
      this.ids.set(raw, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  element(doc: Document): Element {
    const data = doc.createElementNS(XLIFF_NS, 'originalData');
    for (const [raw, id] of this.ids) {
      const item = doc.createElementNS(XLIFF_NS, 'data');
      item.setAttribute('id', id);
      appendText(doc, item, raw);
      data.appendChild(item);
    }
    return data;
  }
}

const signature = (node: Inline) => (node.type === 'pc' ? `pc ${node.start} ${node.end}` : node.type === 'text' ? '' : `${node.type} ${node.raw}`);

/**
 * Code ids: source codes are numbered 1, 2, …; a target code takes the id of the first unused source code with the
 * same markup (so CAT tools pair them), or a fresh t1, t2, ….
 */
export class CodeIds {
  private readonly source: { signature: string; id: string }[] = [];
  private next = 1;
  private nextTarget = 1;
  private used = new Set<string>();

  sourceId(node: Inline): string {
    const id = String(this.next++);
    this.source.push({ signature: signature(node), id });
    return id;
  }

  startTarget(): void {
    this.used = new Set();
  }

  targetId(node: Inline): string {
    const match = this.source.find((code) => code.signature === signature(node) && !this.used.has(code.id));
    if (match) {
      this.used.add(match.id);
      return match.id;
    }
    return `t${this.nextTarget++}`;
  }
}

export function appendInline(doc: Document, parent: Element, content: Inline[], data: OriginalData, id: (node: Inline) => string): void {
  for (const node of content) {
    if (node.type === 'text') {
      appendText(doc, parent, node.value);
      continue;
    }
    const [type, subType] = node.type === 'ph' && node.kind !== 'tag' ? [] : (TYPES[node.name] ?? ['other']);
    const element = doc.createElementNS(XLIFF_NS, node.type);
    element.setAttribute('id', id(node));
    if (node.type === 'pc') {
      element.setAttribute('dataRefStart', data.ref(node.start));
      element.setAttribute('dataRefEnd', data.ref(node.end));
    } else {
      element.setAttribute('dataRef', data.ref(node.raw));
    }
    if (node.type === 'sc' || node.type === 'ec') element.setAttribute('isolated', 'yes');
    if (type) element.setAttribute('type', type);
    if (subType) element.setAttribute('subType', subType);
    if (node.type === 'ph' && node.kind === 'char' && node.value !== undefined && isXmlSafe(node.value)) {
      element.setAttribute('equiv', node.value);
      element.setAttribute('disp', node.value);
    }
    if (node.type === 'pc') appendInline(doc, element, node.children, data, id);
    parent.appendChild(element);
  }
}

export const elementChildren = (node: Node): Element[] => {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) out.push(child as Element);
  return out;
};

export const isXliff = (element: Element, name: string) => element.namespaceURI === XLIFF_NS && element.localName === name;

/** Text content with <cp> read back as characters. */
export function readText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? '';
    else if (child.nodeType === 1 && isXliff(child as Element, 'cp')) text += String.fromCodePoint(parseInt((child as Element).getAttribute('hex') ?? '', 16));
  }
  return text;
}

/** Inline content of a <source> or <target>; a code whose markup is not in <originalData> is a problem. */
export function readInline(element: Element, data: Map<string, string>, problem: (message: string, at: Element) => void): Inline[] {
  const content: Inline[] = [];
  const push = (value: string) => {
    const last = content.at(-1);
    if (last?.type === 'text') last.value += value;
    else content.push({ type: 'text', value });
  };
  const raw = (code: Element, attribute: string): string => {
    const ref = code.getAttribute(attribute);
    const value = ref === null ? undefined : data.get(ref);
    if (value === undefined) {
      problem(`inline code <${code.localName} id="${code.getAttribute('id') ?? ''}"> has no original markup (${attribute} missing or not in <originalData>); keep the codes the file came with`, code);
      return '';
    }
    return value;
  };
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      push(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const code = child as Element;
    if (code.namespaceURI !== XLIFF_NS) continue;
    switch (code.localName) {
      case 'cp':
        push(String.fromCodePoint(parseInt(code.getAttribute('hex') ?? '', 16)));
        break;
      case 'pc':
        content.push({ type: 'pc', name: '', start: raw(code, 'dataRefStart'), end: raw(code, 'dataRefEnd'), children: readInline(code, data, problem) });
        break;
      case 'ph':
        content.push({ type: 'ph', kind: 'tag', name: '', raw: raw(code, 'dataRef') });
        break;
      case 'sc':
      case 'ec':
        content.push({ type: code.localName, name: '', raw: raw(code, 'dataRef') });
        break;
      case 'mrk':
        // Annotations a CAT tool adds (terms, comments) wrap text without changing it.
        for (const node of readInline(code, data, problem)) {
          if (node.type === 'text') push(node.value);
          else content.push(node);
        }
        break;
      default:
        // <sm>/<em> annotation markers carry no text.
        break;
    }
  }
  return content;
}
