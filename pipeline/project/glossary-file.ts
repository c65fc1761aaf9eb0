// locales/glossary.yaml read at the edge, as a source is read: a regular file in the project, under the size cap,
// valid UTF-8. No file is an empty glossary; anything else in its place is an error of that file.
import { VFile } from 'vfile';
import type { Glossary } from '../glossary.ts';
import { checkSource, MAX_SOURCE_BYTES, readProjectFile, sourceOfRead, type FileRead, type SizeCap } from './source-file.ts';

export const GLOSSARY_PATH = 'locales/glossary.yaml';

/** A glossary is a few hundred terms; the cap a release has is room for tens of thousands. */
const GLOSSARY_CAP: SizeCap = { limit: MAX_SOURCE_BYTES, what: 'the glossary' };

/** The glossary's bytes, or why they cannot be read, unparsed: a build that renders nothing needs no more. */
export function readGlossaryBytes(root: string): FileRead | undefined {
  return readProjectFile(root, GLOSSARY_PATH, GLOSSARY_CAP);
}

/** The glossary, or undefined with its problems on `file` when it is broken; from `read` when it is already read. */
export async function readGlossaryFile(root: string, read = readGlossaryBytes(root)): Promise<{ glossary?: Glossary; file: VFile }> {
  // yaml and zod load only when a glossary is parsed.
  const { EMPTY_GLOSSARY, readGlossary } = await import('../glossary.ts');
  if (!read) return { glossary: EMPTY_GLOSSARY, file: new VFile({ path: GLOSSARY_PATH, value: '' }) };
  const source = sourceOfRead(GLOSSARY_PATH, read);
  const file = new VFile({ path: GLOSSARY_PATH, value: source.text });
  if (!checkSource(file, source)) return { file };
  return { glossary: readGlossary(file), file };
}
