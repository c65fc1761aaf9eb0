// The quotes stage on speakers the fourteenth untuned set showed wrong: a name ending in an initial, bodies named as
// a paragraph's subject, joint speakers called back together, a surname alone in a subheadline; each rule from
// Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOrDescriptionsOf as speakers } from './helpers/quotes.ts';

describe('quotes: a surname written as an initial keeps its full stop', () => {
  it('gives "la 64enne Marta R. racconta" to "Marta R."', () => {
    const text = 'Ha perso il portafoglio sull’autobus e lo ha ritrovato il giorno dopo. La 64enne Marta R. racconta: «Non ci speravo più, dentro c’erano i documenti di mio marito».';
    expect(speakers(text)).toEqual(['Marta R.']);
  });

  it('keeps the full stop when the initial ends the sentence and the quote follows', () => {
    const text = 'A ritrovare il cane è stato un vicino, Paolo T. «L’ho sentito abbaiare dietro il capanno e ho chiamato subito la padrona», racconta.';
    expect(speakers(text)).toEqual(['Paolo T.']);
  });
});

describe('quotes: a headline label after a section tag and a bar', () => {
  it('gives "FOTO | Surname: «…»" and the coach\'s answers to the surname', () => {
    const text = 'FOTO | Morandin: "Una prova di carattere"\n\nIl tecnico rossoblù: "Abbiamo sofferto ma non abbiamo mai mollato"\n\nMister, una gara difficile sul campo pesante. Se lo aspettava? "Sapevamo che il campo ci avrebbe penalizzati, ma i ragazzi hanno tenuto duro fino all’ultimo minuto e alla fine il pareggio è giusto".';
    expect(speakers(text)).toEqual(['Morandin', 'Morandin', 'Morandin']);
  });
});

describe('quotes: two people introduced together, then called back by a plural noun', () => {
  it('gives "«…» – spiegano gli esponenti Avs –" to the pair the paragraph before made speak together', () => {
    const text = 'Polemica sulla chiusura estiva della biblioteca comunale.\n\nLa capogruppo di Alleanza Verdi e Sinistra Carla Ronchi, insieme al coordinatore cittadino Matteo Ferraris, criticano la giunta del sindaco Paolo Bellandi per la scelta.\n\n«Chiudere per sei settimane – spiegano gli esponenti Avs – significa lasciare senza un luogo di studio centinaia di ragazzi».';
    expect(speakers(text)).toEqual(['Carla Ronchi e Matteo Ferraris']);
  });

  it('leaves the plural noun described when the paragraph before has one subject', () => {
    const text = 'Polemica sulla chiusura estiva della biblioteca comunale.\n\nLa capogruppo di Alleanza Verdi e Sinistra Carla Ronchi critica la giunta del sindaco Paolo Bellandi, con il sostegno di Matteo Ferraris.\n\n«Chiudere per sei settimane – spiegano gli esponenti Avs – significa lasciare senza un luogo di studio centinaia di ragazzi».';
    expect(speakers(text)).toEqual(['(esponenti)']);
  });
});

describe('quotes: a headline sentence in marks after a full stop', () => {
  it('gives "Org boccia il piano. «…»" to the organisation, as after a colon', () => {
    const text = 'Legambiente Toscana boccia il piano cave. «Una scelta miope che cancella le colline»\n\nIl nuovo piano regionale prevede dodici siti di estrazione in più. La giunta lo ha approvato ieri sera.';
    expect(speakers(text)).toEqual(['Legambiente Toscana']);
  });

  it('does not read a stop inside body prose as a colon', () => {
    const text = 'La giunta ha approvato il piano. Legambiente Toscana boccia la scelta. «Una scelta miope che cancella le colline», dice l’assessore Luca Neri ironizzando.';
    expect(speakers(text)).toEqual(['Luca Neri']);
  });
});

describe('quotes: labels chained in a digest of voices', () => {
  it('gives "Rossi: «…». Bianchi: «…». Verdi: «…»" each to its own label, not to the one named in the body', () => {
    const text = 'Derby, il dopogara\n\nRossi: «Tre punti pesanti». Bianchi: «Chiedo scusa per il gesto di\nNeri». Verdi: «Fiducia al mister»\n\nIl tecnico Mario Rossi, quasi senza voce: «Era decisivo vincere davanti alla nostra gente».';
    expect(speakers(text)).toEqual(['Mario Rossi', 'Bianchi', 'Verdi', 'Mario Rossi']);
  });

  it('still takes a kicker noun alone before the marks for no one', () => {
    const text = 'Programma: «Una settimana di eventi in piazza»\n\nIl festival torna dal 3 al 10 agosto con concerti, mostre e incontri.';
    expect(speakers(text)).toEqual([]);
  });
});

describe('quotes: "Lo dichiarano X e Y" after the words', () => {
  it('gives the words to both, the plural verb after "Lo" saying they spoke together', () => {
    const text = '«Accogliamo con soddisfazione la notizia del finanziamento per il ponte». Lo dichiarano Marco Ferri, segretario del partito, e Luca Neri, sindaco di Bagnara.';
    expect(speakers(text)).toEqual(['Marco Ferri e Luca Neri']);
  });

  it('keeps "Lo dichiara X con Y" for the one who says it', () => {
    const text = '«Accogliamo con soddisfazione la notizia del finanziamento per il ponte». Lo dichiara Marco Ferri, segretario del partito, accanto a Luca Neri.';
    expect(speakers(text)).toEqual(['Marco Ferri']);
  });
});

describe('quotes: "Lo" before a verb of saying is a pronoun, not an article', () => {
  it('gives "Lo dichiarano congiuntamente X e Y" to both, the verb no title of the first', () => {
    const text = '«Accogliamo con soddisfazione la notizia del finanziamento per il ponte». Lo dichiarano congiuntamente Marco Ferri e Luca Neri.';
    expect(speakers(text)).toEqual(['Marco Ferri e Luca Neri']);
  });
});

describe('quotes: a paragraph ending on two people a plural title names as one', () => {
  it('gives the next paragraph\'s words to "gli avvocati della difesa X e Y" together', () => {
    const text = '«Non c’è alcun danno per il Comune», ha spiegato il pm Carlo Bassi. Sulla stessa linea gli avvocati della difesa Luca Rovere e Marco Ferri, che avevano chiesto il rito abbreviato.\n\n«La mancata consegna dei documenti è irrilevante. Apprezziamo l’onestà della Procura».';
    expect(speakers(text)).toEqual(['Carlo Bassi', 'Luca Rovere e Marco Ferri']);
  });

  it('does not join "il sindaco X e Y", a singular title', () => {
    const text = '«Non c’è alcun danno per il Comune», ha spiegato il pm Carlo Bassi. In aula anche il sindaco Luca Rovere e Marco Ferri, che avevano chiesto il rito abbreviato.\n\n«La mancata consegna dei documenti è irrilevante. Apprezziamo l’onestà della Procura».';
    expect(speakers(text)[1]).not.toBe('Luca Rovere e Marco Ferri');
  });
});
