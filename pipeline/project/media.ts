// The pictures of a release, read from its media folder: releases/<file>.media/<name>, as its front matter lists
// them. A name that leaves the folder (../, an absolute path, a symbolic link leading elsewhere, once every link is
// resolved) is refused before anything is opened; the size is taken from the open file (fstat) before it is read.
// Every problem goes on the release file at the picture's `file:` line, and the release is then not built.
import { realpathSync } from 'node:fs';
import { basename, isAbsolute, join, posix, relative } from 'node:path';
import type { VFile } from 'vfile';
import type { Release, ReleaseImage } from '../release.ts';
import { reportError } from '../problems.ts';
import { readStamped, type Stamp } from './stamps.ts';

/** A camera's largest JPEG is a few tens of MB; anything larger is a mistake (a RAW file, a TIFF scan). */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;

/** A picture's bytes, read once, with the stamp the build manifest keys the release on. */
export interface MediaFile {
  image: ReleaseImage;
  /** Path relative to the project: releases/x.media/photo.jpg */
  path: string;
  bytes: Buffer;
  /** sha256 of the bytes, also in `stamp`. */
  hash: string;
  stamp: Stamp;
}

/** The folder beside `releases/<name>.md` that holds its pictures: `releases/<name>.media`. */
export function mediaFolderOf(releasePath: string): string {
  return releasePath.replace(/\.md$/i, '') + '.media';
}

/** Where a listed name leads, relative to the project, or why it may not be read. */
function placeOf(releasePath: string, name: string): { path: string } | { problem: string } {
  const folder = mediaFolderOf(releasePath);
  if (isAbsolute(name) || /^[a-z]:/i.test(name) || name.includes('\\')) return { problem: `\`${name}\` must be a file name inside ${folder}/, not an absolute path` };
  const path = posix.normalize(posix.join(folder, name));
  if (!path.startsWith(`${folder}/`) || name.split('/').includes('..')) return { problem: `\`${name}\` leads outside ${folder}/; put the picture in that folder and give its name` };
  return { path };
}

/** The real path of `path` is inside the real media folder: no link leads out of it. */
function staysInside(root: string, releasePath: string, path: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(join(root, path));
  } catch {
    // Missing or a broken link: the read says which.
    return undefined;
  }
  let folder: string;
  try {
    folder = join(realpathSync(join(root, 'releases')), basename(mediaFolderOf(releasePath)));
  } catch {
    return undefined;
  }
  const inside = relative(folder, real);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? real : undefined;
}

/**
 * Read every picture the release lists. `read` holds a stamp for each file found; `paths` every path the release
 * names (found or not), so that a later build notices a missing picture put in place. `ok` is false after an error.
 */
export function readReleaseMedia(root: string, release: Release, file: VFile): { media: MediaFile[]; read: Record<string, Stamp>; paths: string[]; ok: boolean } {
  const media: MediaFile[] = [];
  const read: Record<string, Stamp> = {};
  const paths: string[] = [];
  let ok = true;
  const fail = (image: ReleaseImage, reason: string, rule: string) => {
    reportError(file, reason, rule, image.filePosition);
    ok = false;
  };
  for (const image of release.images ?? []) {
    const place = placeOf(release.path, image.file);
    if ('problem' in place) {
      fail(image, `picture ${place.problem}`, 'image-outside');
      continue;
    }
    const { path } = place;
    paths.push(path);
    // Stamped whatever it holds, so that the next build sees whether it changed.
    const got = readStamped(root, path, MAX_IMAGE_BYTES);
    if (got) read[path] = got.stamp;
    const escaped = staysInside(root, release.path, path);
    if (escaped) {
      fail(image, `picture \`${image.file}\` is a link to ${escaped}, outside ${mediaFolderOf(release.path)}/; put the picture itself in the folder`, 'image-outside');
      continue;
    }
    if (!got) {
      fail(image, `picture \`${image.file}\` not found: no file ${path}; put it there or correct the name`, 'image-missing');
      continue;
    }
    const { read: content, stamp } = got;
    if (content.problem) {
      const reason = content.problem.rule === 'too-large'
        ? `picture \`${image.file}\` is ${(content.stats!.size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_IMAGE_BYTES / 1024 / 1024} MB a picture may be; export it smaller (a JPEG of a few MB is plenty)`
        : `picture \`${image.file}\` cannot be read: ${content.problem.reason}`;
      fail(image, reason, content.problem.rule === 'too-large' ? 'image-too-large' : 'image-unreadable');
      continue;
    }
    media.push({ image, path, bytes: content.bytes, hash: stamp.hash, stamp });
  }
  return { media, read, paths, ok };
}
