// locales/glossary.yaml read at the edge; no file is an empty glossary.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EMPTY_GLOSSARY, parseGlossary, type Glossary } from '../check/glossary.ts';

export const GLOSSARY_PATH = 'locales/glossary.yaml';

export async function readGlossary(root: string): Promise<Glossary> {
  let text: string;
  try {
    text = await readFile(join(root, GLOSSARY_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_GLOSSARY;
    throw error;
  }
  try {
    return parseGlossary(text);
  } catch (error) {
    throw new Error(`${GLOSSARY_PATH}: ${(error as Error).message}`);
  }
}
