// The sizes of a picture that pages, ninjs and feeds point to, made with sharp (libvips) at build time.
//
// Each size is made once: it is kept in the build's state tree (.pressroom/media/<id>/<key>, never in out/, which is
// public) under a hash of the picture's bytes and of how it is made, and a rebuild takes it from the previous
// state instead of decoding and resizing again. What the sizes of a picture are is kept beside them
// (<key>.json), so a rebuild whose pictures are all made does not even load sharp, which takes most of a second. The same picture gives the same bytes: sharp drops every metadata
// block (EXIF with its GPS position, XMP, IPTC, the camera's comment) unless asked to keep them, and the sizes are
// computed here, not left to rounding inside the library.
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import type { Metadata, Sharp } from 'sharp';
import type { MediaFile } from '../project/media.ts';
import { contentHash } from './messages.ts';
import type { Rendition } from '../release.ts';

/** Widths made for `srcset`, narrowest first; a picture narrower than one gets its own width instead. */
export const WIDTHS = [480, 960, 1600] as const;

/** A 40-megapixel camera's frame; past this a picture is refused before it is decoded (a "pixel bomb" is a few KB). */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * What a size is made as, by the picture's own format: photographs stay JPEG, drawings with flat colour PNG. PNG
 * without adaptive filtering: on the bundled drawing it gave 22% smaller files in half the time.
 */
const OUTPUTS = {
  jpeg: { extension: 'jpg', contentType: 'image/jpeg', encode: (image: Sharp) => image.jpeg({ quality: 82, progressive: true, mozjpeg: true }) },
  png: { extension: 'png', contentType: 'image/png', encode: (image: Sharp) => image.png({ compressionLevel: 9 }) },
  webp: { extension: 'webp', contentType: 'image/webp', encode: (image: Sharp) => image.webp({ quality: 82 }) },
} as const;
type OutputFormat = keyof typeof OUTPUTS;

/** The installed sharp's version, read without loading it (its package exports no package.json). */
function sharpVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('sharp'));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Changing how sizes are made (or the sharp release, which pins its libvips) changes every cache key. */
const RECIPE = `1:${JSON.stringify(WIDTHS)}:jpeg82p-moz:png9:webp82:sharp${sharpVersion()}`;


/** A picture ready to publish: its sizes, widest last, and the files to write (the sizes, and their cached copies). */
export interface Picture {
  renditions: Rendition[];
  files: { path: string; bytes: Buffer }[];
}

/** How many sizes this thread resized, and how many it took from the cache: what a test of the cache counts. */
export const derivativeWork = { resized: 0, cached: 0 };

/** A size is at most 1600 pixels wide: far less than this; a larger file in the cache is not one this module made. */
const MAX_CACHED_BYTES = 64 * 1024 * 1024;

const inputOptions = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' } as const;

/** Where the state tree keeps a release's made sizes. */
export const cachePath = (id: string, key: string, extension: string) => `.pressroom/media/${id}/${key}.${extension}`;

/** The name readers see: the picture's own, its width, and a hash that changes with its bytes (safe to cache forever). */
function publicName(id: string, file: string, width: number, hash: string, extension: string): string {
  // At most 100 characters: with the width, hash and extension the name stays far below the 255 a file name may be.
  const stem = file.replace(/^.*\//, '').replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 100).replace(/^-|-$/g, '') || 'image';
  return `media/${id}/${stem}-${width}.${hash.slice(0, 10)}.${extension}`;
}

/**
 * The sizes of one picture, from the cache in `previousState` (the state tree of the previous build) where it has
 * them. Returns why not when the bytes are no picture this build can publish.
 */
export async function makePicture(media: MediaFile, id: string, previousState: string | undefined): Promise<Picture | { problem: string; rule: string }> {
  const plan = cachePath(id, contentHash(RECIPE, media.hash, media.image.file), 'json');
  const known = previousState ? knownPicture(previousState, plan, id) : undefined;
  if (known) return known;
  const { default: sharp } = await import('sharp');
  let info: Metadata;
  try {
    info = await sharp(media.bytes, inputOptions).metadata();
  } catch (error) {
    return unreadable(media, error);
  }
  const format = info.format as string;
  if (!(format in OUTPUTS)) {
    return { problem: `picture \`${media.image.file}\` is ${format ? format.toUpperCase() : 'of no known format'}; give a JPEG, PNG or WebP file (what browsers and agencies read)`, rule: 'image-format' };
  }
  const output = OUTPUTS[format as OutputFormat];
  // Upright, as EXIF orientation turns it (orientations 5 to 8 swap width and height).
  const { width, height } = info.autoOrient ?? info;
  if (!width || !height) return { problem: `picture \`${media.image.file}\` has no size; export it again`, rule: 'image-unreadable' };
  if (width * height > MAX_IMAGE_PIXELS) {
    return { problem: `picture \`${media.image.file}\` is ${width}×${height} pixels, more than the ${MAX_IMAGE_PIXELS / 1_000_000} megapixels a picture may be; export it smaller`, rule: 'image-too-large' };
  }
  const widths = [...new Set([...WIDTHS.filter((size) => size < width), Math.min(width, WIDTHS.at(-1)!)])];
  const picture: Picture = { renditions: [], files: [] };
  for (const size of widths) {
    const sizeHeight = Math.max(1, Math.round((height * size) / width));
    const key = contentHash(RECIPE, media.hash, size, sizeHeight, format);
    const cached = cachePath(id, key, output.extension);
    let bytes = previousState ? readCached(previousState, cached) : undefined;
    if (bytes) derivativeWork.cached++;
    else {
      try {
        bytes = await output.encode(sharp(media.bytes, inputOptions).autoOrient().resize({ width: size, height: sizeHeight, fit: 'fill' })).toBuffer();
      } catch (error) {
        return unreadable(media, error);
      }
      derivativeWork.resized++;
    }
    const made: Buffer = bytes;
    const path = publicName(id, media.image.file, size, media.hash, output.extension);
    picture.renditions.push({ path, width: size, height: sizeHeight, contentType: output.contentType });
    picture.files.push({ path, bytes: made }, { path: cached, bytes: made });
  }
  const caches = picture.files.filter((file) => file.path.startsWith('.pressroom/')).map((file) => file.path);
  picture.files.push({ path: plan, bytes: Buffer.from(`${JSON.stringify({ renditions: picture.renditions, caches })}\n`) });
  return picture;
}

/** A picture whose sizes the previous build made, all still in its state tree: taken as it is. */
function knownPicture(previousState: string, plan: string, id: string): Picture | undefined {
  const planBytes = readCached(previousState, plan);
  if (!planBytes) return undefined;
  let recorded: { renditions: Rendition[]; caches: string[] };
  try {
    recorded = JSON.parse(planBytes.toString('utf8')) as typeof recorded;
  } catch {
    return undefined;
  }
  // Only names this module gives: a record edited to name other files is not trusted, and the sizes are made again.
  const cacheName = new RegExp(`^\\.pressroom/media/${id}/[0-9a-f]{64}\\.(?:jpg|png|webp)$`);
  const publicName = new RegExp(`^media/${id}/[a-z0-9-]+-[0-9]+\\.[0-9a-f]{10}\\.(?:jpg|png|webp)$`);
  if (!Array.isArray(recorded?.renditions) || !Array.isArray(recorded.caches) || recorded.renditions.length !== recorded.caches.length) return undefined;
  if (!recorded.renditions.every((rendition, index) => publicName.test(String(rendition?.path)) && cacheName.test(String(recorded.caches[index])))) return undefined;
  const files: Picture['files'] = [];
  for (const [index, rendition] of recorded.renditions.entries()) {
    const bytes = readCached(previousState, recorded.caches[index]!);
    if (!bytes) return undefined;
    files.push({ path: rendition.path, bytes }, { path: recorded.caches[index]!, bytes });
  }
  derivativeWork.cached += recorded.renditions.length;
  files.push({ path: plan, bytes: planBytes });
  return { renditions: recorded.renditions, files };
}

/**
 * A file the previous build kept (`.pressroom/media/…`), read from its state tree only if it is still one: a
 * regular file reached through no link (a link put there would publish whatever it points to, ~/.ssh included),
 * opened without waiting on a FIFO. Anything else is not in the cache, and the size is made again.
 */
function readCached(previousState: string, path: string): Buffer | undefined {
  const inside = posix.normalize(path.slice('.pressroom/'.length));
  if (inside.startsWith('../') || posix.isAbsolute(inside)) return undefined;
  let handle: number | undefined;
  try {
    const file = join(previousState, inside);
    if (realpathSync(dirname(file)) !== join(realpathSync(previousState), posix.dirname(inside))) return undefined;
    handle = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    const stats = fstatSync(handle);
    return stats.isFile() && stats.size <= MAX_CACHED_BYTES ? readFileSync(handle) : undefined;
  } catch {
    return undefined;
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}

function unreadable(media: MediaFile, error: unknown): { problem: string; rule: string } {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/^Input buffer /, '');
  if (/pixel limit/i.test(message)) return { problem: `picture \`${media.image.file}\` has more than the ${MAX_IMAGE_PIXELS / 1_000_000} megapixels a picture may be; export it smaller`, rule: 'image-too-large' };
  return { problem: `picture \`${media.image.file}\` cannot be read as an image (${message}); export it again as JPEG, PNG or WebP`, rule: 'image-unreadable' };
}
