// The quotes stage on speakers the thirteenth untuned set showed wrong: groups, press offices, roles glued to names.
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string, title?: string) => quotesOf(text, title).map((quote) => quote.speaker?.name ?? null);

describe('quotes: an office glued after the name with no comma', () => {
  it('ends the name where a capitalised role begins', () => {
    const text = 'una nota di Marco Ferlini Presidente Provinciale Confartigianato\n\n“Le vendite dei negozi di quartiere sono crollate anche questo mese, e nessuno sembra accorgersene.”';
    const [quote] = quotesOf(text);
    expect(quote?.speaker?.name).toBe('Marco Ferlini');
    expect(quote?.speaker?.role).toBe('Presidente Provinciale Confartigianato');
  });

  it('keeps a surname whose last word is a role after its particle', () => {
    const text = '«Abbiamo distribuito pacchi alimentari a duecento famiglie in un mese» ha detto Carla Lo Giudice.';
    expect(speakers(text)).toEqual(['Carla Lo Giudice']);
  });
});

describe('quotes: words that come from a press office are its organisation’s', () => {
  it('gives "spiegano dall’ufficio stampa di X" to X', () => {
    const text = '«La condotta sarà sostituita entro la fine del mese e l’acqua tornerà regolare in tutte le case», spiegano dall’ufficio stampa di Acquedotto Valdera.';
    expect(speakers(text)).toEqual(['Acquedotto Valdera']);
  });

  it('gives "– fanno sapere dall’ufficio stampa della X –" to X', () => {
    const text = '«Il cantiere – fanno sapere dall’ufficio stampa della Società Strade Alpine – riaprirà lunedì mattina con due squadre».';
    expect(speakers(text)).toEqual(['Società Strade Alpine']);
  });

  it('leaves the office speaking where it is the subject', () => {
    const text = '«Il cantiere riaprirà lunedì mattina con due squadre al lavoro», precisa l’ufficio stampa di Acquedotto Valdera.';
    expect(speakers(text)).toEqual(['ufficio stampa di Acquedotto Valdera']);
  });
});

describe('quotes: a quotation alone, the next paragraph opening on its verb and a described group', () => {
  const text = '«Da quando hanno chiuso la strada non entra più nessuno. Siamo allo stremo».\n\nProtestano i negozianti di Corso Italia, a Montalto, per il cantiere che blocca il traffico da settimane. Rispondono il Comune e Acquedotto Valdera, che tramite il proprio ufficio stampa fornisce chiarimenti.\n\n«I lavori finiranno entro il mese», spiegano dall’ufficio stampa di Acquedotto Valdera.';

  it('gives the words to the group described, named by nobody', () => {
    const [first] = quotesOf(text);
    expect(first?.speaker?.name ?? null).toBeNull();
    expect(first?.speakerDescription).toBe('negozianti di Corso Italia');
  });
});

describe('quotes: a joint note signed by a roll of names with their groups in brackets', () => {
  it('gives the words to the whole roll, not to the one name the attribution lands on', () => {
    // (The first quotation's attribution, "È quanto si legge in una nota dei …:", is another matter.)
    const text = '«La giunta non ha più i numeri per governare la città». È quanto si legge in una nota dei consiglieri di minoranza: Ferri Chiara (Lista Civica), Marco Neri (Gruppo Misto), Salvi Paolo (Pd), Orsini Gianna (M5S), che così prosegue: «Il sindaco venga in aula a spiegare».';
    expect(speakers(text).at(-1)).toBe('Ferri Chiara, Marco Neri, Salvi Paolo e Orsini Gianna');
  });
});

describe('quotes: a note printed under a heading that names only the office', () => {
  it('describes the speaker by the role the heading gives', () => {
    const text = 'Comunicati\n\nNota stampa Direttore Sanitario 04.11.2025\n\n"Le notizie sulla chiusura del reparto sono prive di fondamento: il servizio resterà aperto tutto l’inverno con il personale di sempre."';
    const [quote] = quotesOf(text);
    expect(quote?.speaker?.name ?? null).toBeNull();
    expect(quote?.speakerDescription).toBe('Direttore Sanitario');
  });

  it('gives it to the person where the heading names one', () => {
    const text = 'Comunicati\n\nNota stampa Direttore Sanitario Paolo Verdi\n\n"Le notizie sulla chiusura del reparto sono prive di fondamento: il servizio resterà aperto tutto l’inverno con il personale di sempre."';
    expect(speakers(text)).toEqual(['Paolo Verdi']);
  });
});

describe('quotes: workers described by their state and their firm', () => {
  it('keeps "in sciopero" and the firm in the description', () => {
    const text = '«Da tre mesi non vediamo lo stipendio e nessuno ci risponde», raccontano i dipendenti in sciopero della Cartiera Valli.';
    const [quote] = quotesOf(text);
    expect(quote?.speaker?.name ?? null).toBeNull();
    expect(quote?.speakerDescription).toBe('dipendenti in sciopero della Cartiera Valli');
  });
});

describe('quotes: "«…»: parole dure, quelle gridate dai …" names who said them', () => {
  it('describes the workers by their state and their firm, as the text gives them', () => {
    const text = '“Non accetteremo un altro anno di promesse mai mantenute”: parole durissime, quelle gridate ieri – lunedì 3 marzo – dai lavoratori in cassa integrazione della Vetreria Sangro di Atessa in presidio davanti alla Regione.';
    const [quote] = quotesOf(text);
    expect(quote?.speaker?.name ?? null).toBeNull();
    expect(quote?.speakerDescription).toBe('lavoratori in cassa integrazione della Vetreria Sangro di Atessa');
  });

  it('gives them to the person named as the agent', () => {
    const text = '“Non accetteremo un altro anno di promesse mai mantenute”: parole dure, quelle pronunciate ieri in aula dal consigliere Marco Neri.';
    expect(speakers(text)).toEqual(['Marco Neri']);
  });
});

describe('quotes: "Questo quanto evidenziato da X" after the quotation', () => {
  it('gives the words to the nearest agent, not to a later "da noi"', () => {
    const text = '"È uno scandalo. Mi auguro che chi di dovere faccia luce su quanto accaduto in aula". Questo quanto evidenziato da Marco Neri, coordinatore provinciale della Lista Civica, da noi raggiunto telefonicamente.';
    expect(speakers(text)).toEqual(['Marco Neri']);
  });
});

describe('quotes: a club’s note, the club named only in the headline', () => {
  const body = '“Il pubblico è stato splendido – si legge in una nota della dirigenza sportiva – e ci ha spinto a cercare la vittoria fino all’ultimo minuto, come speravamo.”';

  it('gives "– si legge in una nota della dirigenza –" to the club the headline opens on', () => {
    expect(speakers(body, 'Valmonte Calcio 1950, vittoria all’esordio in Eccellenza')).toEqual(['Valmonte Calcio 1950']);
  });

  it('leaves it to nobody when the headline names no club', () => {
    expect(speakers(body, 'Vittoria all’esordio in Eccellenza')).toEqual([null]);
  });
});

describe('quotes: "– si legge in una nota dell’associazione –"', () => {
  it('gives the words to the association the text introduced by that noun', () => {
    const text = 'L’associazione Amici del Parco Nord ha organizzato la pulizia dei sentieri. «Abbiamo raccolto quaranta sacchi di rifiuti – si legge in una nota dell’associazione – e torneremo il mese prossimo con più volontari».';
    expect(speakers(text)).toEqual(['Amici del Parco Nord']);
  });

  it('reads any document the office frame reads: "– si legge nella relazione dell’associazione –"', () => {
    const text = 'L’associazione Amici del Parco Nord ha organizzato la pulizia dei sentieri. «Abbiamo raccolto quaranta sacchi di rifiuti – si legge nella relazione dell’associazione – e torneremo il mese prossimo con più volontari».';
    expect(speakers(text)).toEqual(['Amici del Parco Nord']);
  });
});

describe('quotes: "i sindacati" after the text named their secretariats together', () => {
  it('gives the headline’s "i sindacati: «…»" to the unions the body lists', () => {
    const text = 'Il porto è fermo da una settimana, scrivono le segreterie di Filt, Fit e Uilt in una nota unitaria. Per questo Filt, Fit e Uilt chiedono un tavolo in prefettura.';
    expect(speakers(text, 'Porto fermo, i sindacati: “Ora basta, servono risposte dal governo”')).toEqual(['Filt, Fit e Uilt']);
  });
});
