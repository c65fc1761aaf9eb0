// What each output calls a picture: a photo or a graphic, so that a desk never files a diagram as a photograph.
import type { PictureKind } from '../release.ts';
import type { Labels } from './i18n.ts';

/** The ui.json keys of each kind: its name with a number ("Photo 1"), and its credit line ("Photo: …"). */
const KEYS: Record<PictureKind, { name: string; credit: string }> = {
  photo: { name: 'release.photo', credit: 'release.photoCredit' },
  graphic: { name: 'release.graphic', credit: 'release.graphicCredit' },
};

/** "Photo: Piedmont Region", "Graphic: Piedmont Region", as the figure, the wire and the feeds credit it. */
export const creditLine = (image: { kind: PictureKind; credit: string }, labels: Labels): string => labels.t(KEYS[image.kind].credit, { credit: image.credit });

/** "Photo 1", "Graphic 2": numbered among all the release's pictures, as the wire numbers them. */
export const pictureName = (kind: PictureKind, number: number, labels: Labels): string => labels.t(KEYS[kind].name, { number });

/** The heading over the pictures in the wire text: "Photos", "Graphics", or "Photos and graphics" for both. */
export function picturesHeading(kinds: readonly PictureKind[], labels: Labels): string {
  if (kinds.every((kind) => kind === 'photo')) return labels.t('release.photos');
  if (kinds.every((kind) => kind === 'graphic')) return labels.t('release.graphics');
  return labels.t('release.photosAndGraphics');
}
