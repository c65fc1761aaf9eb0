// Parse: a release file (front matter + Markdown) into validated metadata and Markdown trees.
import type { VFile } from 'vfile';
import type { Yaml } from 'mdast';
import { basename, extname } from 'node:path';
import type { ParsedRelease } from '../release.ts';
import { reportError, reportWarning } from '../problems.ts';
import { parseMarkdown } from './markdown.ts';
import { readFrontMatter, RELEASE_ID } from './front-matter.ts';
import { checkBody } from './body.ts';
import { checkStructureLimits } from './limits.ts';
import { checkControlCharacters } from './characters.ts';

export { isIsoWithOffset, RELEASE_ID } from './front-matter.ts';
export { segmentRelease, segmentKey } from './segments.ts';
export type { QuoteMark } from './segments.ts';

/** Parse one release file. Problems go to `file.messages`; the result is undefined when any is an error. */
export function parseRelease(file: VFile): ParsedRelease | undefined {
  const text = String(file.value).replace(/^\uFEFF/, '');
  const path = file.path ?? 'release.md';
  const fallbackId = basename(path, extname(path));

  if (text.trim() === '') {
    reportError(file, 'the file is empty; a release needs front matter (title, date) and a body', 'empty-release', { line: 1, column: 1 });
    return undefined;
  }
  // The BOM (if any) was taken off the front of `text`: places are in the file as it is.
  const controlFree = checkControlCharacters(file, text, String(file.value).length - text.length);
  if (!checkStructureLimits(file, text, { frontMatter: true })) return undefined;
  const tree = parseMarkdown(text);
  const first = tree.children[0];
  if (first?.type !== 'yaml') {
    reportError(file, 'no front matter: start the file with a `---` line, the fields (title, date, …) and another `---` line', 'no-front-matter', { line: 1, column: 1 });
    return undefined;
  }
  const yamlStart = (first.position?.start.offset ?? 0) + text.slice(first.position?.start.offset ?? 0).indexOf('\n') + 1;
  const front = readFrontMatter(file, (first as Yaml).value, yamlStart, fallbackId);

  const body = { ...tree, children: tree.children.slice(1) };
  const bodyClean = checkBody(file, body);
  if (bodyClean && !body.children.some((node) => node.type !== 'definition')) {
    reportError(file, 'the release has no body text after the front matter', 'empty-release', first.position?.end);
  }
  if (!front || !controlFree) return undefined;
  const { meta, fieldPositions } = front;

  if (!RELEASE_ID.test(meta.id)) {
    reportError(file, `the file name gives the id \`${meta.id}\`, which is not a valid id; rename the file to lowercase letters, digits and hyphens (like bando-pmi-2025.md)`, 'id-invalid', { line: 1, column: 1 });
  } else if (meta.id !== fallbackId) {
    reportWarning(file, `front matter id \`${meta.id}\` differs from the file name; outputs and translations use the id, so consider renaming the file to ${meta.id}.md`, 'id-mismatch', fieldPositions.id);
  }

  let boilerplate: ParsedRelease['boilerplate'];
  if (meta.boilerplate && !checkStructureLimits(file, meta.boilerplate, { firstLine: fieldPositions.boilerplate?.line })) return undefined;
  if (meta.boilerplate) {
    boilerplate = parseMarkdown(meta.boilerplate, false);
    const origin = fieldPositions.boilerplate;
    // Boilerplate positions are relative to the YAML string; place them on the field instead.
    const stamp = (node: { position?: unknown; children?: unknown[] }) => {
      if (origin) node.position = { start: origin, end: origin };
      else delete node.position;
      for (const child of (node.children ?? []) as typeof node[]) stamp(child);
    };
    stamp(boilerplate as never);
    checkBody(file, boilerplate, 'the boilerplate');
  }

  if (file.messages.some((message) => message.fatal)) return undefined;
  return { path, meta, body, boilerplate, fieldPositions };
}
