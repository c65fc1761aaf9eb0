// The quotes stage on speakers missed on spent unseen sets (issue 18): each rule from Italian grammar or press
// convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, summaryOf, speakersOf } from './helpers/quotes.ts';
import { extractQuotes } from '../pipeline/quotes/index.ts';
import { parseMarkdown } from '../pipeline/parse/markdown.ts';
import { quotesOfFile } from '../pipeline/import/quotable.ts';

describe('quotes: names behind abbreviated honorifics and unknown first names', () => {
  it('reads through the full stop of an abbreviated honorific (dott.ssa, prof.ssa, Mons.)', () => {
    const text = [
      '«Il nuovo ambulatorio riduce le attese di un mese». Lo ha detto la responsabile del servizio, dott.ssa Carla Menegatti, durante il sopralluogo.',
      'Il direttore generale, dott. Piero Sanna, ha ringraziato i tecnici «che hanno lavorato anche di notte per finire in tempo».',
      '«La comunità è più forte di ogni paura», ha detto Mons. Alfio Carbone salutando i fedeli.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Carla Menegatti', 'Piero Sanna', 'Alfio Carbone']);
  });

  it('takes a name after a title and a comma for a person even when the first name is not Italian', () => {
    const text = '«Le nostre imprese sono pronte a investire nel porto», ha dichiarato il ministro del Commercio, Radu Ionescu. Poi il presidente di Confindustria Marche, Ermenegildo Sbarra, ha replicato: «Servono regole chiare».';
    expect(speakersOf(text)).toEqual(['Radu Ionescu', 'Ermenegildo Sbarra']);
  });
});

describe('quotes: headlines', () => {
  it('gives words a headline gives to an organisation to the organisation, not to its president named in the body', () => {
    const kicker = 'Natale, Confartigianato: bilancio in calo, «le botteghe chiudono prima di sera»\n\nAncona, 1 dic. - Le vendite di dicembre calano del 4%. «Abbiamo perso clienti per il caro energia», ha spiegato il presidente di Confartigianato Marche, Aldo Pieretti.';
    const read = quotesOfFile('natale.txt', kicker);
    expect(read.ok && read.quotes.map((quote) => quote.speaker?.name)).toEqual(['Confartigianato Marche', 'Aldo Pieretti']);
    const framed = quotesOfFile('energia.txt', "Energia: Confindustria Umbria, 'serve un tetto al prezzo del gas'\n\nPerugia, 1 dic. - «Le imprese rinviano gli investimenti», ha detto la presidente di Confindustria Umbria, Carla Menichetti.");
    expect(framed.ok && framed.quotes.map((quote) => quote.speaker?.name)).toEqual(['Confindustria Umbria', 'Carla Menichetti']);
  });

  it('gives a headline framed by a title and its office ("Assessore Sanità, “…”") to the person holding it', () => {
    const text = 'Sanità, 40 nuovi medici per le aree interne\n\nAssessore Sanità, “nessun ospedale resterà senza pediatra”\n\nIl piano è stato presentato oggi dall’assessore regionale alla Sanità, Marta Gallina, e dal direttore dell’Agenzia sanitaria, Paolo Fedeli. “Abbiamo trovato le risorse per tutti i reparti”, ha detto Gallina.';
    const read = quotesOfFile('medici.txt', text);
    expect(read.ok && read.quotes.map((quote) => quote.speaker?.name)).toEqual(['Marta Gallina', 'Marta Gallina']);
  });
});

describe('quotes: a subheadline the import leaves in the body', () => {
  it('gives its quotation to whoever says those words in the body, wherever the marks stand in the line', () => {
    const framed = quotesOfFile('teatro.txt', 'Il Teatro Verdi presenta la stagione\n\n“Un teatro aperto tutto il giorno”: presentato il cartellone con 38 titoli\n\n«Vogliamo un teatro aperto tutto il giorno, non solo la sera del debutto», ha detto la sovrintendente Irene Castelli.');
    expect(framed.ok && framed.quotes.map((quote) => quote.speaker?.name)).toEqual(['Irene Castelli', 'Irene Castelli']);
    const after = quotesOfFile('cibo.txt', 'Povertà alimentare, il rapporto\n\nIl rapporto presentato oggi a Roma. “Il cibo non è beneficenza, è un diritto”\n\n“Il cibo non è beneficenza, è un diritto, e come tale va garantito”, ha dichiarato Serena Fanti, responsabile del programma.');
    expect(after.ok && after.quotes.map((quote) => quote.speaker?.name)).toEqual(['Serena Fanti', 'Serena Fanti']);
  });
});

describe('quotes: who a sentence is about', () => {
  it('gives a subjectless verb to the subject of the sentence before, not to a person in a complement', () => {
    const text = 'Il consigliere Dario Fumagalli ha scritto una lettera alla sindaca. «Vogliamo vedere i conti della mensa prima del voto», spiega.';
    expect(speakersOf(text)).toEqual(['Dario Fumagalli']);
  });

  it('does not take the object of a relative clause for the subject', () => {
    const text = 'L’avvocata Giulia Serafini, che difende Ottavio Rapisarda, ha parlato di «un’indagine nata da una lettera anonima e mai verificata».';
    expect(speakersOf(text)).toEqual(['Giulia Serafini']);
  });

  it('does not run a title back across a gerund clause', () => {
    const text = 'Il procuratore Enzo Calabrò ha chiesto tre condanne. «Il danno alle casse pubbliche è certo», ha detto il procuratore rivolgendosi alla corte presieduta dal giudice Marta Olivieri.';
    expect(speakersOf(text)).toEqual(['Enzo Calabrò']);
  });

  it('takes "la pm" for the person named "pubblico ministero"', () => {
    const text = 'Tre condanne sono state chieste dal pubblico ministero Chiara Ferraris. «Non è stato un errore ma un metodo», ha detto la pm rivolgendosi al collegio presieduto dal giudice Ettore Masi.';
    expect(speakersOf(text)).toEqual(['Chiara Ferraris']);
  });
});

describe('quotes: who a sentence is about, more', () => {
  it('reads "A dirlo al Giornale è X" with words between the infinitive and the copula', () => {
    const text = '«Le iscrizioni sono cresciute del venti per cento». A dirlo al Giornale di Vicenza è Sonia Pavan, preside del liceo.';
    expect(speakersOf(text)).toEqual(['Sonia Pavan']);
  });

  it('reads a note signed by a person after "si legge"', () => {
    const text = 'Il comitato dei residenti torna a protestare. «Il parco resta chiuso da due anni», si legge in una nota firmata dalla portavoce Ilaria Bressan.';
    expect(speakersOf(text)).toEqual(['Ilaria Bressan']);
  });

  it('does not take a surname after the article "il" for a man (it names a theatre, a school, a hospital)', () => {
    const text = 'Al Teatro comunale «Ugo Ricci» la stagione apre a gennaio. Il sindaco Carlo Vezzani, per il quale il Ricci è «la casa di tutti i cittadini, anche di chi non ci entra mai», ha ringraziato i volontari.';
    expect(speakersOf(text)).toEqual(['Carlo Vezzani']);
  });
});

describe('quotes: interviews', () => {
  it('gives the answer to the person a question addresses by title or surname', () => {
    const text = [
      'In conferenza stampa il sindaco Franco Tessari e l’ingegner Mauro Zilio, direttore dei lavori.',
      'Sindaco, quando riapre la scuola?\n«Entro febbraio, se il meteo ci aiuta con il cantiere del tetto».',
      'Ingegner Zilio, la struttura è sicura?\n«Sì, le verifiche hanno dato tutte esito positivo e lo diremo alle famiglie».',
      'E i costi?\n«Li copre interamente il fondo regionale per l’edilizia scolastica».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Franco Tessari', 'Mauro Zilio', 'Mauro Zilio']);
  });

  it('gives an answer introduced by its topic ("Sul mercato: «…»") to the one interviewed, not to the person the topic names', () => {
    const text = [
      'Il tecnico Renato Pugliese ha parlato dopo l’allenamento. «La squadra sta bene e domenica vogliamo vincere», ha detto.',
      'Sul rientro di Matteo Grassi: «Ha recuperato bene, ma non voglio rischiarlo dall’inizio».',
      'Sulla classifica, dopo tre vittorie consecutive:',
      '«Non la guardo, penso solo alla prossima partita e alla salvezza».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Renato Pugliese', 'Renato Pugliese', 'Renato Pugliese']);
  });

  it('gives every answer of a bulleted interview to the one interviewed, not to people the questions name', () => {
    const text = [
      'Intervista alla nuova presidente della Pro Loco',
      '• Presidente, se lo aspettava? «Sinceramente no, ma ci speravo da quando ho presentato la lista».',
      '• Cosa pensa del lavoro di Mario Cortesi, che l’ha preceduta? «Ha lasciato i conti in ordine e un gruppo unito, gliene sono grata».',
      '• E il primo impegno? «La sagra di settembre, con due giorni in più e un palco nuovo in piazza».',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, null, null]);
    expect(quotes.map((quote) => quote.speakerDescription)).toEqual(['presidente', 'presidente', 'presidente']);
  });
});

describe('quotes: one statement around a subjectless verb', () => {
  it('keeps two pairs with a bare verb between them as one quotation', () => {
    const text = 'La biologa Anna Ferri ha presentato lo studio. «Pensiamo che il lago sia pulito», racconta, «ma i campioni dicono altro».';
    expect(summaryOf(text)).toEqual([[['Pensiamo che il lago sia pulito', 'ma i campioni dicono altro'], 'Anna Ferri']]);
  });
});

describe('quotes: offices and organisations as speakers', () => {
  it('reads "fanno sapere dalla Fiom", "fanno sapere i Vigili del fuoco" and "sottolinea in una nota la Filt Cgil" as the office speaking', () => {
    expect(speakersOf('Il presidio continua. «Chiediamo un tavolo vero, non una riunione di cortesia», fanno sapere dalla Fiom, che ha scritto ai parlamentari.')).toEqual(['Fiom']);
    expect(speakersOf('Crolla un muro sulla provinciale. «Stiamo lavorando per liberare la carreggiata», fanno sapere i Vigili del fuoco.')).toEqual(['Vigili del fuoco']);
    expect(speakersOf('Qualche riserva dai sindacati. «Gli organici sono fermi da cinque anni, servono assunzioni», sottolinea in una nota la Filt Cgil.')).toEqual(['Filt Cgil']);
  });

  it('names a committee by what it gathers ("dal comitato pendolari della Roma-Viterbo")', () => {
    expect(speakersOf('A Roma i disagi maggiori sulla linea per Viterbo. «Resteremo in stazione fino a sera per raccogliere le segnalazioni», hanno fatto sapere dal comitato pendolari della Roma-Viterbo.')).toEqual(['comitato pendolari della Roma-Viterbo']);
  });

  it('names a ministry written in lower case by its whole name', () => {
    expect(speakersOf('Nel pomeriggio è intervenuto anche il ministero dei Trasporti, che in una nota ha parlato di «una protesta legittima ma sproporzionata» e ha convocato le parti.')).toEqual(['ministero dei Trasporti']);
  });

  it('gives words read in a note to the office it names, or to the office the paragraph makes its subject, never to a person', () => {
    expect(speakersOf('Il ricorso è stato respinto. «Si precisa che il procedimento è nella fase delle indagini», si legge in calce alla nota della Questura di Bari.')).toEqual(['Questura di Bari']);
    expect(speakersOf('La Fp Cgil chiede assunzioni immediate. «Non siamo contro nessuno, siamo per il servizio pubblico», si legge nella nota.')).toEqual(['Fp Cgil']);
    const unnamed = quotesOf('Il sindaco Mario Verdi ha incontrato i residenti. «Il parco riaprirà a maggio con nuovi giochi», si legge nel comunicato.');
    expect(unnamed.map((quote) => quote.speaker)).toEqual([null]);
  });
});

describe('quotes: titles that vary how the speaker is called', () => {
  it('gives "la titolare del Viminale", "il leader del partito" to the one just quoted, a periphrasis for them', () => {
    const text = '«Controlli rafforzati in tutte le stazioni», ha dichiarato il ministro dell’Interno, Sergio Valdambrini.\n\n«Nessuna zona franca per chi spaccia» ha aggiunto il titolare del Viminale.';
    expect(speakersOf(text)).toEqual(['Sergio Valdambrini', 'Sergio Valdambrini']);
  });

  it('gives a title nobody holds to the one just quoted when its gender agrees, and leaves it null when it does not', () => {
    const text = '«I salari d’ingresso sono fermi da dieci anni», sottolinea Marta Casadei, direttrice dell’Osservatorio lavoro.\n\n«Dove le imprese investono in formazione, i giovani restano», osserva la ricercatrice.';
    expect(speakersOf(text)).toEqual(['Marta Casadei', 'Marta Casadei']);
    const other = '«Ormai i ragazzi partono appena laureati», sottolinea Marta Casadei, direttrice dell’Osservatorio lavoro. «Chi resta lavora con contratti brevi», osserva il ricercatore.';
    expect(speakersOf(other)).toEqual(['Marta Casadei', null]);
  });

  it('takes the director of a hospital unit for its primario', () => {
    const text = 'L’équipe è guidata dal prof. Luigi Monteleone, direttore della Cardiologia. «Il nuovo laboratorio ci permette di operare anche di notte», spiega il primario.';
    expect(speakersOf(text)).toEqual(['Luigi Monteleone']);
  });
});

describe('quotes: more ways the press names who spoke', () => {
  it('gives a quotation to the full name in brackets right after it, and to "sempre X" after a colon', () => {
    const text = 'Le pagelle della domenica, tra una risata e l’altra.\n\n«In porta serviva un portiere, non un turista» (Marta Guidotti). Come darle torto.\n\n«La difesa a tre è un’idea da rivedere»: sempre Marta Guidotti, che non perdona.';
    expect(speakersOf(text)).toEqual(['Marta Guidotti', 'Marta Guidotti']);
  });

  it('reads "«…», la definisce X" and "«…». Parla così X" as naming the speaker', () => {
    const text = 'Sciopero dei benzinai a fine mese.\n\n«Una protesta incomprensibile», la definisce Carla Benassi, presidente di Assoutenti.\n\n«È stata un’operazione importante». Parla così il questore Piero Lodi, al suo fianco gli agenti.';
    expect(speakersOf(text)).toEqual(['Carla Benassi', 'Piero Lodi']);
  });

  it('gives a headline quotation to the organisation after a kicker holding a title in marks', () => {
    expect(speakersOf('Corsi sulla sicurezza', 'Progetto “Strade Sicure”, Legambiente Liguria: «Lo chiedevamo da dieci anni»')).toEqual(['Legambiente Liguria']);
  });

  it('reads "Con queste parole X ha …" after the quotation as naming the speaker', () => {
    const text = 'La mostra ha aperto ieri nel Museo Civico Aldo Grilli «Un museo vive solo se la città lo abita ogni giorno»: con queste parole la direttrice Carla Benassi ha salutato i primi visitatori.\n\nIl taglio del nastro è toccato agli alunni della Scuola Media Dante «Chi entra qui deve sentirsi a casa». Con queste parole il sindaco Piero Lodi ha chiuso la cerimonia.';
    expect(speakersOf(text)).toEqual(['Carla Benassi', 'Piero Lodi']);
  });

  it('reads "Sono le raccomandazioni dell’ing. X" in the next paragraph as naming the speaker', () => {
    const text = 'Le squadre sono intervenute alle tre di notte.\n\n«Non usate l’ascensore e chiudete le porte tagliafuoco quando uscite».\n\nSono le raccomandazioni dell’ing. Paolo Ruggiero, comandante dei Vigili del fuoco di Lecce.';
    expect(speakersOf(text)).toEqual(['Paolo Ruggiero']);
  });

  it('gives words introduced by an office as the subject of a verb and a colon to the office', () => {
    const text = 'La sindaca Anna Pirastu ha presentato il piano. Il Corpo forestale ha invece ricordato che molti incendi sono dolosi: «Basta un mozzicone per distruggere un bosco».';
    expect(speakersOf(text)).toEqual(['Corpo forestale']);
  });

  it('reads "Da Rfi fanno sapere che «…»" as the office speaking', () => {
    const text = 'Il consigliere Pino Serra ha chiesto tempi certi. Da Rfi fanno sapere che «i cantieri si chiuderanno entro il 2028 come previsto».';
    expect(speakersOf(text)).toEqual(['Rfi']);
    // By its full name when the text spells it out: the words whose initials make the acronym.
    const spelled = 'Rete ferroviaria italiana, interpellata, ricorda che i lavori sono ripresi. Da Rfi fanno sapere che «i cantieri si chiuderanno entro il 2028 come previsto».';
    expect(speakersOf(spelled)).toEqual(['Rete ferroviaria italiana']);
  });

  it('takes "la famiglia X" for the family, not for the person of that surname', () => {
    const text = 'È morto a 88 anni l’ex sindaco Mario Pintus. «Ringraziamo tutti per l’affetto di questi giorni», scrive la famiglia Pintus in un messaggio.';
    expect(speakersOf(text)).toEqual(['famiglia Pintus']);
  });

  it('names an office written in lower case after a verb ("precisa l’ufficio stampa di X")', () => {
    const text = '«Apriremo dieci nuovi banchi», ha detto l’amministratrice Sara Dimitri. «I lavori si faranno di notte», precisa l’ufficio stampa di Aeroporti di Puglia.';
    expect(speakersOf(text)).toEqual(['Sara Dimitri', 'ufficio stampa di Aeroporti di Puglia']);
  });

  it('does not take an adjective opening a nominal sentence ("Cauta Confindustria, che …") for part of the name', () => {
    const text = 'Cauta Confindustria, che in una nota parla di «una manovra prudente, che rinvia ancora le misure per le imprese».';
    expect(speakersOf(text)).toEqual(['Confindustria']);
  });

  it('gives a note read in the next paragraph to the office that issued it in the paragraph before', () => {
    const text = 'Il Centro funzionale regionale ha emesso un avviso di allerta arancione per neve.\n\n«Si raccomanda di viaggiare con catene a bordo», si legge nell’avviso.';
    expect(speakersOf(text)).toEqual(['Centro funzionale regionale']);
  });

  it('reads "quest’ultimo" as the last person named before its sentence', () => {
    const text = '«Le imprese sono pronte», ha detto il ministro Aldo Ferraresi, che ha poi incontrato il collega serbo, Milan Jovanović.\n\nQuest’ultimo ha presentato il nuovo tracciato. «I fondi per la prima tratta ci sono già», ha spiegato.';
    expect(speakersOf(text)).toEqual(['Aldo Ferraresi', 'Milan Jovanović']);
  });

  it('takes "l’ufficiale" for the officer named before', () => {
    const text = '«Chiamate il 112 anche per un dubbio», dice il capitano Marco Esposito, comandante della compagnia. «Siamo qui per questo», ripete l’ufficiale.';
    expect(speakersOf(text)).toEqual(['Marco Esposito', 'Marco Esposito']);
  });
});

describe('quotes: attributions between two pairs and before the name', () => {
  it('keeps two pairs one quotation around an attribution naming the speaker with an apposed title', () => {
    const text = '«Le api esposte tornano all’alveare una volta su due», spiega la coordinatrice dello studio, la professoressa Irene Galli, «mentre le altre rientrano quasi sempre».';
    expect(summaryOf(text)).toEqual([[['Le api esposte tornano all’alveare una volta su due', 'mentre le altre rientrano quasi sempre'], 'Irene Galli']]);
  });

  it('reads a title written in capitals before the name ("il Chief Financial Officer, X")', () => {
    const text = '«Il piano è finanziato con risorse proprie», ha aggiunto il Chief Financial Officer, Marco Ardenghi. «Manteniamo il dividendo al livello dell’anno scorso».';
    expect(summaryOf(text)).toEqual([[['Il piano è finanziato con risorse proprie', 'Manteniamo il dividendo al livello dell’anno scorso'], 'Marco Ardenghi']]);
  });

  it('joins two partial quotations of one sentence joined by "ma"', () => {
    const text = 'Per la segretaria della Fiom, Lucia Rinaldi, l’accordo è «una buona notizia che aspettavamo da anni», ma «le assunzioni devono essere stabili».';
    expect(summaryOf(text)).toEqual([[['una buona notizia che aspettavamo da anni', 'le assunzioni devono essere stabili'], 'Lucia Rinaldi']]);
  });

  it('reads circumstances and joined titles between the verb and the name', () => {
    const joined = '«È una legge che guarda alle persone», ha detto in aula la relatrice della legge e presidente della commissione Territorio, Ivana Dalpozzo. «Vogliamo che le famiglie tornino nei paesi».';
    expect(summaryOf(joined)).toEqual([[['È una legge che guarda alle persone', 'Vogliamo che le famiglie tornino nei paesi'], 'Ivana Dalpozzo']]);
    expect(speakersOf('«Nessuna condanna ci restituirà nostro padre», ha detto all’uscita dall’aula il figlio della vittima, Samir Benali, circondato dagli amici.')).toEqual(['Samir Benali']);
  });
});

describe('quotes: names, not words said', () => {
  it('takes no quotation in what someone is called ("indicato come «il Geometra»", "noto agli addetti come «…»")', () => {
    expect(quotesOf('Nelle intercettazioni l’ex dirigente Franco Abate, indicato dagli altri imputati come «il Geometra», parlava spesso di soldi.')).toEqual([]);
    expect(quotesOf('Il ministro Aldo Sgambati ha poi ricordato che il bando, noto agli addetti ai lavori come «concorso straordinario bis», resta aperto.')).toEqual([]);
  });
});

describe('quotes: names in capitals and members speaking for their organisation', () => {
  it('takes a name in capitals that the text writes in ordinary case for that person ("DE LUCA TAMAJO:")', () => {
    const text = 'In conferenza stampa il sindaco Raffaele De Luca Tamajo e l’assessora Silvia Perrotta.\n\nDE LUCA TAMAJO: «Questo piano non è contro gli automobilisti, è per chi vive il centro».\n\nPERROTTA: «Le strisce blu aumentano, ma i residenti avranno un abbonamento».';
    expect(speakersOf(text)).toEqual(['Raffaele De Luca Tamajo', 'Silvia Perrotta']);
  });

  it('gives words that members make known ("fanno sapere i volontari dell’associazione X") to the organisation', () => {
    expect(speakersOf('«Molti cani arrivano già adulti e malati», fanno sapere i volontari dell’associazione Code Felici.')).toEqual(['associazione Code Felici']);
  });
});

describe('quotes: single marks closing before a word', () => {
  it('closes a ‘…’ quotation before a conjunction, and a headline\'s \'…\' before the next line\'s name', () => {
    const text = 'L’assessore alla Cultura, Gianni Talamonti, ha detto che il Comune ‘farà il possibile per salvare la sala’ e ha proposto un bando. ‘Ci stiamo già lavorando da settimane’, ha aggiunto.';
    expect(summaryOf(text)).toEqual([[['farà il possibile per salvare la sala'], 'Gianni Talamonti'], [['Ci stiamo già lavorando da settimane'], 'Gianni Talamonti']]);
    const read = quotesOfFile('scuola.txt', "Scuola: Verdi, 'entro marzo i nuovi banchi'\nRossi (opposizione), 'promesse vecchie'\n\nROMA - Il ministro Luca Verdi ha parlato in aula.");
    expect(read.ok && read.quotes[0]?.parts).toEqual(['entro marzo i nuovi banchi']);
  });

  it('closes a \'…\' title before any word unless the word before the mark is one cut short (po\', mo\')', () => {
    expect(summaryOf("Riapre la biblioteca 'Tommaso Campanella' dopo il restauro. Il sindaco Antonio Lamanna: 'Un presidio contro lo spopolamento dei paesi'.")).toEqual([[['Un presidio contro lo spopolamento dei paesi'], 'Antonio Lamanna']]);
    expect(summaryOf("Il sindaco Antonio Lamanna: 'Ci vuole un po' di pazienza, ma la biblioteca riaprira' presto'.")).toEqual([[["Ci vuole un po' di pazienza, ma la biblioteca riaprira' presto"], 'Antonio Lamanna']]);
  });
});

describe('quotes: partial quotations framed by a relative, a gerund, a negated infinitive', () => {
  it('gives «…» after "secondo la quale il piano" or "per il quale si tratta di" to the relative\'s antecedent', () => {
    expect(speakersOf('Di tutt’altro avviso la capogruppo del Pd, Elena Ferrero, secondo la quale il piano «sposta risorse dal pubblico al privato senza garanzie».')).toEqual(['Elena Ferrero']);
    expect(speakersOf('Soddisfatto il presidente della commissione, Matteo Prosperi, per il quale si tratta di «un cambio di passo atteso da anni».')).toEqual(['Matteo Prosperi']);
  });

  it('reads "pur parlando di «…»" as the subject talking', () => {
    expect(speakersOf('La consigliera Marta Greco ha votato a favore pur parlando di «un impegno generico, senza un euro stanziato».')).toEqual(['Marta Greco']);
  });

  it('reads «non …» with an infinitive after "invitati a" as a partial quotation', () => {
    expect(speakersOf('Il vescovo Aldo Ricci ha celebrato la messa. Il vescovo li ha poi invitati a «non lasciare che il tempo della pena diventi un tempo vuoto».')).toEqual(['Aldo Ricci']);
  });
});

describe('quotes: offices with plural and longer names, institutions named after people', () => {
  it('reads "In una nota i Vigili del fuoco di Trento sottolineano che «…»" as the office', () => {
    expect(speakersOf('Il soccorso è durato tutta la notte. In una nota i Vigili del fuoco di Trento sottolineano che «le condizioni erano difficili anche per i più esperti».')).toEqual(['Vigili del fuoco di Trento']);
  });

  it('keeps the office words of a name ("l’Ufficio comunicazioni sociali dell’Arcidiocesi")', () => {
    expect(speakersOf('La messa è stata celebrata in cattedrale. «Il testo dell’omelia è sul sito della diocesi», informa l’Ufficio comunicazioni sociali dell’Arcidiocesi.')).toEqual(['Ufficio comunicazioni sociali dell’Arcidiocesi']);
  });

  it('takes no person in a name ending with a Roman numeral ("Università di Napoli Federico II")', () => {
    expect(speakersOf('Sulle terapie si è soffermata Francesca Amodei, endocrinologa dell’Università di Napoli Federico II. «I farmaci nuovi proteggono anche il cuore», ha spiegato.')).toEqual(['Francesca Amodei']);
  });

  it('gives a title nobody holds, before anyone is quoted, to the person just named', () => {
    const text = 'Sarà Nadia Ferraris ad aprire giovedì la rassegna.\n\n«Ho scritto questo libro per non dimenticare un mondo che sparisce», ha raccontato la scrittrice.';
    expect(speakersOf(text)).toEqual(['Nadia Ferraris']);
  });
});

describe('quotes: the subject of the sentence after', () => {
  it('gives an unattributed quotation to the person opening the next sentence with any finite verb', () => {
    const text = 'L’allenatore Marco Ferri ha presentato la partita in sala stampa.\n\n«Affrontiamo una squadra che tiene palla come poche in questo campionato». Il mister parte dall’avversario, poi passa all’infermeria.';
    expect(speakersOf(text)).toEqual(['Marco Ferri']);
  });
});

describe('quotes: people named by their first name only, as vox pops and local reports do', () => {
  it('gives the words to a first name in apposition with an age or a role, or subject of a verb of saying', () => {
    const text = [
      'Al mercato coperto il sindaco Renato Folchi ha incontrato gli ambulanti. Tra i banchi c’è anche Ernesto, 81 anni, che vende uova da mezzo secolo. «Ne ho viste tante, ma un inverno così mai», racconta.',
      'Più avanti Graziella, che gestisce il banco del pesce, scuote la testa. «I clienti vengono, guardano e vanno via».',
      '«Qui ci siamo cresciuti», aggiunge Ernesto salutando i vicini.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Ernesto', 'Graziella', 'Ernesto']);
  });

  it('takes a first name alone for the person named in full with it', () => {
    const text = 'Tra le juniores ha vinto la trentina Giorgia Rinaldi, davanti a due atlete di casa. «Sulla salita finale non sentivo più le gambe», ha ammesso Giorgia, vincitrice della categoria.';
    expect(speakersOf(text)).toEqual(['Giorgia Rinaldi']);
  });

  it('does not give a title of office in the headline to someone named by first name alone', () => {
    const text = [
      '«Ci abbiamo messo due anni, ma ora il laboratorio c’è», ha detto la prof.ssa Laura Spinelli, dirigente scolastica del liceo.',
      'Poi ha parlato Davide, studente di quarta: «Finalmente possiamo fare gli esperimenti veri».',
    ].join('\n\n');
    expect(speakersOf(text, 'Il laboratorio nuovo, la preside: «Due anni di lavoro, ma ne valeva la pena»')).toEqual(['Laura Spinelli', 'Laura Spinelli', 'Davide']);
  });
});

describe('quotes: places named after people', () => {
  it('reads a name after via, corso, piazza or lago as a place, not a speaker', () => {
    const text = 'Uno dei commercianti, Franco Deiana, titolare di un bar in corso Giuseppe Garibaldi, ha parlato per ultimo: «Abbiamo resistito fino a quando abbiamo potuto».';
    expect(speakersOf(text)).toEqual(['Franco Deiana']);
  });

  it('reads a saint’s name elided onto the next ("Sant’Agata Feltria") as a town, not a speaker', () => {
    const text = 'Il presidente della Pro loco di Sant’Elpidio Morico, Walter Cesaroni, ha tracciato il bilancio: «Non avevamo mai visto tanta gente in piazza».';
    expect(speakersOf(text)).toEqual(['Walter Cesaroni']);
  });

  it('does not take the place completing a group in a headline ("i residenti della Valmalenco") for the speaker', () => {
    const text = '«Da tre settimane la strada è chiusa e nessuno ci dice quando riaprirà», dice Ornella Bertoldi, portavoce del comitato di frazione.';
    expect(speakersOf(text, 'Frana sulla provinciale, i residenti della Valmalenco: «Siamo isolati, adesso servono risposte»')).toEqual(['Ornella Bertoldi', 'Ornella Bertoldi']);
  });
});

describe('quotes: one statement in two pieces around its attribution', () => {
  it('keeps the pieces around a bare verb together when the speaker is named before the first piece', () => {
    const text = 'Il ministro dei Trasporti Aldo Ferrante si dice pronto a trattare: «Possiamo rivedere il calendario dei cantieri», spiega, «a patto che i lavori non si fermino».';
    expect(summaryOf(text)).toEqual([[['Possiamo rivedere il calendario dei cantieri', 'a patto che i lavori non si fermino'], 'Aldo Ferrante']]);
  });

  it('joins two pairs with only a comma between them, attributed by the sentence after both', () => {
    const text = '«Il bus rapido è decisivo per la città, chiediamo pazienza ai residenti», «abbiamo bisogno di questa linea perché le strade sono piene di auto». Lo ha dichiarato l’assessore alla mobilità, Marco Ruffini.';
    expect(summaryOf(text)).toEqual([[['Il bus rapido è decisivo per la città, chiediamo pazienza ai residenti', 'abbiamo bisogno di questa linea perché le strade sono piene di auto'], 'Marco Ruffini']]);
  });

  it('reads "taglia corto" as a verb of saying, with a speaker in apposition after an indefinite title', () => {
    const text = 'La proposta non convince tutti. «Il regolamento funziona così com’è», taglia corto un consigliere di maggioranza, Paolo Brambati, «cambiarlo adesso vuol dire perdere un anno».';
    expect(summaryOf(text)).toEqual([[['Il regolamento funziona così com’è', 'cambiarlo adesso vuol dire perdere un anno'], 'Paolo Brambati']]);
  });
});

describe('quotes: a new topic with no verb of its own goes on with the same quotation', () => {
  it('joins the pairs across "E ancora:" and "E sulla classifica:", not across "E sulla classifica aggiunge:"', () => {
    const text = [
      'A fine gara l’allenatore Bruno Sestini ha parlato della difesa: «Abbiamo concesso pochissimo». E sulla classifica: «Non guardiamo gli altri, pensiamo a noi». E ancora: «Sabato sarà un’altra partita».',
      'Il capitano Ivo Ranieri ha commentato: «Siamo cresciuti». E sulla trasferta aggiunge: «A Lecco servirà pazienza».',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual([
      [['Abbiamo concesso pochissimo', 'Non guardiamo gli altri, pensiamo a noi', 'Sabato sarà un’altra partita'], 'Bruno Sestini'],
      [['Siamo cresciuti'], 'Ivo Ranieri'],
      [['A Lecco servirà pazienza'], 'Ivo Ranieri'],
    ]);
  });
});

describe('quotes: attributions real pages use', () => {
  it('reads "Ad annunciarlo … X" with no copula as an attribution', () => {
    const text = '«Le nuove dosi arriveranno entro la fine del mese, senza ritardi». Ad annunciarlo in diretta su Radio Uno il commissario straordinario Piero Galassi.';
    expect(speakersOf(text)).toEqual(['Piero Galassi']);
  });

  it('gives the words to an organisation after "secondo" or opening "per"', () => {
    const text = 'Secondo la Confagricoltura, «il caldo di luglio ha dimezzato la resa del mais in pianura». Per Legambiente Veneto «servono invasi piccoli e diffusi, non grandi dighe».';
    expect(speakersOf(text)).toEqual(['Confagricoltura', 'Legambiente Veneto']);
  });

  it('gives words to whoever issued what they emerge from ("È quanto emerge da un monitoraggio di X")', () => {
    const text = '«Il calo della produzione di olio supera il 30% in tutta la provincia». E’ quanto emerge da un monitoraggio di Coldiretti Terra d’Otranto diffuso oggi.';
    expect(speakersOf(text)).toEqual(['Coldiretti Terra d’Otranto']);
  });

  it('takes "il sindaco" for whoever the text called "il primo cittadino"', () => {
    const text = 'In conferenza il primo cittadino, Aldo Ferraris, ha tracciato il bilancio dell’anno.\n\nSui rifiuti ha parlato l’assessora Marta Gianelli: «La differenziata è al 70%».\n\n«Abbiamo chiuso i conti in attivo», ha aggiunto il sindaco.';
    expect(speakersOf(text)).toEqual(['Marta Gianelli', 'Aldo Ferraris']);
  });

  it('takes a first name that is also a word ("Chiara", "Rosa") for a person right after a verb of saying', () => {
    const text = '«Ho visto il furgone sbandare e ho chiamato subito il 112 – racconta Chiara, residente a Focene – poi mi sono fermata ad aiutare». Più tardi la via Chiara è stata chiusa al traffico.';
    expect(speakersOf(text)).toEqual(['Chiara']);
  });
});

describe('quotes: people the text names by surname alone', () => {
  it('takes a surname right after a title for a person when nobody is named in full by it', () => {
    const text = [
      'Ieri il premier Ferrante ha inviato la lettera a Bruxelles. «Rispetteremo i vincoli, ma serve un cambio di rotta», ha detto.',
      'A chiudere la cerimonia le parole del Rettore Cappelletti: «Con i piedi nella terra e lo sguardo sul mondo».',
    ].join('\n\n');
    expect(quotesOf(text).map((quote) => [quote.speaker?.name ?? null, quote.speaker?.role ?? null])).toEqual([['Ferrante', 'premier'], ['Cappelletti', 'Rettore']]);
  });

  it('keeps the full name when the text gives one, and a capitalised role word for no surname', () => {
    const text = [
      '«Denunciate sempre, anche solo il tentativo». Lo ha dichiarato il Comandante Provinciale dei Carabinieri di Frosinone, Col. Andrea Pirelli.',
      'In coda al corteo la ministra della Ricerca Marina Scapigliati. «Oggi il mio ruolo è cambiato», ha detto la ministra Scapigliati.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Andrea Pirelli', 'Marina Scapigliati']);
  });
});

describe('quotes: the subject of a partial quotation’s sentence', () => {
  it('gives it to the person opening the sentence, not to one named after the verb as its object', () => {
    const text = [
      'Marta Dallago (Lega) ha quindi proposto Piero Sandri quale presidente, «in quanto persona che crede nell’Autonomia e ne vuole garantire il futuro».',
      'La direttrice Anna Festi ha parlato di «un lavoro corale durato due anni, con molte famiglie», mentre il sindaco Carlo Uberti ha ricordato che la mostra «è anche un investimento sul turismo invernale».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Marta Dallago', 'Anna Festi', 'Carlo Uberti']);
  });
});

describe('quotes: names of things after a colon', () => {
  it('does not take the title after "sul tema:" or "dal titolo:" for a quotation', () => {
    const text = 'La prolusione è stata tenuta dal professor Renzo Capodaglio, direttore della Scuola di Scienze, sul tema: «Le reti di monitoraggio sismico: laboratori per la sicurezza delle comunità». Poi il rettore Gino Pettinari ha illustrato il progetto: «Siamo un ateneo che guarda lontano».';
    expect(summaryOf(text)).toEqual([[['Siamo un ateneo che guarda lontano'], 'Gino Pettinari']]);
  });
});

describe('quotes: a closing mark the writer left out', () => {
  it('ends a quotation at its last full stop when guillemets open again, with a warning', () => {
    const text = 'A condurre la cerimonia è l’assessore Lorenzo Tosoni: «È una gioia tornare a fare questa cerimonia in presenza – esordisce. Premiati così ottanta ragazzi, anche se Tosoni precisa: «Il voto è solo un modo per misurare l’eccellenza».';
    expect(summaryOf(text)).toEqual([
      [['È una gioia tornare a fare questa cerimonia in presenza'], 'Lorenzo Tosoni'],
      [['Il voto è solo un modo per misurare l’eccellenza'], 'Lorenzo Tosoni'],
    ]);
    const { problems } = extractQuotes({ body: parseMarkdown(text, false) });
    expect(problems.map((problem) => [problem.rule, problem.position.column])).toEqual([['quote-unterminated', 55]]);
  });

  it('ends an unclosed quotation before the sentence inside it that names its speaker ("… Così il ministro X")', () => {
    const text = [
      '“L’operazione di stanotte conferma l’impegno dell’Arma nella lotta alle mafie. Così il ministro della Difesa, Edoardo Varesi, ha commentato l’operazione dei carabinieri.',
      '“Il contrasto alla criminalità non si ferma” – ha aggiunto il ministro – “e ringrazio le donne e gli uomini dell’Arma”.',
      '“Un presidio quotidiano di legalità, il vostro, anche nei territori più difficili del Paese.” (difesa.it)',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual([
      [['L’operazione di stanotte conferma l’impegno dell’Arma nella lotta alle mafie.'], 'Edoardo Varesi'],
      [['Il contrasto alla criminalità non si ferma', 'e ringrazio le donne e gli uomini dell’Arma'], 'Edoardo Varesi'],
      [['Un presidio quotidiano di legalità, il vostro, anche nei territori più difficili del Paese.'], 'Edoardo Varesi'],
    ]);
  });
});

describe('quotes: who a colon’s sentence makes speak', () => {
  it('takes the sentence’s subject, not a person it talks about after its verb', () => {
    const text = '«Il terzo set lo avevamo in mano», commenta coach Alessandra Tomei.\n\nAlessandra sottolinea la prova della centrale Sara Bellini, classe 2008, alla seconda partita da titolare: «Ha diciassette anni e ha murato come una veterana».';
    expect(speakersOf(text)).toEqual(['Alessandra Tomei', 'Alessandra Tomei']);
  });

  it('reads "Sulla stessa linea X:" as X speaking, and "Sul gol di X:" as a topic', () => {
    const text = [
      '«Il dato di oggi parla da solo», ha dichiarato Elena Marchi, segretaria della Filt.',
      'Sulla stessa linea Tommaso Guerra, segretario di Uiltrasporti: «Non ci fermeremo qui».',
      'Sul gol decisivo di Marco Bernardi: «È un ragazzo che lavora tantissimo e oggi è stato ripagato».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Elena Marchi', 'Tommaso Guerra', 'Tommaso Guerra']);
  });
});

describe('quotes: nicknames and "Per X:"', () => {
  it('reads a nickname in marks between first name and surname as part of the name, and "Per X, …:" as X speaking', () => {
    const text = [
      'Decisiva nel quinto set la battuta di Giada “Lucky” Lucarelli, autrice di due ace. A fine gara la capitana Marta Pellegrini: «Era importante vincere davanti al nostro pubblico».',
      'Per Lucarelli, MVP dell’incontro con 19 punti, una serata da ricordare: «Al servizio non ho pensato a niente, ho solo cercato di spingere».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Marta Pellegrini', 'Giada Lucarelli']);
  });
});

describe('quotes: attributions inside dashes with circumstances, and names that open a clause', () => {
  it('reads "– ha dichiarato all’uscita dall’aula –" as the quotation’s own attribution, said by the sentence’s subject', () => {
    const text = 'Il collegio ha condannato Giuseppe Pirastu, 61 anni.\n\nL’avv. Stefano Cantoni, difensore di Pirastu, annuncia ricorso. «Rispettiamo la sentenza, ma non la condividiamo – ha dichiarato all’uscita dall’aula –. Il mio assistito non ha mai minacciato nessuno».';
    expect(summaryOf(text)).toEqual([[['Rispettiamo la sentenza, ma non la condividiamo', 'Il mio assistito non ha mai minacciato nessuno'], 'Stefano Cantoni']]);
  });

  it('does not give the title before a comma to a name that opens a clause ("letta dalla pm, Pirastu diceva")', () => {
    const text = 'Nella requisitoria la pubblico ministero Federica Loddo aveva chiesto otto anni. In una telefonata letta in aula dalla pm, Giuseppe Pirastu diceva a un commerciante: «Entro venerdì voglio tutto».';
    expect(speakersOf(text, 'Usura, condannato l’ex bancario. La pm: «Interessi al 180 per cento»')).toEqual(['Federica Loddo', 'Giuseppe Pirastu']);
  });
});

describe('quotes: capitalised words that are no one', () => {
  it('does not take a capitalised pronoun, negation or conjunction opening a sentence for a speaker', () => {
    const opened = ['Si', 'Ci', 'Ne', 'Non', 'Se', 'Ma', 'Mi', 'Vi'].map((word) => `Giorgio Pellizzari, assessore al Bilancio, ha visitato la scuola. ${word} parla del nuovo progetto: ‘Abbiamo trovato i fondi per la palestra e per la mensa’.`);
    for (const text of opened) expect(speakersOf(text)).not.toContain(text.split('. ')[1]!.split(' ')[0]);
    expect(speakersOf(opened[0]!)).toEqual(['Giorgio Pellizzari']);
  });

  it('does not read a weekday or a month opening a sentence as a first name', () => {
    const text = 'Il tecnico Ivan Ferretti ha commentato la sconfitta. «Abbiamo giocato male per tutto il secondo tempo», ha detto.\n\nDomenica la Reggiana tornerà in campo. «Dobbiamo reagire subito e vincere», ha aggiunto.';
    expect(speakersOf(text)).not.toContain('Domenica la Reggiana');
    const dayBeforeName = 'Sabato Marco Lodi, presidente della Pro loco, ha presentato la sagra: «Quest’anno avremo cento espositori».';
    expect(speakersOf(dayBeforeName)).toEqual(['Marco Lodi']);
    // Domenica is a first name too, before a surname.
    expect(speakersOf('«Il paese è pronto alla festa», ha detto Domenica Rossi, presidente della Pro loco.')).toEqual(['Domenica Rossi']);
  });

  it('keeps a party or country word out of the name that follows it, and a newspaper out of the speakers', () => {
    expect(speakersOf('Per la consigliera di Forza Italia Marta Bellotti il progetto resta «un servizio pagato da tutti e usato da pochi».')).toEqual(['Marta Bellotti']);
    expect(speakersOf('Secondo Federalberghi, riporta Italia Oggi, “sono calati gli arrivi dalla Germania e dagli Stati Uniti”.')).not.toContain('Italia Oggi');
    expect(speakersOf('Secondo gli albergatori, scrive Il Sole 24 Ore, “la stagione è stata la peggiore degli ultimi dieci anni”.')).not.toContain('Il Sole 24 Ore');
  });

  it('takes a surname alone back to the full name given earlier, when the first name is also a word', () => {
    const text = '«Il lavoro è documentato e resterà negli archivi». La frase è di Chiara Fabbri, archeologa della Soprintendenza.\n\nIl cantiere è aperto da aprile.\n\n«Quello che abbiamo trovato resterà negli archivi», ha aggiunto Fabbri, «ma non avrebbe senso lasciarlo a vista».';
    expect(speakersOf(text)[1]).toBe('Chiara Fabbri');
  });
});

describe('quotes: blocks and headings that name the speaker', () => {
  it('gives a label "Name (Team):" to the name, not to a team in brackets that holds a first name', () => {
    const text = 'Ravenna batte Lugo al tie-break, decide un muro di Bolla sul 14-13.\n\nAnna Bolla (Olimpia Teodora Ravenna): “Abbiamo sofferto in ricezione ma non abbiamo mai mollato, il pubblico ci ha spinte”.\n\nMarco Zauli (allenatore Pallavolo Lugo): “Usciamo a testa alta, ci è mancata solo un po’ di lucidità nei finali di set”.';
    expect(speakersOf(text)).toEqual(['Anna Bolla', 'Marco Zauli']);
  });

  it('gives a quotation standing alone to the person a line before introduces with a role, not to a team named in the role', () => {
    const text = 'Ecco le parole di Chiara Bonomi, capitana della Pallavolo Gino Marchi-\n\n« Sarà una partita dura, ma ci arriviamo con la testa giusta e tanta voglia di vincere ».\n\nLucia Ferri, libero della Volley Mario Spada-\n\n« Abbiamo lavorato tutta l’estate per questo momento e non vogliamo sprecarlo ».';
    expect(speakersOf(text)).toEqual(['Chiara Bonomi', 'Lucia Ferri']);
  });
});

describe('quotes: the subject the paragraph opens with', () => {
  it('gives a quotation after a subjectless sentence to the person opening the paragraph, not to one named in a complement', () => {
    const text = 'Giorgio Pellizzari, assessore regionale al Bilancio, oggi in visita a Lugo, insieme al vice presidente del Consiglio regionale, Mauro Bassi. Si parla dei conti dei comuni: ‘Abbiamo messo a disposizione dei comuni di montagna altri venti milioni per le strade’.';
    expect(speakersOf(text)).toEqual(['Giorgio Pellizzari']);
  });
});

describe('quotes: kickers in capitals', () => {
  it('does not take a kicker in capitals opening a paragraph for a name titled by the paragraph before', () => {
    const text = 'Samb, arriva il nuovo tecnico\n\nSERIE C – Per l’allenatore è la prima vittoria sulla panchina rossoblù. «Abbiamo giocato soltanto il primo tempo, la sfida non è ancora finita»';
    expect(speakersOf(text)).not.toContain('SERIE C');
  });
});

describe('quotes: a heading in capitals names who speaks under it', () => {
  it('gives a quotation under "Conferenza stampa SURNAME Team-Team" to the surname in capitals', () => {
    const text = 'Le parole degli allenatori alla vigilia della giornata.\n\nCOMO-LECCO (sabato, ore 15:00)\n\nConferenza stampa DE SANTIS Como-Lecco\n\n- “Stiamo bene, recuperiamo quasi tutti. Il Lecco corre tanto, dobbiamo essere pronti dal primo minuto”.\n\nConferenza stampa DELL’ORTO Como-Lecco\n\n- “Serve la partita perfetta, loro in casa sono molto forti e hanno un pubblico caldo”.';
    expect(speakersOf(text)).toEqual(['DE SANTIS', 'DELL’ORTO']);
  });
});

describe('quotes: attributions after the marks that real pages use, more', () => {
  it('reads "«…», come ha sottolineato X" as said by X', () => {
    const text = 'Gli albergatori lanciano l’allarme sulla mancanza di eventi, «ma soprattutto sull’assenza di una programmazione che permetta di costruire un’offerta», come denuncia il presidente Marco Vitali. La giunta replica con i dati della Questura.\n\nIl parroco resterà alla guida della comunità “fino all’arrivo del nuovo parroco che sarà nominato dal vescovo” come ha sottolineato il vicario generale della diocesi, don Paolo Gatti.';
    expect(speakersOf(text)).toEqual(['Marco Vitali', 'Paolo Gatti']);
  });

  it('reads "«…» nelle parole di X" and "«…». Questa l’affermazione di X" as said by X', () => {
    const text = 'La serata si è chiusa con l’assolo di Giulia Neri, “una delle giovani violiniste più promettenti del Paese” nelle parole del moderatore Fabio Conti.\n\n“La città deve difendere questo festival”. Questa l’affermazione di Marco Zeni, assessore alla Cultura, che ha aperto la conferenza stampa.';
    expect(speakersOf(text)).toEqual(['Fabio Conti', 'Marco Zeni']);
  });

  it('reads "«…» ad affermarlo è X" with no stop between as said by X', () => {
    const text = '“Il presidio di Vasto non è una priorità per questa maggioranza e il bilancio lo dimostra” ad affermarlo è il consigliere regionale Marco Ciani che continua “Presenteremo i nostri emendamenti in commissione”.';
    expect(speakersOf(text)).toEqual(['Marco Ciani', 'Marco Ciani']);
  });

  it('gives "X, che parla della «…»" to X, not to the party in X’s role', () => {
    const text = 'Tra le reazioni c’è quella di Luca Baldini, segretario regionale del Pd, che dopo la sconfitta parla della «necessità di riaprire subito il dialogo con le forze alternative alla destra».';
    expect(speakersOf(text)).toEqual(['Luca Baldini']);
  });
});

describe('quotes: labels, circumstances between commas, titles without article', () => {
  it('gives a label "Name, role Office:" to the name, not to the office in the role', () => {
    const text = 'La donazione è stata consegnata ieri.\n\nPaolo Ferrero, direttore generale Asl TO5: “È con commozione che ho ricevuto questa notizia, useremo i fondi per la cardiologia”.';
    expect(speakersOf(text)).toEqual(['Paolo Ferrero']);
  });

  it('reads "Lo ha detto, all’agenzia X, il direttore …, Name" past circumstances between commas', () => {
    const text = '"Il nuovo ospedale aprirà in primavera e avremo finalmente le alte specialità". Lo ha detto, all’agenzia Dire, il direttore generale dell’Asl Roma 5, Carlo Menichini, al termine dell’audizione.';
    expect(speakersOf(text)).toEqual(['Carlo Menichini']);
  });

  it('takes "coach X" written without an article for a person named by surname', () => {
    const text = 'Non trova le parole coach Bertocchi in sala stampa dopo la sconfitta: «Abbiamo perso contro l’ultima della classifica e non ci sono scuse per nessuno».';
    expect(speakersOf(text)).toEqual(["Bertocchi"]);
  });
});

describe('quotes: surnames back to the full name', () => {
  it('takes "il rettore X" inside a quotation’s dashes back to the full name given earlier', () => {
    const text = '“L’ateneo ha garantito un alloggio a tutti gli idonei”. Così il rettore dell’Università di Pavia, Giorgio Ferraresi, dopo il caso dello studente in tenda.\n\n«Ringrazio il rettore Ferraresi per il lavoro di questi anni», ha detto l’assessore regionale Marta Colli.\n\n“L’Università – sostiene il rettore Ferraresi – ha fatto la sua parte, ma il tema deve diventare nazionale”.';
    expect(speakersOf(text).at(-1)).toBe('Giorgio Ferraresi');
  });
});

describe('quotes: "Secondo il …" calling the one just quoted by another title', () => {
  it('gives "Secondo il responsabile degli albergatori, …: «…»" to the hoteliers’ president quoted just before', () => {
    const text = 'Il presidente di Federalberghi, Mario Rossetti, conferma il calo delle presenze. «Al mare il calo va dal 4 al 9 per cento».\n\nSecondo il responsabile degli albergatori, i numeri che parlano di presenze in crescita si spiegano con il sommerso: «Sono venute alla luce tante realtà prima invisibili, ma noi registriamo un calo».';
    expect(speakersOf(text)).toEqual(['Mario Rossetti', 'Mario Rossetti']);
  });
});

describe('quotes: names the title and the run get wrong', () => {
  it('does not read a clause ending at a comma ("con Prefetto e forze dell’ordine per adottare …, X") as X’s title', () => {
    const text = 'Se Marco Bellucci, sindaco di Foligno, dice che la giunta non si tirerà indietro, confrontandosi con Prefetto e forze dell’ordine per adottare i provvedimenti, Fabio Lanari di Spoleto afferma: «Le responsabilità ce le prendiamo, ma aspettiamo anche le risorse».';
    expect(speakersOf(text)).toEqual(['Fabio Lanari']);
  });

  it('keeps a lower-case particle after a first name inside the name ("Marco del Prete")', () => {
    const text = 'A raccontarlo è l’assessore alla sicurezza, Marco del Prete: “Il furgone ha preso fuoco – ha riferito del Prete dal luogo dell’incendio – e le auto passavano accanto come se niente fosse”.';
    expect(speakersOf(text)).toEqual(['Marco del Prete']);
  });
});

describe('quotes: a title with its office, then the name after a comma', () => {
  it('gives "commenta il presidente Pro Loco, Davide X" to Davide X, not to the office', () => {
    const text = '"Il pubblico è stato composto ed educato, evitando code e assembramenti", commenta il presidente Pro Loco, Davide Marconi. “Segno che la mostra ha superato i confini” nota il vice presidente Pro Loco, Giacomo Gori.';
    expect(speakersOf(text)).toEqual(['Davide Marconi', 'Giacomo Gori']);
  });
});

describe('quotes: a surname alone in apposition to a title', () => {
  it('takes "il sindaco di X, Surname che … ha detto" for a person when the text names the surname again as a speaker', () => {
    const text = 'A dar forza alla voce del governatore, quella del sindaco di Cremona, Gallarati che, sulla sua pagina Facebook, ha detto: “Il territorio ha bisogno di un nuovo ospedale e il Comune sostiene il progetto”. “Il nuovo ospedale – chiude Gallarati – sarà una grande opera per tutta la provincia”.';
    expect(speakersOf(text)).toEqual(['Gallarati', 'Gallarati']);
  });
});

describe('quotes: speakers the text only describes (a common noun, never a name)', () => {
  const described = (markdown: string, title?: string) => quotesOf(markdown, title).map((quote) => [quote.speaker?.name ?? null, quote.speakerDescription ?? null]);

  it('leaves the speaker null and carries the noun after the verb, with no article', () => {
    const text = [
      'Il sindaco Marco Fabbri ha presentato il nuovo piano dei parcheggi. «Così liberiamo il centro dalle auto», ha detto Fabbri.',
      '«Di notte qui non si dorme più, tra motorini e schiamazzi», racconta una residente di via Dante.',
      'In piazza c’è chi è d’accordo. «Finalmente qualcuno ci ascolta – spiega un pensionato – ma servono anche più vigili».',
    ].join('\n\n');
    expect(described(text)).toEqual([['Marco Fabbri', null], [null, 'residente di via Dante'], [null, 'pensionato']]);
  });

  it('keeps the first description for the same unnamed person called otherwise ("la donna", "il primo cittadino")', () => {
    const woman = 'Da mesi, racconta una residente, il parco è invaso dai rifiuti.\n\n«Nessuno passa a pulire da settimane – denuncia la donna – e i bambini non possono più giocare».';
    expect(described(woman)).toEqual([[null, 'residente']]);
    const mayor = '«I conti sono in ordine – esordisce il sindaco – e lo dimostreremo in aula».\n\nIl primo cittadino ha poi aggiunto: «Chi critica oggi ha lasciato i debiti».';
    expect(described(mayor)).toEqual([[null, 'sindaco'], [null, 'sindaco']]);
  });

  it('gives a description its warning and a reason saying the speaker is described, not named', () => {
    const { quotes, problems } = extractQuotes({ body: parseMarkdown('«Il treno non è mai arrivato in orario», dice un pendolare.', false) });
    expect(quotes[0]!.speaker).toBeNull();
    expect(quotes[0]!.speakerReason).toMatch(/describes the speaker as “pendolare”/u);
    expect(problems.map((problem) => problem.rule)).toEqual(['quote-speaker']);
  });

  it('reads a description in a dashed attribution, after a pointer and before a colon', () => {
    const text = [
      '«Ho visto il fumo uscire dal tetto – dice il 40enne – e ho chiamato subito i soccorsi».',
      '«La strada era buia e non c’era nessun cartello». A parlare è il conducente del furgone finito nel fosso.',
      'L’opposizione: «Un bilancio senza idee per i giovani».',
    ].join('\n\n');
    expect(described(text)).toEqual([[null, '40enne'], [null, 'conducente del furgone'], [null, 'opposizione']]);
  });

  it('keeps the one described speaking when the text goes on with a definite noun or a bare verb', () => {
    const text = [
      '«Abbiamo chiamato tre volte i carabinieri», spiega una residente.',
      '«Nessuno è venuto – aggiunge la donna – e ora abbiamo paura».',
      '«Ci sentiamo abbandonati da tutti, anche dal Comune».',
    ].join('\n\n');
    expect(described(text)).toEqual([[null, 'residente'], [null, 'residente'], [null, 'residente']]);
  });

  it('gives a plural verb with no subject to the group a sentence before it opened on, and reads a headline in capitals', () => {
    const text = 'Gli ambulanti protestano contro il nuovo regolamento del mercato. «Ci spostano in un parcheggio senza ombra e senza bagni», spiegano davanti al municipio.';
    expect(described(text)).toEqual([[null, 'ambulanti']]);
    const read = quotesOfFile('mercato.txt', 'MERCATO, GLI AMBULANTI: «NON CI SPOSTEREMO DA QUI»\n\nIl Comune vuole spostare le bancarelle in un parcheggio.');
    expect(read.ok && read.quotes.map((quote) => [quote.speaker, quote.speakerDescription])).toEqual([[null, 'AMBULANTI']]);
  });

  it('keeps the complements of the noun as the text gives them, but not a thing named after an article', () => {
    const text = [
      'Una infermiera del reparto di Cardiologia, interpellata, racconta: «Facciamo turni di dodici ore da due mesi».',
      '«Non firmeremo nessun accordo al ribasso», fanno sapere i delegati sindacali dello stabilimento.',
      '«Il semaforo era verde», spiega il conducente della Fiat Panda rimasta schiacciata.',
      'Per i commercianti il problema è un altro: «Senza parcheggi i clienti vanno nei centri commerciali».',
      '«Di notte qui passano i camion», dice una residente del quartiere Borgonuovo Sara Pini.',
    ].join('\n\n');
    expect(described(text)).toEqual([[null, 'infermiera del reparto di Cardiologia'], [null, 'delegati sindacali dello stabilimento'], [null, 'conducente'], [null, 'commercianti'], ['Sara Pini', null]]);
  });

  it('gives a definite noun to the person just quoted when it fits them', () => {
    const text = '«Ho aperto il negozio quarant’anni fa», racconta Lucia Ferri. «Adesso però non ce la faccio più», aggiunge la donna.';
    expect(described(text)).toEqual([['Lucia Ferri', null], ['Lucia Ferri', null]]);
  });

  it('gives a headline’s description to whoever the body has say those words, or holds that noun as a role', () => {
    const title = 'Lupi sull’altopiano, gli allevatori: «Così chiudiamo le stalle»';
    const body = 'Dieci pecore sbranate in una notte. «Avevo messo il recinto elettrico e non è servito», racconta Paolo Zeni, allevatore di Roana.';
    expect(described(body, title)).toEqual([['Paolo Zeni', null], ['Paolo Zeni', null]]);
  });
});

describe('quotes: a name written surname first', () => {
  it('takes "Pellicani Dario" for Dario Pellicani named before, as sports and official copy invert names', () => {
    const text = 'Dario Pellicani, Catanzaro: “Il pari sarebbe stato giusto”\n\nAl termine della partita il mister del Catanzaro Pellicani Dario ha lasciato queste dichiarazioni:\n\n“Perdere al novantesimo dopo una buona prestazione fa male, ma ripartiamo da qui”.';
    expect(speakersOf(text)).toEqual(['Dario Pellicani', 'Dario Pellicani']);
  });
});

describe('quotes: a quotation opening the paragraph, its speaker the subject named later in it', () => {
  it('gives it to the first person named after it as the subject of a verb', () => {
    const text = 'Lecco - "Chiudiamo un anno faticoso con un grande lavoro di programmazione per i prossimi mesi". Conferenza di fine anno in municipio. In una lunga conferenza il sindaco, Paolo Gerosa, ha tracciato il bilancio dell’anno.';
    expect(speakersOf(text)).toEqual(['Paolo Gerosa']);
  });

  it('leaves it when the first person named after it is no subject', () => {
    const text = '"Chiudiamo un anno faticoso con un grande lavoro di programmazione per i prossimi mesi". La conferenza è stata dedicata a Paolo Gerosa, sindaco scomparso in estate.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('quotes: the antecedent of "il quale" and a title that only says in what capacity', () => {
  it('gives a dashed bare verb to the person a relative clause makes the subject, past "da allenatore"', () => {
    const text = 'Ci sono anche le parole di Salvo Bracci, in veste di direttore generale, il quale ha escluso il nome dell’ex attaccante del Bari, Nicola Loiodice. Sarà lui a occuparsi dell’area tecnica, forte dei suoi trascorsi da allenatore: “Questa piazza è un trampolino di lancio – ha detto – e tocca a noi tornare tra i professionisti”.';
    expect(speakersOf(text)).toEqual(['Salvo Bracci']);
  });
});

describe('quotes: a kicker quoting words its paragraph quotes in full', () => {
  it('gives a quotation opening the paragraph to whoever says the same words later in it', () => {
    const text = 'Il presidente Donato Lazzari ha presentato la nuova società.\n\n“TUTTI I PRESUPPOSTI PER FARE UN GRANDE LAVORO”. Oltre a Paolo Serra, già annunciato come amministratore delegato, presente in conferenza anche Cosimo Pagliara, tornato dopo nove anni: “Ci sono tutti i presupposti per fare un grande lavoro – ha spiegato – e io sono tornato per questo”.';
    expect(speakersOf(text)).toEqual(['Cosimo Pagliara', 'Cosimo Pagliara']);
  });
});

describe('quotes: ranks written as initials before the name', () => {
  it('reads "il Comandante Generale …, Gen. C.A. Nome Cognome" as that person', () => {
    const text = '“Rivolgo il più sentito apprezzamento a tutti i finanzieri per l’impegno e la competenza”.\n\nCosì si è espresso il Comandante Generale della Guardia di Finanza, Gen. C.A. Corrado Mastrodonato, che si è congratulato con i comandi provinciali.';
    expect(speakersOf(text)).toEqual(['Corrado Mastrodonato']);
  });
});

describe('quotes: organisations and groups as speakers', () => {
  it('gives a dashed attribution naming an organisation to it, also through "dall’…" and its members', () => {
    const text = [
      '«Il raccolto – precisa la Coldiretti – è in calo del dieci per cento».',
      '«Le ore non bastano – hanno fatto sapere dall’Ugl – e chiediamo un incontro in prefettura».',
      '«La delibera va ritirata – ricordano gli esponenti di Azione – prima del voto di bilancio».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Coldiretti', 'Ugl', 'Azione']);
  });

  it('keeps a title written with capitals in a dashed attribution for a person, not an office', () => {
    const text = 'Il rettore Marco Galli ha aperto l’anno accademico. «Siamo cresciuti – ha detto il Magnifico Rettore – in ogni corso di laurea».';
    expect(speakersOf(text)).toEqual(['Marco Galli']);
  });

  it('gives the words to an office after "Così", and expands its short name to the group named with it', () => {
    const text = '«Le accuse sono infondate e pretestuose». Così il Gruppo consiliare di Azione risponde alle critiche della giunta. «Rileggano gli atti», aggiungono da Azione.';
    expect(speakersOf(text)).toEqual(['Gruppo consiliare di Azione', 'Gruppo consiliare di Azione']);
  });

  it('gives the words of the head of a body ("il Vertice del Corpo") to the person named as holding it', () => {
    const text = 'Il Comandante generale dei Vigili del fuoco, Marco Bellini, ha visitato i reparti colpiti. Il Vertice del Corpo ha poi ribadito come «nessuna sede resterà senza mezzi».';
    expect(speakersOf(text)).toEqual(['Marco Bellini']);
  });

  it('keeps the short name an organisation is introduced by when the long one only glosses it', () => {
    const text = 'Sciopero confermato dalla Cub (Confederazione unitaria di base). «Non arretreremo di un passo», fanno sapere dalla Cub.';
    expect(speakersOf(text)).toEqual(['Cub']);
  });

  it('gives a plural noun for members to the organisation just quoted, or to the list the paragraph opens on', () => {
    const quoted = '«Il bilancio non regge», attacca il Gruppo consiliare di Azione. «Chi oggi applaude dovrà spiegare i tagli», concludono i consiglieri.';
    expect(speakersOf(quoted)).toEqual(['Gruppo consiliare di Azione', 'Gruppo consiliare di Azione']);
    const listed = 'Filt, Fit e Uilt hanno proclamato uno sciopero di otto ore. «Il trasporto locale è al collasso» sostengono i sindacati.';
    expect(speakersOf(listed)).toEqual(['Filt, Fit e Uilt']);
  });
});

describe('quotes: people named by surname alone', () => {
  it('reads "il diesse X" as a sporting director named by surname, then his answers under one-line narration', () => {
    const text = 'Dopo il pari interno parla soltanto il diesse Marchegiani.\n\n«Il pareggio ci sta stretto, ma il ritorno è tutto da giocare».\n\nMarchegiani difende poi le scelte della panchina.\n\n«Il mister ha fatto le scelte giuste con quello che aveva».';
    expect(speakersOf(text)).toEqual(['Marchegiani', 'Marchegiani']);
  });

  it('reads a surname alone labelling the words after its colon in a live blog ("18:40 – X: «…»", "Interviene X: «…»")', () => {
    const text = '18:32 – Si apre la discussione sulle tariffe dei parcheggi. Interviene Scarabelli: «Gli aumenti colpiscono chi lavora in centro e non ha alternative».\n\n18:40 – Tonoli: «Le tariffe restano ferme da sei anni, il servizio costa di più». Scarabelli non replica.';
    expect(speakersOf(text)).toEqual(['Scarabelli', 'Tonoli']);
    // A kicker's noun the text also writes in lower case is nobody: "Programma: «…»".
    expect(speakersOf('Consiglio comunale, il programma della serata.\n\n18:45 – Programma: «La seduta riprende dopo la pausa delle 19 con il bilancio».')).toEqual([]);
  });

  it('keeps a labelled speaker for the words after the colon when the next sentence opens on someone else', () => {
    const text = '21:05 – Ferrandi: «Chiediamo una fascia di esenzione per le famiglie con redditi bassi.» Ottolini risponde che se ne parlerà in commissione, Ferrandi annuncia un emendamento.';
    expect(speakersOf(text)).toEqual(['Ferrandi']);
  });
});

describe('quotes: a quotation going on with no attribution', () => {
  it('goes on with the one quoted last only when nobody else is named between, else is left null with a warning', () => {
    const going = '«Il bilancio è solido», ha detto il sindaco Marco Bellini.\n\n«Serve però più tempo per i cantieri». Il consiglio si riunirà martedì.';
    expect(speakersOf(going)).toEqual(['Marco Bellini', 'Marco Bellini']);
    const other = '«Il bilancio è solido», ha detto il sindaco Marco Bellini. Alla riunione c’era anche l’assessora Carla Neri.\n\n«Serve però più tempo per i cantieri». Il consiglio si riunirà martedì.';
    const quotes = quotesOf(other);
    expect(quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(['Marco Bellini', null]);
    expect(quotes[1]!.speakerReason).toBeTruthy();
  });
});

describe('quotes: people speaking together', () => {
  it('gives words said together to both names, joined in the order the text first names them', () => {
    const note = 'In una nota firmata dalla consigliera Laura Ghezzi e dal consigliere Piero Manca, il gruppo chiede chiarezza. «Il piano dei trasporti è fermo da un anno», scrivono Manca e Ghezzi.';
    expect(speakersOf(note)).toEqual(['Laura Ghezzi e Piero Manca']);
    const list = '«Nessuno ci ha convocato». Così i segretari provinciali Anna Rota, Carlo Bassi e Luca Ferri, che aggiungono: «Chiediamo un tavolo entro la settimana».';
    expect(speakersOf(list)).toEqual(['Anna Rota, Carlo Bassi e Luca Ferri', 'Anna Rota, Carlo Bassi e Luca Ferri']);
  });

  it('keeps the one speaker when the others are named beside him, not as saying it with him', () => {
    const text = '«Una scelta sbagliata». Così il capogruppo Marco Fedeli, con accanto i consiglieri Rita Sala e Paolo Neri.';
    expect(speakersOf(text)).toEqual(['Marco Fedeli']);
    const singular = '«Il bilancio è in ordine», ha detto il sindaco Carla Vitali, presenti l’assessore Gino Ferro e Maria Russo.';
    expect(speakersOf(singular)).toEqual(['Carla Vitali']);
  });
});

describe('quotes: a noun for the words after the marks', () => {
  it('reads "sono state le parole del X", "è il laconico commento del X", "parole dure del X" as naming the speaker', () => {
    const text = [
      '«La seduta resta aperta finché il regolamento lo consente» sono state le parole del presidente del consiglio Aldo Berti.',
      '«Le presenze sono ferme ai livelli dello scorso anno», è il laconico commento del presidente di Federalberghi, Sandro Ricci, ai dati di luglio.',
      '«Un programma senza una sola cifra»: parole dure del consigliere di minoranza, Giada Porcu, che annuncia il voto contrario.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Aldo Berti', 'Sandro Ricci', 'Giada Porcu']);
  });
});

describe('quotes: a quotation standing after narration in its paragraph', () => {
  it('goes to the subject of the sentence before, not to a person in its complement, nor past "le parole di X"', () => {
    const complement = 'La rettrice, Paola Gentili, ha preferito non commentare la lettera firmata dal ministro, Carlo Ardenzi. «Non ho ancora avuto il tempo di leggerla con attenzione».';
    expect(speakersOf(complement)).toEqual(['Paola Gentili']);
    const words = 'Alla cena c’erano Anna Moro e Piero Lodi. Commosse le parole di Piero Lodi, tornato in paese dopo vent’anni. «Qui ho imparato tutto quello che so».';
    expect(speakersOf(words)).toEqual(['Piero Lodi']);
  });
});

describe('quotes: a text that names one person only', () => {
  it('gives its unattributed words to that person once named, as a press room written up reads', () => {
    const text = [
      'Vigilia di campionato al palazzetto, dove in mattinata ha parlato l’allenatore Sergio Pantaleo.',
      'Gli avversari – «Hanno più esperienza di noi e un roster lungo. Dovremo correre per quaranta minuti».',
      'Il pubblico – «Spero in un palazzetto pieno. I ragazzi meritano di sentire la città vicina».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Sergio Pantaleo', 'Sergio Pantaleo']);
  });

  it('leaves them unnamed where someone else is named, or before the text brings the person in', () => {
    const two = [
      'In mattinata hanno parlato l’allenatore Sergio Pantaleo e il presidente Aldo Ferrini.',
      'Gli avversari – «Hanno più esperienza di noi e un roster lungo. Dovremo correre per quaranta minuti».',
    ].join('\n\n');
    expect(speakersOf(two)).toEqual([null]);
    const before = [
      'Gli avversari – «Hanno più esperienza di noi e un roster lungo. Dovremo correre per quaranta minuti».',
      '«Il pubblico ci sarà», ha detto poi l’allenatore Sergio Pantaleo.',
    ].join('\n\n');
    expect(speakersOf(before)).toEqual([null, 'Sergio Pantaleo']);
  });
});

describe('quotes: names the run of capitals hides, and attributions after the marks', () => {
  it('reads a title and a surname after a sentence opening "E Ferri risponde" as the same person', () => {
    const text = 'Il sindaco Marchetti apre la seduta con i numeri del bilancio: «Abbiamo chiuso l’anno senza debiti». Poi arriva la domanda sul nuovo stadio. E Marchetti risponde: «Il progetto c’è, mancano i fondi della Regione».';
    expect(speakersOf(text)).toEqual(['Marchetti', 'Marchetti']);
  });

  it('takes "È quanto si legge in un comunicato di X" right after the closing mark as naming the speaker', () => {
    const text = '«Le strade della frazione sono piene di buche da mesi e nessuno interviene.» È quanto si legge in un comunicato di Elisa Fornari, consigliera di minoranza.';
    expect(speakersOf(text)).toEqual(['Elisa Fornari']);
  });

  it('reads a surname set before a dash and the marks as the speaker’s label, but not a dateline', () => {
    const body = 'Gradella – «Abbiamo sbagliato troppo in battuta, ma la squadra ha reagito».\n\nPozzani – «Tre punti pesanti per la classifica e per il morale».';
    expect(speakersOf(body, 'Volley, le voci dal campo: Gradella e Pozzani')).toEqual(['Gradella', 'Pozzani']);
    const dateline = 'Cesena - «Chiudiamo un anno faticoso con molti cantieri aperti». La conferenza di fine anno del Comune di Cesena si è tenuta in sala consiliare.';
    expect(speakersOf(dateline)).toEqual([null]);
  });
});

describe('quotes: a first name alone with whose relative or what they are', () => {
  it('reads "Carla, la mamma di Simone" as a person, the label "mamma Carla:" as her, and keeps the role without its article', () => {
    const text = 'Simone scomparso, mamma Carla: «Non è mai tornato»\n\n«Non è mai tornato a casa». È ancora incredula Carla, la mamma di Simone Basso, il ragazzo scomparso sabato sera dopo la festa.';
    const carla = { name: 'Carla', role: 'mamma di Simone Basso' };
    expect(quotesOf(text).map((quote) => quote.speaker)).toEqual([carla, carla]);
  });
});

describe('quotes: one person under one form of the name', () => {
  it('does not take a town named after a saint for a first name ("Borgo San Lorenzo Nicola Baldacci")', () => {
    const text = 'Il sindaco di Borgo San Lorenzo Elio Baldacci ha incontrato gli studenti. «Le vostre richieste sono giuste», ha detto Baldacci.';
    expect(speakersOf(text)).toEqual(['Elio Baldacci']);
  });

  it('takes an unlisted first name before a surname the text has speak alone for that person', () => {
    const text = 'La festa si tiene nel parco messo a disposizione da Gildino Fracasso, che ospita i volontari. «È andato tutto bene», ha detto Fracasso.';
    expect(speakersOf(text)).toEqual(['Gildino Fracasso']);
    const sentence = 'Infine Fracasso ha salutato i presenti. «È andato tutto bene», ha detto Fracasso.';
    expect(speakersOf(sentence)).not.toEqual(['Infine Fracasso']);
  });
});

describe('quotes: a speaker going on past someone only spoken of', () => {
  it('keeps the one quoted last for a bare verb in the next paragraph when the person named between is in a complement', () => {
    const text = [
      '«Il cantiere riparte lunedì», ha detto la sindaca Lucia Fantin, rispondendo alle critiche per la visita del ministro Piero Ardizzone a Treviso.',
      '«Abbiamo scritto più volte a Roma – ha aggiunto – e aspettiamo ancora una risposta».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Lucia Fantin', 'Lucia Fantin']);
  });
});

describe('quotes: a role word that is an adjective too', () => {
  it('does not take "storica" before the noun it qualifies for a historian', () => {
    const text = 'È un presidente Mauro Zanetti commosso quello che commenta la prima, storica promozione della squadra: «È un sogno – afferma – che si avvera dopo cinque anni di lavoro».';
    expect(speakersOf(text)).toEqual(['Mauro Zanetti']);
  });
});

describe('quotes: page furniture is nobody', () => {
  it('does not read a headline in capitals holding a preposition as a person, though it opens with a first name', () => {
    const text = 'MARCHE: CONFARTIGIANATO, SABATO A FANO PREMIO\nA FINALE MARIO FESTIVAL PER ARTIGIANI UNDER 35\n“i giovani artigiani hanno scelto il borgo di fano per ospitare la cerimonia di consegna dei premi, dedicati agli artigiani under 35”. Così in una nota.\n';
    const read = quotesOfFile('premio.txt', text);
    expect(read.ok && read.quotes.map((quote) => quote.speaker)).toEqual([null]);
  });
});

describe('quotes: bodies, people speaking together, and the right one of several named', () => {
  it('gives words to the office whose note a "Così una nota della …" sentence cites, and its note going on to it too', () => {
    const text = [
      '“Le mense scolastiche resteranno chiuse per tre giorni e nessuno ha avvisato le famiglie.” Così una nota della segreteria provinciale Flc Cgil.',
      '“Chiediamo un incontro urgente con l’assessorato – prosegue la nota. Senza risposte saremo in piazza.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['segreteria provinciale Flc Cgil', 'segreteria provinciale Flc Cgil']);
  });

  it('names a party by the form the text first gives in full, and takes a two-word headline quote after its label', () => {
    const text = 'Piscina comunale, Pd: «Scelta incomprensibile»\n\nMONTEVARCHI – In consiglio il gruppo del Partito democratico di Montevarchi ha votato contro la proposta di delibera sulla piscina.\n\n«Ci hanno presentato un progetto senza un euro di copertura – conclude il Pd – e ora chiedono di approvarlo in una settimana».';
    const read = quotesOfFile('piscina.txt', text);
    expect(read.ok && read.quotes.map((quote) => quote.speaker?.name)).toEqual(['Partito democratico di Montevarchi', 'Partito democratico di Montevarchi']);
    // Not the object of the headline's verb.
    const object = quotesOfFile('acqua.txt', 'Bollette, Federconsumatori sfida l’Acea: «Pagherete tutto»\n\nROMA – La Federconsumatori ha annunciato un ricorso.');
    expect(object.ok && object.quotes.map((quote) => quote.speaker?.name)).not.toContain('Acea');
  });

  it('gives each headline of a listing of releases to the names before its colon, brackets left out', () => {
    const text = 'Comunicati stampa\nComunicato stampa 3 marzo 2026\ngruppo consiliare Lega\nRicci e Morandi (Lega): "Il nuovo parcheggio è stato progettato senza ascoltare nessuno"\n"Chiediamo che il progetto torni in commissione prima del voto"\nComunicato stampa 3 marzo 2026\nlista civica\nViabilità, Lista Civica Domani: “Le rotatorie vanno rifatte entro l’estate”\nComunicato stampa 3 marzo 2026\nPd\nFerri (Pd): “Bene i fondi per le scuole, ora servono tempi certi”\n';
    const read = quotesOfFile('comunicati.txt', text);
    expect(read.ok && read.quotes.map((quote) => quote.speaker?.name)).toEqual(['Ricci e Morandi', 'Ricci e Morandi', 'Lista Civica Domani', 'Ferri']);
  });

  it('gives words to the person whose role names a body, not to the body read as a name inside the role', () => {
    const text = [
      'A Sorano Pietro Lenzi, presidente della cooperativa agricola Monte Labbro spiega che «i lupi entrano ormai nelle stalle anche di giorno».',
      '«Nessuno ci ha ascoltato», ha detto Carla Mori, segretaria della Cisl Toscana e Area Vasta.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Pietro Lenzi', 'Carla Mori']);
  });

  it('joins two people whose roles close with a comma before "e", and their plural verbs after go on with both', () => {
    const text = [
      '«Nei reparti mancano cento infermieri», denunciano Carla Bruni, segretaria regionale Nursind, e Marco Villa, dirigente provinciale Uil Fpl.',
      '«I turni sono già scoperti – spiegano – e l’estate deve ancora cominciare».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Carla Bruni e Marco Villa', 'Carla Bruni e Marco Villa']);
  });

  it('gives words to the people a plural description after "Così" goes on to name', () => {
    const text = '«Abbiamo consegnato in Comune trecento firme contro il nuovo parcheggio». Così i portavoce del comitato di via Roma Elena Sarti e Paolo Conti.\n\n«Ora aspettiamo dal sindaco una risposta scritta entro la fine del mese».';
    expect(speakersOf(text)).toEqual(['Elena Sarti e Paolo Conti', 'Elena Sarti e Paolo Conti']);
  });

  it('gives words to two people opening the next sentence together as its subject', () => {
    const text = '«Svuotare la dispensa, chiudere l’acqua, sprangare le finestre». Giulia Zanon e Piero Dal Col elencano così le ultime cose da fare prima di lasciare il rifugio.';
    expect(speakersOf(text)).toEqual(['Giulia Zanon e Piero Dal Col']);
  });

  it('gives words to the office after "Così scrive l’associazione" and "È la posizione di", by its own name', () => {
    const text = [
      '«I prezzi del latte alla stalla non coprono i costi». Così scrive l’associazione Allevatori in Rete a proposito del nuovo listino.',
      '«Anticipare i saldi a novembre sarebbe un errore serio per tutti i negozi». È la posizione di Federmoda Marche sul sondaggio della Regione.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Allevatori in Rete', 'Federmoda Marche']);
  });

  it('gives words to the one "È la replica dell’assessore X" names, not to the councillor whose question it answers', () => {
    const text = '«I lavori sul ponte riprenderanno entro l’estate, appena arrivano i fondi». È la replica dell’assessore ai Lavori pubblici Carlo Fasce all’interrogazione del consigliere Marco Rebora.';
    expect(speakersOf(text)).toEqual(['Carlo Fasce']);
  });

  it('reads "la prima cittadina" as the mayor named before, not the deputy mayor named after her', () => {
    const text = 'La mostra è stata presentata dal presidente della sezione Carlo Tonon, alla presenza del sindaco Elisa Furlan e del vicesindaco Piero Zanin.\n\nLa prima cittadina ha ricordato il valore della ricorrenza: «Sono cento anni di storia che appartengono a tutta la comunità».';
    expect(speakersOf(text)).toEqual(['Elisa Furlan']);
  });

  it('gives a note, "i sindacati" and "le tre sigle" to the unions the text introduced together, not to the person last named', () => {
    const text = [
      'Resta alta la tensione tra i sindacati dei trasporti Filt Cgil, Fit Cisl e Uiltrasporti e l’azienda, che ieri ha incontrato l’assessore regionale Marco Zanni.',
      '«Senza un piano industriale non firmeremo nulla – spiega la nota unitaria – e siamo pronti allo sciopero».',
      'Le tre sigle chiedono ora «un incontro entro la fine del mese con la proprietà e con la Regione».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['sindacati dei trasporti Filt Cgil, Fit Cisl e Uiltrasporti', 'sindacati dei trasporti Filt Cgil, Fit Cisl e Uiltrasporti']);
  });
});

describe('quotes: a surname alone after a title with its portfolio or team', () => {
  it('takes "l’assessore alla cultura Bellomo", "l’allenatore dei granata Pertusi" for people, and the bare title later for them', () => {
    const coach = 'Soddisfatto a fine gara l’allenatore dei granata Pertusi: «Abbiamo giocato con il cuore fino all’ultimo minuto, meritavamo di più».';
    expect(speakersOf(coach)).toEqual(['Pertusi']);
    const museum = 'Il museo aprirà a novembre, come annunciato dall’assessore alla cultura Bellomo.\n\nL’assessore, che ha seguito i lavori, afferma: «Possiamo ormai indicare la data del 12 novembre per l’apertura».';
    expect(speakersOf(museum)).toEqual(['Bellomo']);
  });
});

describe('quotes: a comma the writer sets after "Così" or after the verb', () => {
  it('reads "Così, il presidente … X commenta" in the next paragraph and "Lo ha detto, X, presidente …"', () => {
    const thus = '«Il nuovo mercato aiuta senza alcun dubbio anche le nostre imprese agricole».\n\nCosì, il presidente della cooperativa Aldo Ferrucci commenta l’intesa firmata ieri a Roma.';
    expect(speakersOf(thus)).toEqual(['Aldo Ferrucci']);
    const said = '«Da dieci anni segnaliamo uno stato di emergenza sui rifiuti». Lo ha detto, Mirella Coppola, presidente dell’associazione dei comuni, aprendo l’incontro.';
    expect(speakersOf(said)).toEqual(['Mirella Coppola']);
  });
});

describe('quotes: a surname the headline sets as its label, then a bare title in the body', () => {
  const speakers = (text: string) => {
    const read = quotesOfFile('label.txt', text);
    return read.ok ? read.quotes.map((quote) => quote.speaker?.name ?? null) : [];
  };

  it('gives "il tecnico" to the surname of the headline "Ferrandi: “…”" when nobody else in the text holds that title', () => {
    const text = 'Ferrandi: «Sono felice, la squadra deve migliorare ancora»\n\nIl tecnico ha parlato in conferenza stampa dopo la vittoria di ieri.\n\n«Sono felice del gruppo - ha commentato il tecnico rossoblù - la squadra deve migliorare ancora con la palla».';
    expect(speakers(text)).toEqual(['Ferrandi', 'Ferrandi']);
    const said = 'Montanari urla: «Orgogliosi dei nostri tifosi»\n\nIl presidente Carlo Bellini ha confermato la fiducia alla squadra. Il coach elogia tutti e urla: «Orgogliosi di tutti noi, usciamo a testa alta».';
    expect(speakers(said)).toEqual(['Montanari', 'Montanari']);
  });

  it('leaves the title to the person the text names with it', () => {
    const held = 'Ferrandi: «Sono felice, la squadra deve migliorare ancora»\n\nL’allenatore Marco Bigi ha parlato dopo la vittoria. «Sono felice del gruppo - ha commentato il tecnico - la squadra deve migliorare ancora».';
    expect(speakers(held).at(-1)).toBe('Marco Bigi');
    // A page's furniture ("Tag: …") is no label.
    const tagged = 'Tag: intervista raimondi\n\nIl presidente ha parlato a lungo dei conti. «Il bilancio è sano e la squadra resta qui», ha detto il presidente.';
    expect(speakers(tagged)).not.toContain('Tag');
  });

  it('takes no place or topic for the label, and reads no label in the body', () => {
    const body = '\n\nIl presidente ha presentato il piano per la sanità territoriale. «Abbiamo trovato le risorse per tutti i reparti», ha detto il presidente.';
    // A region after a topic is no person the body calls "il presidente" (the headline's words may be the region's).
    expect(speakers(`Sanità, Piemonte: «Più medici nelle valli e negli ospedali di montagna»${body}`).at(-1)).toBeNull();
    // A topic the text also writes as a common noun.
    expect(speakers(`Sanità: «Più medici nelle valli e negli ospedali di montagna»${body}`).at(-1)).toBeNull();
    // A label opening the body, under a headline of its own, is the body's line, not the headline's label.
    expect(speakers(`Sanità, più medici nelle valli\n\nOspedali, Valsesia: servono medici nelle valli e in montagna.${body}`)).toEqual([null]);
  });
});

describe('quotes: a document read inside the quotation, between dashes', () => {
  it('splits "– si legge in una nota diffusa dalla X –" out of the words and gives them to X, then to X going on', () => {
    const text = 'Sono partiti i controlli nei negozi del centro. «Con queste verifiche - si legge in una nota diffusa dalla Camera di commercio di Pordenone - si tutelano le imprese che rispettano le regole».\n\n«I controlli proseguiranno fino a marzo e riguarderanno anche i mercati rionali della provincia».';
    expect(summaryOf(text)).toEqual([
      [['Con queste verifiche', 'si tutelano le imprese che rispettano le regole'], 'Camera di commercio di Pordenone'],
      [['I controlli proseguiranno fino a marzo e riguarderanno anche i mercati rionali della provincia'], 'Camera di commercio di Pordenone'],
    ]);
  });

  it('never gives a note read between dashes to the person named before it, who wrote no note', () => {
    const text = 'Il presidente dell’associazione Salvo Neri ha incontrato i commercianti del centro. «Pur apprezzando l’impegno dell’amministrazione – si legge in una nota – il regolamento va cambiato subito».';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('leaves a note whose issuer the text does not name to nobody, with the words split', () => {
    const text = 'Cresce la protesta per la chiusura della scuola. «La decisione – si legge in una nota – è stata presa senza ascoltare le famiglie del quartiere».';
    expect(summaryOf(text)).toEqual([[['La decisione', 'è stata presa senza ascoltare le famiglie del quartiere'], null]]);
    const glued = 'I turni restano scoperti. «Il reparto chiude per carenza di personale- come si legge in una nota sindacale- e per problemi logistici». «Al riguardo – si continua a leggere nella nota – serve un incontro urgente con la direzione».';
    expect(summaryOf(glued).map(([parts]) => parts)).toEqual([['Il reparto chiude per carenza di personale', 'e per problemi logistici'], ['Al riguardo', 'serve un incontro urgente con la direzione']]);
  });
});

describe('quotes: a numeral speaker ("i tre consiglieri") and the people the paragraph names', () => {
  it('joins the people its paragraph names when there are exactly that many', () => {
    const text = 'Il consigliere Stefano Rinaldi ha presentato una mozione in aula. Rinaldi, con le colleghe Marta Ferri e Giulia Sala, chiede di riaprire le piscine. «Mancano indicazioni precise sugli impianti all’aperto», spiegano i tre consiglieri.';
    expect(speakersOf(text)).toEqual(['Stefano Rinaldi, Marta Ferri e Giulia Sala']);
  });

  it('names nobody when the paragraph names more people than the numeral counts', () => {
    const text = 'Con una nota firmata da Paolo Neri e da Luca Bassi, il movimento prende le distanze da Marco Lenti. «Nessun apparentamento, nessuna intesa», scrivono i due esponenti.';
    expect(speakersOf(text)).toEqual([null]);
    expect(quotesOf(text)[0]!.speakerDescription).toBe('due esponenti');
  });

  it('counts only the people whose role is the noun: the mayor is none of "i tre consiglieri"', () => {
    const paragraph = 'Il sindaco Carlo Neri ha ricevuto in municipio i consiglieri di minoranza Stefano Rinaldi e Marta Ferri.';
    expect(speakersOf(`${paragraph} «Sulle piscine non abbiamo avuto risposte», spiegano i tre consiglieri.`)).toEqual([null]);
    expect(speakersOf(`${paragraph} «Sulle piscine non abbiamo avuto risposte», spiegano i due consiglieri.`)).toEqual(['Stefano Rinaldi e Marta Ferri']);
  });
});

describe('quotes: a described officer keeps the body they belong to', () => {
  it('describes "un delegato della Fiom", "il dirigente del sindacato Osapp" in full, but not "il conducente della Audi"', () => {
    const descriptions = (text: string) => quotesOf(text).map((quote) => quote.speakerDescription);
    expect(descriptions('«Nessuno al governo sembra volerlo fermare – spiega un delegato della Fiom – e i lavoratori lo sanno bene».')).toEqual(['delegato della Fiom']);
    expect(descriptions('«Per quanto riguarda le aggressioni - sottolinea il dirigente del sindacato Sappe - serve più personale nelle carceri».')).toEqual(['dirigente del sindacato Sappe']);
    expect(descriptions('«La sosta in doppia fila è un problema», dice il conducente della Audi Q3 che si è fermato.')).toEqual(['conducente']);
  });
});

describe('quotes: "È così che X …" after the quotation', () => {
  it('gives the words to the subject of "È così che"', () => {
    const text = '«Un’occasione straordinaria per mostrare al mondo il bello e il buono del nostro Paese». È così che il presidente regionale di Confagricoltura, Matteo Gerini, guarda all’appuntamento del G7.';
    expect(speakersOf(text)).toEqual(['Matteo Gerini']);
  });
});

describe('quotes: "Entrambi" speaking', () => {
  it('joins the two people the sentence before names, and no one when it names another number', () => {
    const two = 'Alla festa c’erano il presidente della fondazione, Marco Pavan, e la presidente dell’associazione, Lucia Gatti. Pavan ha servito ai tavoli, mentre Gatti ha organizzato la lotteria. Entrambi ricordano che «il volontariato è la base su cui poggia tutto il nostro lavoro».';
    expect(speakersOf(two)).toEqual(['Marco Pavan e Lucia Gatti']);
    const three = 'Alla festa c’erano Marco Pavan, Lucia Gatti e Piero Sanna. Pavan ha servito ai tavoli, Gatti ha organizzato la lotteria e Sanna ha cucinato. Entrambi ricordano che «il volontariato è la base su cui poggia tutto il nostro lavoro».';
    expect(speakersOf(three)).toEqual([null]);
  });

  it('reads the sentence just before "Entrambi", not the one before that', () => {
    const text = 'Alla cena c’erano Marco Pavan e Lucia Gatti. Più tardi sono arrivati Piero Sanna e Anna Ferri. Entrambi ricordano che «il volontariato è la base su cui poggia tutto il nostro lavoro».';
    expect(speakersOf(text)).toEqual(['Piero Sanna e Anna Ferri']);
  });
});

describe('quotes: an honorific written short inside a dashed attribution', () => {
  it('reads "– afferma la dott.ssa X, presidente di … –" as the attribution', () => {
    const text = '«Il corso fa parte di un percorso di formazione – afferma la dott.ssa Carla Venturi, presidente dei giovani agricoltori – e oggi abbiamo visitato gli uffici della Regione».';
    expect(summaryOf(text)).toEqual([[['Il corso fa parte di un percorso di formazione', 'e oggi abbiamo visitato gli uffici della Regione'], 'Carla Venturi']]);
  });
});

describe('quotes: a first name with a bare role in apposition', () => {
  it('takes "Rosanna, la responsabile, è esasperata: «…»" for Rosanna, not for the one quoted before', () => {
    const text = '«Abbiamo perso clienti», aggiunge Marco, il titolare di un negozio. I semafori tagliano fuori anche la pasticceria. Rosanna, la responsabile, grembiule bianco da 28 anni, è esasperata: «Hanno disegnato le strisce davanti al negozio».';
    expect(speakersOf(text)).toEqual(['Marco', 'Rosanna']);
  });
});

describe('quotes: "La battuta è del ct X" after the quotation', () => {
  it('gives the words to whose the sentence after says the quip or the phrase is', () => {
    const text = '«Siamo venuti a imparare come si vince una medaglia». La battuta è del ct della nazionale di scherma Paolo Livraghi, ospite al centro federale.';
    expect(speakersOf(text)).toEqual(['Paolo Livraghi']);
  });
});
