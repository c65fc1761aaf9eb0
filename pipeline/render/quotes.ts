// Quotes in one language: each quote's words read from the <q data-quote> elements of that language's text,
// with the speaker found in the Italian; and the speaker marked on every <q> of a page.
import type { Element, ElementContent } from 'hast';
import { eachOfType } from '../tree-walk.ts';
import type { HeadlineBlock, Language, Quote, Speaker } from '../release.ts';
import { collapsedText, type Inline } from '../inline/index.ts';

export interface LocalizedQuote {
  id: string;
  /** The quote's words in this language, parts joined. */
  text: string;
  parts: string[];
  /** Null when the Italian does not say who said it. */
  speaker: Speaker | null;
  /** With a null speaker, the Italian noun the text describes them by ("residente"), as the text gives it. */
  speakerDescription?: string;
  /** 1-based body paragraph where the quote starts (the same in every language); 0 in a headline. */
  paragraph: number;
  block?: HeadlineBlock;
  /** Where a body quote starts in the Italian release file (the same in every language); a headline's has `block`. */
  position?: { line: number; column: number };
}

/** Parts of each quote id in the blocks: text outside any <q> between two <q>s ends a part. */
function quotedParts(blocks: Inline[]): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const block of blocks) {
    const open = new Set<string>();
    const walk = (nodes: ElementContent[], id: string | undefined) => {
      for (const node of nodes) {
        if (node.type === 'text') {
          if (id) {
            const list = parts.get(id) ?? [];
            if (!open.has(id)) list.push('');
            list[list.length - 1] += node.value;
            parts.set(id, list);
            open.add(id);
          } else if (node.value.trim() !== '') open.clear();
        } else if (node.type === 'element') {
          const own = node.tagName === 'q' && typeof node.properties.dataQuote === 'string' ? node.properties.dataQuote : undefined;
          if (own && own !== id) for (const other of open) if (other !== own) open.delete(other);
          walk(node.children, own ?? id);
        }
      }
    };
    walk(block.children as ElementContent[], undefined);
  }
  return parts;
}

/** A Japanese predicate's final form, the sentence's stop missing: …だ, …である, …です, …ます, …た, …る, …い. */
const PREDICATE_END = /(?:だ|である|です|ます|た|る|い)$/u;

/**
 * A translation's parts joined into one text, so that the words on either side of an attribution never run
 * together: a space between them; in Japanese, which sets no spaces between words, none, and the 。 the attribution
 * took where the part before ends a sentence (「…柱となっている。こうした中…」), but not after a clause that goes on
 * (「経済を強化し」「できれば」). English keeps the parts as they are: a capital after them may be "I" or a name.
 */
export function joinedParts(parts: string[], language: Language): string {
  if (language !== 'ja') return parts.join(' ');
  return parts.reduce((text, part, index) => (index === 0 ? part : `${text}${PREDICATE_END.test(text) ? '。' : ''}${part}`), '');
}

/**
 * The quotes of a release in `language`, from the content of its body blocks in document order, each speaker as
 * `speakerIn` gives them in that language.
 */
export function localizeQuotes(quotes: Quote[], blocks: Inline[], language: Language, speakerIn: (speaker: Speaker) => Speaker = (speaker) => speaker): LocalizedQuote[] {
  const found = quotedParts(blocks);
  return quotes.flatMap((quote) => {
    const parts = (found.get(quote.id) ?? []).map((part) => part.replace(/\s+/gu, ' ').trim()).filter((part) => part !== '');
    if (parts.length === 0) return [];
    const { line, column } = quote.position;
    return [{ id: quote.id, text: joinedParts(parts, language), parts, speaker: quote.speaker && speakerIn(quote.speaker), ...(quote.speakerDescription ? { speakerDescription: quote.speakerDescription } : {}), paragraph: quote.paragraph, ...(quote.block ? { block: quote.block } : { position: { line, column } }) }];
  });
}

/**
 * out/<lang>/<id>/quotes.json: the same ids and speakers in every language, each language's words. Words nobody
 * reviewed say so (`machineTranslation`), and so do those of a withdrawn release (`withdrawn`: when, and why, as
 * plain text): a script that takes quotations from this file alone must not take either for what was said.
 */
export function renderQuotesJson(release: { id: string; language: Language; quotes: LocalizedQuote[]; machine?: boolean; withdrawn?: { date: string; reason: Inline }; withheld?: boolean }): string {
  const quotes = release.quotes.map((quote) => ({
    id: quote.id,
    text: quote.text,
    parts: quote.parts,
    speaker: quote.speaker && { name: quote.speaker.name, role: quote.speaker.role ?? null },
    // Someone the text describes and never names: the Italian words, in every language (a noun is no person to list).
    ...(quote.speakerDescription ? { speakerDescription: quote.speakerDescription } : {}),
    paragraph: quote.paragraph,
    ...(quote.block ? { block: quote.block } : {}),
    ...(quote.position ? { position: quote.position } : {}),
  }));
  const { withdrawn } = release;
  const status = {
    ...(release.machine ? { machineTranslation: true } : {}),
    ...(withdrawn ? { withdrawn: { date: withdrawn.date, reason: collapsedText(withdrawn.reason) } } : {}),
    // A translation being updated: its quotes are not given until a reviewed one is published again.
    ...(release.withheld ? { withheld: true } : {}),
  };
  return `${JSON.stringify({ release: release.id, language: release.language, ...status, quotes }, null, 2)}\n`;
}

/** Mark every <q data-quote> with who said it, for readers (title) and for scripts and styles (data-speaker). */
/** "Chiara Bellini, assessora regionale…" or "キアラ・ベッリーニ（州イノベーション担当評議員）": who said it, in the page's language. */
export function speakerTitle(speaker: Speaker, language: Language): string {
  if (!speaker.role) return speaker.name;
  return language === 'ja' ? `${speaker.name}（${speaker.role}）` : `${speaker.name}, ${speaker.role}`;
}

export function markSpeakers(nodes: ElementContent[], speakers: ReadonlyMap<string, Speaker | null>, language: Language): ElementContent[] {
  eachOfType({ type: 'root', children: nodes }, 'element', (node: Element) => {
    if (node.tagName !== 'q') return;
    const speaker = typeof node.properties.dataQuote === 'string' ? speakers.get(node.properties.dataQuote) : undefined;
    if (!speaker) return;
    node.properties.dataSpeaker = speaker.name;
    node.properties.title = speakerTitle(speaker, language);
  });
  return nodes;
}
