// `pressroom check`: translation QA on every release and language, as file:line:col messages or JSON.
import { resolve } from 'node:path';
import type { TargetLanguage } from '../../release.ts';
import { checkRelease, type Finding } from '../../check/index.ts';
import { formatMessages } from '../../problems.ts';
import type { Console } from '../report.ts';
import { EMPTY_GLOSSARY } from '../../glossary.ts';
import { readGlossaryFile } from '../../project/glossary-file.ts';
import { readWorkspace } from '../../project/workspace.ts';

export interface CheckOptions {
  root: string;
  languages: TargetLanguage[];
  releases?: string[];
  format: 'text' | 'json';
}

export function formatFinding(finding: Finding): string {
  const onRelease = finding.file.startsWith('releases/');
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${onRelease ? `${finding.language}: ` : ''}${finding.message} [pressroom:${finding.rule}]`;
}

export async function runCheck(options: CheckOptions, io: Console): Promise<number> {
  const root = resolve(options.root);
  const [workspace, glossaryFile] = await Promise.all([readWorkspace(root, options.languages), readGlossaryFile(root)]);
  const broken: string[] = workspace.releaseReports.flatMap(formatMessages);
  // A broken glossary is reported and the other rules still run; glossary terms are checked once it is fixed.
  broken.push(...formatMessages(glossaryFile.file));
  const glossary = glossaryFile.glossary ?? EMPTY_GLOSSARY;
  const unknown = (options.releases ?? []).filter((id) => !workspace.releases.some((release) => release.id === id));
  for (const id of unknown) broken.push(`releases/${id}.md:1:1: error: no release with id ${id} (or it has errors) [pressroom:check]`);
  const findings: Finding[] = [];
  for (const release of workspace.releases) {
    if (options.releases && !options.releases.includes(release.id)) continue;
    for (const language of options.languages) {
      const source = workspace.memory(language, release);
      if (source.text !== undefined && !source.memory) {
        broken.push(...formatMessages(source.file));
        continue;
      }
      findings.push(
        ...checkRelease({
          release,
          language,
          memory: source.memory,
          memoryFile: source.text === undefined ? undefined : { path: source.path, text: source.text },
          glossary,
        }),
      );
    }
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const brokenErrors = broken.filter((line) => / error: /.test(line)).length;
  if (options.format === 'json') {
    io.log(JSON.stringify({ findings, problems: broken }, null, 2));
  } else {
    for (const line of broken) io.error(line);
    for (const finding of findings) io.log(formatFinding(finding));
    // Problems in the sources themselves (a broken glossary or memory) count too, so the summary agrees with the exit code.
    const allErrors = errors + brokenErrors;
    const warnings = findings.length - errors + broken.length - brokenErrors;
    io.error(findings.length === 0 && broken.length === 0 ? 'no problems found' : `${allErrors} error${allErrors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  }
  return errors + brokenErrors > 0 ? 1 : 0;
}
