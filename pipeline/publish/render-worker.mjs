// Worker threads do not inherit the entry point's tsx hooks. Under vitest, dist/ holds these very sources
// bundled (tests/compile.global.ts compiles them first and says so in PRESSROOM_WORKER_FROM_DIST): each thread
// loads that instead of compiling the pipeline again, a second of processor time per thread. Otherwise, tsx.
if (process.env.PRESSROOM_WORKER_FROM_DIST === '1') {
  await import('../../dist/render-worker.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./render-worker.ts');
}
