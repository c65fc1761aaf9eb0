// The quotes stage linking a role-only speaker to its person (issue 18, round 24, t24b): "ha aggiunto il tecnico del
// Cagliari" is the one person the text writes that role beside. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOrDescriptionsOf } from './helpers/quotes.ts';
import { roleHolder } from '../pipeline/quotes/role-holders.ts';

describe('quotes: a role-only speaker is the one person the text gives that role', () => {
  it('gives "il tecnico del Cagliari" to "Ferrandi, tecnico del Cagliari", quoted under the headline', () => {
    const text = 'Cagliari, Ferrandi: «Serve la massima concentrazione»\n\nLa conferenza stampa di Ferrandi, tecnico del Cagliari, ha toccato diversi argomenti alla vigilia del match.\n\nNel corso dell’intervento, il tecnico del Cagliari ha spiegato le attese: «non possiamo concederci distrazioni contro una squadra come la Lazio».';
    expect(speakersOrDescriptionsOf(text).at(-1)).toBe('Ferrandi');
  });

  it('gives "il segretario provinciale" to the one person written "X è il nuovo segretario provinciale"', () => {
    const text = 'Lucia Bertola è il nuovo segretario provinciale della Cisl\n\n«Dobbiamo fare rete per essere più vicini ai lavoratori – ha aggiunto il segretario provinciale – e ai pensionati».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Lucia Bertola']);
  });

  it('gives "il primo cittadino" to the one person written "il sindaco X"', () => {
    const text = 'Al convegno hanno partecipato molti amministratori, tra cui il sindaco Carlo Pasini e l’assessora Anna Villa, che ha presentato il progetto.\n\nPiù tardi è intervenuto anche il primo cittadino: «Questa è una giornata importante per tutto il territorio».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Carlo Pasini']);
  });

  it('leaves the role to nobody when the text gives it to two people', () => {
    const text = 'Cagliari-Lazio, vigilia\n\nIn sala stampa Ferrandi, tecnico del Cagliari, e poi Santori, tecnico della Lazio, hanno parlato della gara.\n\nIn chiusura il tecnico ha spiegato: «non possiamo concederci distrazioni contro una squadra così forte».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(tecnico)']);
  });

  it('leaves a plural role to nobody: a group is no one person written beside it', () => {
    const text = 'Bari, Donati: «Il canile va ampliato»\n\nNe ha parlato Donati, volontari compresi, in una lunga conferenza.\n\nNel pomeriggio i volontari hanno ribadito: «servono più spazi e più personale per accogliere gli animali».';
    expect(speakersOrDescriptionsOf(text).at(-1)).not.toBe('Donati');
  });

  it('links a role only where the text writes it with the same complement: "comandante della Legione" is not "X, comandante provinciale"', () => {
    const text = 'Ha lasciato l’incarico Sarti, comandante provinciale, con altri ufficiali. Alla festa il comandante della Legione li premiò.';
    expect(roleHolder(text, 'comandante della Legione', 'comandante', ['Sarti'])).toBeUndefined();
    expect(roleHolder(text, 'comandante provinciale', 'comandante', ['Sarti'])).toBe('Sarti');
  });
});
