// `pressroom check`: translation QA on every release and language, as file:line:col messages or JSON.
import { resolve } from 'node:path';
import type { TargetLanguage } from '../../release.ts';
import { VFile } from 'vfile';
import { statistics } from 'vfile-statistics';
import { checkRelease, findingJson, type Finding } from '../../check/index.ts';
import { formatMessage, formatMessages, reportError } from '../../problems.ts';
import type { Console } from '../report.ts';
import { EMPTY_GLOSSARY } from '../../glossary.ts';
import { readGlossaryFile } from '../../project/glossary-file.ts';
import { readWorkspace } from '../../project/workspace.ts';
import { readPolicies } from '../../project/read.ts';

export interface CheckOptions {
  root: string;
  languages: TargetLanguage[];
  releases?: string[];
  format: 'text' | 'json';
}

export async function runCheck(options: CheckOptions, io: Console): Promise<number> {
  const root = resolve(options.root);
  const [workspace, glossaryFile, { policies }] = await Promise.all([readWorkspace(root, options.languages), readGlossaryFile(root), readPolicies(root)]);
  // Problems in the sources themselves: broken releases, a broken glossary (the other rules still run) or memory.
  const broken: VFile[] = [...workspace.releaseReports, glossaryFile.file];
  const glossary = glossaryFile.glossary ?? EMPTY_GLOSSARY;
  const unknown = (options.releases ?? []).filter((id) => !workspace.releases.some((release) => release.id === id));
  for (const id of unknown) {
    const file = new VFile({ path: `releases/${id}.md` });
    reportError(file, `no release with id ${id} (or it has errors)`, 'check', { line: 1, column: 1 });
    broken.push(file);
  }
  const findings: Finding[] = [];
  for (const release of workspace.releases) {
    if (options.releases && !options.releases.includes(release.id)) continue;
    for (const language of options.languages) {
      const source = workspace.memory(language, release);
      if (source.text !== undefined && !source.memory) {
        broken.push(source.file);
        continue;
      }
      findings.push(
        ...checkRelease({
          release,
          language,
          memory: source.memory,
          memoryFile: source.text === undefined ? undefined : { path: source.path, text: source.text },
          glossary,
          needsApproval: policies[language] === 'approved',
        }),
      );
    }
  }
  // The summary and the exit code count the same messages: the findings and the sources' own problems.
  const counts = statistics([...broken, ...findings]);
  if (options.format === 'json') {
    io.log(JSON.stringify({ findings: findings.map(findingJson), problems: broken.flatMap(formatMessages) }, null, 2));
  } else {
    for (const file of broken) for (const line of formatMessages(file)) io.error(line);
    for (const finding of findings) io.log(formatMessage(finding));
    io.error(counts.total === 0 ? 'no problems found' : `${counts.fatal} error${counts.fatal === 1 ? '' : 's'}, ${counts.nonfatal} warning${counts.nonfatal === 1 ? '' : 's'}`);
  }
  return counts.fatal > 0 ? 1 : 0;
}
