// The quotes stage on joint speakers, page furniture and surnames (round 14): each rule from Italian grammar or
// press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOf } from './helpers/quotes.ts';
import { quotableBody } from '../pipeline/import/quotable.ts';
import { extractQuotes } from '../pipeline/quotes/index.ts';

describe('quotes: a verb of saying glued to the marks outranks the names before a colon', () => {
  it('gives "… ottenute da X e Y: «…», dicono Z e W" to Z and W', () => {
    const text = 'La Lega esprime soddisfazione per le deleghe ottenute da Mario Rossi e Luca Bianchi: «Un risultato importante, frutto del lavoro di tutti», dicono Carlo Verdi e Paolo Neri.';
    expect(speakersOf(text)).toEqual(['Carlo Verdi e Paolo Neri']);
  });

  it('still gives a label "X: «…» Y risponde che …" to X', () => {
    const text = 'Ore 21.17 – Bonetti: «Il piano è pronto da mesi e nessuno lo ha letto» Mainardi risponde che il piano non esiste.';
    expect(speakersOf(text)).toEqual(['Bonetti']);
  });
});

describe('quotes: bodies listed after a plural verb speak together', () => {
  it('gives "denunciano le segreterie di A, B, C, D" to the whole list as printed', () => {
    const text = '«Negli ospedali della provincia il personale non basta a coprire i turni», denunciano le segreterie di Cgil, Cisl, Uil, Fials, Nursind';
    expect(speakersOf(text)).toEqual(['Cgil, Cisl, Uil, Fials, Nursind']);
  });

  it('gives "concludono Fiom, Fim e Uilm" to the three', () => {
    const text = '«Lo stabilimento non può chiudere senza un piano per chi ci lavora», concludono Fiom, Fim e Uilm.';
    expect(speakersOf(text)).toEqual(['Fiom, Fim e Uilm']);
  });

  it('leaves a singular verb to the first body', () => {
    const text = '«Lo stabilimento non può chiudere senza un piano per chi ci lavora», conclude la Fiom, con Fim e Uilm al suo fianco.';
    expect(speakersOf(text)).toEqual(['Fiom']);
  });
});

/** The quotes of agency plain text, read through the import as `pressroom quotes` reads a .txt file. */
const plainSpeakers = (text: string) => {
  const quotable = quotableBody('pezzo.txt', text);
  if (!quotable.ok) throw new Error(quotable.problems.join());
  return extractQuotes(quotable).quotes.map((quote) => [quote.parts.join(' '), quote.speaker?.name ?? null]);
};

describe('quotes: a speaker goes on under a subheading, not under a byline', () => {
  it('gives a bare quotation under a subheading to the one quoted just before it', () => {
    const text = 'Al presidio è passato anche l’assessore Carlo Bassi.\n\nSoddisfatta Marta Gallo, presidente del comitato: «La gente si ferma e chiede, il volantinaggio ha funzionato».\n\nLe prossime mosse\n\n«Chiederemo un incontro al sindaco entro la fine del mese, con le firme raccolte».';
    expect(speakersOf(text)).toEqual(['Marta Gallo', 'Marta Gallo']);
  });

  it('does not give a quotation to the reporter whose name in capitals stands above it', () => {
    const text = 'Camion contro auto\n\nLa polizia locale indaga sull’incidente di ieri sera all’incrocio.\n\nI rilievi sono durati due ore.\n\nGIULIA FERRANTE\nCronaca\n\n"Il camion mi ha preso in pieno, sono vivo per miracolo"\n\nLa vettura è andata distrutta.';
    expect(plainSpeakers(text)).toEqual([['Il camion mi ha preso in pieno, sono vivo per miracolo', null]]);
  });
});

describe('quotes: suspension points end a sentence before a capital', () => {
  it('reads the role of the speaker after "…" from its own sentence only', () => {
    const quotes = quotesOf('Il sindaco Marco Neri ha parlato a lungo… Poi la consigliera Anna Bruni ha replicato: «Non siamo d’accordo su nulla di quanto detto stasera»');
    expect(quotes.map((quote) => [quote.speaker?.name, quote.speaker?.role])).toEqual([['Anna Bruni', 'consigliera']]);
  });
});

describe('quotes: an interviewer’s prompt left hanging on suspension points', () => {
  it('gives the answer under "Una vittoria che mancava…" to the one interviewed', () => {
    const text = 'Alla vigilia l’arbitro Luca Bruni era stato contestato dai tifosi.\n\nIn sala stampa parla Paolo Serra, tecnico della Juniores.\n\nUna vittoria che mancava da tempo…\n\n«Sì, i ragazzi avevano bisogno di ritrovare fiducia dopo tre sconfitte».';
    expect(speakersOf(text)).toEqual(['Paolo Serra']);
  });
});

describe('quotes: a surname used alone for someone named in full only inside quoted words', () => {
  it('completes "l’ex presidente Morandi" with the first name the quoted words give', () => {
    const text = '«Tutto è nato da un’intuizione di Ornella Morandi», ha detto il sindaco Paolo Serra.\n\nL’ex presidente Morandi ha ringraziato i volontari: «Questa casa è di chi la tiene aperta ogni giorno».';
    expect(speakersOf(text)).toEqual(['Paolo Serra', 'Ornella Morandi']);
  });

  it('ends a role before a relative clause that reports someone speaking', () => {
    const text = 'L’ex presidente Morandi ha ringraziato i volontari.\n\nPresente anche Carla Bassi, madre del portiere Luca Neri che come ha raccontato la Morandi «ci ha aiutato fin dal primo giorno».';
    expect(speakersOf(text)).toEqual(['Morandi']);
  });
});

describe('quotes: the sentence after the marks names the speaker past an aside', () => {
  it('reads "A scriverlo (…) è stato X" with the writer’s aside in brackets', () => {
    const text = 'Una premessa del pezzo.\n\n«Il prossimo che scrive che la città è spenta lo blocco!». A scriverlo (e naturalmente si trattava soltanto di una battuta) è stato il sindaco di Lecco Mario Villa con un post.';
    expect(speakersOf(text)).toEqual(['Mario Villa']);
  });

  it('reads "Con queste parole, …, X, rivolgendosi …, ha definito" without the gerund as a role', () => {
    const quotes = quotesOf('Una premessa del pezzo.\n\n«Un sogno diventato realtà». Con queste parole, nel suo ultimo discorso da sindaco, Mario Villa, rivolgendosi alla platea, ha definito il raduno.');
    expect(quotes.map((quote) => [quote.speaker?.name, quote.speaker?.role])).toEqual([['Mario Villa', 'sindaco']]);
  });
});
