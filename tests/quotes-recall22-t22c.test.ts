// Round 22 (t22c): quotations' spans the extractor cut wrong or missed. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: an attribution between two pairs, a colon after it', () => {
  it('reads «…» commenta X: «…» as one statement in two parts', () => {
    const text = 'Al presidio c’erano molti esponenti dell’opposizione. “La Regione non farà un passo indietro sulla somma che chiede al Comune” commenta il consigliere regionale Luca Ferretti: “È una cosa che non sta né in cielo né in terra. La somma potrà recuperarla vendendo il patrimonio”.';
    expect(summaryOf(text)).toEqual([[['La Regione non farà un passo indietro sulla somma che chiede al Comune', 'È una cosa che non sta né in cielo né in terra. La somma potrà recuperarla vendendo il patrimonio'], 'Luca Ferretti']]);
  });

  it('reads "…", ha spiegato X: "…" the same way, lower case going on', () => {
    const text = 'Il rettore ha incontrato gli studenti. "Le richieste confluiranno in un documento che il Senato esaminerà", ha spiegato Paolo Neri: "abbiamo già costituito il tavolo con i rappresentanti di tutti".';
    expect(summaryOf(text)).toEqual([[['Le richieste confluiranno in un documento che il Senato esaminerà', 'abbiamo già costituito il tavolo con i rappresentanti di tutti'], 'Paolo Neri']]);
  });

  it('keeps apart a pair a verb of its own introduces after the attribution ("e conclude:")', () => {
    const text = 'Il presidio è durato tutta la mattina. “Le aziende non reggono più questi costi”, aggiunge Mario Bassi e conclude: “Vogliamo davvero arrivare al blocco dei camion?”.';
    expect(summaryOf(text)).toHaveLength(2);
  });

  it('keeps apart words a sentence of its own introduces after the first pair ("Così X: …")', () => {
    const text = 'L’assessore Marco Sgarbi replica che il costo del servizio "è in linea con quello delle altre grandi città". Così l’assessore: "Non facciamo annunci, facciamo un percorso. Preferisco partire un anno dopo che partire male".';
    expect(summaryOf(text)).toHaveLength(2);
  });
});
