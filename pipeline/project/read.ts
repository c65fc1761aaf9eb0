// The project tree on disk: releases/, locales/ and the site settings, read once at the edge.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { Language, PressOffice, TargetLanguage } from '../release.ts';
import { LANGUAGES, TARGET_LANGUAGES } from '../release.ts';
import { readProjectFile, sourceOfRead, type SourceFile } from './source-file.ts';
import type { UiStrings } from '../render/i18n.ts';
import { readPressroomSettings } from './package-file.ts';
import { DEFAULT_POLICIES, PUBLICATION_POLICIES, type Policies, type PublicationPolicy } from '../publish/publication-policy.ts';
import { ProblemError } from '../problems.ts';

export const DEFAULT_BASE_URL = 'https://pressroom.example/';

async function listFiles(dir: string, extension: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

// Thousands of releases and memories are read at once, but never with more files open than this, together.
const reading = pLimit(64);
/** A release or memory file; one that vanished since it was listed reads as a problem of that file. */
const readSource = (root: string, path: string): Promise<SourceFile> =>
  reading(async () => sourceOfRead(path, readProjectFile(root, path) ?? { problem: { reason: 'the file disappeared while it was being read; run again', rule: 'not-a-file' } }));

/** The release files, as paths relative to the project: releases/x.md, sorted. */
export async function listReleases(root: string): Promise<string[]> {
  return (await listFiles(join(root, 'releases'), '.md')).map((name) => `releases/${name}`);
}

export async function readReleases(root: string): Promise<SourceFile[]> {
  return Promise.all((await listReleases(root)).map((path) => readSource(root, path)));
}

export async function readMemories(root: string, languages: readonly TargetLanguage[] = TARGET_LANGUAGES): Promise<Partial<Record<TargetLanguage, Record<string, SourceFile>>>> {
  const memories: Partial<Record<TargetLanguage, Record<string, SourceFile>>> = {};
  for (const language of languages) {
    const dir = join(root, 'locales', language, 'releases');
    const names = await listFiles(dir, '.json');
    const files = await Promise.all(names.map((name) => readSource(root, `locales/${language}/releases/${name}`)));
    memories[language] = Object.fromEntries(names.map((name, index) => [name.slice(0, -'.json'.length), files[index]!]));
  }
  return memories;
}

/** The bytes of each language's ui.json, unparsed: what a build's settings key is made of. */
export function readUiTexts(root: string): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, readProjectFile(root, `locales/${language}/ui.json`)?.bytes?.toString('utf8') ?? null])) as Record<Language, string>;
}

// The validators (zod, yaml) load only when settings are parsed: a build with nothing to render does without them.
export async function readUi(root: string): Promise<Record<Language, UiStrings>> {
  const { parseUi } = await import('./ui-file.ts');
  const entries = LANGUAGES.map((language) => {
    const path = `locales/${language}/ui.json`;
    const read = readProjectFile(root, path);
    if (!read) throw new ProblemError(path, 'the file is missing; copy it from another language and translate it', 'ui-file');
    if (read.problem) throw new ProblemError(path, read.problem.reason, read.problem.rule);
    return [language, parseUi(language, read.bytes.toString('utf8'))] as const;
  });
  return Object.fromEntries(entries) as Record<Language, UiStrings>;
}

/** The "pressroom" block of the project's package.json; empty for a bare releases/ + locales/ tree. */
export async function readConfig(root: string): Promise<{ baseUrl?: string; office?: unknown }> {
  const { baseUrl, office } = readPressroomSettings(root);
  return { ...(typeof baseUrl === 'string' ? { baseUrl } : {}), office };
}

/** The site's public address: --base-url, then package.json "pressroom.baseUrl", then a placeholder domain. */
export async function readBaseUrl(root: string, flag?: string): Promise<string> {
  const value = flag || (await readConfig(root)).baseUrl;
  let url: URL;
  try {
    url = new URL(value ?? DEFAULT_BASE_URL);
  } catch {
    throw new ProblemError(flag ? '' : 'package.json', `the base URL ${JSON.stringify(value)} is not an absolute address such as https://press.example.org/`, 'base-url');
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The press office of package.json "pressroom.office" ({ name, url, logo, email }), if the project names one. */
export async function readPressOffice(root: string): Promise<PressOffice | undefined> {
  const { office } = await readConfig(root);
  if (office === undefined) return undefined;
  const { pressOfficeSchema } = await import('../parse/front-matter.ts');
  const result = pressOfficeSchema.safeParse(office);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ProblemError('package.json', `"pressroom.office${issue.path.map((part) => `.${String(part)}`).join('')}" ${issue.message}`, 'office');
  }
  return result.data;
}

/**
 * The publication policy per language, package.json "pressroom": { "publication": { "en": "machine" } }:
 * `reviewed` (the default) or `machine`. A value that is neither is a problem, never a silent default.
 */
export async function readPolicies(root: string): Promise<{ policies: Policies; problem?: string }> {
  // No package.json: a bare releases/ + locales/ tree publishes reviewed translations only.
  const configured = readPressroomSettings(root).publication;
  const policies: Policies = { ...DEFAULT_POLICIES };
  if (configured === undefined) return { policies };
  if (typeof configured !== 'object' || configured === null || Array.isArray(configured)) {
    return { policies, problem: `"pressroom.publication" must be an object such as { "en": "reviewed", "ja": "machine" }` };
  }
  for (const [language, value] of Object.entries(configured)) {
    if (!TARGET_LANGUAGES.includes(language as TargetLanguage)) return { policies, problem: `"pressroom.publication" names ${language}; the languages are ${TARGET_LANGUAGES.join(', ')}` };
    if (!PUBLICATION_POLICIES.includes(value as PublicationPolicy)) return { policies, problem: `"pressroom.publication.${language}" must be ${PUBLICATION_POLICIES.slice(0, -1).join(', ')} or ${PUBLICATION_POLICIES.at(-1)}, not ${JSON.stringify(value)}` };
    policies[language as TargetLanguage] = value as PublicationPolicy;
  }
  return { policies };
}

/**
 * The languages where four eyes apply (a reviewed translation is approved only by someone other than its last
 * editor): package.json "pressroom": { "fourEyes": ["en"] }, and every language whose publication policy is
 * `approved`, which needs them.
 */
export async function readFourEyes(root: string): Promise<{ languages: Set<TargetLanguage>; problem?: string }> {
  // No package.json: no four eyes.
  const configured = readPressroomSettings(root).fourEyes;
  const { policies, problem } = await readPolicies(root);
  const languages = new Set(TARGET_LANGUAGES.filter((language) => policies[language] === 'approved'));
  if (problem) return { languages, problem };
  if (configured === undefined) return { languages };
  if (!Array.isArray(configured) || configured.some((language) => !TARGET_LANGUAGES.includes(language as TargetLanguage))) {
    return { languages, problem: `package.json "pressroom.fourEyes" must list languages among ${TARGET_LANGUAGES.join(', ')}, such as ["en"], not ${JSON.stringify(configured)}` };
  }
  for (const language of configured as TargetLanguage[]) languages.add(language);
  return { languages };
}
