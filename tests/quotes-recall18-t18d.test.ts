// Statements cut as the writer cut them (issue 18, round eighteen): a second verb of saying in a dashed attribution, a
// curly mark opened and never closed, a closing mark a publishing tool turned into a double prime. Each rule tested on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: a gerund of saying in a dashed attribution opens a new quotation', () => {
  it('reads "“…” – ha detto X, aggiungendo – “…”" as two quotations of X', () => {
    const text = 'La giunta ha presentato il bilancio. “Abbiamo chiuso l’anno con i conti in ordine e senza nuovi debiti” – ha detto il sindaco Marco Bellini, aggiungendo – “Nel prossimo anno apriremo due nuovi asili nel quartiere nord”.';
    expect(summaryOf(text)).toEqual([
      [['Abbiamo chiuso l’anno con i conti in ordine e senza nuovi debiti'], 'Marco Bellini'],
      [['Nel prossimo anno apriremo due nuovi asili nel quartiere nord'], 'Marco Bellini'],
    ]);
  });

  it('reads "“…” – ha detto X, che ha poi aggiunto – “…”" as two quotations of X', () => {
    const text = 'La giunta ha presentato il bilancio. “Abbiamo chiuso l’anno con i conti in ordine e senza nuovi debiti” – ha detto il sindaco Marco Bellini, che ha poi aggiunto – “Nel prossimo anno apriremo due nuovi asili nel quartiere nord”.';
    expect(summaryOf(text)).toEqual([
      [['Abbiamo chiuso l’anno con i conti in ordine e senza nuovi debiti'], 'Marco Bellini'],
      [['Nel prossimo anno apriremo due nuovi asili nel quartiere nord'], 'Marco Bellini'],
    ]);
  });

  it('keeps "“…” – ha detto X – “…”" one quotation in two parts', () => {
    const text = 'La giunta ha presentato il bilancio. “Abbiamo chiuso l’anno con i conti in ordine e senza nuovi debiti” – ha detto il sindaco Marco Bellini – “e nel prossimo anno apriremo due nuovi asili”.';
    expect(summaryOf(text)).toEqual([[['Abbiamo chiuso l’anno con i conti in ordine e senza nuovi debiti', 'e nel prossimo anno apriremo due nuovi asili'], 'Marco Bellini']]);
  });
});

describe('quotes: an opening curly mark met while another is open', () => {
  it('ends a name opened and never closed at its sentence, not at the next quotation', () => {
    const text = 'In piazza c’era il gruppo “Voci del borgo, con striscioni e bandiere. Mancavano solo i consiglieri regionali. “Non ci fermeremo finché la scuola resterà chiusa – ha detto la portavoce Anna Ferri – e torneremo qui ogni sabato”. Poi il parroco Luigi Carli ha preso la parola: “La comunità è unita e lo resterà”.';
    const quotes = summaryOf(text);
    expect(quotes).toContainEqual([['Non ci fermeremo finché la scuola resterà chiusa', 'e torneremo qui ogni sabato'], 'Anna Ferri']);
    expect(quotes).toContainEqual([['La comunità è unita e lo resterà'], 'Luigi Carli']);
  });

  it('ends a statement never closed before the sentence that introduces the next one', () => {
    const text = 'Il tecnico Paolo Renzi era soddisfatto dopo la partita: “Abbiamo giocato con ordine e con coraggio. La squadra ha seguito il piano dall’inizio alla fine. Sulla ripresa, giocata in dieci uomini: “Abbiamo mostrato carattere e voglia di soffrire insieme”.';
    expect(summaryOf(text)).toEqual([
      [['Abbiamo giocato con ordine e con coraggio. La squadra ha seguito il piano dall’inizio alla fine.'], 'Paolo Renzi'],
      [['Abbiamo mostrato carattere e voglia di soffrire insieme'], 'Paolo Renzi'],
    ]);
  });
});

describe('quotes: marks of one kind inside a statement that are no statement of their own', () => {
  it('keeps a name in marks inside a statement that runs on', () => {
    const text = '“Scrivo per segnalare i disagi di chi deve raggiungere l’ospedale “Santa Chiara” e trova la strada chiusa da giorni.\n\nNessuno ci ha avvisato e nessuno risponde alle nostre telefonate”, scrive il lettore Paolo Gatti.';
    expect(summaryOf(text)).toEqual([[['Scrivo per segnalare i disagi di chi deve raggiungere l’ospedale “Santa Chiara” e trova la strada chiusa da giorni.', 'Nessuno ci ha avvisato e nessuno risponde alle nostre telefonate'], 'Paolo Gatti']]);
  });

  it('keeps someone quoted in turn, after a colon and a verb of saying, inside the statement', () => {
    const text = 'La rettrice Maria Conti ha salutato i laureati. “Non smettete mai di fare domande. Quando gli chiesero il segreto, un grande scienziato rispose: “Sono soltanto molto curioso di tutto”.';
    expect(summaryOf(text)).toEqual([[['Non smettete mai di fare domande. Quando gli chiesero il segreto, un grande scienziato rispose: “Sono soltanto molto curioso di tutto”.'], 'Maria Conti']]);
  });
});

describe('quotes: a double prime after a figure closes the quotation', () => {
  it('leaves a time in minutes and seconds inside the statement', () => {
    const text = 'Il vincitore Luca Moro era raggiante: “Ho chiuso in 1\'52″ e non ci speravo più, è il mio miglior tempo di sempre”.';
    expect(summaryOf(text)).toEqual([[['Ho chiuso in 1\'52″ e non ci speravo più, è il mio miglior tempo di sempre'], 'Luca Moro']]);
  });


  it('reads “… nel 2026″ è quanto afferma X as a closed quotation', () => {
    const text = '“Siamo pronti a investire nella nuova linea di produzione che entrerà in funzione nel 2026″ è quanto afferma l’assessore regionale Carla Neri.\n\n“Una notizia che rafforza il territorio – sottolinea – e i suoi posti di lavoro”.';
    expect(summaryOf(text)).toEqual([
      [['Siamo pronti a investire nella nuova linea di produzione che entrerà in funzione nel 2026'], 'Carla Neri'],
      [['Una notizia che rafforza il territorio', 'e i suoi posti di lavoro'], 'Carla Neri'],
    ]);
  });
});

describe('quotes: a surname opened by a lower-case "di"', () => {
  it('gives "ha detto Di Rocco" to "Sara di Rocco" named before', () => {
    const text = 'Ha aperto la seduta l’assessora Sara di Rocco. “Il nuovo calendario sarà pronto prima dell’estate” – ha detto Di Rocco.';
    expect(summaryOf(text)).toEqual([[['Il nuovo calendario sarà pronto prima dell’estate'], 'Sara di Rocco']]);
  });

  it('keeps "di" a preposition when the text never writes the surname "Di …"', () => {
    const text = 'Ha aperto la seduta Sara di Roma Capitale. “Il nuovo calendario sarà pronto prima dell’estate” – ha detto Sara.';
    expect(summaryOf(text)[0]![1]).not.toBe('Sara di Roma');
  });
});
