// The quotes stage on organisations that speak, as the twelfth untuned set showed them: words a text gives to "the
// association", "the club" it named before are the organisation's, not those of a person named beside it. Each rule
// tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string) => quotesOf(text).map((quote) => quote.speaker?.name ?? null);

describe('quotes: an organisation the text calls by a common noun after the verb', () => {
  it('gives "», spiega l’associazione guidata da X" to the association, not to X', () => {
    const text = 'Chiudono i negozi di quartiere: lo dicono i numeri di Assobotteghe, che ha contato le saracinesche abbassate. Secondo Assobotteghe il calo tocca soprattutto i piccoli centri. «Ogni bottega che chiude lascia una strada più buia e meno sicura per chi ci abita», spiega l’associazione guidata da Carla Ferri.';
    expect(speakers(text)).toEqual(['Assobotteghe']);
  });

  it('gives "– dice la società –" and "il commento della società" to the club the text is about', () => {
    const text = 'Festa grande per il Circolo Remiero Lario, che domenica ha ospitato la campionessa Laura Galli.\n\nLe ragazze del Circolo Remiero Lario hanno remato con lei per un’ora. «È stata una giornata che i nostri atleti non dimenticheranno», il commento della società in una nota.\n\n«Abbiamo sempre creduto nello sport di base – dice la società – e continueremo su questa strada».';
    expect(speakers(text)).toEqual(['Circolo Remiero Lario', 'Circolo Remiero Lario']);
  });

  it('gives it to the organisation the text introduced by that very noun', () => {
    const text = 'Rumori fino all’alba nel parco: la protesta arriva dal movimento Quartiere Vivo di Paolo Neri.\n\nIl sindaco Luca Bassi ha promesso controlli. «Nessuno ci ascolta da mesi e le notti sono diventate impossibili per le famiglie», dice il movimento.';
    expect(speakers(text)).toEqual(['Quartiere Vivo']);
  });

  it('leaves it to nobody when the text does not make plain which organisation it is', () => {
    const text = 'Il capitano Marco Riva ha visitato la scuola calcio. «È stata una giornata che i nostri ragazzi non dimenticheranno», dice la società.';
    expect(speakers(text)).toEqual([null]);
  });
});

describe('quotes: a note read by the organisation the paragraph makes its subject', () => {
  it('gives "L’associazione segnala …: un fenomeno che, si legge nella nota, «…»" to the association named before', () => {
    const text = 'Sono i dati di Federbotteghe Umbria, presentati ieri. Il presidente di Federbotteghe Umbria, Marco Sala, ha illustrato la ricerca.\n\nL’associazione segnala la crescita dell’usato: un fenomeno che, si legge nella nota, «non è più una moda passeggera ma una scelta di molti giovani».';
    expect(speakers(text)).toEqual(['Federbotteghe Umbria']);
  });

  it('gives "«…», si legge nella nota" after a paragraph opening on "L’organizzazione" to it', () => {
    const text = 'Il rapporto è stato presentato a Roma dall’organizzazione umanitaria Mani Aperte.\n\nL’organizzazione propone un piano in dieci punti.\n\n«Chiediamo al governo di misurarsi su obiettivi precisi, verificabili anno per anno», si legge nel documento.';
    expect(speakers(text)).toEqual(['Mani Aperte']);
  });
});

describe('quotes: "secondo l’associazione" in a paragraph that names no organisation', () => {
  it('gives it to the organisation named in the paragraphs before, not to the person quoted there', () => {
    const text = 'Il rapporto di Terra Nostra Onlus è stato presentato oggi. «Il cibo è un diritto», ha detto Anna Conti, portavoce di Terra Nostra Onlus.\n\nNel Sud i numeri sono doppi rispetto al Nord. Secondo l’organizzazione, il sistema degli aiuti resta «frammentato e affidato quasi soltanto ai volontari».';
    expect(speakers(text)).toEqual(['Anna Conti', 'Terra Nostra Onlus']);
  });
});

describe('quotes: words opening a piece, their speaker brought in by the next paragraph', () => {
  it('gives a paragraph of quotation alone to the person the next paragraph opens on as its subject', () => {
    const text = '«La stazione cambia volto, e si dà un obiettivo: riaprire entro l’estate la sala d’attesa e la biglietteria».\n\nIl sindaco di Carmagnola Paolo Ferri, reduce dall’incontro di oggi a Torino con i tecnici della Regione, traccia il calendario dei lavori.';
    expect(speakers(text)).toEqual(['Paolo Ferri']);
  });

  it('leaves it to nobody when the text named someone else before the quotation', () => {
    const text = 'La consigliera Anna Riva ha presentato un’interrogazione sulla stazione.\n\n«La stazione cambia volto, e si dà un obiettivo: riaprire entro l’estate la sala d’attesa e la biglietteria».\n\nIl sindaco di Carmagnola Paolo Ferri, reduce dall’incontro di oggi a Torino, traccia il calendario dei lavori.';
    expect(speakers(text)).not.toContain('Paolo Ferri');
  });
});

describe('quotes: the speaker a paragraph after the quotation names with two titles', () => {
  it('gives "Lo ha dichiarato il deputato e medico pesarese X" to X, not to an unnamed deputy', () => {
    const text = '«La prima cosa da fare è ripensare l’agenzia, così com’è non serve a niente».\n\nLo ha dichiarato oggi il deputato e medico pesarese Carlo Ferretti, coordinatore regionale del partito, durante la presentazione della lista.';
    expect(speakers(text)).toEqual(['Carlo Ferretti']);
  });
});

describe('quotes: "concludono le organizzazioni" after a note signed by the bodies’ secretaries', () => {
  it('gives it to the bodies the secretaries lead, as the text lists them, not to the last secretary', () => {
    const text = '«Il decreto riporta i cantieri indietro di trent’anni». Così dichiarano in una nota i segretari di Fillea Veneto, Filca Veneto e Feneal Veneto Marco Dal Bosco, Anna Furlan e Luigi Zen.\n\n«Come sindacato – concludono le organizzazioni dei lavoratori – siamo sempre stati pronti a discutere di semplificazioni».';
    expect(speakers(text)).toEqual(['Marco Dal Bosco, Anna Furlan e Luigi Zen', 'Fillea Veneto, Filca Veneto e Feneal Veneto']);
  });
});

describe('quotes: paragraphs of quotation after one ending on an organisation and the person whose it is', () => {
  it('gives "la denuncia arriva dal movimento X di Y." ¶ "«…»" to the movement', () => {
    const text = 'Musica fino all’alba nel vecchio mercato coperto. I residenti sono esasperati: la denuncia arriva dal movimento Città Viva di Elena Marras.\n\n«Parliamo di feste abusive che tengono svegli interi condomini fino alle quattro di notte, senza che nessuno intervenga».';
    expect(speakers(text)).toEqual(['Città Viva']);
  });

  it('still gives it to the person the paragraph ends on when it names no organisation of theirs', () => {
    const text = 'Musica fino all’alba nel vecchio mercato coperto. I residenti sono esasperati: ne ha parlato ieri Elena Marras.\n\n«Parliamo di feste abusive che tengono svegli interi condomini fino alle quattro di notte, senza che nessuno intervenga».';
    expect(speakers(text)).toEqual(['Elena Marras']);
  });
});

describe('quotes: a pact or statute the sentence opens on says what it sets down', () => {
  it('gives "Nel Patto si individuano «…»" and "Con questo Patto il «…– si legge –…»" to the pact, named in full', () => {
    const text = 'Il prefetto Laura Conti e il sindaco Marco Pini hanno firmato ieri il Patto per la vivibilità del centro storico.\n\nCon questo Patto il «Comune intende rafforzare i controlli nelle ore serali – si legge – e sostenere le attività che restano aperte».\n\nNel Patto si individuano «criticità legate allo spaccio e al degrado in piazza Duomo e nelle vie vicine».';
    expect(speakers(text)).toEqual(['Patto per la vivibilità del centro storico', 'Patto per la vivibilità del centro storico']);
  });
});

describe('quotes: a note of "the organisation", and "the body" named by its kind', () => {
  it('gives "«…», si legge nella nota dell’organizzazione" to it, a name saying it is one before a place named as often', () => {
    const text = 'Trenta persone soccorse al largo di Pantelleria dalla nave di Mare Aperto Onlus, a sud di Pantelleria.\n\n«Chiediamo alle autorità di assegnarci un porto vicino, come prevede il diritto del mare», si legge nella nota dell’organizzazione.\n\nPer interviste: ufficio stampa Mare Aperto Onlus.';
    expect(speakers(text)[0]).toBe('Mare Aperto Onlus');
  });

  it('gives "Secondo l’ente camerale si tratta di «…»" to the chamber of commerce the paragraph named', () => {
    const text = 'È il quadro dell’indagine della Camera di commercio di Rovigo su trecento imprese. Secondo l’ente camerale si tratta di «una frenata che non va sottovalutata, ma non ancora di una crisi».';
    expect(speakers(text)).toEqual(['Camera di commercio di Rovigo']);
  });
});

describe('quotes: an organisation named only in marks', () => {
  it('does not give "una nota dell’associazione" to the description set beside its name', () => {
    const text = 'In particolare «Ulivi Vivi», Coordinamento di rete delle associazioni del Cilento, torna a chiedere risposte.\n\n«La nostra terra brucia ancora e nessuno interviene per fermare gli incendi», si legge in una nota dell’associazione.';
    expect(speakers(text)).toEqual([null]);
  });
});

describe('quotes: a paragraph of quotation after one whose organisation speaks, a person only beside it', () => {
  it('gives it to "il Consiglio comunale, con il presidente X, esprime …", not to X', () => {
    const text = 'In un momento di grande tristezza, il Consiglio Comunale, con il presidente Rosa Galli, esprime il suo cordoglio alla famiglia Neri per la perdita del giovane Luca.\n\n«Luca era un ragazzo d’oro, pieno di vita e di voglia di fare. Vogliamo ricordarlo con il sorriso».';
    expect(speakers(text)).toEqual(['Consiglio Comunale']);
  });
});
