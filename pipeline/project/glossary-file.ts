// locales/glossary.yaml read at the edge; no file is an empty glossary.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { EMPTY_GLOSSARY, GLOSSARY_PATH, readGlossary, type Glossary } from '../glossary.ts';

/** The glossary, or undefined with its problems on `file` when it is broken. */
export async function readGlossaryFile(root: string): Promise<{ glossary?: Glossary; file: VFile }> {
  let text: string;
  try {
    text = await readFile(join(root, GLOSSARY_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { glossary: EMPTY_GLOSSARY, file: new VFile({ path: GLOSSARY_PATH, value: '' }) };
    throw error;
  }
  const file = new VFile({ path: GLOSSARY_PATH, value: text });
  return { glossary: readGlossary(file), file };
}
