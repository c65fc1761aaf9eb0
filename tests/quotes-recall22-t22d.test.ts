// Round 22 (t22d): quotations' spans the extractor took, merged or missed wrong. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: words the text quotes elsewhere as a name', () => {
  it('takes a headline’s «…» for the event the body names with the same words', () => {
    const text = 'Il coro Santa Cecilia ha chiuso “Borgo in Festa”, la rassegna più seguita dell’estate\nIl concerto del coro ha chiuso ieri sera la quinta edizione di “Borgo in Festa”, la manifestazione che anima il centro storico.';
    expect(summaryOf(text)).toEqual([]);
  });

  it('takes a headline opening on the marks the same way', () => {
    const text = '‘Notte dei talenti’ chiude l’anno al liceo Volta\nSi è svolta per il decimo anno consecutivo al liceo scientifico di Como la ‘Notte dei talenti’. Sabato sera la preside ha consegnato i premi.';
    expect(summaryOf(text)).toEqual([]);
  });

  it('keeps a headline’s words introduced by a colon, though the body quotes them after a noun', () => {
    const text = 'Rossi: “Basta rinvii”\nIl sindaco Mario Rossi ha presentato il piano. Lo slogan della campagna è “Basta rinvii”, scelto dai cittadini.';
    expect(summaryOf(text)).toEqual([[['Basta rinvii'], 'Mario Rossi']]);
  });
});
