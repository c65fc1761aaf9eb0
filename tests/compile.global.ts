// Tests that spawn `pressroom` run the compiled pipeline (dist/): compile it from the sources under test first,
// so a spawned CLI never runs older code than the in-process tests.
import { execFileSync } from 'node:child_process';

export default function compile(): void {
  execFileSync('npm', ['run', '--silent', 'compile'], { stdio: 'inherit' });
}
