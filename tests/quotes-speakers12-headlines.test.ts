// The quotes stage on speakers the eleventh untuned set showed wrong (headline labels, roles read as names, described
// speakers): each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOf } from './helpers/quotes.ts';

describe('quotes: a speaker named only in the headline, over a body that names nobody', () => {
  it('gives the answers of an interview naming nobody to the one the headline labels', () => {
    const title = 'Under 19, Valsecchi: «Oggi i ragazzi hanno tenuto duro fino alla fine»';
    // (A lead ending in a full stop: one ending in `…` would be an interviewer's prompt, answered by the headline's speaker.)
    const body = 'Una vittoria sofferta, arrivata nel finale.\n\n«Abbiamo giocato con il cuore, anche quando il campo era pesante e le gambe non giravano più».\n\nLa semifinale sarà domenica prossima in casa.\n\n«Ci arriviamo con entusiasmo, ma senza montarci la testa: sarà un’altra partita».';
    expect(speakersOf(body, title)).toEqual(['Valsecchi', 'Valsecchi', 'Valsecchi']);
  });

  it('leaves them to nobody when the body names someone else', () => {
    const title = 'Under 19, Valsecchi: «Oggi i ragazzi hanno tenuto duro fino alla fine»';
    // (A lead ending in a full stop: one ending in `…` would be an interviewer's prompt, answered by the headline's speaker.)
    const body = 'Una vittoria sofferta, arrivata nel finale.\n\n«Abbiamo giocato con il cuore, anche quando il campo era pesante e le gambe non giravano più».\n\nIn tribuna c’era anche Giulia Fabbri, la madre di uno dei ragazzi.';
    expect(speakersOf(body, title)).toEqual(['Valsecchi', null]);
  });
});

describe('quotes: a headline label with its title written short or a topic set off by a dash', () => {
  it('reads "il pres. Carbone:" as the president Carbone', () => {
    const title = 'Basket, il pres. Lanzetti: «Una stagione da ricordare per tutti noi»';
    const body = 'Parlando della stagione il presidente dice:\n\n«Abbiamo fatto qualcosa di grande e i ragazzi lo sanno bene».';
    expect(speakersOf(body, title)).toEqual(['Lanzetti', 'Lanzetti']);
  });
});

describe('quotes: a headline label after a topic set off by a dash, a surname of two words', () => {
  it('gives "Eccellenza – Bellucci Ferrante: «…»" and the president\'s words below to Bellucci Ferrante', () => {
    const title = 'Eccellenza – Bellucci Ferrante: «Un pareggio che ci sta stretto»';
    const body = 'Al termine della gara il presidente commenta il risultato.\n\nLA CLASSIFICA. «Non cambia niente, siamo ancora tutti lì in pochi punti e ce la giocheremo».';
    expect(speakersOf(body, title)).toEqual(['Bellucci Ferrante', 'Bellucci Ferrante']);
  });

  it('takes no place and organisation for a name ("Calcio – Brescia Calcio: «…»")', () => {
    const title = 'Serie C – Lumezzane Calcio: «Un pareggio che ci sta stretto»';
    const body = 'Al termine della gara il presidente commenta il risultato.\n\nLA CLASSIFICA. «Non cambia niente, siamo ancora tutti lì in pochi punti e ce la giocheremo».';
    expect(speakersOf(body, title)).not.toContain('Lumezzane Calcio');
  });
});

describe('quotes: a role read as a name', () => {
  it('takes no place and corps after a territorial title for a person ("Comandante provinciale Lecce Carabinieri")', () => {
    const text = 'È intervenuto il Comandante provinciale Lecce Carabinieri, in conferenza stampa. Riferisce il Comandante: «La risposta è arrivata in poche ore, grazie al lavoro del nucleo investigativo».';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('still reads an unknown first name and surname after a title as a person', () => {
    const text = 'È intervenuto il cancelliere tedesco Olaf Brenner in conferenza stampa: «La risposta è arrivata in poche ore, grazie al lavoro di tutti».';
    expect(speakersOf(text)).toEqual(['Olaf Brenner']);
  });
});

describe('quotes: a headline announcing someone\'s words, the body calling them by their title', () => {
  it('gives "…, le parole del colonnello Marras" the commander\'s words below', () => {
    const title = 'Rapina in centro, le parole del colonnello Marras';
    const body = 'È intervenuto il Comandante provinciale, in occasione dell’incontro con i giornalisti. Riferisce il Comandante: «Abbiamo dato una risposta rapida, e ringrazio il nucleo investigativo per il lavoro svolto».';
    expect(speakersOf(body, title)).toEqual(['Marras']);
  });

  it('gives "…, le parole di Cantalupi" the words the body has "il Comandante" say, a suspect aside', () => {
    const title = 'Rapina in banca, le parole di Cantalupi';
    const body = 'Il presunto responsabile è stato arrestato in poche ore. Riferisce il Comandante: «Abbiamo dato una risposta rapida, e ringrazio il nucleo investigativo per il lavoro svolto».';
    expect(speakersOf(body, title)).toEqual(['Cantalupi']);
  });

  it('leaves them to nobody when the body names whoever holds the title', () => {
    const title = 'Rapina in banca, le parole di Cantalupi';
    const body = 'È arrivato il comandante Gianni Sabatini. Riferisce il Comandante: «Abbiamo dato una risposta rapida, e ringrazio il nucleo investigativo per il lavoro svolto».';
    expect(speakersOf(body, title)).toEqual(['Gianni Sabatini']);
  });
});

describe('quotes: a title written with a capital is no office', () => {
  it('leaves "Riferisce il Comandante: «…»" opening the body to nobody, not to an office named "Comandante"', () => {
    const quotes = quotesOf('Riferisce il Comandante: «Abbiamo dato una risposta rapida, e ringrazio il nucleo investigativo per il lavoro svolto».', 'Rapina in centro, parla l’Arma');
    expect(quotes.map((quote) => quote.speaker)).toEqual([null]);
  });
});

describe('quotes: people named in an aside between dashes are spoken of', () => {
  it('does not give the described speaker\'s words to an officer listed in the aside', () => {
    const text = 'Il compito del generale, nuovo comandante della legione – e quello dei colleghi arrivati con lui, cioè il capo della squadra mobile, Piero Sanna – sarà uno solo: ricucire il rapporto con la città. «Spero che non sia troppo difficile. Sono qui da poche ore e ho già ricevuto molti messaggi di incoraggiamento».';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('still gives the words to the one an aside makes speak ("– dice Piero Sanna –")', () => {
    const text = '«Siamo arrivati da poche ore – dice Piero Sanna – e abbiamo già molto lavoro». «Spero che non sia troppo difficile. Sono qui da poche ore e ho già ricevuto molti messaggi».';
    expect(speakersOf(text)).toEqual(['Piero Sanna', 'Piero Sanna']);
  });
});
