// The quotes stage on wrong names: someone the sentence addresses or names beside its subject is not who speaks.
// Each rule from Italian grammar, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOrDescriptionsOf as speakers } from './helpers/quotes.ts';

describe('quotes: the one a sentence addresses does not say its words', () => {
  it('gives nobody the words after "dedica la vittoria a coach X:" when the subject is no name it knows', () => {
    const text = 'Bea Sala, migliore in campo, esce in lacrime e dedica la vittoria a coach Ferrandi: “È merito suo se siamo arrivate fin qui, ci fa lavorare con grande cura”.\n\nLa squadra tornerà in campo domenica contro Lucia Bianchi e compagne.';
    expect(speakers(text)[0]).toBeNull();
  });

  it('still gives them to the subject when it is a name ("Marta Bellini … dedica la vittoria a coach X:")', () => {
    const text = 'Marta Bellini, migliore in campo, dedica la vittoria a coach Ferrandi: “È merito suo se siamo arrivate fin qui”.';
    expect(speakers(text)).toEqual(['Marta Bellini']);
  });

  it('still hands the floor on: "Parola poi al segretario X:"', () => {
    const text = 'Parola poi al segretario Marco Testa: «Il contratto va rinnovato subito».';
    expect(speakers(text)).toEqual(['Marco Testa']);
  });

  it('still hands the floor on past an adverb: "la parola passa poi al capitano, X."', () => {
    const text = 'Il tecnico ha parlato per primo.\n\nLa parola passa poi giustamente al capitano della squadra, Luca Ferri. Sereno come sempre: «Abbiamo aspettato tanto questa vittoria, la dedico ai compagni».';
    expect(speakers(text)).toEqual(['Luca Ferri']);
  });

  it('still gives the words to a lawyer the defence is entrusted to ("affidata all’avvocato X")', () => {
    const text = 'La difesa di uno degli indagati, affidata all’avvocato Carlo Mezzetti, parla di accuse «tutte da provare» e annuncia ricorso. «Il mio assistito ha sempre rispettato le regole e lo dimostreremo».';
    expect(speakers(text).at(-1)).toBe('Carlo Mezzetti');
  });

  it('still reads an interview’s lead: "Intervista al sindaco X:"', () => {
    const text = 'Intervista al sindaco Marco Testa: «Il contratto va rinnovato subito».';
    expect(speakers(text)).toEqual(['Marco Testa']);
  });
});

describe('quotes: the object after a verb is no inverted subject', () => {
  it('gives "X, con a fianco Y, ha chiesto al presidente Z, «…»" to X, not to Z nor to Y', () => {
    const text = 'Ieri Paolo Verdi, con a fianco il collega Franco Rossi, ha chiesto un intervento al presidente dell’assemblea Luigi Neri, «perché certe parole non si dicono in aula».';
    expect(speakers(text)).toEqual(['Paolo Verdi']);
  });

  it('still reads "Sulle nomine, rende noto il ministro X, «…»" as said by X', () => {
    const text = 'Sulle nomine, rende noto il ministro Paolo Verdi, «saranno raccolte le valutazioni delle Regioni».';
    expect(speakers(text)).toEqual(['Paolo Verdi']);
  });
});

describe('quotes: a listing’s item titled "topic, name: «…»"', () => {
  const before = 'Cronaca\n\nLa giunta si è riunita ieri sera in municipio con il segretario Paolo Sartori.\n\n';

  it('gives "Bilancio comunale, Torcelli: «…»" to Torcelli, not to the person named before', () => {
    const text = `${before}Bilancio comunale, Torcelli: «I conti sono in ordine, nessun aumento delle tasse per il prossimo anno»\n\nGli altri titoli del giorno.`;
    expect(speakers(text)).toEqual(['Torcelli']);
  });

  it('gives "Derby 2-1, Ferrandi: «…»" to Ferrandi, the topic a score', () => {
    const text = `${before}Derby 2-1, Ferrandi: «Ci teniamo la vittoria, ma da noi pretendiamo qualcosa in più»\n\nGli altri titoli del giorno.`;
    expect(speakers(text)).toEqual(['Ferrandi']);
  });

  it('gives "Saldi invernali, Confesercenti-Liguria: «…»" to the association', () => {
    const text = `${before}Saldi invernali, Confesercenti-Liguria: «Senza clienti nelle vie del centro il danno sarà enorme»\n\nGli altri titoli del giorno.`;
    expect(speakers(text)).toEqual(['Confesercenti-Liguria']);
  });
});

describe('quotes: the people of a shop or a trade, described after the verb', () => {
  it('gives "«…», racconta la cassiera del bar" to the cashier described, not to the mayor named before', () => {
    const text = 'Il sindaco Paolo Neri ha parlato ieri in consiglio.\n\n“Mi ha minacciato con una pistola”, racconta la cassiera del bar. L’uomo è poi fuggito.';
    expect(speakers(text)).toEqual(['(cassiera del bar)']);
  });

  it('gives "«…», dice un pescatore" to a fisherman described', () => {
    const text = 'L’assessore Marta Riva ha incontrato gli operatori del porto.\n\n«Con il gasolio a questi prezzi non si esce più in mare», dice un pescatore.';
    expect(speakers(text)).toEqual(['(pescatore)']);
  });
});
