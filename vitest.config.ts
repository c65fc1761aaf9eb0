import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/compile.global.ts'],
    // CLI and browser tests start real processes; the machines are shared, so allow them time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest runs (cores - 1) files at once by default: one on these 2-core machines. Most files here wait on
    // child processes, servers and a browser, so two at a time keep both cores busy.
    maxWorkers: 2,
    // Test files share each worker's module cache: they import the same pipeline, and loading it again for each of
    // 69 files cost 48 s of the run. Tests own their state (temp projects, servers they close), so none leaks.
    isolate: false,
  },
});
