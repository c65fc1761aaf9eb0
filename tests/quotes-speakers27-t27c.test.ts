// Round 27 (t27c): which of the people on the page said the quote. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf, speakersOrDescriptionsOf } from './helpers/quotes.ts';

describe('quotes: a name after a room and an adverb (“In sala anche X: «…»”)', () => {
  it('reads the name as a person, the one introducing the words', () => {
    const text = 'Il sindaco Lorenzo Gatti ha salutato le matricole.\n\nIn sala anche Piero Bortolin, presidente del Consiglio regionale: «Chi ha a cuore questa regione deve sostenere il suo Ateneo».';
    expect(speakersOf(text)).toEqual(['Piero Bortolin']);
  });

  it('still reads an institution’s adjective before a name as part of the place', () => {
    const text = 'Il primario Marco Lodi lavora da vent’anni all’ospedale infantile Regina Margherita. «Qui abbiamo visto crescere generazioni di bambini», ha detto.';
    expect(speakersOf(text)).toEqual(['Marco Lodi']);
  });
});

describe('quotes: a verb of going on with a periphrasis of the title (“– ha proseguito il presidente dell’Assemblea –”)', () => {
  const opening = 'Il governatore Massimo Rossi ha portato il saluto della Giunta regionale: il presidente ha annunciato nuovi fondi per la ricerca. In sala anche Piero Neri, presidente del Consiglio regionale: "Chi ha a cuore questa regione - ha commentato - deve sostenere il suo Ateneo". ';

  it('gives the words to the one just quoted, not an earlier holder of the bare title', () => {
    expect(speakersOf(`${opening}"E proprio per questo - ha proseguito il presidente dell'Assemblea legislativa - penso che serva più coraggio".`)).toEqual(['Piero Neri', 'Piero Neri']);
  });

  it('leaves a plain verb of saying to the holder its complement names', () => {
    expect(speakersOf(`${opening}"E proprio per questo - ha detto il presidente della Giunta - penso che serva più coraggio".`)).toEqual(['Piero Neri', 'Massimo Rossi']);
  });
});

describe('quotes: a title with an office of its own, opening another sentence than the name before it', () => {
  it('describes someone else, not the person the paragraph named last', () => {
    const text = 'Alla festa c’erano anche i giocatori Luca Ferrando e Marco Pittaluga, contesi per gli autografi. «Siate fieri di questa maglia – dice il portiere di Quezzi – e non smettete di sognare».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(portiere di Quezzi)']);
  });

  it('is still the one named in the same sentence (“X è la nuova rettrice dell’Università”)', () => {
    const text = 'Daniela Mapelloni è la nuova rettrice dell’Università di Padova. “Il pensiero passa attraverso il linguaggio – ha ricordato –, e ogni parola conta”.';
    expect(speakersOf(text)).toEqual(['Daniela Mapelloni']);
  });
});

describe('quotes: “l’ex” before a club (“Poi l’ex Valdora ha parlato: «…»”)', () => {
  const opening = 'Il tecnico Marco Donadio, oggi alla guida della Vesuviana, ha parlato alla vigilia della sfida con il Salento.\n\n';

  it('reads no surname in the club: the words stay the coach’s', () => {
    expect(speakersOf(`${opening}Poi l’ex Valdora ha parlato del turnover: «Per me sono tutti titolari, deciderò dopo gli allenamenti».`)).toEqual(['Marco Donadio']);
  });

  it('still reads a surname alone as the speaker after a conjunction', () => {
    expect(speakersOf(`${opening}E Ferrandi replica: «Per me sono tutti titolari, deciderò dopo gli allenamenti».`)).toEqual(['Ferrandi']);
  });
});
