// An ajv validator for IPTC ninjs 3.1, from the schema copied into tests/fixtures/ninjs/ (no network).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { REPO } from './project.ts';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const FIXTURES = join(REPO, 'tests/fixtures/ninjs');
const readJson = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;

let validator: ValidateFunction | undefined;

export function ninjsValidator(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-07.json') as Record<string, unknown>);
  ajv.addSchema(readJson('GeoJSON.json'));
  validator = ajv.compile(readJson('ninjs-schema_3.1.json'));
  return validator;
}

/** Schema errors of one item, as readable lines; empty when the item is valid. */
export function ninjsErrors(item: unknown): string[] {
  const validate = ninjsValidator();
  if (validate(item)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

export const ninjsExample = () => readJson('example-3.1-simple-text-article.json');
