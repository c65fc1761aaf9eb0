// The publication policy's names and defaults, apart from the judging (policy.ts): reading package.json needs only
// these, and a build with nothing to render should not load the translation matching that judging pulls in.
import type { TargetLanguage } from '../release.ts';

/**
 * `reviewed`: only reviewed translations publish. `machine`: machine output may publish, labelled as such.
 * `approved`: four eyes, only translations a second person approved publish (and four eyes is on for the language).
 */
export type PublicationPolicy = 'reviewed' | 'machine' | 'approved';
export const PUBLICATION_POLICIES: readonly PublicationPolicy[] = ['reviewed', 'machine', 'approved'];
export const DEFAULT_POLICY: PublicationPolicy = 'reviewed';

export type Policies = Record<TargetLanguage, PublicationPolicy>;
export const DEFAULT_POLICIES: Policies = { en: DEFAULT_POLICY, ja: DEFAULT_POLICY };
