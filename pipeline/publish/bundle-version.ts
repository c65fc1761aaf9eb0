// Defined only in the launcher's bundle (pipeline/cli/bundle.js): the hash of the sources the bundle was made from.
declare const PRESSROOM_BUNDLE_VERSION: string | undefined;

/** The pipeline's version when running from the bundle; undefined when running the TypeScript (vitest, tsx). */
export const bundleVersion: string | undefined = typeof PRESSROOM_BUNDLE_VERSION === 'string' ? PRESSROOM_BUNDLE_VERSION : undefined;
