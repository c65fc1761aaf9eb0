// The robots release under an embargo lifting 2025-12-06 12:00, with machine memories in en and ja: the project the
// embargo-and-record tests build, at moments before, during and after the embargo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROBOTS } from './fixture.ts';
import { memoryFor, memoryJson } from './memory.ts';
import { makeProject, type Project } from './project.ts';
import { loadReleases } from '../../pipeline/publish/render-release.ts';

export const EMBARGOED = ROBOTS.replace('dateline:', 'embargo: 2025-12-06T12:00:00+01:00\nupdated: 2025-11-10T10:00:00+01:00\ndateline:');
export const FIRST = new Date('2025-12-01T00:00:00Z');
export const LATER = new Date('2025-12-05T08:00:00Z');
/** After the lift. */
export const LIFTED = new Date('2025-12-09T08:00:00Z');

export function embargoedRobotProject(): Project {
  const project = makeProject();
  project.write('releases/robot.md', EMBARGOED);
  const [parsed] = loadReleases([{ path: 'releases/robot.md', text: EMBARGOED }]).releases;
  for (const language of ['en', 'ja'] as const) project.write(`locales/${language}/releases/robot.json`, memoryJson(memoryFor(parsed!, language, (html) => `[${language}] ${html}`)));
  return project;
}

/** A ninjs item of the project, by its path. */
export const readItem = (project: Project, path: string) => JSON.parse(readFileSync(join(project.root, path), 'utf8')) as { version: string; pubStatus?: string };
