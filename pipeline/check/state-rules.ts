// Rules about a segment's state, not its words: what publishes is decided apart (publish/policy.ts). A module of
// its own, so that the build can name them without loading every rule and the HTML readers they use.
export const STATE_RULES: ReadonlySet<string> = new Set(['missing-translation', 'stale-translation', 'unreviewed', 'unapproved']);
