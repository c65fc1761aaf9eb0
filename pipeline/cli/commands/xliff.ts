// `pressroom xliff export|import`: translation memories to and from XLIFF 2.0 for CAT tools.
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import writeFileAtomic from 'write-file-atomic';
import type { TargetLanguage } from '../../release.ts';
import { TARGET_LANGUAGES } from '../../release.ts';
import { exportXliff } from '../../xliff/export.ts';
import { importXliff } from '../../xliff/import.ts';
import { formatMessages, problemFile } from '../../problems.ts';
import { printReports, readUserFile, type Console } from '../report.ts';
import { readWorkspace, writeMemory } from '../../project/workspace.ts';
import { localIso } from '../../local-time.ts';

export interface XliffExportOptions {
  root: string;
  language: TargetLanguage;
  releases?: string[];
  output?: string;
}

export async function runXliffExport(options: XliffExportOptions, io: Console): Promise<number> {
  const root = resolve(options.root);
  const workspace = await readWorkspace(root, [options.language]);
  printReports(workspace.releaseReports.filter((file) => file.messages.length > 0), io);
  const wanted = options.releases ?? workspace.releases.map((release) => release.id);
  const missing = wanted.filter((id) => !workspace.releases.some((release) => release.id === id));
  if (missing.length > 0) {
    printReports(missing.map((id) => problemFile(`releases/${id}.md`, `no release with id ${id} (or it has errors)`, 'xliff')), io);
    return 1;
  }
  const items = [];
  for (const id of wanted) {
    const release = workspace.releases.find((candidate) => candidate.id === id)!;
    const source = workspace.memory(options.language, release);
    if (source.text !== undefined && !source.memory) {
      for (const line of formatMessages(source.file)) io.error(line);
      return 1;
    }
    items.push({ release, memory: source.memory });
  }
  const xml = exportXliff(options.language, items);
  if (options.output) {
    await writeFileAtomic(resolve(options.output), xml);
    io.error(`wrote ${items.length} release${items.length === 1 ? '' : 's'} (${options.language}) to ${options.output}`);
  } else {
    io.log(xml.trimEnd());
  }
  return 0;
}

export interface XliffImportOptions {
  root: string;
  reviewer?: string;
  now: Date;
}

export async function runXliffImport(path: string, options: XliffImportOptions, io: Console): Promise<number> {
  const root = resolve(options.root);
  const xml = await readUserFile(path, 'xliff', io);
  if (xml === undefined) return 1;
  const workspace = await readWorkspace(root, TARGET_LANGUAGES);
  const result = importXliff({
    path,
    xml: xml.replace(/^\uFEFF/, ''),
    releases: workspace.releases,
    memory: (language, release) => {
      const source = workspace.memory(language, release);
      return source.text !== undefined && !source.memory ? 'unreadable' : source.memory;
    },
    reviewer: options.reviewer ?? userInfo().username,
    now: localIso(options.now),
  });
  printReports([result.file], io);
  if (!result.ok) {
    io.error(`nothing imported: fix the units above (or export again) and import the whole file`);
    return 1;
  }
  for (const [id, memory] of result.memories) {
    await writeMemory(root, memory, workspace.releases.find((release) => release.id === id)!);
  }
  const { updated, restored, unchanged } = result.counts;
  io.log(`${result.language}: ${updated} updated, ${restored} restored, ${unchanged} unchanged${result.memories.size ? ` (${[...result.memories.keys()].join(', ')})` : ''}`);
  return 0;
}
