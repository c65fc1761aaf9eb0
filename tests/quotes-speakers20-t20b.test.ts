// The quotes stage on attribution frames the nineteenth untuned set showed missed: a dashed attribution that says at
// length where the words were said, a sentence calling the words someone's declaration with a word between.
// Each rule from Italian grammar or press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const summary = (text: string) => quotesOf(text).map((quote) => ({ text: quote.text, name: quote.speaker?.name ?? null, role: quote.speaker?.role ?? null }));

describe('quotes: a dashed attribution that says at length where the words were said', () => {
  const text = '“Le ciliegie sono il frutto più delicato della primavera – dichiara Marco Bellini, presidente del Consorzio Frutta Alta nel corso della conferenza stampa di presentazione della campagna (promossa dal consorzio con il sostegno della Regione e della Camera di commercio) che si è tenuta ieri nella sede della Provincia alla presenza dell’assessora all’agricoltura Anna Neri – spesso colpito da grandinate improvvise. Con questa campagna abbiamo voluto dare un segnale ai consumatori.”';

  it('leaves the aside out of the words and gives them to the name it opens on', () => {
    expect(summary(text)).toEqual([{
      text: 'Le ciliegie sono il frutto più delicato della primavera spesso colpito da grandinate improvvise. Con questa campagna abbiamo voluto dare un segnale ai consumatori.',
      name: 'Marco Bellini',
      role: 'presidente del Consorzio Frutta Alta',
    }]);
  });

  it('still reads a long dashed stretch with no verb of saying as the words', () => {
    const plain = '“Le ciliegie sono il frutto più delicato della primavera – lo sanno bene i produttori della collina, che da anni chiedono alla Regione e alla Camera di commercio un fondo per le grandinate improvvise e per le gelate tardive che ogni anno rovinano metà del raccolto nelle valli più alte della provincia – e vanno difese”, ha detto Marco Bellini.';
    expect(summary(plain).map((quote) => quote.name)).toEqual(['Marco Bellini']);
    expect(summary(plain)[0]!.text).toContain('lo sanno bene i produttori');
  });
});

describe('quotes: the next sentence calls the words someone’s declaration, a word of manner between', () => {
  it('gives "«…». È la dichiarazione a caldo di X" to X', () => {
    const text = 'Il museo ha ricevuto ieri il reperto.\n\n«Aspetto domani mattina per dare un primo giudizio». È la dichiarazione a caldo di Giulia Ferrante, la restauratrice del museo civico.';
    expect(summary(text).map((quote) => quote.name)).toEqual(['Giulia Ferrante']);
  });

  it('gives "«…». Questa la replica piccata del consigliere X" to X', () => {
    const text = 'Il bilancio è passato con i voti della maggioranza.\n\n«Avete approvato un documento che nessuno ha letto». Questa la replica piccata del consigliere Paolo Greco.';
    expect(summary(text).map((quote) => quote.name)).toEqual(['Paolo Greco']);
  });

  it('leaves it to nobody when the preposition after the noun names whom the reply answers', () => {
    const text = 'Il bilancio è passato con i voti della maggioranza.\n\n«Avete approvato un documento che nessuno ha letto». È la risposta alle critiche di Paolo Greco.';
    expect(summary(text).map((quote) => quote.name)).toEqual([null]);
  });
});

describe('quotes: a topic, then whose comment follows', () => {
  const before = '«Hanno portato via tutto, anche le candele», racconta il parroco Luigi Sartori. ';

  it('gives "Sull’accaduto il commento del presidente …, X: «…»" to X, not to the one quoted before', () => {
    const text = `${before}Sull’accaduto il commento del presidente del quartiere, Carla Bonetti: «Siamo vicini alla comunità della parrocchia».`;
    expect(summary(text).map((quote) => quote.name)).toEqual(['Luigi Sartori', 'Carla Bonetti']);
  });

  it('still hands "Sulla replica del presidente X: «…»" to the one answering', () => {
    const text = `${before}Sulla replica del presidente del quartiere Carla Bonetti: «Non ho letto nulla, parlerò con lei».`;
    expect(summary(text).map((quote) => quote.name)).toEqual(['Luigi Sartori', 'Luigi Sartori']);
  });
});

describe('quotes: the coach called "il tecnico" after "l’allenatore"', () => {
  it('gives "le parole del tecnico: «…»" to the coach the paragraph before named', () => {
    const text = 'Dopo la vittoria nel derby l’allenatore della Virtus Stefano Rinaldi ha parlato in conferenza stampa.\n\nDi seguito, le parole del tecnico biancoverde dopo il successo: «Abbiamo giocato una partita seria dal primo all’ultimo minuto».';
    expect(summary(text).map((quote) => quote.name)).toEqual(['Stefano Rinaldi']);
  });
});

describe('quotes: the sentence after a quotation says how its speaker feels, the subject after it', () => {
  it('gives "«…». È entusiasta X, il presidente …" to X', () => {
    const text = 'La banda è tornata ieri sera dalla trasferta.\n\n«Siamo stanchi morti, ma contenti di come è andata». È entusiasta Carlo Benedetti, il presidente del corpo musicale, al ritorno dal viaggio.';
    expect(summary(text).map((quote) => quote.name)).toEqual(['Carlo Benedetti']);
  });

  it('gives "«…». È visibilmente commossa la sindaca X" to X', () => {
    const text = 'La scuola è stata riaperta dopo due anni di lavori.\n\n«Oggi restituiamo ai bambini la loro casa». È visibilmente commossa la sindaca Elena Ferri.';
    expect(summary(text).map((quote) => quote.name)).toEqual(['Elena Ferri']);
  });

  it('leaves a new paragraph on how someone else feels to that person’s own words', () => {
    const text = '«Abbiamo investito sui moli», ha detto Ugo Rinaldi, presidente del porto. «Ora serve un ultimo sforzo».\n\nSoddisfatto anche l’assessore Marco Bianchi, che parla di «un risultato storico per la città».';
    expect(summary(text).map((quote) => quote.name)).toEqual(['Ugo Rinaldi', 'Marco Bianchi']);
  });
});
