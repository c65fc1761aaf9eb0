// The quotes stage on capitalised common words the twelfth untuned set took for speakers (a caption line, a word
// opening a sentence, the second word of a title, a section label): each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a verb of saying closing a paragraph without its full stop', () => {
  it('does not take the caption line below for the speaker', () => {
    const body = '"Abbiamo fatto il possibile per riaprire la strada", dichiarano il presidente Mario Rossi e il vice Luca Bianchi. "Ringraziamo tutti i tecnici del comune", concludono\n\nImmagine di archivio';
    expect(speakersOf(body)).toEqual(['Mario Rossi e Luca Bianchi', 'Mario Rossi e Luca Bianchi']);
  });
});

describe('quotes: a sentence opening with a noun, its verb of saying in the passive', () => {
  it('gives the words to the agent ("Soddisfazione è espressa dal presidente X"), not to the opening noun', () => {
    const body = 'La mostra ha chiuso con oltre mille visitatori. Gratitudine è espressa anche dal presidente Carlo Ventura: "Una partecipazione così non la vedevamo da anni, ringrazio tutti i volontari".';
    expect(speakersOf(body)).toEqual(['Carlo Ventura']);
  });
});

describe('quotes: a title written with capitals, its adjective after it', () => {
  it('takes no name from "la Direttrice Didattica" when the text writes the word in lower case too', () => {
    const body = 'I genitori protestano contro la direttrice didattica, che avrebbe detto "se non vi sta bene cambiate scuola".\n\nIn serata alcuni genitori sono stati ricevuti dalla Direttrice Didattica.';
    expect(speakersOf(body)).toEqual([null]);
  });
});

describe('quotes: a listing of releases, each headline after its section', () => {
  it('leaves the section ("Cronaca", "Politica") out of the name the headline labels', () => {
    const body = 'Ultime notizie dalla provincia.\n\nCultura Bellandi (Lega): «Il teatro comunale resta chiuso da troppi mesi» 12/03/2024 Il consigliere chiede tempi certi per i lavori.\n\nCronaca Ferrarini (FI): «Servono più agenti nelle stazioni di notte» 12/03/2024 La richiesta arriva dopo l’ennesima aggressione.';
    expect(speakersOf(body)).toEqual(['Bellandi', 'Ferrarini']);
  });
});

describe('quotes: a sentence opening on an article or a conjunction', () => {
  it('takes no "Un" for an office in "Un attivista del gruppo ha spiegato che «…»"', () => {
    const body = 'Il quartiere chiede da mesi più controlli. Un attivista del gruppo ha spiegato che “le auto corrono troppo e nessuno interviene, serve un semaforo”.';
    expect(speakersOf(body)).not.toContain('Un');
  });

  it('takes no "Ma" for an office in "Ma promette «…»"', () => {
    const body = 'Critiche pesanti dalla consigliera di opposizione, Laura Ferri, che respinge «la propaganda della giunta». Ma promette «una opposizione leale, non attaccheremo mai le persone».';
    expect(speakersOf(body)).not.toContain('Ma');
  });
});

describe('quotes: a title written with capitals, its adjective after it and nowhere else', () => {
  it('takes no name from "il Coordinatore Infermieristico"', () => {
    const body = 'Il reparto riapre dopo i lavori. «Abbiamo chiesto più letti all’azienda sanitaria, senza risposta», ha spiegato il Coordinatore Infermieristico.';
    expect(speakersOf(body)).toEqual([null]);
  });

  it('still reads a surname after a title in lower case ("il coordinatore Grammatico")', () => {
    const body = 'Il reparto riapre dopo i lavori. «Abbiamo chiesto più letti all’azienda sanitaria, senza risposta», ha spiegato il coordinatore Grammatico.';
    expect(speakersOf(body)).toEqual(['Grammatico']);
  });
});

describe('quotes: a photo credit between paragraphs', () => {
  it('does not make the photographer the speaker of the words below it', () => {
    const body = 'Il ponte resta chiuso da mesi.\n\nFoto di Marisa Colombo\n\n«Abbiamo chiesto più volte alla Provincia di intervenire sul ponte e nessuno ha risposto».';
    expect(speakersOf(body)).toEqual([null]);
  });
});

describe('quotes: a headline label after the section of the paper', () => {
  it('leaves the section out of the surname ("Cultura Bellandi: «…»")', () => {
    const title = 'Cultura Bellandi: «Il teatro comunale resta chiuso da troppo tempo»';
    const body = 'Il consigliere di opposizione attacca la giunta sui ritardi.\n\n«Sono passati due anni e non si vede ancora nessun cantiere aperto».';
    expect(speakersOf(body, title)).toEqual(['Bellandi', 'Bellandi']);
  });
});

describe('quotes: an adjective of mood glued before a surname, then a colon', () => {
  it('gives "Soddisfatta Moretti: «…»" to Moretti, not to "Soddisfatta Moretti"', () => {
    const body = 'La squadra ha vinto in rimonta. Soddisfatta Moretti: «Le ragazze non hanno mai smesso di crederci, anche sotto di dieci punti».';
    expect(speakersOf(body)).toEqual(['Moretti']);
  });
});
