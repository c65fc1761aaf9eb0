// The quotes stage on speakers the text names by what they issued or what they are, not beside a verb of saying:
// a document's issuer named before its words are read, an office nobody holds in the text, a group whose members are
// listed, a body called back by its common noun. Each rule from Italian press convention, tested on invented text.
import { describe, expect, it } from 'vitest';
import { speakersOrDescriptionsOf as speakers } from './helpers/quotes.ts';

describe('quotes: words read in a document whose issuer the text named before', () => {
  it('gives "«…», si legge" to the person who signed the note', () => {
    const text = 'Il direttore ha risposto con una nota firmata dal responsabile del personale di Trasporti Valle, Paolo Bruni. «I turni saranno rivisti entro la fine del mese», si legge.';
    expect(speakers(text)).toEqual(['Paolo Bruni']);
  });

  it('gives "– si legge nel documento –" to the list whose signature the note carries', () => {
    const text = 'Una nota molto dura porta la firma della lista civica Borgo Nuovo.\n\n«La seduta – si legge nel documento – era stata fissata senza sentire i capigruppo».';
    expect(speakers(text)).toEqual(['Borgo Nuovo']);
  });

  it('gives "«…», si legge nel rapporto" to the body that presented the dossier', () => {
    const text = 'Preoccupa il quadro del dossier che Italia Nostra Liguria ha presentato ieri a Genova. Quasi metà dei borghi ha perso abitanti in dieci anni. «Senza servizi i paesi si svuotano», si legge nel rapporto.';
    expect(speakers(text)).toEqual(['Italia Nostra Liguria']);
  });

  it('gives "«…», si legge nell’interrogazione" to the councillor who filed it', () => {
    const text = 'Il consigliere regionale Mario Verdi ha depositato un’interrogazione sui ritardi della linea. «I pendolari aspettano risposte da troppo tempo», si legge nell’interrogazione.';
    expect(speakers(text)).toEqual(['Mario Verdi']);
  });

  it('gives the words after "X ha diffuso una nota." to X', () => {
    const text = 'I residenti lamentano da giorni l’acqua torbida. In serata Acque Chiare Spa ha diffuso una nota. «Il servizio tornerà regolare entro domani mattina».';
    expect(speakers(text)).toEqual(['Acque Chiare Spa']);
  });

  it('gives words after a sentence about someone else’s note to the sentence’s subject, not the issuer', () => {
    const text = 'Il sindaco Luca Neri ha criticato duramente la nota diffusa dalla Cgil. «Nessuno ci ha chiesto un parere prima di scriverla».';
    expect(speakers(text)).toEqual(['Luca Neri']);
  });

  it('leaves a note someone only read to nobody', () => {
    const text = 'La sindaca Anna Rossi ha letto in aula la nota dei sindacati. «I turni vanno rivisti subito», si legge.';
    expect(speakers(text)).toEqual([null]);
  });
});

describe('quotes: a public office the text names nobody for', () => {
  it('leaves "ha detto il sindaco" to the office, unnamed, not to the council’s president named before', () => {
    const text = 'Si è insediato ieri il nuovo consiglio comunale. La presidenza dell’aula è andata a Carlo Neri.\n\n«Abbiamo molto lavoro davanti e poco tempo», ha detto il sindaco.';
    expect(speakers(text)).toEqual(['(sindaco)']);
  });

  it('still gives a title of no office to the person just named ("Sarà X ad aprire …" ¶ "«…», ha raccontato la scrittrice")', () => {
    const text = 'Sarà Giulia Serra ad aprire la rassegna in biblioteca.\n\n«Ho scritto questo libro in un inverno», ha raccontato la scrittrice.';
    expect(speakers(text)).toEqual(['Giulia Serra']);
  });
});

describe('quotes: a group whose members the sentence lists after "composto da"', () => {
  it('gives the words woven into its sentence to the group, not to one of its members', () => {
    const text = 'Il comitato di quartiere di San Rocco, composto da Anna Bini, Marco Tesi e Lia Ponti, ha scritto al Comune definendo la situazione «ormai insostenibile per chi vive qui».';
    expect(speakers(text)).toEqual(['comitato di quartiere di San Rocco']);
  });

  it('leaves them to someone the sentence names after the list', () => {
    const text = 'Il gruppo di lavoro, formato da Anna Bini e Marco Tesi, ha incontrato il sindaco Paolo Neri, che ha definito il progetto «una scommessa per tutta la città».';
    expect(speakers(text)).toEqual(['Paolo Neri']);
  });
});

describe('quotes: a body answering with a note, called back by the start of its name', () => {
  it('gives "In serata l’Autorità ha risposto con una nota: «…»" to the body as the text first names it in full', () => {
    const text = [
      'Sciopero all’interno dell’Autorità di bacino distrettuale delle Alpi Orientali, dove i tecnici protestano contro i nuovi turni.',
      '«Non si può lavorare così», ha detto Luca Fabbri della Fp Cgil.',
      'In serata l’Autorità ha risposto con una breve nota: «I turni sono stati concordati con i responsabili degli uffici».',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Luca Fabbri', 'Autorità di bacino distrettuale delle Alpi Orientali']);
  });
});
