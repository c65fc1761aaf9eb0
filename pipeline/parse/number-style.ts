// Figures an Italian reader would misread. Italian writes thousands with a dot and decimals with a comma, so
// `2,800` (an English thousands separator, or 2.8?) and `1,000,000` are written for another reader: a warning
// for the author at its place, before a translation carries the wrong value out.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Text } from 'mdast';
import { eachOfType } from '../tree-walk.ts';
import { reportWarning } from '../problems.ts';

/** Digits with comma-separated groups of three, not part of a longer figure. */
const COMMA_GROUPS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)/gu;

export function checkNumberStyle(file: VFile, tree: Root): void {
  eachOfType(tree, 'text', (node: Text) => {
    const start = node.position?.start;
    for (const match of node.value.matchAll(COMMA_GROUPS)) {
      const written = match[0];
      const italian = written.replace(/,/g, '.');
      const decimal = written.replace(/0+$/u, '').replace(/,$/u, '');
      const reason =
        written.split(',').length === 2
          ? `\`${written}\` is ambiguous in Italian, where the comma marks decimals: write ${italian} for the thousands, or ${decimal} for the decimal`
          : `\`${written}\` uses commas for thousands, as English does: write ${italian} in Italian`;
      // The text node's value matches the source on one line; its offset places the figure exactly.
      const line = start && !node.value.slice(0, match.index).includes('\n') ? { line: start.line, column: start.column + match.index } : start;
      reportWarning(file, reason, 'ambiguous-number', line);
    }
  });
}
