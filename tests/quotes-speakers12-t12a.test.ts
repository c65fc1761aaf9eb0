// The quotes stage on speakers the eleventh untuned set showed wrong (headline labels, roles read as names, described
// speakers): each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOf } from './helpers/quotes.ts';

describe('quotes: a speaker named only in the headline, over a body that names nobody', () => {
  it('gives the answers of an interview naming nobody to the one the headline labels', () => {
    const title = 'Under 19, Valsecchi: «Oggi i ragazzi hanno tenuto duro fino alla fine»';
    const body = 'Una vittoria sofferta…\n\n«Abbiamo giocato con il cuore, anche quando il campo era pesante e le gambe non giravano più».\n\nLa semifinale sarà domenica prossima in casa.\n\n«Ci arriviamo con entusiasmo, ma senza montarci la testa: sarà un’altra partita».';
    expect(speakersOf(body, title)).toEqual(['Valsecchi', 'Valsecchi', 'Valsecchi']);
  });

  it('leaves them to nobody when the body names someone else', () => {
    const title = 'Under 19, Valsecchi: «Oggi i ragazzi hanno tenuto duro fino alla fine»';
    const body = 'Una vittoria sofferta…\n\n«Abbiamo giocato con il cuore, anche quando il campo era pesante e le gambe non giravano più».\n\nIn tribuna c’era anche Giulia Fabbri, la madre di uno dei ragazzi.';
    expect(speakersOf(body, title)).toEqual(['Valsecchi', null]);
  });
});
