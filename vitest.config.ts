import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files, longest first, as measured on the CI machine. Vitest starts the longest files first only when
 * its cache (node_modules/.vite) knows their durations; CI's `npm ci` removes that cache, and Vitest then starts the
 * largest files first, which left a short file of long builds to run alone at the end.
 */
const LONGEST = [
  'tests/incremental.test.ts',
  'tests/held-rebuilt.test.ts',
  'tests/review-desk-browser.test.ts',
  'tests/photos.test.ts',
  'tests/incremental-pages.test.ts',
  // Not long alone (2 s), but run late in a worker that had run much else it took 70 s and timed out: early.
  'tests/quotes-scan.test.ts',
  'tests/review-browser.test.ts',
  'tests/status-digest.test.ts',
  'tests/quotes-eval.test.ts',
  'tests/startup.test.ts',
  'tests/review-eyes-browser.test.ts',
  'tests/quotes-cli.test.ts',
  'tests/hostile-paths.test.ts',
  'tests/translate-deepl.test.ts',
  'tests/output.test.ts',
  'tests/html-validate.test.ts',
  'tests/cli-translate.test.ts',
  'tests/dev-reload.test.ts',
  'tests/bad-input.test.ts',
  'tests/project-read.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONGEST.indexOf(relative(file.project.config.root, file.moduleId));
      return at === -1 ? LONGEST.length : at;
    };
    // Array sort is stable: the other files keep the order Vitest gave them.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/compile.global.ts'],
    // CLI and browser tests start real processes; the machines are shared, so allow them time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest runs (cores - 1) files at once by default: one on these 2-core machines. Most files here wait on
    // child processes, servers and a browser: three at a time keep both cores busy (the whole suite, idle: 330 s
    // with two, 287 s with three).
    maxWorkers: 3,
    // Test files share each worker's module cache: they import the same pipeline, and loading it again for each of
    // 69 files cost 48 s of the run. Tests own their state (temp projects, servers they close), so none leaks.
    isolate: false,
    // Builds and the quote evaluation allocate much and keep little: a larger young generation collects less often
    // (the whole suite, idle: 248 s against 252 and 260 s).
    execArgv: ['--max-semi-space-size=64'],
    sequence: { sequencer: LongestFirst },
  },
});
