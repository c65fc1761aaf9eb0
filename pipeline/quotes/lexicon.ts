// The words Italian press copy uses around quotations: verbs of saying, role nouns, honorifics, clause openers.

/** Regular -are verbs of saying by stem; `h` marks stems that take an h before e/i (spieg-h-erà). */
const ARE = [
  'dichiar', 'afferm', 'spieg:h', 'sottoline', 'comment', 'evidenzi', 'osserv', 'precis', 'raccont', 'annunci',
  'ricord', 'rilev', 'not', 'puntualizz', 'rimarc:h', 'assicur', 'rassicur', 'denunci', 'lament', 'attacc:h',
  'replic:h', 'incalz', 'auspic:h', 'augur', 'argoment', 'illustr', 'conferm', 'anticip', 'rivel', 'svel', 'confid',
  'ironizz', 'avvis', 'segnal', 'specific:h', 'motiv', 'chios', 'tuon', 'ragion', 'confess', 'sintetizz',
  'ringrazi', 'esult', 'dettagli', 'elenc:h', 'continu', 'esclam', 'sentenzi', 'scherz', 'analizz', 'invit',
  'rimbecc:h', 'sbott', 'parl', 'sospir', 'azzard', 'accus', 'avvert', 'sollecit', 'ammon', 'rivendic:h',
  'protest', 'polemizz', 'esort', 'rilanci', 'ricapitol', 'comunic:h', 'annot', 'inform', 'twitt', 'domand', 'constat',
  // Greeting an audience in words: "«Benvenuti» li ha salutati il rettore X".
  'salut',
  // Lines of a song, quoted and given to who sang them: "«…» cantava il grande X".
  'cant',
];
/** -ire verbs with -isc- (ribadisce) and without (prosegue). */
const ISC = ['ribad', 'chiar', 'garant', 'scand', 'ammon', 'esord', 'rifer', 'sugger', 'punt'];
const IRE = ['avvert', 'prosegu'];

/** Irregular verbs: finite forms, then participles, then infinitive. */
const IRREGULAR: [string[], string[], string][] = [
  [['dice', 'dicono', 'disse', 'dissero', 'diceva', 'dicevano', 'dirà'], ['detto', 'detta', 'detti', 'dette'], 'dire'],
  [['aggiunge', 'aggiungono', 'aggiunse', 'aggiungeva', 'aggiungerà'], ['aggiunto', 'aggiunta'], 'aggiungere'],
  // The older "soggiungere", as local copy still writes it: "ha soggiunto il parroco".
  [['soggiunge', 'soggiungono', 'soggiunse', 'soggiungeva'], ['soggiunto', 'soggiunta'], 'soggiungere'],
  [['conclude', 'concludono', 'concluse', 'concludeva', 'concluderà'], ['concluso', 'conclusa'], 'concludere'],
  [['ammette', 'ammettono', 'ammise', 'ammetteva'], ['ammesso', 'ammessa'], 'ammettere'],
  [['riconosce', 'riconobbe', 'riconosceva'], ['riconosciuto', 'riconosciuta'], 'riconoscere'],
  [['promette', 'promise', 'prometteva'], ['promesso', 'promessa'], 'promettere'],
  [['premette', 'premise'], ['premesso', 'premessa'], 'premettere'],
  [['sostiene', 'sostengono', 'sostenne', 'sosteneva'], ['sostenuto', 'sostenuta'], 'sostenere'],
  [['risponde', 'rispondono', 'rispose', 'rispondeva'], ['risposto', 'risposta'], 'rispondere'],
  [['scrive', 'scrivono', 'scrisse', 'scriveva'], ['scritto', 'scritta'], 'scrivere'],
  [['ribatte', 'ribattono', 'ribatté', 'ribatteva'], ['ribattuto', 'ribattuta'], 'ribattere'],
  [['insiste', 'insistono', 'insistette', 'insisteva', 'insistevano'], ['insistito'], 'insistere'],
  [['chiude'], ['chiuso', 'chiusa'], 'chiudere'],
  [['riprende'], ['ripreso', 'ripresa'], 'riprendere'],
  [['interviene', 'intervenne', 'interveniva'], ['intervenuto', 'intervenuta'], 'intervenire'],
  [['esprime'], ['espresso', 'espressa'], 'esprimere'],
  [['ripete', 'ripeteva', 'ripeté'], ['ripetuto', 'ripetuta'], 'ripetere'],
  // "– riassume la titolare X –": summing up in their own words.
  [['riassume', 'riassumono', 'riassunse'], ['riassunto', 'riassunta'], 'riassumere'],
  [['chiede', 'chiedono', 'chiese', 'chiedeva'], ['chiesto', 'chiesta'], 'chiedere'],
  // "– ha introdotto il direttore artistico X –", "– si compiace X –" (the "si" stands before, as a clitic).
  [['introduce', 'introdusse'], ['introdotto', 'introdotta'], 'introdurre'],
  [['compiace', 'compiacciono', 'compiacque'], ['compiaciuto', 'compiaciuta'], 'compiacere'],
];

function areForms(entry: string) {
  const [stem, h] = entry.split(':') as [string, string?];
  const soft = h ? `${stem}h` : stem;
  return {
    finite: [`${stem}a`, `${stem}ano`, `${stem}ò`, `${stem}ava`, `${stem}avano`, `${soft}erà`, `${soft}eranno`],
    participles: [`${stem}ato`, `${stem}ata`, `${stem}ati`, `${stem}ate`],
    infinitive: `${stem}are`,
  };
}

const finite: string[] = [];
const participles: string[] = [];
const infinitives: string[] = [];
for (const entry of ARE) {
  const forms = areForms(entry);
  finite.push(...forms.finite);
  participles.push(...forms.participles);
  infinitives.push(forms.infinitive);
}
for (const stem of ISC) {
  finite.push(`${stem}isce`, `${stem}iscono`, `${stem}ì`, `${stem}iva`, `${stem}irà`);
  participles.push(`${stem}ito`, `${stem}ita`);
  infinitives.push(`${stem}ire`);
}
for (const stem of IRE) {
  finite.push(`${stem}e`, `${stem}ono`, `${stem}ì`, `${stem}iva`, `${stem}irà`);
  participles.push(`${stem}ito`, `${stem}ita`);
  infinitives.push(`${stem}ire`);
}
for (const [forms, parts, infinitive] of IRREGULAR) {
  finite.push(...forms);
  participles.push(...parts);
  infinitives.push(infinitive);
}

const alternation = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
// "é" for "è", as some pages type it ("é detto in una nota").
const AUXILIARY = '(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|avrà|abbia|è|é|era|sarebbe|sono)';
export const ADVERBS = '(?:poi|anche|già|ancora|inoltre|quindi|infine|invece|subito|sempre|pure|però|allora|così|successivamente|ulteriormente|tra l[’\']altro|più volte|oggi|ieri|stamani|stamattina|stasera|nuovamente|ancora una volta|subito dopo|brevemente|chiaramente|apertamente)';
const MODAL = `(?:(?:${AUXILIARY}\\s+)?(?:voluto|tenuto a|tiene a|ci tiene a|ha tenuto a|vuole|volle|amava|ama|soleva|suole|usava|è solito|era solito|era solita)|(?:ha|hanno)\\s+voluto)`;
const MAKE = '(?:(?:ha|hanno)\\s+fatto|fa|fanno|fece|faceva)\\s+(?:sapere|notare|presente)';
/** Idioms of saying: "taglia corto", "rincara la dose", "mette in guardia", "gli fa eco", "rende noto". */
const IDIOMS = '(?:(?:ha|hanno)\\s+reso|rende|rendono|rese)\\s+noto|(?:(?:ha|hanno)\\s+tagliato|taglia|tagliano|tagliò)\\s+corto|(?:(?:ha|hanno)\\s+rincarato|rincara|rincarano|rincarò)\\s+la\\s+dose|(?:(?:ha|hanno)\\s+messo|mette|mettono|mise)\\s+in\\s+guardia|(?:(?:ha|hanno)\\s+fatto|fa|fanno|fece)\\s+eco';

/**
 * A verb of saying in any tense, with its auxiliary and an adverb: "dichiara", "ha poi aggiunto",
 * "ha voluto sottolineare", "fa sapere". Matched on whole words, case-insensitively. Spell out the first word of
 * each alternative whole (no classes or groups inside it): saying-verbs.ts tries the pattern only at such words.
 */
export const SAYING = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${AUXILIARY}\\s+(?:${ADVERBS}\\s+){0,2}(?:${alternation(participles)})|${MODAL}\\s+(?:${ADVERBS}\\s+)?(?:${alternation(infinitives)})|${MAKE}|${IDIOMS}|(?:${alternation(finite)}))(?![\\p{L}\\p{M}])`,
  'giu',
);

/**
 * Reading words in a document, as a dashed frame inside a quotation says it: "si legge", "come si leggeva",
 * "si continua a leggere", "è quanto si legge". One list for the frame's scan (attribution.ts) and its reading (index.ts).
 */
export const READING = '(?:come\\s+)?(?:si\\s+(?:legge|leggeva|continua\\s+a\\s+leggere|può\\s+leggere)|(?:è|é)\\s+quanto\\s+si\\s+legge)(?![\\p{L}])';

/** Is a matched verb of saying plural ("hanno scritto", "dicono")? Then it needs a named subject. */
export function isPlural(verb: string): boolean {
  return /^(?:hanno|avevano|avrebbero|sono|fanno)\s/iu.test(verb) || /(?:ano|ono|ero|anno)$/iu.test(verb.trim());
}

/** Verbs that name a thing rather than report speech: «il Treno», "lo chiamano «Professore»". */
export const NAMING = /(?:chiam|defin|ribattezz|soprannomin|battezz|denomin|intitol|nomin|etichett)\p{L}*$/iu;

/** Words a role or title starts from (feminine and masculine), with the group used to match a bare title to a person. */
const ROLE_GROUPS: Record<string, string[]> = {
  presidente: ['presidente', 'presidentessa', 'vicepresidente', 'governatore', 'governatrice', 'numero uno', 'patron'],
  assessore: ['assessore', 'assessora'],
  sindaco: ['sindaco', 'sindaca', 'neosindaco', 'neosindaca', 'vicesindaco', 'vicesindaca', 'primo cittadino', 'prima cittadina'],
  direttore: ['direttore', 'direttrice', 'vicedirettore', 'vicedirettrice', 'dg', 'direttore generale', 'direttrice generale'],
  rettore: ['rettore', 'rettrice', 'prorettore', 'prorettrice'],
  ministro: ['ministro', 'ministra', 'viceministro', 'viceministra', 'sottosegretario', 'sottosegretaria'],
  segretario: ['segretario', 'segretaria', 'sindacalista'],
  manager: ['amministratore', 'amministratrice', 'ad', 'ceo', 'manager', 'dirigente', 'titolare', 'proprietario', 'proprietaria', 'imprenditore', 'imprenditrice', 'fondatore', 'fondatrice', 'cofondatore', 'cofondatrice', 'socio', 'socia', 'partner', 'patron'],
  responsabile: ['responsabile', 'coordinatore', 'coordinatrice', 'referente', 'capo', 'capoprogetto', 'delegato', 'delegata', 'commissario', 'commissaria', 'garante', 'funzionario', 'funzionaria'],
  portavoce: ['portavoce', 'addetto stampa', 'addetta stampa'],
  politico: ['consigliere', 'consigliera', 'capogruppo', 'senatore', 'senatrice', 'deputato', 'deputata', 'onorevole', 'europarlamentare', 'parlamentare', 'leader', 'esponente', 'candidato', 'candidata', 'premier', 'cancelliere', 'cancelliera', 're', 'regina', 'principe', 'principessa'],
  giustizia: ['prefetto', 'questore', 'procuratore', 'procuratrice', 'pm', 'magistrato', 'magistrata', 'giudice', 'comandante', 'capitano', 'colonnello', 'generale', 'maresciallo', 'tenente', 'ispettore', 'ispettrice', 'investigatore', 'investigatrice', 'ufficiale'],
  // A lawyer is never the prosecutor or the judge of the same trial: "ha commentato il legale" is the defence's.
  avvocato: ['avvocato', 'avvocata', 'legale'],
  allenatore: ['allenatore', 'allenatrice', 'tecnico', 'mister', 'coach', 'ct', 'selezionatore'],
  atleta: ['attaccante', 'difensore', 'centrocampista', 'portiere', 'giocatore', 'giocatrice', 'calciatore', 'calciatrice', 'campione', 'campionessa', 'corridore', 'ciclista', 'pilota', 'atleta', 'tennista', 'nuotatore', 'nuotatrice', 'playmaker', 'pivot', 'fuoriclasse', 'centravanti', 'bomber', 'fantasista', 'velocista', 'maratoneta', 'schermidore', 'ds', 'diesse', 'direttore sportivo'],
  studioso: ['docente', 'professore', 'professoressa', 'ricercatore', 'ricercatrice', 'dottorando', 'dottoranda', 'studioso', 'studiosa', 'scienziato', 'scienziata', 'economista', 'analista', 'esperto', 'esperta', 'meteorologo', 'meteorologa', 'geologo', 'geologa', 'vulcanologo', 'sismologo', 'storico', 'storica', 'curatore', 'curatrice', 'archeologo', 'archeologa', 'astronomo', 'ingegnere', 'architetto', 'consulente', 'autore', 'autrice', 'prima autrice', 'primo autore'],
  sanitario: ['medico', 'medica', 'primario', 'primaria', 'chirurgo', 'chirurga', 'infermiere', 'infermiera', 'pediatra', 'oncologo', 'oncologa', 'cardiologo', 'cardiologa', 'virologo', 'virologa', 'epidemiologo', 'epidemiologa', 'farmacista', 'veterinario'],
  scuola: ['preside', 'maestro', 'maestra', 'insegnante', 'dirigente scolastica', 'dirigente scolastico', 'studente', 'studentessa', 'educatore', 'educatrice'],
  cultura: ['regista', 'attore', 'attrice', 'scrittore', 'scrittrice', 'artista', 'cantante', 'musicista', 'compositore', 'direttore artistico', 'sovrintendente', 'soprintendente', 'chef', 'stilista', 'fotografo', 'fotografa', 'editore', 'editrice', 'giornalista', 'conduttore', 'conduttrice'],
  chiesa: ['vescovo', 'arcivescovo', 'cardinale', 'parroco', 'papa', 'pontefice', 'abate', 'rabbino', 'imam', 'pastore'],
  diplomazia: ['ambasciatore', 'ambasciatrice', 'console', 'sottosegretario'],
  lavoro: ['produttore', 'produttrice', 'agricoltore', 'agricoltrice', 'viticoltore', 'allevatore', 'allevatrice', 'commerciante', 'artigiano', 'artigiana', 'operaio', 'operaia', 'lavoratore', 'lavoratrice', 'dipendente', 'volontario', 'volontaria', 'residente', 'ristoratore', 'ristoratrice', 'albergatore', 'tassista', 'farmacista', 'negoziante', 'esercente'],
};

export const ROLE_GROUP = new Map<string, string>();
for (const [group, words] of Object.entries(ROLE_GROUPS)) for (const word of words) if (!word.includes(' ')) ROLE_GROUP.set(word, group);

/** Roles of two words ("dirigente scolastico"), by group: read as a pair, since either word alone may be of another kind. */
export const ROLE_PAIR_GROUP = new Map<string, string>();
for (const [group, words] of Object.entries(ROLE_GROUPS)) for (const word of words) if (word.split(' ').length === 2) ROLE_PAIR_GROUP.set(word, group);

/** Honorifics that stand before a name and are not part of it. */
export const HONORIFICS = new Set(['don', 'padre', 'suor', 'suora', 'fra', 'frate', 'mons', 'monsignor', 'monsignore', 'dott', 'dottor', 'dottore', 'dottoressa', 'dr', 'prof', 'professor', 'ing', 'avv', 'arch', 'sen', 'on', 'sig', 'signor', 'signora', 'mister', 'cav', 'comm', 'gen', 'col', 'cap', 'ten', 'mar', 'magg', 'geom', 'rag', 'ssa', 'ra', 'pres']);

/** Titles written short before a name, with a full stop that ends no sentence: "dott. Carla Rossi", "l’ing. Paolo Zubani". */
export const SHORT_TITLES = ['dott', 'prof', 'avv', 'ing', 'arch', 'geom', 'rag', 'on', 'sen', 'sig', 'dr', 'gen', 'col', 'magg', 'ten', 'cap', 'mar', 'mons', 'cav', 'comm', 'pres'];

/** Articles and prepositions before a noun: what precedes a title or a name in quotes, never a quotation. */
export const DETERMINERS = new Set([
  'il', 'lo', 'la', 'l', 'i', 'gli', 'le', 'un', 'uno', 'una', 'del', 'dello', 'della', 'dell', 'dei', 'degli', 'delle',
  'al', 'allo', 'alla', 'all', 'ai', 'agli', 'alle', 'dal', 'dallo', 'dalla', 'dall', 'dai', 'dagli', 'dalle',
  'nel', 'nello', 'nella', 'nell', 'nei', 'negli', 'nelle', 'sul', 'sullo', 'sulla', 'sull', 'sui', 'sugli', 'sulle',
  'col', 'coi', 'di', 'd', 'a', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'questo', 'questa', 'quest', 'quel', 'quello',
  'quella', 'quell', 'suo', 'sua', 'suoi', 'sue', 'loro', 'nostro', 'nostra', 'vostro', 'vostra', 'ogni', 'cosiddetto',
  'cosiddetta', 'cosiddetti', 'cosiddette', 'sedicente', 'tale',
]);

/** Words after which a quotation may open mid-sentence ("ha detto che «…»", "e «…»"). */
export const CONJUNCTIONS = new Set(['che', 'come', 'e', 'ed', 'ma', 'perché', 'poiché', 'quando', 'mentre', 'se', 'cioè', 'ovvero', 'però', 'infatti', 'quindi', 'dunque', 'anzi', 'così', 'poi', 'ancora', 'anche', 'oppure', 'o', 'né', 'dove']);

/** Words that open a clause after a name and a comma: they end a role ("…, che", "…, durante la visita"). */
export const CLAUSE_OPENERS = new Set([
  ...DETERMINERS, 'che', 'cui', 'quale', 'quali', 'dove', 'quando', 'mentre', 'durante', 'dopo', 'prima', 'oggi', 'ieri', 'domani',
  'stamani', 'stamattina', 'stasera', 'stanotte', 'subito', 'poco', 'appena', 'ancora', 'anche', 'sempre', 'già', 'presente',
  'presenti', 'ospite', 'insieme', 'davanti', 'secondo', 'sorridendo', 'visibilmente', 'soddisfatto', 'soddisfatta',
  'commosso', 'commossa', 'arrivato', 'arrivata', 'accompagnato', 'accompagnata', 'collegato', 'collegata', 'raggiunto',
  'raggiunta', 'interpellato', 'interpellata', 'sentito', 'sentita', 'ha', 'hanno', 'è', 'era', 'sono', 'aveva', 'non', 'ne',
  'si', 'ci', 'lo', 'e', 'ma', 'poi', 'intervenuto', 'intervenuta', 'tornato', 'tornata', 'fresco', 'fresca', 'reduce',
  'nominato', 'nominata', 'eletto', 'eletta', 'rieletto', 'rieletta', 'così', 'come', 'mentre', 'pur', 'entrambi', 'sarà', 'saranno', 'fu',
]);

/** First names that are also common words in names of places and things (Scienze della Vita, Santa Maria). */
export const LEXICAL_FIRST_NAMES = new Set(['vita', 'rosa', 'marina', 'italia', 'santa', 'sole', 'luna', 'stella', 'serena', 'felice', 'amato', 'fortunato', 'gloria', 'aurora', 'speranza', 'fiore', 'grazia', 'pace', 'viola', 'celeste', 'bianca', 'chiara', 'vera', 'libera', 'nazareno', 'assunta', 'domenica', 'maggio', 'primo', 'massimo', 'bruno', 'franco', 'leone', 'porto', 'giusto', 'valle', 'marino', 'costa', 'monte', 'forte', 'rocco']);

/** Nouns for places and bodies named after people: "Istituto Giovanni Segantini" is no person speaking. */
export const INSTITUTIONS = new Set(['fondazione', 'istituto', 'scuola', 'liceo', 'università', 'ateneo', 'ospedale', 'policlinico', 'teatro', 'premio', 'museo', 'centro', 'associazione', 'via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'stadio', 'palazzetto', 'aeroporto', 'parco', 'palazzo', 'villa', 'circolo', 'compagnia', 'accademia', 'conservatorio', 'biblioteca', 'archivio', 'galleria', 'collegio', 'convitto', 'porto', 'ponte', 'cantiere', 'casa', 'sala', 'aula', 'auditorium', 'arena', 'chiesa', 'basilica', 'cattedrale', 'santuario', 'oratorio', 'torre', 'rocca', 'castello', 'borgo', 'ente', 'consorzio', 'cooperativa', 'azienda', 'gruppo', 'società', 'banca', 'cassa', 'camera', 'unione', 'ordine', 'collegio', 'comitato', 'festival', 'rassegna', 'trofeo', 'coppa', 'memorial', 'giro', 'gran', 'hotel', 'ristorante', 'nave', 'treno', 'frecciarossa', 'intercity']);

/** Lower-case particles inside foreign and Italian surnames ("van der Weyden", "de Magistris"). */
export const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'dos', 'du', 'le', 'la', 'el', 'bin', 'ibn', 'ter', 'ten', 'zu', 'y']);

/** Elided articles and prepositions written with an apostrophe: l’assessore, dell’Asl, un’opportunità. */
export const ELIDED = new Set(['l', 'dell', 'all', 'dall', 'nell', 'sull', 'coll', 'un', 'quest', 'quell', 'd', 'c', 's', 'po', 'nessun', 'ciascun', 'qualcos', 'tutt', 'senz', 'anch', 'com', 'dov', 'cos', 'sant', 'bell', 'buon', 'gliel', 'v', 'm', 't', 'n']);

/** Prepositions, simple and fused with an article: a name after one is in a complement. */
export const PREPOSITIONS = /^(?:a|al|allo|alla|all|ai|agli|alle|di|del|dello|della|dell|dei|degli|delle|d|da|dal|dallo|dalla|dall|dai|dagli|dalle|in|nel|nello|nella|nell|nei|negli|nelle|su|sul|sullo|sulla|sull|sui|sugli|sulle|con|col|coi|per|tra|fra|verso|contro|senza)$/u;

/** Pronouns, clitics, negation and conjunctions: written with a capital only because they open a sentence ("Si parla di …"). */
export const FUNCTION_WORDS = new Set(['si', 'ci', 'ne', 'lo', 'la', 'le', 'gli', 'mi', 'ti', 'vi', 'non', 'se', 'ma', 'io', 'tu', 'lui', 'lei', 'noi', 'voi', 'essi', 'esse', 'chi', 'cosa', 'ciò', 'qui', 'qua', 'lì', 'là', 'nessuno', 'tutti', 'ognuno', 'qualcuno']);

/** Days and months: before a name they say when, not who ("Domenica la Paganese", "Sabato Marco Lodi"). */
export const CALENDAR_WORDS = new Set(['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']);

/** National papers and agencies a text cites as its source: they report words, they do not say them. */
export const NEWSPAPERS = ['Italia Oggi', 'ItaliaOggi', 'Il Sole 24 Ore', 'Sole 24 Ore', 'Corriere della Sera', 'La Repubblica', 'Repubblica', 'La Stampa', 'Il Messaggero', 'Il Giornale', 'Il Resto del Carlino', 'Resto del Carlino', 'La Nazione', 'Il Mattino', 'Il Fatto Quotidiano', 'Fatto Quotidiano', 'Il Foglio', 'Avvenire', 'Il Gazzettino', 'La Gazzetta dello Sport', 'Gazzetta dello Sport', 'Il Secolo XIX', 'Il Tempo', 'La Verità', 'Il Post', 'Il Manifesto', 'Milano Finanza', 'Ansa', 'Adnkronos', 'Askanews', 'Agi'];

/** Where the text names one of NEWSPAPERS, as whole words. */
export const NEWSPAPER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NEWSPAPERS.map((name) => name.replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

export function isNewspaper(name: string): boolean {
  return NEWSPAPERS.some((paper) => paper.toLowerCase() === name.replace(/\s+/gu, ' ').trim().toLowerCase());
}
