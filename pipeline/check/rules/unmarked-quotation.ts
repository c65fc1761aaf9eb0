// Words in quotation marks read as someone's words. A translation that quotes what the Italian does not (“a historic
// investment”, as the minister put it) shows readers a quotation the quotes stage never found: no marker, no
// speaker, nothing in quotes.json. Titles the Italian quotes too (“Piemonte Digitale Impresa”) are no news.
// Japanese is left alone: it sets names and titles in 「」 where Italian writes them bare.
import type { ElementContent } from 'hast';
import type { CheckRule } from '../rule.ts';
import { inlineNodes, quoteIdOf, type Inline } from '../../inline/index.ts';

/** What a quote marker leaves in the text: a pair of marks around it is the quote's own. */
const MARKED = '\uFFFC';
const PAIRS = /“([^“”]*)”|«([^«»]*)»|"([^"]*)"/gu;

function textWithMarkers(nodes: ElementContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type !== 'element') return '';
      return quoteIdOf(node) === undefined ? textWithMarkers(node.children) : MARKED;
    })
    .join('');
}

/** The words of each pair of double quotation marks that no quote marker stands in. */
function unmarkedQuotations(inline: Inline): string[] {
  const spans: string[] = [];
  for (const match of textWithMarkers(inlineNodes(inline)).matchAll(PAIRS)) {
    const words = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (words !== '' && !words.includes(MARKED)) spans.push(words);
  }
  return spans;
}

const same = (a: string) => (b: string) => a.toLocaleLowerCase('und') === b.toLocaleLowerCase('und');

export const unmarkedQuotation: CheckRule = {
  id: 'unmarked-quotation',
  description: 'the English translation puts words in quotation marks that the Italian does not quote',
  severity: 'warning',
  scope: 'translation',
  check({ language, source, target }) {
    if (language === 'ja') return [];
    const italian = unmarkedQuotations(source);
    const translated = unmarkedQuotations(target);
    const surplus = translated.length - italian.length;
    if (surplus <= 0) return [];
    // Name the ones the Italian does not quote word for word first: a kept title is the least likely surplus.
    const unmatched = translated.filter((words) => !italian.some(same(words)));
    const named = [...unmatched, ...translated.filter((words) => !unmatched.includes(words))].slice(0, surplus);
    return named.map((words) => `the translation puts “${words}” in quotation marks, and the Italian quotes nothing there: readers take it for someone’s words, with nobody named; drop the marks, or mark the quotation in the Italian`);
  },
};
