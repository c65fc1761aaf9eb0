// Front matter: YAML read with positions, validated with zod, every problem placed on its line.
import { parseDocument, isMap, isNode, isSeq, visit } from 'yaml';
import * as z from 'zod';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { PICTURE_KINDS, type Point, type PressOffice, type ReleaseMeta } from '../release.ts';
import { reportError } from '../problems.ts';
import { MAX_ID_LENGTH, RELEASE_ID } from './id-rule.ts';
import { plainYaml } from './plain-yaml.ts';

/** Aliases the front matter may expand to: yaml's own default, stated, since expanding them is what a bomb abuses. */
const MAX_ALIAS_COUNT = 100;

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** True when `value` is a real instant written with its UTC offset. */
export function isIsoWithOffset(value: string): boolean {
  const match = ISO_WITH_OFFSET.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi, s = '00', offset = 'Z'] = match.map((part) => part ?? '');
  // Offsets on Earth run from -12:00 to +14:00; anything else (+99:99) is no instant at all.
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)) > 14 * 60 || Number(offset.slice(4)) >= 60)) return false;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return (
    day.getUTCFullYear() === Number(y) &&
    day.getUTCMonth() === Number(mo) - 1 &&
    day.getUTCDate() === Number(d) &&
    Number(h) < 24 &&
    Number(mi) < 60 &&
    Number(s) < 60 &&
    !Number.isNaN(Date.parse(value))
  );
}

const instant = z
  .string({ error: 'must be a date and time like 2025-09-26T10:00:00+02:00' })
  .refine(isIsoWithOffset, {
    message: 'must be a real ISO 8601 date and time with its UTC offset, like 2025-09-26T10:00:00+02:00',
  });

const text = () => z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

const absoluteUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) address' });

const otherNames = { en: text().optional(), ja: text().optional() };

/**
 * A press office, in package.json "pressroom.office" or a release's `office`. Its name in English and Japanese is
 * given as `name: { it, en, ja }` or as `names: { en, ja }` beside the Italian `name`; read as { name, names }.
 */
export const pressOfficeSchema = z
  .object(
    {
      name: z.union([text(), z.object({ it: text(), ...otherNames }).strict()], { error: 'must be its name, as text or per language as { it, en, ja } with `it` given' }),
      names: z.object(otherNames, { error: 'must be { en, ja }: the name in English and Japanese' }).strict().optional(),
      url: absoluteUrl.optional(),
      logo: absoluteUrl.optional(),
      email: z.email({ error: 'must be an e-mail address' }).optional(),
    },
    { error: 'must be { name, names, url, logo, email }' },
  )
  .strict()
  .superRefine((office, context) => {
    if (typeof office.name !== 'string' && office.names) {
      context.addIssue({ code: 'custom', path: ['names'], message: 'repeats what `name: { it, en, ja }` is for: give the other languages either there or in `names`, not both' });
    }
  })
  .transform(({ name, names, ...rest }): PressOffice => {
    const { it, ...others } = typeof name === 'string' ? { it: name } : name;
    const given = { ...others, ...names };
    return { name: it, ...(Object.keys(given).length > 0 ? { names: given } : {}), ...rest };
  });

/** A press office as package.json or the front matter writes it. */
export type PressOfficeSetting = z.input<typeof pressOfficeSchema>;

export { MAX_ID_LENGTH, RELEASE_ID };

export const frontMatterSchema = z
  .object({
    id: z
      .string({ error: 'must be text' })
      .regex(RELEASE_ID, { error: 'must be lowercase letters, digits and single hyphens, like regione-bando-2025' })
      .max(MAX_ID_LENGTH, { error: `must be at most ${MAX_ID_LENGTH} characters: it names the release's folders and files` })
      .optional(),
    title: text(),
    subtitle: text().optional(),
    date: instant,
    dateline: z
      .object({ city: text(), agency: text().optional() }, { error: 'must be { city, agency }' })
      .strict()
      .optional(),
    embargo: instant.optional(),
    contacts: z
      .array(
        z
          .object({
            name: text(),
            role: text().optional(),
            email: z.email({ error: 'must be an e-mail address' }).optional(),
            phone: z.union([z.string(), z.number()]).transform(String).optional(),
          })
          .strict(),
        { error: 'must be a list of { name, role, email, phone }' },
      )
      .default([]),
    boilerplate: text().optional(),
    tags: z.array(z.string(), { error: 'must be a list of words' }).default([]),
    office: pressOfficeSchema.optional(),
    updated: instant.optional(),
    corrections: z
      .array(z.object({ date: instant, note: text() }).strict(), { error: 'must be a list of { date, note }' })
      .default([]),
    status: z.literal('withdrawn', { error: 'must be `withdrawn` (leave it out for a release in force)' }).optional(),
    reason: text().optional(),
    images: z
      .array(
        z
          .object(
            {
              file: text(),
              alt: text(),
              caption: text().optional(),
              credit: text(),
              kind: z.enum(PICTURE_KINDS, { error: 'must be `photo` (the default) or `graphic` (a diagram, map, chart or infographic)' }).optional(),
            },
            { error: 'must be { file, alt, caption, credit, kind }' },
          )
          .strict(),
        { error: 'must be a list of { file, alt, caption, credit, kind }' },
      )
      .optional(),
  })
  .strict()
  .superRefine((meta, context) => {
    const notBefore = (path: (string | number)[], value: string) => {
      if (Date.parse(value) < Date.parse(meta.date)) context.addIssue({ code: 'custom', path, message: 'must not be before the release date (`date`)' });
    };
    if (meta.embargo) notBefore(['embargo'], meta.embargo);
    if (meta.updated) notBefore(['updated'], meta.updated);
    meta.corrections.forEach((correction, index) => notBefore(['corrections', index, 'date'], correction.date));
    if (meta.status === 'withdrawn' && !meta.reason) context.addIssue({ code: 'custom', path: ['status'], message: 'needs a `reason`, said to readers, and `updated`, when it was withdrawn' });
    if (meta.status === 'withdrawn' && !meta.updated) context.addIssue({ code: 'custom', path: ['status'], message: 'needs `updated`: when the release was withdrawn' });
    if (meta.reason && meta.status !== 'withdrawn') context.addIssue({ code: 'custom', path: ['reason'], message: 'is the reason for a withdrawal; add `status: withdrawn`, or remove it' });
  });

/** The keys the schema's object at `path` knows (list indexes pass through to the entry), for a message about an unknown one. */
function fieldsAt(path: (string | number)[]): string[] {
  let schema: z.core.$ZodType = frontMatterSchema;
  for (const part of path) {
    schema = unwrapped(schema);
    if (schema instanceof z.ZodArray) schema = schema.element;
    else if (schema instanceof z.ZodObject && typeof part === 'string') schema = schema.shape[part];
    else return [];
  }
  schema = unwrapped(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrapped(schema: z.core.$ZodType): z.core.$ZodType {
  while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap();
  return schema;
}

/** Front matter once validated, with where each field's key starts for messages about it. */
export interface FrontMatter {
  meta: ReleaseMeta;
  fieldPositions: Record<string, Point>;
}

/**
 * Validate YAML front matter found at `start` (the offset of its first line) in `file`.
 * Returns the metadata, or undefined after reporting each problem on `file`.
 */
export function readFrontMatter(file: VFile, yamlText: string, start: number, fallbackId: string): FrontMatter | undefined {
  const place = location(file);
  const at = (offset: number): Point => place.toPoint(start + offset) ?? { line: 1, column: 1 };
  // The plain shape, valid as it is, needs no YAML parser; pictures (placed item by item) and any problem, which
  // messages place on the YAML document's nodes, are read by it.
  const plain = plainYaml(yamlText);
  if (plain && !Object.hasOwn(plain.data, 'images')) {
    const result = frontMatterSchema.safeParse(plain.data);
    if (result.success) {
      const fieldPositions: Record<string, Point> = {};
      for (const [key, offset] of Object.entries(plain.keys)) fieldPositions[key] = at(offset);
      const { id = fallbackId, ...rest } = result.data;
      return { meta: { id, ...rest }, fieldPositions };
    }
  }
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });

  if (document.errors.length > 0) {
    for (const error of document.errors) {
      reportError(file, `front matter is not valid YAML: ${error.message.split('\n')[0]}`, 'front-matter-yaml', at(error.pos[0]));
    }
    return undefined;
  }
  if (!isMap(document.contents)) {
    reportError(file, 'front matter must be a YAML mapping of fields (title: …, date: …)', 'front-matter', at(0));
    return undefined;
  }

  const fieldPositions: Record<string, Point> = {};
  for (const pair of document.contents.items) {
    if (isNode(pair.key) && pair.key.range) fieldPositions[String(pair.key.toJSON())] = at(pair.key.range[0]);
  }
  // Each picture's entry and its file name, for messages about that picture: images.0, images.0.file.
  const images = document.get('images', true);
  if (isSeq(images)) {
    images.items.forEach((item, index) => {
      if (isNode(item) && item.range) fieldPositions[`images.${index}`] = at(item.range[0]);
      const file = isMap(item) ? item.get('file', true) : undefined;
      if (isNode(file) && file.range) fieldPositions[`images.${index}.file`] = at(file.range[0]);
    });
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // An alias bomb ("billion laughs"): aliases that expand to more than the document could ever hold.
    let first: number | undefined;
    visit(document, {
      Alias(_, node) {
        first = node.range?.[0];
        return visit.BREAK;
      },
    });
    reportError(file, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}; a release needs no aliases (*name): write the values out`, 'front-matter-yaml', at(first ?? 0));
    return undefined;
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
      const node = path.length > 0 ? document.getIn(path, true) : document.contents;
      const unknownKey = issue.code === 'unrecognized_keys' && isMap(node) ? node.items.find((pair) => isNode(pair.key) && String(pair.key.toJSON()) === issue.keys[0])?.key : undefined;
      // An unknown key is placed on itself, not on the entry or the whole front matter holding it.
      const placed = isNode(unknownKey) ? unknownKey : path.length > 0 ? node : undefined;
      const offset = isNode(placed) && placed.range ? placed.range[0] : undefined;
      const field = path.join('.');
      const missing = issue.code === 'invalid_type' && node === undefined;
      const reason = missing
        ? `front matter field \`${field}\` is required`
        : issue.code === 'unrecognized_keys'
          ? `unknown front matter field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `\`${key}\``).join(', ')}${path.length ? ` in \`${field}\`` : ''}; known fields are ${fieldsAt(path).join(', ')}`
          : `front matter field \`${field}\` ${issue.message}`;
      // A field missing from a list item (images.1.alt) is reported on that item, not on the list's key.
      const keyPoint = (missing && path.length > 2 ? fieldPositions[path.slice(0, 2).join('.')] : undefined) ?? fieldPositions[String(path[0])];
      reportError(file, reason, 'front-matter', offset !== undefined ? at(offset) : keyPoint ?? at(0));
    }
    return undefined;
  }

  const { id = fallbackId, ...rest } = result.data;
  return { meta: { id, ...rest }, fieldPositions };
}
