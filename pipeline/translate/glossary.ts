// locales/glossary.yaml: fixed translations and do-not-translate terms, as DeepL glossary dictionaries.
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { z } from 'zod';
import type { VFile } from 'vfile';
import { TARGET_LANGUAGES, type TargetLanguage } from '../release.ts';
import { reportError } from '../problems.ts';

// DeepL glossary terms are one line each, without tabs.
const term = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).regex(/^[^\t\r\n]+$/, { error: 'must be one line without tabs' });

const glossarySchema = z
  .object({
    keep: z.array(term).default([]),
    terms: z.record(term, z.object({ en: term.optional(), ja: term.optional() }).strict()).default({}),
  })
  .strict();

export interface Glossary {
  /** Written the same in every language: organisation and product names. */
  keep: string[];
  /** Italian term -> its fixed translation per language. */
  terms: Record<string, Partial<Record<TargetLanguage, string>>>;
}

export interface GlossaryDictionary {
  language: TargetLanguage;
  /** Italian term -> target term, sorted by source term. */
  entries: Record<string, string>;
}

/** Read glossary.yaml; problems are reported on `file`, and the result is undefined on errors. */
export function readGlossary(file: VFile): Glossary | undefined {
  let data: unknown;
  try {
    data = parse(String(file.value)) ?? {};
  } catch (error) {
    const place = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    reportError(file, `glossary is not valid YAML (${(error as Error).message.split('\n')[0]})`, 'glossary', place ? { line: place.line, column: place.col } : { line: 1, column: 1 });
    return undefined;
  }
  const result = glossarySchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) reportError(file, `glossary ${issue.path.join('.') || 'file'}: ${issue.message}`, 'glossary', { line: 1, column: 1 });
    return undefined;
  }
  return result.data;
}

/** One dictionary per target language with at least one entry; a fixed translation wins over `keep`. */
export function glossaryDictionaries(glossary: Glossary): GlossaryDictionary[] {
  return TARGET_LANGUAGES.map((language) => {
    const entries = new Map<string, string>(glossary.keep.map((word) => [word, word]));
    for (const [source, targets] of Object.entries(glossary.terms)) {
      const target = targets[language];
      if (target) entries.set(source, target);
    }
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { language, entries: Object.fromEntries(sorted) };
  }).filter((dictionary) => Object.keys(dictionary.entries).length > 0);
}

/** The glossary's name on the DeepL account carries a hash of its entries: same entries, same glossary. */
export function glossaryName(dictionaries: GlossaryDictionary[]): string {
  const hash = createHash('sha256').update(JSON.stringify(dictionaries)).digest('hex').slice(0, 12);
  return `pressroom-${hash}`;
}
