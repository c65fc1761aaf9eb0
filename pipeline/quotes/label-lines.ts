// A statement set under a line that is nothing but its speaker's name ("Lujan" ¶ "“Con me lui è sempre …”"), as pages
// print what two people said in turn: that name. The line must be a name the text writes again, always with its
// capital ("Ferlito si è preso un giallo"), so that a section word over a statement ("Politica", "Video") is not one.
import { writtenAgainAsName } from './common-words.ts';
import { bareLabel, isPageLabel } from './page-labels.ts';

/** One to three words in title case, nothing else: no dot ("Schionet.it"), no capitals throughout ("LA DIRETTRICE"). */
const NAME_LINE = /^\p{Lu}\p{Ll}[\p{L}’'-]*(?: \p{Lu}\p{Ll}[\p{L}’'-]*){0,2}$/u;

/** The name a paragraph of narration `line` is, when it is only a name the rest of `text` writes again; else undefined. */
export function labelLineName(line: string, text: string): string | undefined {
  const label = bareLabel(line.trim());
  if (label.length > 60 || !NAME_LINE.test(label) || isPageLabel(label)) return undefined;
  return writtenAgainAsName(text, label) ? label : undefined;
}
