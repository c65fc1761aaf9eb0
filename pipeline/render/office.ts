// Who speaks in a release: its press office, author, publisher and copyright holder wherever the release goes.
// The dateline agency only relays the text; it appears in the dateline and nowhere else.
import { termIn, type Glossary } from '../glossary.ts';
import { SOURCE_LANGUAGE, type Language, type PressOffice, type TargetLanguage } from '../release.ts';
import type { Labels } from './i18n.ts';

/** IPTC Genre NewsCodes: what a receiving newsroom needs to tell a press release from agency copy. */
export const PRESS_RELEASE_GENRE = 'http://cv.iptc.org/newscodes/genre/PressRelease';

/**
 * The office as `language` names it, so that no output puts the Italian name above a text that translates it: the
 * name the office gives in that language, else the glossary's (the project's approved names, which the translations
 * follow), else as written.
 */
export function officeIn(office: PressOffice | undefined, language: Language, glossary: Glossary | undefined): PressOffice | undefined {
  if (!office) return undefined;
  const { names, ...rest } = office;
  if (language === SOURCE_LANGUAGE) return rest;
  const target = language as TargetLanguage;
  return { ...rest, name: names?.[target] ?? termIn(glossary, office.name, target) ?? office.name };
}

// Between the parts of a credit that names more than one maker: "Regione Piemonte / Mario Rossi", "© Regione Piemonte",
// "A & B". Never a word such as "e", which would leave Italian between two translated names.
const CREDIT_PARTS = /(©\s*|\s*[/|·,;]\s*|\s+[–—&-]\s+)/u;

/**
 * A picture's credit as `language` writes it: a body the offices name in that language, or the glossary does, takes
 * that name (the whole credit, or each part of one that names several); anything else, a photographer's own name
 * above all, stays as written.
 */
export function creditIn(credit: string, offices: (PressOffice | undefined)[], language: Language, glossary: Glossary | undefined): string {
  if (language === SOURCE_LANGUAGE) return credit;
  const named = (part: string): string => {
    const office = offices.find((one) => one?.name === part);
    return office ? officeIn(office, language, glossary)!.name : (termIn(glossary, part, language as TargetLanguage) ?? part);
  };
  return credit
    .split(CREDIT_PARTS)
    .map((part, index) => (index % 2 === 0 && part !== '' ? named(part) : part))
    .join('');
}

/** The release's press office; a project that names none speaks as its press room. */
export function pressOffice(office: PressOffice | undefined, labels: Labels, baseUrl?: string): PressOffice {
  return office ?? { name: labels.t('site.name'), ...(baseUrl ? { url: baseUrl } : {}) };
}

/** The year the copyright runs from: the release's own calendar year. */
export const copyrightYear = (date: string): string => date.slice(0, 4);

/** "© 2025 Regione Piemonte" */
export const copyrightNotice = (office: PressOffice, date: string): string => `© ${copyrightYear(date)} ${office.name}`;
