// The quotes stage on patterns measured on unseen texts (issue 18): pieces of one statement, and speakers
// resolved from the discourse around a quotation rather than from the words glued to it.
import { describe, expect, it } from 'vitest';
import { quotesOf, summaryOf } from './helpers/quotes.ts';
import { extractQuotes } from '../pipeline/quotes/index.ts';
import { parseMarkdown } from '../pipeline/parse/markdown.ts';

describe('quotes: one statement in several pieces', () => {
  it('keeps the pieces around a named attribution together when the second goes on in lower case', () => {
    const text = "Il sindaco di Lecco, Marta Villa, ha parlato in aula. ''Il ponte riaprirà a giugno'', aggiunge Villa, ''perche' i lavori sono in anticipo''.";
    expect(summaryOf(text)).toEqual([[['Il ponte riaprirà a giugno', "perche' i lavori sono in anticipo"], 'Marta Villa']]);
  });

  it('keeps them together across circumstances told with a gerund after the attribution', () => {
    const text = '«Il museo resterà aperto anche la sera», ha spiegato la direttrice Paola Conti, ricordando che lo scorso anno le visite serali erano state quasi ventimila in tutto. «Vogliamo fare ancora meglio quest’anno».';
    expect(summaryOf(text)).toEqual([[['Il museo resterà aperto anche la sera', 'Vogliamo fare ancora meglio quest’anno'], 'Paola Conti']]);
  });

  it('joins two partial quotations coordinated in one sentence, but not two listed with a bare "e"', () => {
    const joined = 'Per il consigliere Luca Berti la delibera «non risolve il problema dei parcheggi» e il piano «dimentica del tutto le periferie».';
    expect(summaryOf(joined)).toEqual([[['non risolve il problema dei parcheggi', 'dimentica del tutto le periferie'], 'Luca Berti']]);
    const relative = '«Il turismo cresce in tutta la provincia», dice il presidente Ugo Neri, secondo cui «servono più treni nei fine settimana».';
    expect(quotesOf(relative)).toHaveLength(2);
  });

  it('reads an attribution between hyphens glued to the word before them', () => {
    const text = '«I fondi sono già stati spesi, anzi- ha precisato l’assessore Carlo Rota- ne chiederemo altri».';
    expect(summaryOf(text)).toEqual([[['I fondi sono già stati spesi, anzi', 'ne chiederemo altri'], 'Carlo Rota']]);
  });
});

describe('quotes: speakers resolved from the discourse', () => {
  it('gives a quotation with no attribution to the person opening the next sentence as its subject', () => {
    const text = [
      'Il nuovo orario entra in vigore lunedì, deciso dal questore Anna Esposito dopo le proteste dei pendolari.',
      '«Chi viaggia di notte deve sentirsi sicuro quanto chi viaggia di giorno». Il questore ha voluto spiegare così la scelta dei controlli.',
      '«Abbiamo aspettato troppo a lungo una decisione del genere». L’assessore Franco Bassi ha commentato così il provvedimento.',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual([
      [['Chi viaggia di notte deve sentirsi sicuro quanto chi viaggia di giorno'], 'Anna Esposito'],
      [['Abbiamo aspettato troppo a lungo una decisione del genere'], 'Franco Bassi'],
    ]);
  });

  it('does not take the next sentence’s subject when it only follows the quotation with no verb', () => {
    const text = 'Alla fiera sono attesi trentamila visitatori.\n\n«Sarà la migliore edizione di sempre per gli espositori». Il sindaco Gino Villa, per la cronaca, era assente.';
    expect(quotesOf(text)[0]?.speaker).toBeNull();
  });

  it('matches a bare title to the person given it anywhere earlier, under a surname or an honorific', () => {
    const text = [
      'Firmato l’accordo dal ministro dell’Ambiente, Carla Neri, e dal ministro tunisino dell’Energia, Karim Sassi.',
      'Secondo quanto riferito da Neri, l’intesa vale 80 milioni. Il ministro ha sottolineato che l’Italia «vuole essere un ponte tra le due sponde del Mediterraneo».',
      'Il progetto è guidato dal professor Marco Ruta. Secondo Ruta i tempi sono stretti. Il docente si è soffermato sulla necessità di «coinvolgere subito i pescatori della costa».',
    ].join('\n\n');
    expect(summaryOf(text).map(([, speaker]) => speaker)).toEqual(['Carla Neri', 'Marco Ruta']);
  });
});

describe('quotes: interviews and attributions in the next paragraph', () => {
  const interview = [
    'Abbiamo incontrato la pilota Giulia Sarti alla vigilia della gara di Monza.',
    'Giulia, come sta la macchina dopo le prove?',
    '«Meglio del previsto. Il team ha lavorato tutta la notte sulle sospensioni e si vede».',
    'Domenica si corre davanti al pubblico di casa.',
    '«È la gara che aspetto da un anno intero, e voglio godermela fino all’ultimo giro».',
  ].join('\n\n');

  it('gives the answers to an interviewer’s questions and remarks to the one interviewed', () => {
    expect(summaryOf(interview).map(([, speaker]) => speaker)).toEqual(['Giulia Sarti', 'Giulia Sarti']);
  });

  it('leaves an answer with no interview around it unattributed', () => {
    const text = 'Domenica si corre davanti al pubblico di casa.\n\n«È la gara che aspetto da un anno intero, e voglio godermela fino all’ultimo giro».';
    expect(quotesOf(text)[0]?.speaker).toBeNull();
  });

  it('takes the next paragraph’s “A parlare è …” even when the quotation’s own paragraph narrates something first', () => {
    const text = 'Decisiva la segnalazione di un passante, che aveva notato il fumo. «È il comportamento che chiediamo a tutti: chiamare subito il 112».\n\nA parlare è il comandante dei vigili del fuoco, Marco Pace, intervenuto con due squadre.';
    expect(summaryOf(text)).toEqual([[['È il comportamento che chiediamo a tutti: chiamare subito il 112'], 'Marco Pace']]);
  });

  it('takes a partial quotation after a noun when the next paragraph gives it to someone', () => {
    const text = 'Il nuovo reparto dell’ospedale infantile Regina Elena è stato pensato «perché i bambini possano restare bambini anche qui».\n\nParole della primaria Laura Conti, che ha guidato la visita.';
    expect(summaryOf(text)).toEqual([[['perché i bambini possano restare bambini anche qui'], 'Laura Conti']]);
  });
});

describe('quotes: roles in apposition and passives', () => {
  it('takes the role phrase before a rank as the title, and a role over commas opening with a preposition', () => {
    const text = [
      'Il comandante provinciale della guardia di finanza, colonnello Paolo Serra, ha presentato il bilancio.',
      'Il ministro delle Infrastrutture, dei trasporti e della logistica, Aldo Ferri, ha firmato il decreto.',
      'Il colonnello ha detto: «Abbiamo recuperato undici milioni di euro di imposte evase».',
      'Il ministro ha dichiarato: «I cantieri partiranno entro la fine dell’anno in tutte le regioni».',
    ].join('\n\n');
    expect(quotesOf(text).map((quote) => [quote.speaker?.name, quote.speaker?.role])).toEqual([
      ['Paolo Serra', 'comandante provinciale della guardia di finanza'],
      ['Aldo Ferri', 'ministro delle Infrastrutture, dei trasporti e della logistica'],
    ]);
  });

  it('gives a headline’s bare title to the person the body names with that very title, not one of the same kind', () => {
    const text = 'Il sovrintendente: «Biglietti a dieci euro per gli studenti»\n\nLa regia sarà della regista Anna Bianchi. Il sovrintendente Carlo Verdi ha presentato la stagione ai giornalisti.';
    const quotes = extractQuotes({ body: parseMarkdown(text.split('\n\n').slice(1).join('\n\n'), false), meta: { title: text.split('\n\n')[0]! } }).quotes;
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Carlo Verdi']);
  });

  it('reads the speaker in a passive sentence after the quotation and in a role apposition after the verb', () => {
    const text = [
      '«Vaccinare i bambini piccoli protegge anche i nonni e tutta la famiglia». È l’appello lanciato ai genitori da Anna Pini, presidente dei pediatri di famiglia.',
      '«Non risultano dispersi sotto le macerie», ha dichiarato il funzionario di turno dei vigili del fuoco, Luca Sella.',
    ].join('\n\n');
    expect(quotesOf(text).map((quote) => [quote.speaker?.name, quote.speaker?.role])).toEqual([
      ['Anna Pini', 'presidente dei pediatri di famiglia'],
      ['Luca Sella', 'funzionario di turno dei vigili del fuoco'],
    ]);
  });
});

describe('quotes: organisations as speakers', () => {
  it('gives partial quotations to an organisation that a relative clause, a note or the subject makes say them', () => {
    const text = [
      'Positivo il commento di Confesercenti Umbria, che in una nota definisce il piano «una risposta attesa da tutto il commercio».',
      'La Cisl Marche, in una nota, giudica l’accordo «un buon punto di partenza», ma chiede di «estenderlo anche ai precari della scuola».',
      'Sono intervenuti i medici della Società italiana di medicina generale (Simg). La Simg ha auspicato «una campagna più chiara per le famiglie».',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual([
      [['una risposta attesa da tutto il commercio'], 'Confesercenti Umbria'],
      // A pair introduced by its own verb ("ma chiede di «…»") is a quotation of its own, by the same speaker.
      [['un buon punto di partenza'], 'Cisl Marche'],
      [['estenderlo anche ai precari della scuola'], 'Cisl Marche'],
      [['una campagna più chiara per le famiglie'], 'Società italiana di medicina generale'],
    ]);
  });

  it('gives an organisation named short the full name the text gave it first', () => {
    const text = 'Coldiretti Toscana stima un calo del 10%.\n\n«Le olive sono poche ma sane e l’olio sarà buono», spiega Coldiretti in una nota.';
    expect(summaryOf(text)).toEqual([[['Le olive sono poche ma sane e l’olio sarà buono'], 'Coldiretti Toscana']]);
  });

  it('takes no title for an organisation’s speech, nor a clause it reports through a plural verb', () => {
    expect(quotesOf('Coldiretti segnala infine il successo dell’iniziativa «Vendemmia aperta» in tutte le cantine.')).toEqual([]);
    expect(quotesOf('Dal ministero dell’Istruzione fanno sapere che gli organici sono «in linea con il calo demografico».')).toEqual([]);
  });
});

describe('quotes: headlines the body does not repeat word for word', () => {
  const withHeadline = (title: string, body: string) => extractQuotes({ body: parseMarkdown(body, false), meta: { title } }).quotes;
  const body = 'Roma, 3 mar. - «I costi dell’energia ci costano il doppio dei concorrenti tedeschi». Così Marco Villa, presidente di Confindustria Umbria, all’assemblea annuale.';

  it('gives a headline quotation after an organisation to the organisation, even when its president speaks in the body', () => {
    const quotes = withHeadline("Energia: Confindustria Umbria, 'bollette frenano la crescita delle imprese'", body);
    expect(quotes.map((quote) => [quote.block ?? 'body', quote.speaker?.name])).toEqual([['title', 'Confindustria Umbria'], ['body', 'Marco Villa']]);
  });

  it('gives it to the organisations themselves when nobody in the body holds a role there', () => {
    const quotes = withHeadline('Filt Cgil, Fit Cisl e Uiltrasporti: «Turni massacranti, ora basta davvero»', 'Sciopero di due giorni nei magazzini della logistica.');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Filt Cgil, Fit Cisl e Uiltrasporti']);
  });

  it('gives a lower-case headline quotation after a common noun to the body’s first speaker, and leaves titles alone', () => {
    expect(withHeadline("Salute, pediatri 'vaccinare i bambini prima di dicembre'", body).map((quote) => quote.speaker?.name)).toEqual(['Marco Villa', 'Marco Villa']);
    expect(withHeadline('Al via «Estate in città sotto le stelle»', body).map((quote) => quote.block ?? 'body')).toEqual(['body']);
  });
});

describe('quotes: curly single marks', () => {
  it('reads ‘…’ and ‘’…’’ as quotation marks, and ’ inside words as apostrophes', () => {
    const text = [
      '‘L’attesa è finita e i treni nuovi arriveranno a marzo’, ha detto l’assessore Mario Dal Prà.',
      '‘’Un sistema più semplice per tutte le famiglie’’, afferma il direttore Anna Gambino.',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual([
      [['L’attesa è finita e i treni nuovi arriveranno a marzo'], 'Mario Dal Prà'],
      [['Un sistema più semplice per tutte le famiglie'], 'Anna Gambino'],
    ]);
  });
});

describe('quotes: answers under their question, surnames before names, offices behind documents', () => {
  it('gives an answer on the line after its question (joined into one paragraph) to the one interviewed', () => {
    const text = [
      'Abbiamo incontrato il tecnico Mauro Fadda dopo l’allenamento.',
      'Mister, come sta la squadra? «Bene, abbiamo recuperato quasi tutti gli infortunati e ci alleniamo con intensità».',
      '– La classifica però preoccupa i tifosi. «La classifica si guarda a maggio, non a dicembre, e noi siamo lì».',
    ].join('\n\n');
    expect(summaryOf(text).map(([, speaker]) => speaker)).toEqual(['Mauro Fadda', 'Mauro Fadda']);
  });

  it('takes a surname written after a title before the full name for the person named in full', () => {
    const quotes = extractQuotes({ body: parseMarkdown('Ha risposto l’assessore alla Mobilità, Giorgio Dal Prà, che ha promesso treni nuovi.', false), meta: { title: 'L’assessore Dal Prà: «Nuovi convogli da marzo sulla linea»' } }).quotes;
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Giorgio Dal Prà']);
  });

  it('gives words closing a note or read in a bulletin to the office that issued it, by its full name', () => {
    const text = [
      'Da lunedì vaccini in tutti gli ambulatori della ASL Roma 6.',
      '«Si raccomanda di portare con sé la tessera sanitaria», conclude la nota della ASL.',
      '«Si invitano i sindaci ad attivare i centri operativi comunali», si legge nel bollettino diffuso dalla Protezione civile regionale.',
    ].join('\n\n');
    expect(summaryOf(text).map(([, speaker]) => speaker)).toEqual(['ASL Roma 6', 'Protezione civile regionale']);
  });
});

describe('quotes: names a thing goes by', () => {
  it('takes no quotation in "noto come «…»" even after a verb of saying', () => {
    expect(quotesOf('Il ministro Aldo Sgambati ha poi ricordato che il bando, noto come «concorso straordinario bis», resta aperto.')).toEqual([]);
    expect(quotesOf('Sgambati ha ricordato come «il bando resti aperto fino a febbraio per tutti».')).toHaveLength(1);
  });
});
