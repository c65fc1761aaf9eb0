// A realistic corpus for measurements: N Italian releases with quotes, some embargoed, and complete
// en/ja memories generated for the benchmark only (they never go into locales/).
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { serializeMemory } from '../pipeline/translate/memory-file.ts';
import type { Memory } from '../pipeline/translate/memory.ts';
import { numbersIn, numberValue } from '../pipeline/check/rules/numbers.ts';

/** mulberry32: a small seeded generator, so the same N gives the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Torino', 'Milano', 'Roma', 'Napoli', 'Firenze', 'Genova', 'Bologna', 'Venezia'];
const AGENCIES = ['Italpress', 'ANSA', 'AGI', 'Adnkronos'];
const SUBJECTS = ['La Regione', 'Il Comune', 'L’Università', 'La Camera di Commercio', 'Il consorzio', 'La fondazione'];
const VERBS = ['ha approvato', 'presenta', 'finanzia', 'avvia', 'rafforza', 'sostiene'];
const OBJECTS = ['un piano per la mobilità sostenibile', 'un bando per le imprese innovative', 'la rete dei servizi sanitari territoriali', 'un programma di formazione digitale', 'nuovi investimenti nella ricerca', 'la candidatura ai fondi europei'];
const DETAILS = ['con una dotazione di 4,5 milioni di euro', 'per oltre 2.800 aziende del territorio', 'entro il 31 marzo 2026', 'in collaborazione con gli enti locali', 'con il contributo del Programma FESR 2021-2027', 'a partire dal prossimo anno scolastico'];
const NAMES = ['Andrea Rossi', 'Chiara Bellini', 'Marco Conti', 'Elena Gallo', 'Luca Ferrari', 'Giulia Romano', 'Paolo Ricci', 'Sara Marino'];
const ROLES = ['assessore regionale allo Sviluppo economico', 'presidente della fondazione', 'rettrice dell’Università', 'sindaco della città', 'direttore generale del consorzio'];

// Japanese stand-ins are Japanese text, so line breaking and phrase detection do the work real translations ask of them.
// Figures are not among them: each stand-in carries the figures of its own Italian, so the number check passes.
const JAPANESE = ['州政府は', '中小企業の', 'デジタル化を', '支援するため、', '新たな補助金制度を', '発表した。', '研究開発への投資は', '地域経済の', '競争力を高める', 'ことが期待される。', 'トリノ市は', '持続可能な交通計画を', '承認し、', '期限までに', '申請を受け付ける。', '多くの企業が', '対象となる。', '大学と病院は', '共同で', '実証実験を', '開始する。', '欧州の基金を', '活用して', '地域の', 'ネットワークを', '強化する。'];
const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** English figures for the Italian ones of a text (4,5 milioni -> 4.5 million, 2.800 -> 2,800, marzo -> March). */
function englishFigures(text: string): string {
  return text
    .replace(/(\d+(?:[.,]\d+)*)(\s(?:milioni|miliardi|mila)\b)?/gu, (_, written: string, scale?: string) => {
      const value = numberValue(written, 'it')[0]!;
      const english = value.toLocaleString('en-GB', { maximumFractionDigits: 3, useGrouping: !/^\d{4}$/.test(written) });
      return scale ? `${english} ${{ milioni: 'million', miliardi: 'billion', mila: 'thousand' }[scale.trim()]}` : english;
    })
    .replace(new RegExp(`\\b(${MONTHS_IT.join('|')})\\b`, 'gu'), (month) => MONTHS_EN[MONTHS_IT.indexOf(month)]!);
}

/** What a Japanese translation keeps of the Italian: its figures (as digits) and the surnames of those it quotes. */
function japaneseKept(html: string): string {
  const text = html.replace(/<[^>]*>/g, '');
  const figures = numbersIn(text, 'it');
  const names = NAMES.filter((name) => text.includes(name)).map((name) => name.split(' ').at(-1)!);
  return [...figures, ...names].join(' ');
}

/** Japanese of about the length a translation would have (denser than Italian), markup kept where it was. */
function japaneseStandIn(html: string, pick: <T>(list: T[]) => T): string {
  return html.replace(/>([^<]*)<|^([^<]*)<|>([^<]*)$|^([^<]*)$/g, (whole, ...groups: (string | undefined)[]) => {
    const text = groups.slice(0, 4).find((group) => group !== undefined) ?? '';
    let japanese = '';
    while (japanese.length < text.length * 0.45) japanese += pick(JAPANESE);
    return whole.replace(text, text.trim() === '' ? text : japanese);
  });
}

export interface CorpusOptions {
  releases: number;
  seed?: number;
  /**
   * At most this many paragraphs a release (else 3 to 15): short releases for tests that need many releases, or
   * need to build them again and again, more than they need long ones.
   */
  paragraphs?: number;
}

function sentence(pick: <T>(list: T[]) => T): string {
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(DETAILS)}, ${pick(DETAILS)}.`;
}

/** Write releases/ and locales/ for `releases` releases into `root`; returns the release ids. */
/** The first release's date, and the time between two releases. */
const START = Date.UTC(2020, 0, 1);
const RELEASE_EVERY = 6 * 3600_000;

/** A moment after every release of a corpus of `releases` and every embargo in it. */
export const corpusEnd = (releases: number) => new Date(START + releases * RELEASE_EVERY + 86_400_000).toISOString();

export function generateCorpus(root: string, repo: string, options: CorpusOptions): string[] {
  const next = random(options.seed ?? 2025);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  mkdirSync(join(root, 'releases'), { recursive: true });
  for (const language of ['it', 'en', 'ja']) {
    mkdirSync(join(root, 'locales', language, 'releases'), { recursive: true });
    cpSync(join(repo, 'locales', language, 'ui.json'), join(root, 'locales', language, 'ui.json'));
  }
  cpSync(join(repo, 'locales', 'glossary.yaml'), join(root, 'locales', 'glossary.yaml'));

  const ids: string[] = [];
  for (let index = 0; index < options.releases; index++) {
    const id = `comunicato-${String(index + 1).padStart(5, '0')}`;
    const day = new Date(START + index * RELEASE_EVERY);
    const iso = `${day.toISOString().slice(0, 19)}+01:00`;
    const embargo = next() < 0.05 ? `\nembargo: ${new Date(day.getTime() + 3600_000).toISOString().slice(0, 19)}+01:00` : '';
    const paragraphs: string[] = [];
    const count = Math.min(3 + Math.floor(next() * 13), options.paragraphs ?? Infinity);
    for (let p = 0; p < count; p++) {
      const body = Array.from({ length: 2 + Math.floor(next() * 4) }, () => sentence(pick)).join(' ');
      paragraphs.push(
        next() < 0.3
          ? `“${body} ${sentence(pick)} – dichiara ${pick(NAMES)}, ${pick(ROLES)} – ${sentence(pick)}”.`
          : body,
      );
    }
    const text = `---
title: "${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} (${index + 1})"
subtitle: "${sentence(pick).slice(0, -1)}"
date: ${iso}${embargo}
dateline: { city: ${pick(CITIES)}, agency: ${pick(AGENCIES)} }
contacts:
  - { name: ${pick(NAMES)}, role: Ufficio stampa, email: stampa@example.org }
boilerplate: "${sentence(pick)}"
tags: [bench]
---

${paragraphs.join('\n\n')}
`;
    writeFileSync(join(root, 'releases', `${id}.md`), text);
    ids.push(id);
    const [release] = loadReleases([{ path: `releases/${id}.md`, text }]).releases;
    if (!release) throw new Error(`generated release ${id} does not parse`);
    for (const language of ['en', 'ja'] as const) {
      const memory: Memory = { release: id, language, segments: {} };
      for (const segment of release.segments) {
        // Stand-in targets of realistic length: benchmark data, never shipped as a translation.
        const target = language === 'ja' ? `${japaneseStandIn(segment.source, pick)}${japaneseKept(segment.source) ? ` ${japaneseKept(segment.source)}` : ''}` : `[EN] ${englishFigures(segment.source)}`;
        memory.segments[segment.key] = { source: segment.source, target, state: 'reviewed', engine: 'bench', updated: iso };
      }
      writeFileSync(join(root, 'locales', language, 'releases', `${id}.json`), serializeMemory(memory, release));
    }
  }
  return ids;
}

/** The releases/ folder of a seeded corpus made in a fresh temporary directory, for scripts given no releases of their own. */
export function corpusReleases(releases: number, seed = 1): string {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-corpus-'));
  generateCorpus(root, join(import.meta.dirname, '..'), { releases, seed });
  return join(root, 'releases');
}
