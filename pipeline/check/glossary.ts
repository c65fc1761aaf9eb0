// locales/glossary.yaml: terms written the same in every language (`keep`) and fixed translations (`terms`).
import { parse } from 'yaml';
import { z } from 'zod';
import type { TargetLanguage } from '../release.ts';

export interface Glossary {
  /** Written exactly so in every language: brands, names of bodies. */
  keep: string[];
  /** Italian term -> its fixed translation per language. */
  terms: Record<string, Partial<Record<TargetLanguage, string>>>;
}

const schema = z
  .object({
    keep: z.array(z.string().min(1)).default([]),
    terms: z.record(z.string().min(1), z.object({ en: z.string().min(1).optional(), ja: z.string().min(1).optional() }).strict()).default({}),
  })
  .strict();

export const EMPTY_GLOSSARY: Glossary = { keep: [], terms: {} };

/** Parse the glossary; throws with a readable reason when its shape is wrong. */
export function parseGlossary(text: string): Glossary {
  const result = schema.safeParse(parse(text) ?? {});
  if (!result.success) {
    throw new Error(result.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; '));
  }
  return result.data;
}
