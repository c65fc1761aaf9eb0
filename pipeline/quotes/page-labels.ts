// Column headings and page furniture a page prints before a colon ("Ultime notizie:", "Il punto:", "L’intervista:"):
// capitalised as labels are, and nobody's name.
import { SECTIONS } from './sections.ts';

const HEADINGS = new Set([
  'ultime notizie', 'ultima ora', 'ultim’ora', 'in breve', 'brevi', 'il punto', 'primo piano', 'in primo piano', 'focus',
  'l’intervista', 'intervista', 'il commento', 'l’analisi', 'la storia', 'il caso', 'il fatto', 'i fatti', 'breaking news',
  'news', 'notizie', 'notizie flash', 'flash', 'leggi anche', 'approfondimento', 'approfondimenti', 'speciale', 'dossier',
  'la curiosità', 'la polemica', 'le reazioni', 'il retroscena', 'il personaggio', 'in evidenza', 'top news', 'la scheda',
  'il dato', 'i numeri', 'la giornata', 'le voci', 'dal territorio', 'l’editoriale', 'editoriale', 'il racconto', 'la cronaca',
]);

/**
 * A label without the dashes or bullets before it and the spaces and colon after it: "– Gori : " -> "Gori". The
 * trailing run is matched from its first character only: `[\s:]+$`, tried at each, took quadratic time on a long run
 * of spaces.
 */
export function bareLabel(label: string): string {
  return label.replace(/^[\s\-\u2013\u2014•*]+/u, '').replace(/(?<![\s:])[\s:]+$/u, '');
}

/** Is this label (before a colon) a column heading or a section, not a name: "Ultime Notizie", "Il Punto"? */
export function isPageLabel(label: string): boolean {
  const key = bareLabel(label).replace(/'/gu, '’').replace(/’\s+/gu, '’').replace(/\s+/gu, ' ').toLowerCase();
  return HEADINGS.has(key) || SECTIONS.has(key);
}
