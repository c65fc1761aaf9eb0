// Finding quotations in real Italian copy (issue 18): marks left open or turned wrongly, statements running over
// paragraphs, page furniture and lines of web pages copied as text.
import { describe, expect, it } from 'vitest';
import { quotesOf, summaryOf } from './helpers/quotes.ts';
import { extractQuotes } from '../pipeline/quotes/index.ts';
import { parseMarkdown } from '../pipeline/parse/markdown.ts';
import { quotesOfFile } from '../pipeline/import/quotable.ts';

/** Plain text read as `pressroom quotes` reads a .txt file: through the import stage. */
const plainSummary = (text: string) => {
  const read = quotesOfFile('copia.txt', text);
  if (!read.ok) throw new Error(read.problems.join());
  return read.quotes.map((quote) => [quote.parts, quote.speaker?.name ?? null]);
};

describe('quotes: lines of a page copied as text', () => {
  it('reads a line opening with a dash and a mark as a paragraph of its own, not the heading above it', () => {
    const text = 'Le conferenze della vigilia\n\nLa giornata si apre con il derby.\nPISA-LUCCA (sabato, ore 15:00)\nConferenza stampa ROSSI Pisa-Lucca\n- “Il derby è una partita a parte, non conta la classifica. Siamo pronti”.\nCOMO-LECCO (sabato, ore 18:00)\nConferenza stampa BIANCHI Como-Lecco\n- “Abbiamo lavorato bene tutta la settimana, i ragazzi stanno bene”.\n';
    expect(plainSummary(text).map(([parts]) => parts)).toEqual([['Il derby è una partita a parte, non conta la classifica. Siamo pronti'], ['Abbiamo lavorato bene tutta la settimana, i ragazzi stanno bene']]);
  });

  it('reads a line opening with a mark after a dateline line as a paragraph of its own', () => {
    const text = 'Il ministro sul cantiere\n\n(Agenzia Vista) Roma, 12 marzo 2025\n"Non si è trattato di un atto dovuto. Io continuerò a difendere il cantiere e chi ci lavora”. Lo ha detto il vicepremier Raffaele, a margine di una conferenza stampa.\n';
    expect(plainSummary(text).map(([parts]) => parts)).toEqual([['Non si è trattato di un atto dovuto. Io continuerò a difendere il cantiere e chi ci lavora']]);
  });

  it('ends a paragraph at a line that is one quotation in marks, whatever line comes after it', () => {
    const text = 'Frana in collina, il ministro: nessuno sarà lasciato solo\n\n"Lo Stato sarà al fianco delle famiglie"\n© riproduzione riservata\n"Abbiamo già stanziato i primi fondi e altri ne arriveranno". Lo afferma il ministro Carlo Verdi in una nota.\n';
    expect(plainSummary(text).map(([parts]) => parts)).toEqual([['Lo Stato sarà al fianco delle famiglie'], ['Abbiamo già stanziato i primi fondi e altri ne arriveranno']]);
  });

  it('gives a kicker alone on its line under the headline to whoever says the quotation right after it', () => {
    const text = 'Ponte chiuso, la Regione: tempi brevi\n\n"I lavori partiranno entro l’estate"\nfoto di repertorio\n"Abbiamo trovato le risorse e il progetto è pronto". Lo afferma l’assessore Marta Bini in una nota. Dall’opposizione replica il consigliere Ugo Neri: "Promesse già sentite tante volte".\n';
    expect(plainSummary(text)).toEqual([
      [['I lavori partiranno entro l’estate'], 'Marta Bini'],
      [['Abbiamo trovato le risorse e il progetto è pronto'], 'Marta Bini'],
      [['Promesse già sentite tante volte'], 'Ugo Neri'],
    ]);
  });

  it('ends a paragraph at a line that ends with a straight closing mark', () => {
    const text = 'Il mercato resta in piazza\n\nVerdi Civici: "Lo spostamento del mercato è una scelta calata dall\'alto, senza ascolto dei residenti"\nIl consigliere Marco Neri ha presentato un\'interrogazione al sindaco sul mercato.\n';
    expect(plainSummary(text)).toEqual([[["Lo spostamento del mercato è una scelta calata dall'alto, senza ascolto dei residenti"], 'Verdi Civici']]);
  });
});

describe('quotes: marks opened and never closed', () => {
  it('ends a quotation left open with its paragraph when the next one opens marks of another kind', () => {
    const text = 'ASTI – “Il mercato coperto va ripensato da cima a fondo. Non bastano nuove tende e qualche panchina, serve un progetto vero.\n\n«Secondo i nostri conti – spiega Laura Conti, consigliera comunale – mancano almeno quaranta posti auto. Senza parcheggi il mercato muore.»';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Il mercato coperto va ripensato da cima a fondo. Non bastano nuove tende e qualche panchina, serve un progetto vero.'], ['Secondo i nostri conti', 'mancano almeno quaranta posti auto. Senza parcheggi il mercato muore.']]);
  });

  it('ends an open quotation where the next sentence attributes it, even when the next paragraph reopens a mark', () => {
    const text = 'Roma, 8 ottobre – “L’operazione di stanotte conferma l’impegno di tutte le forze dell’ordine nella lotta alle mafie. Così il ministro dell’Interno, Carlo Vanni, ha commentato l’operazione dei carabinieri di Vibo.\n\n“Il contrasto alla criminalità non si ferma” – ha aggiunto il ministro – “e ringrazio tutte le donne e gli uomini dell’Arma”.';
    expect(summaryOf(text)).toEqual([
      [['L’operazione di stanotte conferma l’impegno di tutte le forze dell’ordine nella lotta alle mafie.'], 'Carlo Vanni'],
      [['Il contrasto alla criminalità non si ferma', 'e ringrazio tutte le donne e gli uomini dell’Arma'], 'Carlo Vanni'],
    ]);
    const { problems } = extractQuotes({ body: parseMarkdown(text, false) });
    expect(problems.map((problem) => problem.rule)).toEqual(['quote-unterminated']);
  });

  it('ends an open quotation before a dashed verb that ends the sentence, and reads the marks after it again', () => {
    const text = 'Apre la cerimonia l’assessore Luca Tosi: «È una gioia tornare a premiare i ragazzi in presenza, ne avevamo bisogno – esordisce. Premiati così ottanta studenti, anche se Tosi precisa: «Il voto non misura tutto, cercheremo altri modi di riconoscere il merito».';
    expect(summaryOf(text)).toEqual([
      [['È una gioia tornare a premiare i ragazzi in presenza, ne avevamo bisogno'], 'Luca Tosi'],
      [['Il voto non misura tutto, cercheremo altri modi di riconoscere il merito'], 'Luca Tosi'],
    ]);
  });

  it('keeps "Così come" inside an open quotation', () => {
    const text = 'Il sindaco Marco Riva ha parlato in aula: «Le scuole riapriranno lunedì. Così come promesso, i lavori sono finiti in tempo';
    expect(summaryOf(text)).toEqual([[['Le scuole riapriranno lunedì. Così come promesso, i lavori sono finiti in tempo'], 'Marco Riva']]);
  });
});

describe('quotes: a statement over several paragraphs', () => {
  it('runs on through paragraphs with no mark to the one that closes it', () => {
    const text = '(ASI) Roma - "Ho sentito stamattina il questore di Lecco per complimentarmi del blitz antidroga.\n\nDue agenti sono rimasti feriti durante l’arresto. La prontezza degli agenti ha evitato il peggio.\n\nAl questore le mie congratulazioni per l’attività costante di controllo del territorio". Così in una nota il sottosegretario Alessio Brambilla.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.parts).toHaveLength(3);
    expect(quotes[0]!.parts[1]).toBe('Due agenti sono rimasti feriti durante l’arresto. La prontezza degli agenti ha evitato il peggio.');
    expect(quotes[0]!.speaker?.name).toBe('Alessio Brambilla');
  });

  it('does not run on into a paragraph whose first mark opens a quotation', () => {
    const text = 'Il sindaco Marco Riva: «Le scuole riapriranno lunedì\n\nIntanto i genitori protestano davanti al municipio.\n\nLa preside Anna Neri: «Siamo pronti ad accogliere tutti i ragazzi».';
    expect(quotesOf(text).map((quote) => quote.parts)).toEqual([['Le scuole riapriranno lunedì'], ['Siamo pronti ad accogliere tutti i ragazzi']]);
  });
});

describe('quotes: a name set before a colon as a label', () => {
  it('reads a sentence in marks after a name and a colon as its words, but not after a one-word heading', () => {
    expect(summaryOf('Roma, 8 dicembre.\n\nAmbiente Futuro: “A Bonn nessuna risposta concreta dei governi alla mobilitazione dei giovani”')).toEqual([[['A Bonn nessuna risposta concreta dei governi alla mobilitazione dei giovani'], 'Ambiente Futuro']]);
    expect(summaryOf('PARTITI\n\nRAVERA: “Il segretario cercava una linea ma non l’ha trovata” - Cdm domani sul fisco')).toEqual([[['Il segretario cercava una linea ma non l’ha trovata'], 'RAVERA']]);
    expect(summaryOf('Il festival apre venerdì.\n\nProgramma: «Alle dieci i saluti del sindaco e la visita alla mostra»')).toEqual([]);
  });
});

describe('quotes: pairs in a row', () => {
  it('opens a new quotation after a pair attributed inside, when only a full stop stands between', () => {
    const text = 'In aula la consigliera Anna Russo è tornata sugli ospedali. “I pronti soccorso sono al limite, lo vediamo ogni giorno – ha proseguito –. Le liste d’attesa non si accorciano”. “Per questo il mio voto è stato contrario”.';
    expect(summaryOf(text)).toEqual([
      [['I pronti soccorso sono al limite, lo vediamo ogni giorno', 'Le liste d’attesa non si accorciano'], 'Anna Russo'],
      [['Per questo il mio voto è stato contrario'], 'Anna Russo'],
    ]);
  });
});

describe('quotes: dashed attributions', () => {
  it('reads a title written short before the name inside a dashed attribution', () => {
    expect(summaryOf('«È una palestra a consumo quasi zero – ha spiegato l’ing. Paolo Zubani, progettista –, e nel pomeriggio sarà aperta alle società sportive».')).toEqual([[['È una palestra a consumo quasi zero', 'e nel pomeriggio sarà aperta alle società sportive'], 'Paolo Zubani']]);
    expect(summaryOf('“È stata un’annata difficile in vigna - spiega il cav. Giuseppe Lanzoni, presidente della cantina - ma l’uva è sana”.')).toEqual([[['È stata un’annata difficile in vigna', 'ma l’uva è sana'], 'Giuseppe Lanzoni']]);
  });

  it('reads a hyphen glued to a number as the opening of a dashed attribution', () => {
    const text = 'Per la consigliera Cristina Lodi "la tariffa puntuale e\' l\'ennesimo annuncio rinviato". "Ce l\'avevano promessa per il 2025, poi per il 2026- attacca Lodi- adesso si parla del 2028".';
    expect(summaryOf(text)).toEqual([
      [["la tariffa puntuale e' l'ennesimo annuncio rinviato"], 'Cristina Lodi'],
      [["Ce l'avevano promessa per il 2025, poi per il 2026", 'adesso si parla del 2028'], 'Cristina Lodi'],
    ]);
  });
});

describe('quotes: partial quotations woven into the sentence', () => {
  it('reads a clause in lower case after a noun as the words of whom the sentence is about', () => {
    expect(summaryOf('Il direttore di Ferrara Arte, Filippo Cavazzuti, ha parlato di un «lavoro corale che ha coinvolto parrocchie, diocesi e famiglie», mentre il sindaco ha ringraziato tutti.')).toEqual([[['lavoro corale che ha coinvolto parrocchie, diocesi e famiglie'], 'Filippo Cavazzuti']]);
    expect(summaryOf('La direttrice Elsa Martini parla del Boccanegra come di “un’opera sul potere e sulla solitudine, più attuale che mai”.')).toEqual([[['un’opera sul potere e sulla solitudine, più attuale che mai'], 'Elsa Martini']]);
  });

  it('reads a clause in lower case after a comma, in a sentence a verb opens, as the words of its subject', () => {
    expect(summaryOf('CNA Veneto chiede alla Regione un bando per le microimprese e al Governo la revisione degli oneri di sistema, «che oggi penalizzano proprio chi consuma meno energia».')).toEqual([[['che oggi penalizzano proprio chi consuma meno energia'], 'CNA Veneto']]);
  });

  it('keeps a short title in lower case after a noun a negative', () => {
    expect(summaryOf('Il sindaco Marco Riva ha presentato la rassegna «dentro le mura della città» in biblioteca.')).toEqual([]);
  });
});

describe('quotes: a statement resumed on a new topic', () => {
  it('goes on after the first pair’s bare verb when a topic and a colon reopen the marks', () => {
    const text = 'Dopo il concerto la pianista Marta Vinci è sorridente. «Suonare qui è come tornare a casa», racconta. E sul futuro: «A primavera andiamo in Giappone, poi mi prendo un anno per scrivere».';
    expect(summaryOf(text)).toEqual([[['Suonare qui è come tornare a casa', 'A primavera andiamo in Giappone, poi mi prendo un anno per scrivere'], 'Marta Vinci']]);
  });
});

describe('quotes: attributions inside the marks with no verb of saying', () => {
  it('cuts out a dashed nominal frame ("– le parole del …, X –", "– è il commento di X –") and names its speaker', () => {
    expect(summaryOf('«Il raccolto è stato scarso ma di ottima qualità – le parole del presidente della cantina, Aldo Ferretti – e ora puntiamo sull’export».')).toEqual([[['Il raccolto è stato scarso ma di ottima qualità', 'e ora puntiamo sull’export'], 'Aldo Ferretti']]);
    expect(summaryOf('«Abbiamo chiuso un bilancio in attivo. – è il commento della tesoriera Paola Guidi – è il frutto di tre anni di sacrifici».')).toEqual([[['Abbiamo chiuso un bilancio in attivo.', 'è il frutto di tre anni di sacrifici'], 'Paola Guidi']]);
  });
});

describe('quotes: dashed attributions', () => {
  it('closes a dashed attribution at a hyphen followed by a comma', () => {
    expect(summaryOf('"La giunta ha stanziato due milioni per le strade - ha spiegato Bruno Casali -, in modo da chiudere i cantieri prima dell\'inverno. Poi toccherà alle scuole".')).toEqual([[['La giunta ha stanziato due milioni per le strade', "in modo da chiudere i cantieri prima dell'inverno. Poi toccherà alle scuole"], 'Bruno Casali']]);
  });
});

describe('quotes: speech that runs over a sentence’s end', () => {
  it('reads words in marks holding two sentences as speech, after a noun or a relative, by whom the text is about', () => {
    expect(summaryOf('Il capogruppo Luca Serra ha visto in questo «Un passo indietro per tutta la città. Anzi, ora faremo più fatica a ottenere i fondi».')).toEqual([[["Un passo indietro per tutta la città. Anzi, ora faremo più fatica a ottenere i fondi"], 'Luca Serra']]);
    expect(summaryOf('Il museo ospita fino a marzo la mostra «Luce e pietra. Le cattedrali romaniche nella pittura dell’Ottocento», curata da Anna Ferri.')).toEqual([]);
    expect(summaryOf('Per gli agricoltori il problema resta la burocrazia, che «blocca ogni investimento per mesi, spesso per anni. Servono regole più semplici e tempi certi».')).toEqual([[['blocca ogni investimento per mesi, spesso per anni. Servono regole più semplici e tempi certi'], null]]);
  });
});

describe('quotes: dialogue and hyphens glued to the name', () => {
  it('reads each short turn of a dialogue as a quotation of its own, a one-word question too', () => {
    const text = 'All’alba gli agenti hanno bussato alla porta. «Deve venire con noi». «Perché?». «Lo saprà in questura». Poi il silenzio.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Deve venire con noi'], ['Perché?'], ['Lo saprà in questura']]);
  });

  it('cuts an attribution between commas out of a quotation that goes on in lower case, early in it only', () => {
    expect(summaryOf('«Sono dati che ci dicono che la strada è giusta, ha commentato l’assessora Marta Pinna, ma che le piccole cantine vanno aiutate»')).toEqual([[['Sono dati che ci dicono che la strada è giusta', 'ma che le piccole cantine vanno aiutate'], 'Marta Pinna']]);
  });

  it('closes a dashed attribution at a hyphen glued to the name when the quotation goes on in lower case', () => {
    expect(summaryOf('«Il parco è stato ridisegnato – ha spiegato l’assessore Luca Ferri- in modo da renderlo più vivibile per le famiglie».')).toEqual([[['Il parco è stato ridisegnato', 'in modo da renderlo più vivibile per le famiglie'], 'Luca Ferri']]);
  });
});

describe('quotes: lines of a listing page copied as text', () => {
  it('keeps apart a headline quotation and its teaser when nothing, not even a full stop, stands between them', () => {
    const text = 'Comunicati stampa\n\nIl gruppo consiliare Città Comune\nRossi e Verdi: "Sul trasporto scolastico servono risposte entro settembre"\n"Le famiglie della collina aspettano ancora gli orari delle nuove corse"\n';
    expect(plainSummary(text).map(([parts]) => parts)).toEqual([['Sul trasporto scolastico servono risposte entro settembre'], ['Le famiglie della collina aspettano ancora gli orari delle nuove corse']]);
  });
});

describe('quotes: pairs one verb attributes', () => {
  it('goes on with marks reopened right after the name that attributes the pair before', () => {
    expect(summaryOf('Le vendite sono salite del dieci per cento. "Il pubblico ha premiato la qualità delle nostre cantine", commenta il presidente del consorzio, Marco Bellini "Il merito va anche ai giovani produttori, che hanno investito sul biologico".')).toEqual([[['Il pubblico ha premiato la qualità delle nostre cantine', 'Il merito va anche ai giovani produttori, che hanno investito sul biologico'], 'Marco Bellini']]);
  });

  it('joins «…» e «…» when the second goes on with the sentence and the next sentence gives both to someone', () => {
    expect(summaryOf('«Una giornata storica per la città» e «un segnale che il lavoro paga sempre». Così il sindaco Piero Lodi dopo il voto.')).toEqual([[['Una giornata storica per la città', 'un segnale che il lavoro paga sempre'], 'Piero Lodi']]);
  });

  it('opens a quotation of its own after a gerund of saying that follows the attribution ("», ha aggiunto X, ricordando «…»")', () => {
    expect(summaryOf('«Il nuovo reparto accoglierà i primi pazienti a marzo» ha aggiunto il direttore sanitario Paolo Vianello, ricordando «il lavoro silenzioso di medici e infermieri in questi mesi».')).toEqual([[['Il nuovo reparto accoglierà i primi pazienti a marzo'], 'Paolo Vianello'], [['il lavoro silenzioso di medici e infermieri in questi mesi'], 'Paolo Vianello']]);
  });

  it('keeps apart two partial quotations the second of which a relative verb of its own governs ("e che respinge «…»")', () => {
    expect(summaryOf('Dura la consigliera Lia Ferraro, che se la prende con «assessori scelti fuori da ogni logica politica» e che respinge «le promesse fatte senza coperture».')).toEqual([[['assessori scelti fuori da ogni logica politica'], 'Lia Ferraro'], [['le promesse fatte senza coperture'], 'Lia Ferraro']]);
  });

  it('goes on after a relative verb of saying between the pairs ("scrive X che prosegue, «…»")', () => {
    expect(summaryOf('“Il porto ha bisogno di nuovi investimenti”, scrive il presidente della Provincia Giorgio Landi che prosegue, “senza fondi statali perderemo le rotte verso la Grecia”.')).toEqual([[['Il porto ha bisogno di nuovi investimenti', 'senza fondi statali perderemo le rotte verso la Grecia'], 'Giorgio Landi']]);
  });
});

describe('quotes: partial quotations woven into one sentence', () => {
  it('joins fragments in lower case with only the writer’s words between, no verb, name or full stop', () => {
    expect(summaryOf('Illustrando il bilancio, la sindaca Carla Bruni ha spiegato che "la piscina riaprirà a settembre" e ospiterà le società del territorio (Nuoto Riva e Delfini), "ma anche i corsi gratuiti per gli anziani del quartiere".')).toEqual([[['la piscina riaprirà a settembre', 'ma anche i corsi gratuiti per gli anziani del quartiere'], 'Carla Bruni']]);
  });

  it('keeps them apart when someone is named between', () => {
    expect(summaryOf('La sindaca Carla Bruni giudica «utile e concreta» la relazione del professor Gatti, che ha ricordato il «valore delle piccole comunità».')[0]).toEqual([['utile e concreta'], 'Carla Bruni']);
  });
});

describe('quotes: a colon after a frame that names no person', () => {
  it('reads a statement after "Le parole dell’allenatore:" as speech', () => {
    expect(summaryOf('Le parole dell’allenatore rossoblù: «Abbiamo giocato con coraggio fino alla fine, i ragazzi meritavano di più».').map(([parts]) => parts)).toEqual([['Abbiamo giocato con coraggio fino alla fine, i ragazzi meritavano di più']]);
  });

  it('gives a statement after a colon to the office opening the sentence as its subject', () => {
    expect(summaryOf('Il Movimento Consumatori alza la voce contro le soppressioni di treni, annunciando un esposto: «Da mesi i treni del mattino arrivano in ritardo e nessuno ci risponde».')).toEqual([[['Da mesi i treni del mattino arrivano in ritardo e nessuno ci risponde'], 'Movimento Consumatori']]);
  });
});

describe('quotes: a one-word label before a colon', () => {
  it('reads it as a name when the text writes it again, never in lower case, and "Programma:" still as no name', () => {
    expect(summaryOf('Legambiente ha presentato il rapporto sulle spiagge.\n\nLegambiente: «Un terzo dei tratti campionati è ancora fuori dai limiti di legge».')).toEqual([[['Un terzo dei tratti campionati è ancora fuori dai limiti di legge'], 'Legambiente']]);
    expect(summaryOf('Il programma della serata è ricco.\n\nProgramma: «Apertura dei cancelli alle diciotto e concerto alle ventuno in piazza».')).toEqual([]);
  });
});

describe('quotes: words quoted from a document, not said', () => {
  it('takes neither the charges someone faces nor what a question asks about for a quotation', () => {
    const text = [
      'Tre uomini sono stati arrestati con l’accusa di «associazione per delinquere finalizzata al furto e ricettazione aggravata».',
      'La consigliera Anna Dini ha presentato un’interrogazione riguardante «i controlli che dovevano essere fatti sul ponte di via Verdi e i tempi dei lavori».',
      '«Aspettiamo risposte entro un mese», ha detto Dini.',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual([[['Aspettiamo risposte entro un mese'], 'Anna Dini']]);
  });
});

describe('quotes: a document quoted with its frame between dashes', () => {
  it('cuts "– si legge nella nota della X –" out of the words and gives them to the office issuing the note', () => {
    const text = 'La Cooperativa Sole ha chiuso il bilancio in attivo. «I conti sono in ordine – si legge in una nota diffusa dalla Cooperativa Sole – e nel prossimo anno assumeremo dieci persone».';
    expect(summaryOf(text)).toEqual([[['I conti sono in ordine', 'e nel prossimo anno assumeremo dieci persone'], 'Cooperativa Sole']]);
  });

  it('reads the frame with hyphens glued to the words, and "è detto", "si continua a leggere" as the same frame', () => {
    const glued = 'Gli infermieri chiedono di chiudere il reparto «per carenza di personale e di mezzi- come si legge in una nota sindacale- e per problemi logistici e strutturali».';
    expect(summaryOf(glued).map(([parts]) => parts)).toEqual([['per carenza di personale e di mezzi', 'e per problemi logistici e strutturali']]);
    const said = 'Il questore ha espresso il «proprio sostegno – è detto in una nota della Prefettura di Lucca – a tutti i volontari che hanno lavorato in questi giorni».';
    expect(summaryOf(said)).toEqual([[['proprio sostegno', 'a tutti i volontari che hanno lavorato in questi giorni'], 'Prefettura di Lucca']]);
    const read = 'L’assessora Carla Neri ha scritto alla scuola.\n\n«Nelle prossime settimane – si continua a leggere nella lettera dell’assessora - sarà inviato all’istituto il contributo promesso».';
    expect(summaryOf(read).map(([parts]) => parts)).toEqual([['Nelle prossime settimane', 'sarà inviato all’istituto il contributo promesso']]);
  });

  it('keeps the frame within its sentence: a dash after the next full stop closes no frame', () => {
    const text = 'Il Comune ha approvato il progetto. «Tutto è pronto – si legge nella delibera. Il cantiere partirà a maggio – e durerà un anno».';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Tutto è pronto – si legge nella delibera. Il cantiere partirà a maggio – e durerà un anno']]);
    // A title's full stop ends no sentence.
    const titled = 'La Asl ha scritto ai medici. «Il reparto riapre – si legge nella nota del dott. Carlo Bini – e tornerà ai turni di prima».';
    expect(summaryOf(titled).map(([parts]) => parts)).toEqual([['Il reparto riapre', 'e tornerà ai turni di prima']]);
  });

  it('cuts "– si conclude la nota –" out of the words, the reflexive with its dash', () => {
    const text = 'La Polizia locale di Prato ha chiuso i controlli estivi. «Abbiamo fatto trecento verifiche. Il servizio - si conclude la nota - proseguirà anche in autunno».';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Abbiamo fatto trecento verifiche. Il servizio', 'proseguirà anche in autunno']]);
  });
});

describe('quotes: offices whose name holds a word in lower case', () => {
  it('names "la Camera di commercio di Pisa" in full, its lower-case noun between two links', () => {
    const text = '«L’export delle imprese è cresciuto dell’otto per cento nell’ultimo anno», si legge in una nota della Camera di commercio di Pisa.';
    expect(summaryOf(text)).toEqual([[['L’export delle imprese è cresciuto dell’otto per cento nell’ultimo anno'], 'Camera di commercio di Pisa']]);
  });
});

describe('quotes: fragments woven into one sentence, framed once', () => {
  it('joins them when the next sentence attributes the last one ("«…», con «…». Lo rileva X")', () => {
    const text = 'Le vendite restano ferme. Si respira un «clima di attesa diffuso tra i commercianti del centro», con «molta prudenza da parte delle famiglie». Lo rileva Confcommercio, che a Pisa registra un calo.';
    expect(summaryOf(text)).toEqual([[['clima di attesa diffuso tra i commercianti del centro', 'molta prudenza da parte delle famiglie'], 'Confcommercio']]);
  });

  it('joins them when one verb before frames them all ("ha firmato l’ordinanza per «…»: un atto «…»")', () => {
    const text = 'Il sindaco Luca Perri ha firmato l’ordinanza sull’onda «della grande commozione suscitata in città dalla tragedia»: un gesto «necessario e dovuto», in segno di «vicinanza alle famiglie colpite».';
    expect(summaryOf(text)).toEqual([[['della grande commozione suscitata in città dalla tragedia', 'necessario e dovuto', 'vicinanza alle famiglie colpite'], 'Luca Perri']]);
  });

  it('keeps them apart when a clause of its own opens the second ("», perché «…»", "», precisando che «…»")', () => {
    const because = 'La direttrice Anna Sala ha spiegato come l’azienda voglia garantire «un lavoro stabile e ben pagato» ai dipendenti, perché «stare qui è un po’ come stare in famiglia».';
    expect(summaryOf(because).map(([parts]) => parts)).toEqual([['un lavoro stabile e ben pagato'], ['stare qui è un po’ come stare in famiglia']]);
  });
});

describe('quotes: a paragraph whose opening mark the page lost', () => {
  it('reads from the paragraph’s start to a closing mark that closes nothing, when an attribution follows it or sits inside', () => {
    const text = [
      'Il questore di Pisa, Marco Neri, ha presentato il bilancio dell’anno.',
      'Non lasceremo spazio a chi spaccia davanti alle scuole”. Così il questore nella conferenza di fine anno.',
      'Abbiamo arrestato trenta persone in sei mesi” ha aggiunto Neri, citando l’operazione di ottobre.',
      'Devono capire – sottolinea – che in questa città non c’è più posto per loro”.',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual([
      [['Non lasceremo spazio a chi spaccia davanti alle scuole'], 'Marco Neri'],
      [['Abbiamo arrestato trenta persone in sei mesi'], 'Marco Neri'],
      [['Devono capire', 'che in questa città non c’è più posto per loro'], 'Marco Neri'],
    ]);
  });

  it('leaves a closing mark alone when nothing attributes the words before it', () => {
    expect(summaryOf('Il sindaco ha inaugurato la piazza.\n\nLa nuova piazza ha tre fontane e dieci panchine”. Il taglio del nastro è alle dieci.')).toEqual([]);
  });
});

describe('quotes: sports roundups that label each voice with a surname and its club in brackets', () => {
  it('gives each statement after a colon to the surname set before the club’s brackets', () => {
    const text = [
      'Le frasi della domenica nei campi di Promozione.',
      '1° Ferraro (Lido Ostia) e il pareggio che brucia: «Abbiamo creato tanto e raccolto poco, dobbiamo essere più cinici».',
      '2° La delusione di Santini (Real Fiano): «Non siamo mai entrati in partita, chiedo scusa ai nostri tifosi».',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual([
      [['Abbiamo creato tanto e raccolto poco, dobbiamo essere più cinici'], 'Ferraro'],
      [['Non siamo mai entrati in partita, chiedo scusa ai nostri tifosi'], 'Santini'],
    ]);
  });

  it('takes no province or party code in brackets for a club, nor a place for a speaker', () => {
    expect(summaryOf('Il cartellone della stagione a Lucca (LU): «Apertura dei cancelli alle diciotto e concerto alle ventuno in piazza».')).toEqual([]);
  });
});

describe('quotes: a short kicker the paragraph goes on to quote in full', () => {
  it('reads a kicker of three words in capitals as the words of whoever the paragraph quotes saying them', () => {
    const text = 'Il presidente Marco Bini ha incontrato i giornalisti.\n\n«NESSUNA CESSIONE SOCIETARIA». È quanto emerso in conferenza stampa. «Non ci sarà nessuna cessione societaria – ha detto Bini – finché resto io alla guida».';
    expect(summaryOf(text)).toEqual([
      [['NESSUNA CESSIONE SOCIETARIA'], 'Marco Bini'],
      [['Non ci sarà nessuna cessione societaria', 'finché resto io alla guida'], 'Marco Bini'],
    ]);
  });

  it('leaves a short title in marks alone when no quotation repeats it', () => {
    const text = 'Il presidente Marco Bini ha incontrato i giornalisti.\n\n«Grande Festa Rossoblù». È il nome della serata. «Ci divertiremo tutti insieme – ha detto Bini – e saremo in tanti».';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Ci divertiremo tutti insieme', 'e saremo in tanti']]);
  });
});

describe('quotes: a dashed attribution with a clause about the speaker', () => {
  it('cuts "- aggiunge la donna, che preferisce restare anonima -." out of the words', () => {
    const text = 'In via Roma i residenti protestano. «Di notte non si dorme più - aggiunge la donna, che per paura preferisce restare anonima -. L’altra sera c’è stata anche una rissa sotto casa».';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Di notte non si dorme più', 'L’altra sera c’è stata anche una rissa sotto casa']]);
  });

  it('cuts "– hanno detto i lavoratori, alla presenza dei delegati sindacali -." out of the words', () => {
    const text = 'I dipendenti della Provincia sono in agitazione. «Ci tolgono le risorse senza dire come pagare gli stipendi – hanno detto i lavoratori, alla presenza anche dei delegati sindacali -. Come si fa a garantire i servizi?».';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Ci tolgono le risorse senza dire come pagare gli stipendi', 'Come si fa a garantire i servizi?']]);
  });
});

describe('quotes: marks typed the wrong way round', () => {
  it('reads a curly mark after a space and before a full stop as the close it is', () => {
    const text = 'I negozianti protestano. “Abbiamo chiesto un incontro al Comune – ha detto Carla Neri – vogliamo sapere quando finiscono i lavori “. La richiesta è quella di tempi certi. Gli incassi sono crollati.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Abbiamo chiesto un incontro al Comune', 'vogliamo sapere quando finiscono i lavori']]);
  });

  it('reads a closing-type mark opening a paragraph, a space after it, as an opening one', () => {
    const text = 'Le voci dopo la finale.\n\n” Una partita combattuta ma corretta – ha affermato il presidente Mario Ferri – e il pubblico è stato splendido. Una bella giornata di sport“.\n\n” Abbiamo dato tutto – ha detto l’allenatore Luca Neri - Purtroppo non è bastato“.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([
      ['Una partita combattuta ma corretta', 'e il pubblico è stato splendido. Una bella giornata di sport'],
      ['Abbiamo dato tutto', 'Purtroppo non è bastato'],
    ]);
  });
});

describe('quotes: a statement over paragraphs, with words in marks of its own inside', () => {
  it('runs on past a paragraph whose marks pair among themselves to the one that closes it', () => {
    const text = 'Il consigliere Paolo Verdi ha scritto al sindaco.\n\n“È passato un mese dal ritorno in classe e del servizio di trasporto non c’è traccia.\n\nSe da una parte potrebbe sembrare un “azzardo” far ripartire gli scuolabus, dall’altra le famiglie lo chiedono.\n\nChiedo pertanto al sindaco di conoscere i tempi della ripartenza”.\n\nÈ quanto scrive il consigliere nell’interrogazione.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([[
      'È passato un mese dal ritorno in classe e del servizio di trasporto non c’è traccia.',
      'Se da una parte potrebbe sembrare un “azzardo” far ripartire gli scuolabus, dall’altra le famiglie lo chiedono.',
      'Chiedo pertanto al sindaco di conoscere i tempi della ripartenza',
    ]]);
  });
});

describe('quotes: a headline ending with a colon and a short sentence in marks', () => {
  it('reads two to five capitalised words closing the headline after a clause and a colon as a quotation', () => {
    const body = '\n\nIl piano presentato ieri prevede duecento esuberi. «Non firmeremo nulla – dice il segretario Marco Neri – finché resta questo piano».\n';
    // The organisation the clause opens on says it; a clause naming nobody leaves it to the body's first speaker.
    expect(plainSummary(`La Confcommercio incontra il Settebello: «Insegnateci a vincere»${body}`)[0]).toEqual([['Insegnateci a vincere'], 'Confcommercio']);
    expect(plainSummary(`Scuola, riparte il giro nei quartieri: «Ascoltiamo le famiglie»${body}`)[0]).toEqual([['Ascoltiamo le famiglie'], 'Marco Neri']);
  });

  it('gives it to whoever says its words in the body, however inflected there', () => {
    const text = 'Scuola, riparte il giro nei quartieri: «Ascoltiamo le famiglie»\n\nIl giro parte lunedì. «Abbiamo fondi per tre scuole – dice il segretario Marco Neri – e nessuno per le altre». «Siamo pronti ad ascoltare tutte le famiglie – spiega l’assessora Anna Bini – quartiere per quartiere».\n';
    expect(plainSummary(text)[0]).toEqual([['Ascoltiamo le famiglie'], 'Anna Bini']);
  });

  it('leaves a short title in lower case after the colon alone', () => {
    const text = 'Il festival apre in piazza: «musica per tutti»\n\nIl festival dura tre giorni. «Abbiamo lavorato un anno per questo – dice la direttrice Anna Bini – e siamo pronti».\n';
    expect(plainSummary(text).map(([parts]) => parts)).toEqual([['Abbiamo lavorato un anno per questo', 'e siamo pronti']]);
  });
});

describe('quotes: the date stamp a stored page keeps before the first words', () => {
  it('reads a quotation right after the stamp as one opening its paragraph', () => {
    const text = 'Rossi: «Il piano va rifatto»\n\n date 2024-09 “La prima cosa da fare è rifare il piano, così com’è non serve a niente”.\n\nLo ha dichiarato oggi il consigliere Mario Rossi durante la presentazione della lista.\n';
    expect(plainSummary(text)).toContainEqual([['La prima cosa da fare è rifare il piano, così com’è non serve a niente'], 'Mario Rossi']);
  });

  it('reads a letter opening on the stamp as a quotation when the text has no headline', () => {
    const text = ' date 2024-11 “Segnalo i gravi disagi che subiscono da giorni i residenti della zona, con la strada chiusa da lavori che nessuno vede.\n\nNell’invitare chi di competenza ad agire, faccio presente che basterebbe ascoltare i territori”.\n\nLettera firmata\n';
    expect(plainSummary(text).map(([parts]) => (parts as string[]).join(' '))).toEqual(['Segnalo i gravi disagi che subiscono da giorni i residenti della zona, con la strada chiusa da lavori che nessuno vede. Nell’invitare chi di competenza ad agire, faccio presente che basterebbe ascoltare i territori']);
  });
});

describe('quotes: a headline closing on a sentence in marks after its clause', () => {
  const body = '\n\nANCONA – «Sono soddisfatto di questa squadra, è la risposta che il territorio chiede». Così Carlo Neri, presidente della Regione, ha presentato oggi la giunta.\n';
  it('reads a clause with a verb, set after a noun with no colon, as a quotation', () => {
    expect(plainSummary(`Marche, Neri presenta la giunta allargata a nove assessori “Lo chiedono gli elettori”${body}`)[0]).toEqual([['Lo chiedono gli elettori'], 'Carlo Neri']);
    const read = quotesOfFile('copia.txt', `Ecco i sindaci contro lo spopolamento «Ora ci arrangiamo da soli»${body}`);
    const first = read.ok ? read.quotes[0] : undefined;
    // Said by the people the clause ends on, whom it does not name.
    expect([first?.parts, first?.speaker, first?.speakerDescription]).toEqual([['Ora ci arrangiamo da soli'], null, 'sindaci contro lo spopolamento']);
  });

  it('leaves the name of an exhibition, a school or a list closing a headline alone', () => {
    for (const title of ['Inaugurata la mostra “Tesori nascosti del museo”', 'Restituita la palestra della scuola “Giovanni Pascoli”', 'Si apre la sala “Magna Grecia ritrovata”', 'Il gruppo consiliare "Insieme per Rovigo"']) {
      expect(plainSummary(`${title}${body}`).map(([parts]) => (parts as string[])[0])).toEqual(['Sono soddisfatto di questa squadra, è la risposta che il territorio chiede']);
    }
  });
});

describe('quotes: an attribution between dashes with a comma and a clause after its verb', () => {
  it('cuts "– ha detto, dandogli il benvenuto –" out of the quotation, leaving two parts', () => {
    const text = 'La visita in parrocchia\n\nIl parroco Mario Rossi ha ringraziato il vescovo: «Mi auguro che anche qui – ha detto, dandogli il benvenuto – lei possa sentirsi a casa».\n';
    expect(plainSummary(text)).toEqual([[['Mi auguro che anche qui', 'lei possa sentirsi a casa'], 'Mario Rossi']]);
  });
});

describe('quotes: circumstances after the attribution, with a gerund and no comma', () => {
  it('goes on with the same quotation after "ha detto il sindaco X ricordando …"', () => {
    const text = 'La nuova scuola\n\n«Oggi portiamo a termine un grande progetto per tutte le famiglie», ha detto il sindaco Carlo Zanetti ricordando la vecchia sede, con novanta anni di storia, della scuola del paese. «Questo edificio è stato costruito dove si incontrano sport e verde».\n';
    expect(plainSummary(text)).toEqual([[['Oggi portiamo a termine un grande progetto per tutte le famiglie', 'Questo edificio è stato costruito dove si incontrano sport e verde'], 'Carlo Zanetti']]);
  });
});

describe('quotes: a headline line inside the body, closing on a sentence in marks', () => {
  const page = (line: string) => `Notizie dal territorio\n\nLe ultime dalla provincia, aggiornate ogni giorno.\n\n${line}\n\nNel 2012 le cooperative locali hanno seminato novanta mila quintali di novellame. «Qui non c’è più semina», dice il presidente del consorzio Stefano Neri.\n`;
  it('reads a clause with a verb after a headline’s colon or noun as a quotation', () => {
    expect(plainSummary(page('Allevatori di vongole sul lastrico: «Guadagniamo meno di cento euro al mese»')).map(([parts]) => parts)).toContainEqual(['Guadagniamo meno di cento euro al mese']);
    expect(plainSummary(page('La segnalazione di Casadio (Lcr) dopo quindici anni «Chi ha governato poteva usare meglio le risorse»'))[0]?.[0]).toEqual(['Chi ha governato poteva usare meglio le risorse']);
  });

  it('gives the words to the name a label opens on before its topic, and leaves a sentence of the body alone', () => {
    expect(plainSummary(page('Ferretti su Okafor: «Ipotesi Torino? Ha parecchie offerte, deciderà lui»'))[0]).toEqual([['Ipotesi Torino? Ha parecchie offerte, deciderà lui'], 'Ferretti']);
    expect(plainSummary(page('2° Santini (Real Fiano) e la matematica impazzita: «Quando creiamo dieci occasioni pareggiamo»'))[0]).toEqual([['Quando creiamo dieci occasioni pareggiamo'], 'Santini']);
    expect(plainSummary(page('Il presidio è convocato per venerdì davanti all’ospedale, con lo slogan «Pulito è un diritto».')).map(([parts]) => parts)).toEqual([['Qui non c’è più semina']]);
  });

  it('leaves a programme or a title with no verb after a colon alone', () => {
    expect(plainSummary(page('Il programma della serata in piazza: «Concerto per archi e voce»')).map(([parts]) => parts)).toEqual([['Qui non c’è più semina']]);
  });
});
