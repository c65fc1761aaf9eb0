// Tests that spawn `pressroom` run the compiled pipeline (dist/): compile it from the sources under test first,
// so a spawned CLI never runs older code than the in-process tests. `npm ci` has just compiled the same sources
// when dist/version.json names their hash: then there is nothing to do.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sourcesVersion } from '../pipeline/publish/pipeline-version.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export default async function compile(): Promise<void> {
  const compiled = (() => {
    try {
      return (JSON.parse(readFileSync(`${ROOT}dist/version.json`, 'utf8')) as { version: string }).version;
    } catch {
      return undefined;
    }
  })();
  if (compiled !== (await sourcesVersion(ROOT))) execFileSync('npm', ['run', '--silent', 'compile'], { stdio: 'inherit', cwd: ROOT });
  // dist/ is now these sources compiled: render threads of in-process builds may load it (render-worker.mjs).
  process.env.PRESSROOM_WORKER_FROM_DIST = '1';
}
