// Hugo's full build of the same corpus, for the bench's ratios (issue 20): the Debian package's `hugo`, on a site
// made of the generated releases in the three languages (the Italian text in each, as Hugo has no memories), with
// one page per release and a paginated list per language. Absent Hugo, the bench says so and leaves the column out.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `hugo version`, or undefined when there is no hugo on PATH. */
export function hugoVersion(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

const CONFIG = `baseURL = "https://pressroom.example/"
defaultContentLanguage = "it"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term"]
buildFuture = true
paginate = 50
[languages.it]
  contentDir = "content/it"
  weight = 1
[languages.en]
  contentDir = "content/en"
  weight = 2
[languages.ja]
  contentDir = "content/ja"
  weight = 3
`;

const SINGLE = `<!DOCTYPE html><html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>{{ range .Translations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">{{ end }}</head><body><h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time></p>{{ .Content }}</body></html>
`;
const LIST = `<!DOCTYPE html><html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><ul>{{ range (.Paginate .Site.RegularPages.ByDate.Reverse).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul></body></html>
`;

/** Write the Hugo site for the corpus at `root` into `root/hugo`; returns its directory. */
export function hugoSite(root: string, ids: string[]): string {
  const site = join(root, 'hugo');
  mkdirSync(join(site, 'layouts', '_default'), { recursive: true });
  writeFileSync(join(site, 'hugo.toml'), CONFIG);
  writeFileSync(join(site, 'layouts', '_default', 'single.html'), SINGLE);
  writeFileSync(join(site, 'layouts', '_default', 'list.html'), LIST);
  for (const language of ['it', 'en', 'ja']) {
    mkdirSync(join(site, 'content', language), { recursive: true });
    // Same file name in each language: Hugo links them as translations of one another.
    for (const id of ids) writeFileSync(join(site, 'content', language, `${id}.md`), readFileSync(join(root, 'releases', `${id}.md`), 'utf8'));
  }
  return site;
}

/** One full build of the site from scratch (its public/ removed first), in ms. */
export function hugoBuild(site: string): number {
  execFileSync('rm', ['-rf', join(site, 'public'), join(site, 'resources')]);
  execFileSync('sync');
  const start = performance.now();
  execFileSync('hugo', ['--quiet', '--source', site, '--destination', join(site, 'public')], { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - start;
}
