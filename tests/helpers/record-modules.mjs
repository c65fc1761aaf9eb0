// Loaded with `node --import`: appends every module URL the process resolves to the file named by MODULES_LOG.
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.MODULES_LOG) appendFileSync(process.env.MODULES_LOG, result.url + '\\n');
  return result;
}`));
