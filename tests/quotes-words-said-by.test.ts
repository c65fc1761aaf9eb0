// Words pointed back at and handed to whoever said them ("»: parole durissime, quelle gridate ieri dalla residente"):
// the agent after "da" and its fused articles, a description read after the article.
import { describe, expect, it } from 'vitest';
import { speakersOrDescriptionsOf as speakers } from './helpers/quotes.ts';

const said = (agent: string) => `La protesta in piazza.\n\n«Vergogna, andatevene a casa»: parole durissime, quelle gridate ieri ${agent}.`;

describe('quotes: words said by someone described after "da" and its fused articles', () => {
  it('reads the description after "dalla", "dalle", "dallo" and an elided "dall’" as after "dal" and "dai"', () => {
    expect(speakers(said('dal sindaco del paese'))).toEqual(['(sindaco del paese)']);
    expect(speakers(said('dai manifestanti in piazza'))).toEqual(['(manifestanti)']);
    expect(speakers(said('dalla residente di via Roma'))).toEqual(['(residente di via Roma)']);
    expect(speakers(said('dalle lavoratrici'))).toEqual(['(lavoratrici)']);
    expect(speakers(said('dall’assessore regionale alla sanità'))).toEqual(['(assessore regionale alla sanità)']);
    expect(speakers(said("dall'allenatore della squadra"))).toEqual(['(allenatore della squadra)']);
  });

  it('takes "da" as a whole word only, not the start of "davanti"', () => {
    expect(speakers(said('davanti al municipio dal sindaco del paese'))).toEqual(['(sindaco del paese)']);
  });
});
