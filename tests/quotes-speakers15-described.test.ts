// The quotes stage on speakers the twelfth untuned set showed wrong (described speakers, capitalised words that are no
// names, titles told apart by their qualifier): each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOrDescriptionsOf as speakers } from './helpers/quotes.ts';

describe('quotes: friends described, not named', () => {
  it('gives "«…». Così le amiche hanno salutato la ragazza" to the friends', () => {
    const text = 'Fiori bianchi e molta commozione nella chiesa del paese. «Resterai per sempre la più allegra di tutte noi, ovunque tu sia adesso». Così le amiche hanno salutato la ragazza.';
    expect(speakers(text)).toEqual(['(amiche)']);
  });

  it('gives "spiega un amico" to a friend', () => {
    const text = 'Il giovane era molto conosciuto in paese. «Era sempre il primo ad arrivare e l’ultimo ad andarsene», spiega un amico.';
    expect(speakers(text)).toEqual(['(amico)']);
  });
});

describe('quotes: "qualche" opens a description', () => {
  it('gives "qualche genitore aggiunge «…»" to a parent', () => {
    const text = 'Davanti alla scuola la protesta è andata avanti tutta la mattina, qualche genitore aggiunge «non è possibile fare lezione in trenta dentro un’aula così piccola».';
    expect(speakers(text)).toEqual(['(genitore)']);
  });
});

describe('quotes: a bare title told apart by its qualifier', () => {
  it('gives "secondo il direttore generale «…»" to the director general, not to the administrative director named since', () => {
    const text = 'Le nomine portano la firma del direttore generale dell’azienda sanitaria, Paolo Ferrante.\n\nAlla conferenza stampa c’erano anche Laura Bini, direttrice sanitaria, e Carla Neri, direttrice amministrativa. Secondo il direttore generale «la sanità del territorio si regge sulla collaborazione fra ospedale e medici di famiglia».';
    expect(speakers(text)).toEqual(['Paolo Ferrante']);
  });
});

describe('quotes: "Comincia così la denuncia di …" after the quotation', () => {
  it('gives the words to the people whose complaint opens so, with their street', () => {
    const text = '«A mezzanotte ci piace assistere ai fuochi d’artificio sotto i balconi, alle tre ci piace essere svegliati dalle urla». Comincia così una lunga denuncia dei residenti di piazza Garibaldi, nel quartiere Borgo. Ieri l’ennesima rissa.';
    expect(speakers(text)).toEqual(['(residenti di piazza Garibaldi)']);
  });

  it('gives them to the person named there', () => {
    const text = '«Cari concittadini, quest’anno la festa del patrono non si farà, e mi dispiace più di chiunque altro». Inizia così la lettera del sindaco Paolo Ferri ai cittadini.';
    expect(speakers(text)).toEqual(['Paolo Ferri']);
  });
});

describe('quotes: a fuller description of the same people wins', () => {
  const title = 'Notti di urla in piazza. I residenti: «Qui non si dorme più»';
  const body = '«A mezzanotte ci piace assistere ai fuochi d’artificio sotto i balconi, alle tre ci piace essere svegliati dalle urla». Comincia così una lunga denuncia dei residenti di piazza Garibaldi, nel quartiere Borgo.';

  it('gives the body\'s words to the residents of the square, not to the headline\'s bare "residenti"', () => {
    expect(speakers(body, title)[1]).toBe('(residenti di piazza Garibaldi)');
  });

  it('gives the headline\'s words to them too', () => {
    expect(speakers(body, title)[0]).toBe('(residenti di piazza Garibaldi)');
  });
});

describe('quotes: a description the relative clause of the verb hangs on', () => {
  it('gives "le parole della preside che ai genitori avrebbe detto «…»" to the head teacher', () => {
    const text = 'La protesta continua davanti alla scuola media. Fanno discutere le parole della preside che ai genitori avrebbe detto «se non vi sta bene potete sempre cambiare istituto».';
    expect(speakers(text)).toEqual(['(preside)']);
  });

  it('keeps the role as the text capitalises it: "della Dirigente scolastica che …"', () => {
    const text = 'La protesta continua davanti alla scuola media. Fanno discutere le frasi della Dirigente scolastica che ai genitori avrebbe detto «se non vi sta bene potete sempre cambiare istituto».';
    expect(speakers(text)).toEqual(['(Dirigente scolastica)']);
  });

  it('leaves a named person to the name: "della preside Anna Bassi che …"', () => {
    const text = 'La protesta continua davanti alla scuola media. Fanno discutere le parole della preside Anna Bassi che ai genitori avrebbe detto «se non vi sta bene potete sempre cambiare istituto».';
    expect(speakers(text)).toEqual(['Anna Bassi']);
  });
});

describe('quotes: a territory in a headline\'s topic is no speaker', () => {
  it('gives "Pronto soccorso della provincia di X: «…»" to the body\'s speaker, not to the province', () => {
    const title = 'Pronto soccorso della provincia di Cuneo: «Situazione sempre più critica»';
    const body = '«Mancano medici nei reparti di emergenza e le attese si allungano ogni settimana di più». Lo denuncia il sindaco Marco Bellini.';
    expect(speakers(body, title)).toEqual(['Marco Bellini', 'Marco Bellini']);
  });
});

describe('quotes: a column heading before a colon is nobody', () => {
  const body = 'Il ponte sul fiume resterà chiuso per tutta la settimana. «Stiamo lavorando giorno e notte per riaprirlo il prima possibile», ha detto il sindaco Marco Bellini.';

  it('gives a headline "Il Punto: «…»" to the body\'s speaker, not to "Punto"', () => {
    expect(speakers(body, 'Il Punto: «Il ponte resterà chiuso fino a lunedì per lavori»')).toEqual(['Marco Bellini', 'Marco Bellini']);
  });

  it('gives a headline "Ultime Notizie: «…»" to the body\'s speaker', () => {
    expect(speakers(body, 'Ultime Notizie: «Il ponte resterà chiuso fino a lunedì per lavori»')).toEqual(['Marco Bellini', 'Marco Bellini']);
  });

  it('leaves a body\'s "Ultime Notizie: «…»" a quotation by nobody named', () => {
    const text = 'Il consiglio comunale si è riunito ieri sera.\n\nUltime Notizie: «Il ponte resterà chiuso fino a lunedì per lavori di manutenzione straordinaria».';
    expect(speakers(text)).toEqual([null]);
  });

  it('still reads "Lista Civica: «…»" as the list speaking', () => {
    const text = 'Il consiglio comunale si è riunito ieri sera.\n\nLista Civica: «Il ponte resterà chiuso fino a lunedì per lavori di manutenzione straordinaria».';
    expect(speakers(text)).toEqual(['Lista Civica']);
  });
});

describe('quotes: a surname alone in apposition to a title, the subject of the verb after it', () => {
  it('gives "Il consigliere comunale, Ferrante, ha replicato all’assessore: «…»" to Ferrante', () => {
    const text = 'Il consigliere comunale, Ferrante, ha replicato all’assessore con una nota: «rispetto alla nota dell’assessore Bruni sui lavori in piazza, è necessario chiarire che nulla è stato lasciato in sospeso».';
    expect(speakers(text)).toEqual(['Ferrante']);
  });

  it('leaves a place in apposition alone: "Il sindaco di Lugo, Ravenna, …" is no such case', () => {
    const text = 'Il presidente della Provincia, Ravenna, ha detto che servono più fondi: «le strade della provincia sono in condizioni pessime e servono interventi».';
    expect(speakers(text)).not.toContain('Ravenna');
  });
});

describe('quotes: a quotation alone after a paragraph opening on someone described', () => {
  it('gives it to "la figlia" the paragraph before opens on, naming nobody', () => {
    const text = 'La voce della figlia trema ancora. La madre era ospite della struttura da anni e si è spenta sola, nel suo letto. Chiede di restare anonima.\n\n«Mia madre stava bene, non aveva altre malattie. Da un giorno all’altro non poteva più alzarsi dal letto e nessuno ci ha spiegato perché».';
    expect(speakers(text)).toEqual(['(figlia)']);
  });

  it('gives it to "un residente" opening the paragraph before', () => {
    const text = 'Un residente della zona è sceso in strada con i vicini appena ha sentito lo scoppio.\n\n«Abbiamo visto il fumo uscire dalle finestre del secondo piano e abbiamo chiamato subito i vigili del fuoco».';
    expect(speakers(text)).toEqual(['(residente della zona)']);
  });

  it('leaves it to nobody when the paragraph before names someone too', () => {
    const text = 'La voce della figlia trema ancora. Il direttore Paolo Neri non ha voluto commentare.\n\n«Mia madre stava bene, non aveva altre malattie. Da un giorno all’altro non poteva più alzarsi dal letto».';
    expect(speakers(text)).not.toContain('(figlia)');
  });
});

describe('quotes: "– tuonano i genitori, tra cui … –" inside a quotation', () => {
  it('cuts the attribution out and gives the words to the parents, an office named among them', () => {
    const text = 'Questa mattina i genitori si sono incontrati davanti alla scuola. «Cambiare il menù non serve a niente – tuonano i genitori, tra cui il vice presidente del Municipio II – perché sono stati serviti pasti ancora congelati».';
    expect(quotesOf(text).map((quote) => quote.text)).toEqual(['Cambiare il menù non serve a niente perché sono stati serviti pasti ancora congelati']);
    expect(speakers(text)).toEqual(['(genitori)']);
  });

  it('gives them to the parents, not to the one person named among them', () => {
    const text = 'Questa mattina i genitori si sono incontrati davanti alla scuola. «Cambiare il menù non serve a niente – tuonano i genitori, tra cui Marco Bini del comitato – perché sono stati serviti pasti ancora congelati».';
    expect(speakers(text)).toEqual(['(genitori)']);
  });
});

describe('quotes: more nouns for people the press leaves unnamed', () => {
  it('gives "Un attivista del comitato di quartiere ha spiegato che «…»" to the activist, not to the resident before', () => {
    const text = '«Qui le auto corrono troppo, lo diciamo da anni», racconta un residente.\n\nUn attivista del comitato di quartiere ha spiegato che «servono attraversamenti illuminati e dossi, non possiamo aspettare il prossimo incidente».';
    expect(speakers(text)).toEqual(['(residente)', '(attivista del comitato di quartiere)']);
  });

  it('gives "– dice una collega –" to a colleague', () => {
    const text = 'In ufficio nessuno se lo aspettava. «Era sempre la prima ad arrivare – dice una collega – e l’ultima ad andare via la sera».';
    expect(speakers(text)).toEqual(['(collega)']);
  });
});

describe('quotes: an unnamed assessore and the portfolio after the title', () => {
  it('reads "La risposta arriva dall’assessore ai lavori pubblici: «…»" as speech by that assessore', () => {
    const text = 'I residenti protestano da mesi per le buche.\n\nLa risposta arriva dall’assessore ai lavori pubblici: «Il tratto mancante è nel piano delle asfaltature della prossima primavera».';
    expect(speakers(text)).toEqual(['(assessore ai lavori pubblici)']);
  });

  it('describes "all’assessore ai lavori pubblici, che assicura: «…»" the same way', () => {
    const text = 'I residenti protestano da mesi per le buche.\n\nDal Comune la risposta è affidata all’assessore ai lavori pubblici, che assicura: «Il tratto mancante è nel piano delle asfaltature della prossima primavera».';
    expect(speakers(text)).toEqual(['(assessore ai lavori pubblici)']);
  });

  it('reads a portfolio after an elided article the same way: "dall’assessore all’ambiente: «…»"', () => {
    const text = 'I residenti protestano da mesi per la discarica.\n\nLa risposta arriva dall’assessore all’ambiente: «La bonifica dell’area partirà entro la fine di questo mese».';
    expect(speakers(text)).toEqual(['(assessore all’ambiente)']);
  });
});

describe('quotes: someone named after "con l’…" is spoken of, not speaking', () => {
  it('gives "– aggiunge la donna –" to the resident quoted before, not to the assessore she will meet', () => {
    const text = '«Sono anni che combattiamo con questi ragazzi - spiega una residente -. Il Comune era intervenuto qualche anno fa». Adesso verrà fissato un incontro con l’assessore Bonvini. «La situazione peggiora di giorno in giorno - aggiunge la donna -. L’altra sera c’è stato anche un litigio».';
    expect(speakers(text)).toEqual(['(residente)', '(residente)']);
  });
});
