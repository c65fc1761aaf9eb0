// The quotes stage on bodies and groups as speakers (issue 18, round 23): each rule from Italian press convention,
// tested on sentences written for it, with a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string, title?: string) => quotesOf(text, title).map((quote) => quote.speaker?.name ?? (quote.speakerDescription ? `(${quote.speakerDescription})` : null));

describe('quotes: a bare plural noun as a headline label ("Sindacati: «…»") speaks as "i sindacati: «…»"', () => {
  it('gives "Sindacati: «…»" after the headline’s first sentence to the unions the body lists', () => {
    const text = 'Cassa integrazione alla Meccanica Sud. Sindacati: «Lo stabilimento non deve chiudere»\n\nLe segreterie di Fim, Fiom e Uilm hanno incontrato l’azienda ieri mattina, senza risultati. Per questo Fim, Fiom e Uilm chiedono un tavolo in prefettura.';
    expect(speakers(text)).toEqual(['Fim, Fiom e Uilm']);
  });

  it('gives "Residenti: «…»" opening the headline to the residents, described', () => {
    const text = 'Residenti: «Siamo isolati da tre settimane e nessuno ci ascolta»\n\nDa tre settimane la strada che porta alla frazione è chiusa per una frana. Il Comune promette i lavori entro l’estate.';
    expect(speakers(text)).toEqual(['(residenti)']);
  });

  it('leaves a label that is no noun for people to the rules for labels ("Programma: «…»")', () => {
    const text = 'Programma: «Musica, stand e fuochi d’artificio»\n\nLa festa del paese torna dopo due anni di stop, dal venerdì alla domenica.';
    expect(speakers(text)).toEqual([]);
  });

  it('gives "sindacati: «…»" to the bodies the body quotes together, when it lists them with no "e"', () => {
    const text = 'Cantieri, sindacati: «Pronti a fermare i lavori»\n\n«Nei cantieri della provincia mancano le regole minime di sicurezza», denunciano le segreterie di Fillea, Filca, Feneal. La richiesta è stata inviata alla prefettura.';
    expect(speakers(text)).toEqual(['Fillea, Filca, Feneal', 'Fillea, Filca, Feneal']);
  });

  it('does not give "sindacati: «…»" to two people the body quotes together', () => {
    const text = 'Cantieri, sindacati: «Pronti a fermare i lavori»\n\n«Nei cantieri della provincia mancano le regole minime di sicurezza», denunciano Marco Neri e Luca Bassi. La richiesta è stata inviata alla prefettura.';
    expect(speakers(text)).toEqual(['(sindacati)', 'Marco Neri e Luca Bassi']);
  });
});
