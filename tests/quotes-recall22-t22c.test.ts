// Round 22 (t22c): quotations' spans the extractor cut wrong or missed. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, summaryOf } from './helpers/quotes.ts';

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

describe('quotes: a clause in the speaker’s first person woven into the writer’s sentence', () => {
  it('takes «…» after "perché" as someone’s words, nine lower-case words or more with a "noi" in them', () => {
    const text = 'All’alba i militari sono andati a prenderli. Al momento dell’arresto hanno pianto perché “non pensavamo di arrivare fino a questo punto, non abbiamo mai preso un euro”.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['non pensavamo di arrivare fino a questo punto, non abbiamo mai preso un euro']]);
  });

  it('takes «…» after a noun and a comma the same way ("«su cui ci concentreremo …»")', () => {
    const text = 'Il coordinatore Paolo Neri distingue tre livelli. Nel primo caso ci sono le piogge forti o gli incendi boschivi («su cui ci concentreremo nelle prossime settimane, l’estate è alle porte»).';
    expect(summaryOf(text)).toEqual([[['su cui ci concentreremo nelle prossime settimane, l’estate è alle porte'], 'Paolo Neri']]);
  });

  it('gives a clause in the first person plural to the people its sentence describes, not to the man named before', () => {
    const text = 'In piazza c’era anche il prefetto Mario Bianchi. C’erano i residenti di Ferrandelle, che da anni ospitano la discarica, «perché questa battaglia è anche la nostra e non vogliamo che la discarica venga spostata».';
    const [quote] = quotesOf(text);
    expect(quote?.parts).toEqual(['perché questa battaglia è anche la nostra e non vogliamo che la discarica venga spostata']);
    expect(quote?.speaker).toBeNull();
    expect(quote?.speakerDescription).toBe('residenti di Ferrandelle');
  });

  it('leaves a long lower-case phrase in the third person as it was, a programme’s or a document’s words', () => {
    const text = 'Il progetto, presentato come «una rete di servizi per le famiglie e per le imprese del territorio montano», partirà a gennaio.';
    expect(summaryOf(text)).toEqual([]);
  });

  it('does not read "ci sono" as anyone’s first person', () => {
    const text = 'Nel rapporto si parla di un settore dove «ci sono sempre meno imprese e sempre più difficoltà a trovare personale qualificato».';
    expect(summaryOf(text)).toEqual([]);
  });
});
