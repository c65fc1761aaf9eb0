// The quotes stage giving the answers of an interview to the one interviewed, not to the people its questions name
// (issue 18, round 25, t25e). Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOfFile } from '../pipeline/import/quotable.ts';

/** Speakers (or descriptions in brackets) of a plain-text page, one paragraph a line, as the fixtures are read. */
const speakersOfPage = (text: string) => {
  const read = quotesOfFile('pagina.txt', text);
  return read.ok ? read.quotes.map((quote) => quote.speaker?.name ?? (quote.speakerDescription ? `(${quote.speakerDescription})` : null)) : [];
};

describe('quotes: answers under unmarked questions, the one interviewed named only in the headline', () => {
  const interview = [
    'Marta Rinaldi a Radio Aurora: il nuovo disco, il tour e la squadra del cuore',
    '',
    'Hai lavorato a lungo in studio. Che cosa ti ha insegnato il produttore Franco Galli? “Mi ha insegnato la pazienza, e a non avere paura di buttare via una canzone intera quando non funziona”.',
    'In tour ci sarà anche Luca Neri, che sul palco non ha sempre convinto… “Luca è un grande musicista, sono sicura che stupirà tutti quanti già dalla prima data”.',
    'Dove vedrai la finale? “A casa con la mia famiglia, davanti alla televisione, come sempre”.',
  ].join('\n');

  it('gives every answer to the person the headline opens on, not to those the questions name', () => {
    expect(speakersOfPage(interview)).toEqual(['Marta Rinaldi', 'Marta Rinaldi', 'Marta Rinaldi']);
  });

  it('gives them to nobody when no headline names the one interviewed, never to a person a question names', () => {
    const body = interview.split('\n').slice(2).join('\n');
    expect(speakersOfPage(body)).not.toContain('Franco Galli');
    expect(speakersOfPage(body)).not.toContain('Luca Neri');
  });

  it('leaves a reporter’s own question in a release to the person it names as speaking', () => {
    const text = 'Il Comune di Borgonuovo ha presentato il nuovo piano del traffico.\nE cosa ne pensa il sindaco Paolo Ferraris? “Siamo soddisfatti, il piano riduce il traffico in centro”.';
    expect(speakersOfPage(text)).toEqual(['Paolo Ferraris']);
  });
});
