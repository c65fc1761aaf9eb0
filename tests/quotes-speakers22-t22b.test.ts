// The quotes stage linking a quotation to whom the text means (issue 18, round 22): a role the text gives once joined
// to the name it belongs to. Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string) => quotesOf(text).map((quote) => quote.speaker?.name ?? null);

describe('quotes: a title standing in apposition before a name, the comma between them', () => {
  it('gives "Lo dichiara il consigliere regionale e membro della commissione, X" to X', () => {
    const text = '«Sulle linee dei pendolari il servizio è peggiorato e chiediamo il rimborso degli abbonamenti». Lo dichiara il Consigliere della Regione Marche e membro della Commissione Scuola e Lavoro, Arturo Bellini (Civici).';
    expect(speakers(text)).toEqual(['Arturo Bellini']);
  });

  it('reads an adjective of origin before the name: "il presidente nazionale, il cremonese X"', () => {
    const text = '«La crisi dell’energia pesa più della pandemia sulle piccole imprese». Lo dice il presidente nazionale della Federazione, il bresciano Giulio Ronchi, alla consegna dei diplomi.';
    expect(speakers(text)).toEqual(['Giulio Ronchi']);
  });

  it('gives a later "ha esordito l’assessore" to the one the title was written before', () => {
    const text = 'La parola è passata al presidente della società, Mario Tessari. «Siamo pronti a questa stagione» ha detto il presidente. Anche l’assessore provinciale al turismo, montagna e sport e Presidente di Marca Promozione, Carlo De Rossi, ha portato il suo saluto. «Vi auguro una grande stagione – ha esordito l’assessore – e tanti tifosi al palazzetto».';
    expect(speakers(text)).toEqual(['Mario Tessari', 'Carlo De Rossi']);
  });

  it('does not join a title to a name across a verb: the name is the subject of the next clause', () => {
    const text = '«Sulle linee dei pendolari il servizio è peggiorato». Lo ha detto il sindaco della città, poi Arturo Bellini ha lasciato l’aula.';
    expect(speakers(text)).toEqual([null]);
  });
});

describe('quotes: a title not standing in apposition', () => {
  it('does not give "ha esordito l’assessore, portando il saluto della collega, X" to the colleague', () => {
    const text = 'La parola è passata all’assessore. «Vi auguro una grande stagione – ha esordito l’assessore, portando il saluto della collega allo Sport, Chiara Berti –. Abbiamo creduto nel vostro progetto».';
    expect(speakers(text)).not.toContain('Chiara Berti');
  });
});

describe('quotes: a second role chained after a name’s first one', () => {
  it('gives "Il presidente di X aggiunge" to the one named "Y, allevatore di Z (Cr), presidente di X"', () => {
    const text = '«I prezzi del latte sono da record» commenta Davide Gorni, allevatore di San Giacomo (Cr), presidente di Agricoltori Cremona, intervistato dalla rivista. Il presidente di Agricoltori Cremona aggiunge che i costi sono fermi, «ma pesano molto i costi accessori».';
    expect(speakers(text)).toEqual(['Davide Gorni', 'Davide Gorni']);
  });

  it('does not read a clause after the role as a second role', () => {
    const text = '«I prezzi del latte sono da record» commenta Davide Gorni, allevatore di San Giacomo, che il presidente di Agricoltori Cremona ha premiato. Il presidente di Agricoltori Cremona aggiunge che i costi sono fermi, «ma pesano molto i costi accessori».';
    expect(speakers(text)[1]).not.toBe('Davide Gorni');
  });
});

describe('quotes: a role a sentence gives a name by "è il", joined to a later bare title', () => {
  it('gives "dice il Segretario" to the one the text said "è il Segretario provinciale"', () => {
    const text = 'Il piano dell’azienda non convince. Marco Lauri è il Segretario provinciale dei metalmeccanici.\n\nLa produzione si è dimezzata nei primi dieci mesi dell’anno.\n\n«È inaccettabile che uno stabilimento moderno resti senza un piano» dice il Segretario.';
    expect(speakers(text)).toEqual(['Marco Lauri']);
  });

  it('does not read a noun that is no role: "è il primo" says nothing of who "il segretario" is', () => {
    const text = 'Il piano dell’azienda non convince. Marco Lauri è il primo a firmare la petizione.\n\nLa produzione si è dimezzata nei primi dieci mesi dell’anno.\n\n«È inaccettabile che uno stabilimento moderno resti senza un piano» dice il segretario.';
    expect(speakers(text)).toEqual([null]);
  });
});
