// A project for the review server: one release whose segments stand reviewed, machine, stale and missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Release } from '../../pipeline/release.ts';
import type { Memory } from '../../pipeline/translate/memory.ts';
import { serializeMemory } from '../../pipeline/translate/memory-file.ts';
import { entry, memoryOf, releaseFrom } from './review.ts';
import { makeProject, type Project } from './project.ts';

export const RELEASE_ID = 'bando-innovazione';

const FRONT = `title: "Pmi, dalla Regione Piemonte 12 milioni di euro per l’innovazione digitale"
subtitle: Approvato il bando “Piemonte Digitale Impresa”
dateline: { city: Torino, agency: Italpress }`;

const BEFORE = `La Regione Piemonte mette a disposizione 12 milioni di euro per le piccole e medie imprese che investono in innovazione digitale.

Le domande si presentano online dal 15 gennaio 2026.

Il bando sostiene progetti tra 25.000 e 250.000 euro.

Per informazioni: [sito della Regione](https://www.regione.piemonte.it).`;

// The Italian after an edit: the second paragraph changed, so its translations are stale.
const AFTER = BEFORE.replace('Le domande si presentano online dal 15 gennaio 2026.', 'Le domande si inviano esclusivamente online dal 15 gennaio al 31 marzo 2026.');

const EN: Record<number, string> = {
  0: 'SMEs: €12 million from the Piedmont Region for digital innovation',
  1: 'The “Piemonte Digitale Impresa” call is approved',
  2: 'The Piedmont Region is making €12 million available to small and medium-sized enterprises investing in digital innovation.',
  3: 'Applications can be submitted online from 15 January 2026.',
  4: 'The call supports projects of between €25,000 and €250,000.',
};
const JA: Record<number, string> = {
  0: '中小企業のデジタル革新に州が1,200万ユーロ',
  1: '公募「ピエモンテ・デジタル・インプレーザ」を承認',
  2: 'ピエモンテ州は、デジタルイノベーションに投資する中小企業を対象に、1,200万ユーロの予算を用意した。',
  3: '申請は2026年1月15日からオンラインで受け付ける。',
};

export interface ReviewProject {
  project: Project;
  release: Release;
  /** The segments of the current release, in order. */
  keys: string[];
  memory(language: 'en' | 'ja'): Memory;
  memoryText(language: 'en' | 'ja'): string;
}

/**
 * English: title and subtitle reviewed, two paragraphs machine, one stale, the link paragraph missing.
 * Japanese: title reviewed, subtitle machine (or `hostile` text), first paragraph machine, one stale, two missing.
 */
export function reviewProject(options: { hostile?: string } = {}): ReviewProject {
  const project = makeProject();
  const old = releaseFrom(RELEASE_ID, FRONT, BEFORE).release;
  const current = releaseFrom(RELEASE_ID, FRONT, AFTER);
  project.write(`releases/${RELEASE_ID}.md`, current.text);
  const en = memoryOf(old, 'en', (source, index) =>
    EN[index] === undefined ? undefined : entry(source, EN[index]!, index < 2 ? { state: 'reviewed', engine: 'human', reviewer: 'Laura Ferrero' } : {}),
  );
  const ja = memoryOf(old, 'ja', (source, index) => {
    if (index === 1 && options.hostile) return entry(source, options.hostile);
    return JA[index] === undefined ? undefined : entry(source, JA[index]!, index === 0 ? { state: 'reviewed', engine: 'human', reviewer: '佐藤 花子' } : {});
  });
  if (options.hostile) {
    // The stale paragraph's old translation is hostile too: it is shown as text in the change box.
    const staleKey = old.segments[3]!.key;
    ja.segments[staleKey] = { ...ja.segments[staleKey]!, target: options.hostile };
  }
  project.write(`locales/en/releases/${RELEASE_ID}.json`, serializeMemory(en, old));
  project.write(`locales/ja/releases/${RELEASE_ID}.json`, serializeMemory(ja, old));
  const memoryText = (language: 'en' | 'ja') => readFileSync(join(project.root, `locales/${language}/releases/${RELEASE_ID}.json`), 'utf8');
  return {
    project,
    release: current.release,
    keys: current.release.segments.map((segment) => segment.key),
    memory: (language) => JSON.parse(memoryText(language)) as Memory,
    memoryText,
  };
}
