// Places a headline sets before a colon as it would a surname ("Sanità, Piemonte: «…»"): the region speaks through
// someone the body names, or nobody. Italy's regions and the words for the country and Europe, in lower case.
export const REGIONS = new Set([
  'abruzzo', 'basilicata', 'calabria', 'campania', 'emilia', 'romagna', 'friuli', 'lazio', 'liguria', 'lombardia', 'marche',
  'molise', 'piemonte', 'puglia', 'sardegna', 'sicilia', 'toscana', 'trentino', 'umbria', 'veneto', 'valdostana', 'italia', 'europa',
]);
