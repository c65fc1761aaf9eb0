// The quotes stage carrying speakers the text never names, only describes (issue 18, round 25, t25b). Each rule from
// Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOrDescriptionsOf } from './helpers/quotes.ts';

describe('quotes: an unnamed speaker going on, the text using her noun elsewhere too', () => {
  it('gives a subjectless verb to the head teacher just quoted, though a crosshead calls her so as well', () => {
    const text = 'La dirigente chiede la conferma\n\n«Ho chiesto di restare alla guida della scuola per altri tre anni», queste le parole della dirigente. Per lei si sono mobilitati gli studenti del liceo. «Non so se basterà tutto questo affetto», ha aggiunto.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(dirigente)', '(dirigente)']);
  });

  it('gives the dashed verb to the archbishop quoted in the sentence before, his title in the headline', () => {
    const text = 'L’arcivescovo ai sacerdoti: restate uniti\n\nNell’omelia l’arcivescovo ha ricordato ai preti che bisogna “servire la comunità con pazienza”. “In tutto – ha concluso – cercate il bene di chi vi è affidato”.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(arcivescovo)', '(arcivescovo)']);
  });

  it('gives nothing when someone else, named, speaks between', () => {
    const text = 'La dirigente chiede la conferma\n\n«Ho chiesto di restare alla guida della scuola per altri tre anni», queste le parole della dirigente. Il provveditore Marco Bellini ha risposto che deciderà entro giugno: «Valuteremo ogni domanda con attenzione». «Non so se basterà tutto questo affetto», ha aggiunto.';
    expect(speakersOrDescriptionsOf(text)[2]).not.toBe('(dirigente)');
  });
});

describe('quotes: a description running on through an elided “d’”', () => {
  it('keeps “d’istituto” with the council president it describes', () => {
    const text = 'Al suo fianco anche le famiglie e la presidente del consiglio d’istituto, che ha scritto una lettera: «Siamo accanto alla nostra dirigente e lo resteremo anche nei prossimi mesi».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(presidente del consiglio d’istituto)']);
  });

  it('keeps “d’amministrazione” with the board member', () => {
    const text = '«Il piano sarà votato entro la fine del mese, senza alcun rinvio», spiega un consigliere d’amministrazione della società.';
    expect(speakersOrDescriptionsOf(text)[0]).toMatch(/^\(consigliere d’amministrazione/u);
  });

  it('stops before an adverbial “d’accordo”, which says how, not who', () => {
    const text = '«Abbiamo chiesto più controlli nelle ore notturne, ma nessuno ci ascolta», racconta un residente d’accordo con il comitato di quartiere.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(residente)']);
  });
});

describe('quotes: an unnamed speaker keeps the designation the text first gave', () => {
  it('gives “il sindaco” the fuller “attuale sindaco di …” of an earlier sentence', () => {
    const text = 'Il quotidiano ha pubblicato un’intervista all’attuale sindaco di Borgoverde, in carica da due anni. Secondo il sindaco, «il cantiere riaprirà entro l’estate con duecento nuovi posti di lavoro».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(attuale sindaco di Borgoverde)']);
  });

  it('keeps the short one when the text has described two different mayors', () => {
    const text = 'All’incontro c’erano il sindaco di Borgoverde e il sindaco di Castelnuovo, seduti accanto. Secondo il sindaco, «il cantiere riaprirà entro l’estate con duecento nuovi posti di lavoro».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(sindaco)']);
  });
});

describe('quotes: people described as “persone” and by what befell them', () => {
  it('describes the people left stranded, participle and its complement kept', () => {
    const text = '«Aspettiamo da un’ora sotto la pioggia e nessuno ci dice niente» – protestano le persone rimaste a piedi – «ogni settimana è la stessa storia».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(persone rimaste a piedi)']);
  });

  it('describes one person too', () => {
    const text = '«Ho visto il fumo uscire dal tetto e ho chiamato subito i vigili del fuoco», racconta una persona che abita nella via.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(persona)']);
  });

  it('takes no participle that is the verb after an auxiliary', () => {
    const text = '«Aspettiamo da un’ora sotto la pioggia e nessuno ci dice niente», dicono le persone, rimaste a piedi anche ieri.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(persone)']);
  });
});
