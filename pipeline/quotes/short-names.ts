// First names as Italian writes them short or familiar ("Peppino", "Gigi", "Mimmo", "Totò"), and a few regional ones,
// which the shipped first-name list lacks: press and sports copy name people by them in full ("mister Peppino X").
// Left out: short names that are also places or common words ("Turi", "Fede").

/** Lower-case first name to gender. */
export const SHORT_NAMES = new Map<string, 'male' | 'female'>([
  ...['gigi', 'gigio', 'mimmo', 'peppino', 'peppe', 'beppe', 'bepi', 'tano', 'totò', 'uccio', 'pippo', 'nando', 'lello',
    'ciccio', 'cecco', 'checco', 'gegè', 'pinuccio', 'peppuccio', 'luigino', 'nicolino', 'gennarino', 'totonno', 'sasà',
    'efisio', 'bachisio', 'gualtiero', 'quirino', 'callisto'].map((name): [string, 'male'] => [name, 'male']),
  ...['luisella', 'lella', 'mimma', 'nuccia', 'titti', 'peppa', 'salvatorica'].map((name): [string, 'female'] => [name, 'female']),
]);
