// The quotes stage on described and joint speakers the twenty-first untuned set showed wrong: each rule from Italian
// grammar or press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string, title?: string) => quotesOf(text, title).map((quote) => quote.speaker?.name ?? null);

describe('quotes: a person given a role with an indefinite article ("X, una residente esasperata")', () => {
  it('takes "una residente" for her role, so "la residente" later is her', () => {
    const text = [
      'Cassonetti stracolmi e lampioni spenti in via dei Tigli.',
      '«Non usciamo più la sera – racconta la signora Lucia Ferrandi, una residente arrabbiata –. Abbiamo paura».',
      'Il quartiere aspetta da mesi. I cittadini denunciano anche le buche: «Nessuno ripara niente – prosegue la residente –. Siamo soli».',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Lucia Ferrandi', 'Lucia Ferrandi']);
    expect(quotesOf(text)[0]!.speaker?.role).toBe('residente arrabbiata');
  });
});

describe('quotes: bodies listed as the subject before "sottolineano come «…»"', () => {
  it('gives the words to the list together, as it does before a colon', () => {
    const text = 'Il bilancio è stato approvato nella notte. Fratelli d’Italia, Lega e Forza Italia sottolineano come “la metà dei fondi resta ferma nei cassetti della Regione da due anni”.';
    expect(speakers(text)).toEqual(['Fratelli d’Italia, Lega e Forza Italia']);
  });

  it('still gives a single body its words', () => {
    const text = 'Il bilancio è stato approvato nella notte. Il Pd sottolinea come “la metà dei fondi resta ferma nei cassetti della Regione da due anni”.';
    expect(speakers(text)).toEqual(['Pd']);
  });
});

describe('quotes: "il neosindaco", the mayor just elected', () => {
  it('is a mayor\'s title, never the last councillor the text listed', () => {
    const text = [
      'Dopo lo spoglio Marta Colasanti è stata eletta sindaca di Borgoverde.',
      '«Grazie a tutti – ha detto Colasanti – per la fiducia».',
      'Sul palco con lei i consiglieri della maggioranza: Aldo Ferretti, Bruna Maselli, Carlo Peroni (Lista civica).',
      '«Lavoreremo per tutta la città – ha aggiunto la neosindaca – senza lasciare indietro nessuno».',
    ].join('\n\n');
    expect(speakers(text)).not.toContain('Carlo Peroni');
  });
});

describe('quotes: a role the sentence gives as its predicate ("X è stata eletta sindaca")', () => {
  it('lets "la neosindaca" later go back to the one elected', () => {
    const text = [
      'Dopo lo spoglio Marta Colasanti è stata eletta sindaca di Borgoverde con il 54 per cento dei voti.',
      'Sul palco con lei i consiglieri della maggioranza: Aldo Ferretti, Bruna Maselli, Carlo Peroni (Lista civica).',
      '«Lavoreremo per tutta la città – ha detto la neosindaca – senza lasciare indietro nessuno».',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Marta Colasanti']);
  });

  it('lets "il direttore" go back to the one appointed director', () => {
    const text = [
      'Luca Serrani è stato nominato direttore dell’ospedale di Valmonte. Al suo fianco lavorerà Giulia Ortensi.',
      '«Il pronto soccorso è la nostra priorità», ha spiegato il direttore.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Luca Serrani']);
  });
});

describe('quotes: the agent of a passive verb ("è stato aperto dal sindaco X")', () => {
  it('is the subject a following "– ha detto –" goes on from, not a person listed before', () => {
    const text = 'Al tavolo sedevano il direttore del consorzio Piero Lanzani e la tecnica Ada Moroni. L’incontro è stato aperto dalla sindaca di Roccalta Elena Baldi. “Ringrazio tutti – ha detto – perché serate come questa ci aiutano a decidere insieme”.';
    expect(speakers(text)).toEqual(['Elena Baldi']);
  });

  it('leaves a complement that is no agent a complement', () => {
    const text = 'Il direttore del consorzio Piero Lanzani ha incontrato i tecnici. Poi è arrivato il messaggio dalla sindaca Elena Baldi. “Ringrazio tutti – ha detto – perché serate come questa ci aiutano”.';
    expect(speakers(text)).not.toEqual(['Elena Baldi']);
  });
});

describe('quotes: greeting in words ("«…» li ha salutati il rettore X")', () => {
  it('gives the greeting to the one greeting, not to a person named after', () => {
    const text = 'La sala era piena di diplomati. "Siete il volto migliore di questa scuola e della sua storia" li ha salutati la preside Anna Vitali, che ha ricordato come la festa sia nata con Carlo Brandi, presidente degli ex allievi, che ha spiegato: "vogliamo tenere unite le generazioni".';
    expect(speakers(text)).toEqual(['Anna Vitali', 'Carlo Brandi']);
  });
});
