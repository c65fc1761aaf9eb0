// The project's own unified plugins for a release: each reads or transforms the tree, reports through
// `file.message` and leaves what it learned in `file.data`.
import type { Root as MdastRoot, Yaml } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { basename, extname } from 'node:path';
import type { ParsedRelease, Release } from '../release.ts';
import { reportError, reportWarning, hasErrors, pendingWarning } from '../problems.ts';
import { extractQuotes, type QuoteExtraction } from '../quotes/index.ts';
import type { Timings } from '../timings.ts';
import { MAX_ID_LENGTH, readFrontMatter, RELEASE_ID, type FrontMatter } from './front-matter.ts';
import { checkBody } from './body.ts';
import { checkStructureLimits } from './limits.ts';
import { checkNumberStyle } from './number-style.ts';
import { parseBoilerplate } from './markdown.ts';
import { segmentTrees } from './segments.ts';

const fileStem = (file: VFile) => {
  const path = file.path ?? 'release.md';
  return basename(path, extname(path));
};

declare module 'vfile' {
  interface DataMap {
    /** Validated front matter and where each field starts. */
    frontMatter: FrontMatter;
    /** Validated front matter and the body tree, once the release parsed without errors. */
    parsed: ParsedRelease;
    /** Quotations, their marks in the source, and the warnings about quotation marks (not yet on the file). */
    quotes: Omit<QuoteExtraction, 'problems'> & { problems: VFileMessage[] };
    /** The release cut into segments. */
    release: Release;
    /** Stage timings, when the caller keeps them. */
    timings: Timings;
  }
}

/** Where the front matter ends and the body begins: the YAML node, or undefined when the file has none. */
function frontMatterNode(tree: MdastRoot): Yaml | undefined {
  const first = tree.children[0];
  return first?.type === 'yaml' ? first : undefined;
}

/** Front matter into `file.data.frontMatter`: YAML read with positions, validated, each issue placed on its node. */
export function remarkReleaseFrontMatter() {
  return (tree: MdastRoot, file: VFile) => {
    const text = String(file.value).replace(/^\uFEFF/, '');
    if (text.trim() === '') {
      reportError(file, 'the file is empty; a release needs front matter (title, date) and a body', 'empty-release', { line: 1, column: 1 });
      return;
    }
    const yaml = frontMatterNode(tree);
    if (!yaml) {
      reportError(file, 'no front matter: start the file with a `---` line, the fields (title, date, …) and another `---` line', 'no-front-matter', { line: 1, column: 1 });
      return;
    }
    const from = yaml.position?.start.offset ?? 0;
    const yamlStart = from + text.slice(from).indexOf('\n') + 1;
    file.data.frontMatter = readFrontMatter(file, yaml.value, yamlStart, fileStem(file));
  };
}

/** Body rules, lint-style: only the Markdown a release may hold, and some body text after the front matter. */
export function remarkBodyRules() {
  return (tree: MdastRoot, file: VFile) => {
    const yaml = frontMatterNode(tree);
    if (!yaml) return;
    const body: MdastRoot = { ...tree, children: tree.children.slice(1) };
    const clean = checkBody(file, body);
    checkNumberStyle(file, body);
    if (clean && !body.children.some((node) => node.type !== 'definition')) {
      reportError(file, 'the release has no body text after the front matter', 'empty-release', yaml.position?.end);
    }
  };
}

/** Directories of out/<lang>/ that are the site's own (the index's pages, the archive by month), not releases. */
const RESERVED_IDS = ['page', 'archive'];

/** The id checked against the file name, the boilerplate parsed and checked; the result into `file.data.parsed`. */
export function remarkRelease() {
  return (tree: MdastRoot, file: VFile) => {
    const front = file.data.frontMatter;
    if (!front) return;
    const { meta, fieldPositions } = front;
    const fallbackId = fileStem(file);
    if (!RELEASE_ID.test(meta.id)) {
      reportError(file, `the file name gives the id \`${meta.id}\`, which is not a valid id; rename the file to lowercase letters, digits and hyphens (like bando-pmi-2025.md)`, 'id-invalid', { line: 1, column: 1 });
    } else if (meta.id.length > MAX_ID_LENGTH) {
      reportError(file, `the file name gives an id of ${meta.id.length} characters, more than the ${MAX_ID_LENGTH} an id may be (it names the release's folders and files); rename the file shorter`, 'id-invalid', { line: 1, column: 1 });
    } else if (RESERVED_IDS.includes(meta.id)) {
      reportError(file, `the id \`${meta.id}\` is the name of the site's own pages (out/<lang>/${meta.id}/); give the release another id (like ${meta.id}-2025), in front matter or by renaming the file`, 'id-reserved', fieldPositions.id ?? { line: 1, column: 1 });
    } else if (meta.id !== fallbackId) {
      reportWarning(file, `front matter id \`${meta.id}\` differs from the file name; outputs and translations use the id, so consider renaming the file to ${meta.id}.md`, 'id-mismatch', fieldPositions.id);
    }

    let boilerplate: ParsedRelease['boilerplate'];
    if (meta.boilerplate && !checkStructureLimits(file, meta.boilerplate, { firstLine: fieldPositions.boilerplate?.line })) return;
    if (meta.boilerplate) {
      boilerplate = parseBoilerplate(meta.boilerplate);
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
    if (hasErrors(file)) return;
    const body: MdastRoot = { ...tree, children: tree.children.slice(1) };
    file.data.parsed = { path: file.path ?? 'release.md', meta, body, boilerplate, fieldPositions };
  };
}

/** Quotations of a parsed body into `file.data.quotes`; their warnings wait there until the release is known to be built. */
export function remarkQuotes() {
  return (_tree: MdastRoot, file: VFile) => {
    const parsed = file.data.parsed;
    if (!parsed) return;
    const timings = file.data.timings;
    const start = timings ? performance.now() : 0;
    const { quotes, marks, problems } = extractQuotes(parsed);
    const messages = problems.map((problem) => pendingWarning(file, problem.reason, problem.rule, problem.position));
    file.data.quotes = { quotes, marks, problems: messages };
    if (timings) timings.quotes += performance.now() - start;
  };
}

/** The body's hast (from remark-rehype) and the boilerplate cut into segments, into `file.data.release`. */
export function rehypeSegments() {
  return (tree: HastRoot, file: VFile) => {
    const parsed = file.data.parsed;
    if (!parsed) return;
    const { quotes = [], marks = [] } = file.data.quotes ?? {};
    file.data.release = segmentTrees(parsed, tree, quotes, marks);
  };
}
