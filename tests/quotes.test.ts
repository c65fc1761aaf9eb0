// The quotes stage: every direct quotation of an Italian release, with its parts, speaker and role.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { extractQuotes } from '../pipeline/quotes/index.ts';
import { parseMarkdown } from '../pipeline/parse/markdown.ts';
import { parseRelease, segmentKey, segmentRelease } from '../pipeline/parse/index.ts';
import { BUNDLED } from './helpers/project.ts';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (markdown: string) => quotesOf(markdown).map((quote) => quote.speaker?.name);

function parsedRelease(path: string) {
  const file = new VFile({ path, value: readFileSync(join(BUNDLED, path), 'utf8') });
  const parsed = parseRelease(file);
  if (!parsed) throw new Error(`${path} does not parse`);
  return parsed;
}

describe('quotes: the seed release (Torino, Piemonte in Giappone)', () => {
  const parsed = parsedRelease('releases/torino-piemonte-giappone-scienze-vita.md');
  const { quotes } = extractQuotes(parsed);

  it('finds exactly three quotations, q1 to q3, with the speakers and roles as written', () => {
    expect(quotes.map((quote) => [quote.id, quote.speaker?.name, quote.speaker?.role])).toEqual([
      ['q1', 'Andrea Tronzano', 'assessore regionale al Bilancio, Attività produttive e Internazionalizzazione'],
      ['q2', 'Dario Peirone', 'presidente di Ceipiemonte'],
      ['q3', 'Antonio Salvi', 'presidente di Bioindustry Park'],
    ]);
  });

  it('cuts Tronzano’s quotation at both attributions inside one pair of marks, the second without an opening dash', () => {
    const [tronzano] = quotes;
    expect(tronzano!.parts).toHaveLength(3);
    expect(tronzano!.parts[0]).toMatch(/^Le scienze della vita .* capacità produttiva$/);
    expect(tronzano!.parts[1]).toMatch(/^In questo contesto .* qualificati\. La missione in Giappone$/);
    expect(tronzano!.parts[2]).toMatch(/^conferma la nostra volontà .* insediamento industriale$/);
    expect(tronzano!.text).toBe(tronzano!.parts.join(' '));
    expect(tronzano!.text).not.toMatch(/dichiara|aggiunge|Tronzano/);
  });

  it('gives each quotation its paragraph and a source position', () => {
    expect(quotes.map((quote) => quote.paragraph)).toEqual([5, 6, 7]);
    const source = readFileSync(join(BUNDLED, 'releases/torino-piemonte-giappone-scienze-vita.md'), 'utf8');
    for (const quote of quotes) expect(source.slice(quote.position.offset!, quote.position.offset! + 20)).toBe(quote.parts[0]!.slice(0, 20));
  });

  it('does not take the project name “Salute e Benessere” for a quotation', () => {
    expect(quotes.some((quote) => quote.text.includes('Salute e Benessere'))).toBe(false);
  });
});

describe('quotes: quotation marks', () => {
  it.each([
    ['curly', '“Siamo pronti a partire con il cantiere”, ha detto Mario Rossi.'],
    ['caporali', '«Siamo pronti a partire con il cantiere», ha detto Mario Rossi.'],
    ['straight', '"Siamo pronti a partire con il cantiere", ha detto Mario Rossi.'],
  ])('reads %s marks', (_, text) => {
    expect(quotesOf(text).map((quote) => [quote.text, quote.speaker?.name])).toEqual([['Siamo pronti a partire con il cantiere', 'Mario Rossi']]);
  });

  it('keeps ‘…’ and "…" nested inside a quotation as its words', () => {
    const [single] = quotesOf('«Non volevamo un robot ‘intelligente’, ma affidabile», ha detto Federico Bruno.');
    expect(single!.text).toBe('Non volevamo un robot ‘intelligente’, ma affidabile');
    const [double] = quotesOf('«Lo chiamavamo "il puzzle", e ogni pezzo andava rifatto», ha spiegato Thomas Brunner.');
    expect(double!.text).toBe('Lo chiamavamo "il puzzle", e ogni pezzo andava rifatto');
  });

  it('keeps a quotation of several sentences whole', () => {
    const [quote] = quotesOf('«Abbiamo vinto. Ora si riparte. Domani è un altro giorno», ha detto Luca Neri.');
    expect(quote!.parts).toEqual(['Abbiamo vinto. Ora si riparte. Domani è un altro giorno']);
  });

  it('follows a quotation that runs into the next paragraph and reopens there', () => {
    const quotes = quotesOf('“Abbiamo iniziato nel 2019”, afferma Valentina Colella, amministratrice delegata. “Oggi i clienti sono mille.\n\n“Con questo round cresciamo ancora”.');
    expect(quotes.map((quote) => quote.parts)).toEqual([['Abbiamo iniziato nel 2019', 'Oggi i clienti sono mille.', 'Con questo round cresciamo ancora']]);
    expect(quotes.map((quote) => [quote.speaker?.name, quote.paragraph])).toEqual([['Valentina Colella', 1]]);
  });

  it('goes on with a quotation reopened after its attribution with no verb of its own, and keeps apart one with its own verb or speaker', () => {
    const quotes = quotesOf('«Il bilancio è in ordine», ha detto Anna Conti, assessora al Bilancio. «Ora investiamo sulle scuole». «E poi sulle strade». «Non è vero», ha replicato Paolo Verdi.');
    expect(quotes.map((quote) => [quote.speaker?.name, quote.parts.length])).toEqual([['Anna Conti', 3], ['Paolo Verdi', 1]]);
    // Circumstances after the attribution do not stop it; a verb of saying or a colon does.
    expect(quotesOf('«Abbiamo chiuso un buon anno», ha detto Anna Conti a margine del consiglio. «Ora si investe».').map((quote) => quote.parts.length)).toEqual([2]);
    expect(quotesOf('«Abbiamo chiuso un buon anno», ha detto Anna Conti. Poi ha aggiunto: «Ora si investe».').map((quote) => quote.parts.length)).toEqual([1, 1]);
    // Reopened in a new paragraph, it is a quotation of its own.
    expect(quotesOf('«Abbiamo chiuso un buon anno», ha detto Anna Conti.\n\n«Ora si investe sulle scuole della città».').map((quote) => quote.speaker?.name)).toEqual(['Anna Conti', 'Anna Conti']);
  });

  it('splits “…”, aggiunge Verdi. “…”, conclude. into two quotations by Verdi', () => {
    const quotes = quotesOf('“Il cantiere partirà a maggio”, aggiunge Mario Verdi. “I lavori dureranno due anni”, conclude.');
    expect(quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([['Il cantiere partirà a maggio', 'Mario Verdi'], ['I lavori dureranno due anni', 'Mario Verdi']]);
  });
});

describe('quotes: attributions after, before and inside a quotation', () => {
  it.each([
    ['«Il cantiere partirà a maggio», ha detto Mario Rossi.', 'Mario Rossi', undefined],
    ['«Il cantiere partirà a maggio» ha spiegato Mario Rossi, sindaco di Asti.', 'Mario Rossi', 'sindaco di Asti'],
    ['«Il cantiere partirà a maggio» – dichiara Mario Rossi, sindaco di Asti –.', 'Mario Rossi', 'sindaco di Asti'],
    ['«Il cantiere partirà a maggio», ha spiegato in conferenza stampa il sindaco di Asti Mario Rossi.', 'Mario Rossi', 'sindaco di Asti'],
    ['«Il cantiere partirà a maggio». Lo ha detto Mario Rossi, sindaco di Asti, durante la visita.', 'Mario Rossi', 'sindaco di Asti'],
    ['«Il cantiere partirà a maggio»: così Mario Rossi, sindaco di Asti.', 'Mario Rossi', 'sindaco di Asti'],
    ['Mario Rossi, sindaco di Asti, ha dichiarato: «Il cantiere partirà a maggio».', 'Mario Rossi', 'sindaco di Asti'],
    ['Il sindaco di Asti Mario Rossi ha spiegato che «il cantiere partirà a maggio».', 'Mario Rossi', 'sindaco di Asti'],
    ['Secondo Mario Rossi, sindaco di Asti, «il cantiere partirà a maggio».', 'Mario Rossi', 'sindaco di Asti'],
    ['Per il sindaco di Asti, Mario Rossi, «il cantiere partirà a maggio».', 'Mario Rossi', 'sindaco di Asti'],
    ['«Il cantiere partirà a maggio», spiega Coldiretti Asti in una nota.', 'Coldiretti Asti', undefined],
  ])('%s', (text, name, role) => {
    const quotes = quotesOf(text);
    expect(quotes.map((quote) => quote.speaker)).toEqual([role ? { name, role } : { name }]);
    expect(quotes[0]!.text.toLowerCase()).toBe('il cantiere partirà a maggio');
  });

  it('takes the role up to the closing dash or punctuation, commas and all', () => {
    const [quote] = quotesOf('“Vogliamo investire – dichiara Federica Zanon, assessora regionale al Turismo, Agricoltura e Sviluppo rurale –. Questi fondi servono a questo”.');
    expect(quote!.speaker).toEqual({ name: 'Federica Zanon', role: 'assessora regionale al Turismo, Agricoltura e Sviluppo rurale' });
    expect(quote!.parts).toEqual(['Vogliamo investire', 'Questi fondi servono a questo']);
  });

  it('stops a role where a clause begins', () => {
    const roles = [
      '«Siamo soddisfatti», ha detto Angelo Lippolis, segretario della Fiom, dal palco del presidio.',
      '«Siamo soddisfatti», ha detto Angelo Lippolis, segretario della Fiom, che ha poi lasciato la sala.',
      '«Siamo soddisfatti», ha detto Angelo Lippolis, segretario della Fiom, ricordando lo sciopero.',
    ].map((text) => quotesOf(text)[0]?.speaker?.role);
    expect(roles).toEqual(['segretario della Fiom', 'segretario della Fiom', 'segretario della Fiom']);
  });

  it('finds an attribution between dashes inside the marks, with or without a name', () => {
    expect(quotesOf('«Le squadre sono al lavoro – ha precisato Massimo Tedeschi, responsabile di zona – e contiamo di finire presto».')[0]!.parts).toEqual([
      'Le squadre sono al lavoro',
      'e contiamo di finire presto',
    ]);
    const quotes = quotesOf('Il capitano Sara Gamberini ha parlato del gruppo. "Siamo unite - ha spiegato -. Pensiamo solo a vincere".');
    expect(quotes.map((quote) => [quote.speaker?.name, quote.parts])).toEqual([['Sara Gamberini', ['Siamo unite', 'Pensiamo solo a vincere']]]);
  });

  it('does not cut a quotation at a dash that is no attribution', () => {
    const [quote] = quotesOf('«Il sistema giapponese – tra i più avanzati – conferma la nostra scelta», dichiara Mario Rossi.');
    expect(quote!.parts).toEqual(['Il sistema giapponese – tra i più avanzati – conferma la nostra scelta']);
  });
});

describe('quotes: verbs of saying in any tense', () => {
  const verbs = [
    'dichiara', 'ha dichiarato', 'afferma', 'ha affermato', 'spiega', 'ha spiegato', 'aggiunge', 'ha aggiunto', 'ha poi aggiunto',
    'sottolinea', 'ha sottolineato', 'commenta', 'ha commentato', 'conclude', 'ha concluso', 'evidenzia', 'osserva', 'ribadisce',
    'ha ribadito', 'precisa', 'ha precisato', 'ha detto', 'dice', 'disse', 'racconta', 'annuncia', 'ha annunciato', 'ricorda',
    'assicura', 'ammette', 'replica', 'sostiene', 'ha voluto sottolineare', 'tiene a precisare', 'fa sapere', 'dichiarò', 'affermava',
  ];
  it.each(verbs)('«…», %s X', (verb) => {
    expect(speakers(`«Il nuovo ponte sarà pronto entro l’estate», ${verb} Giulia Ferri.`)).toEqual(['Giulia Ferri']);
  });
});

describe('quotes: later mentions resolve to the full name', () => {
  it('by surname, also in another paragraph', () => {
    const quotes = quotesOf('“Il bando è aperto”, dichiara Marco Rossi, assessore allo Sviluppo economico.\n\nLe domande si presentano online.\n\n“Risponderemo in 90 giorni”, aggiunge Rossi.');
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      { name: 'Marco Rossi', role: 'assessore allo Sviluppo economico' },
      { name: 'Marco Rossi', role: 'assessore allo Sviluppo economico' },
    ]);
  });

  it('by title and surname, and by a bare title', () => {
    expect(speakers('Presente il sindaco Gianni Ferri. Il sindaco Ferri replica: «Gli abbonamenti non aumentano».')).toEqual(['Gianni Ferri']);
    expect(speakers('L’assessora Teresa Ruocco ha aperto i lavori. L’assessora ha ricordato i dati. «Siamo sulla strada giusta», ha concluso.')).toEqual(['Teresa Ruocco']);
    expect(speakers('Parla il rettore Alberto Franceschi. «La ricerca è una scelta di lungo periodo», le parole del rettore.')).toEqual(['Alberto Franceschi']);
  });

  it('to the person a surname belongs to when two people are named', () => {
    const quotes = quotesOf('Erano presenti Paola Neri e Luca Bianchi. «Sono soddisfatta», ha detto Neri. «Io no», ha replicato Bianchi.');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Paola Neri', 'Luca Bianchi']);
  });

  it('names nobody for a plural attribution with no name, rather than the last speaker, and says why', () => {
    const text = '«Sta bene», spiega il professor Giuseppe Ferraro.\n\nI genitori hanno ringraziato. «Qui abbiamo trovato persone che non si sono arrese», hanno scritto.';
    const { quotes, problems } = extractQuotes({ body: parseMarkdown(text, false) });
    expect(quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(['Giuseppe Ferraro', null]);
    // The group the paragraph opens on is described, not named: null, with the noun beside it.
    expect(quotes[1]!.speakerDescription).toBe('genitori');
    expect(quotes[1]!.speakerReason).toMatch(/describes the speaker as “genitori”/u);
    expect(problems.map((problem) => [problem.rule, problem.position.line, problem.position.column])).toEqual([['quote-speaker', 3, 31]]);
    const unnamed = extractQuotes({ body: parseMarkdown('«Sta bene», spiega il professor Giuseppe Ferraro.\n\nIeri sera è stato dimesso. «Qui abbiamo trovato persone che non si sono arrese», hanno scritto.', false) }).quotes;
    expect(unnamed.map((quote) => [quote.speaker?.name ?? null, quote.speakerDescription ?? null])).toEqual([['Giuseppe Ferraro', null], [null, null]]);
    expect(unnamed[1]!.speakerReason).toMatch(/plural/);
  });
});

describe('quotes: titles, names and scare quotes are not quotations', () => {
  it.each([
    ['a project', 'Le aziende del Progetto Integrato di Filiera “Salute e Benessere” partono per Tokyo.'],
    ['a call for funds', 'Approvato il bando «Piemonte Digitale Impresa», con 12 milioni.'],
    ['an exhibition with a full stop inside', 'Apre la mostra «Luci del Nord. Pittura fiamminga», a Bologna.'],
    ['a nickname', 'Sull’attaccante Davide Orsini, soprannominato dai tifosi «il Treno», nessuna novità.'],
    ['a single word', 'I cosiddetti “no-low” crescono.'],
    ['a scare quote', 'Gli analisti lo chiamano "effetto weekend", e non è una novità.'],
    ['a school named after a person', 'Alla scuola "Giovanni Segantini" l’anno è cominciato.'],
    ['a fragment after an article', 'Il rettore ha parlato di una «giornata importante per l’ateneo».'],
    ['a film title with a speaker nearby', 'Il direttore Paolo Sereni ha presentato «Il tempo delle ciliegie».'],
  ])('%s', (_, text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('quotes: marks for segmentation', () => {
  const parsed = parsedRelease('releases/regione-piemonte-bando-innovazione-pmi.md');
  const { quotes, marks } = extractQuotes(parsed);
  const source = readFileSync(join(BUNDLED, 'releases/regione-piemonte-bando-innovazione-pmi.md'), 'utf8');

  it('gives every part of a quotation one id, and leaves the quote marks out of the marked range', () => {
    expect(marks.map((mark) => mark.id)).toEqual(['q1', 'q1', 'q2', 'q3']);
    for (const mark of marks) expect(source.slice(mark.start, mark.end)).not.toMatch(/^[\s“”«»"]|[\s“”«»"]$/u);
    expect(quotes.flatMap((quote) => quote.parts)).toEqual(marks.map((mark) => source.slice(mark.start, mark.end).replace(/\s+/gu, ' ')));
  });

  it('puts <q data-quote> in the segments, with keys unchanged by the markers', () => {
    const marked = segmentRelease(parsed, quotes, marks);
    const plain = segmentRelease(parsed);
    // The speakers' roles are segments of their own, which only a release with its quotes has.
    const text = (release: typeof marked) => release.segments.filter((segment) => segment.kind !== 'speaker-role').map((segment) => segment.key);
    expect(text(marked)).toEqual(text(plain));
    expect(marked.segments.filter((segment) => segment.kind === 'speaker-role').length).toBeGreaterThan(0);
    const rossi = marked.segments.find((segment) => segment.source.includes('Con questo bando'))!;
    expect(rossi.source).toMatch(/^“<q data-quote="q1">Con questo bando<\/q> – dichiara Marco Rossi, assessore regionale allo Sviluppo economico – <q data-quote="q1">vogliamo /u);
    expect(segmentKey(rossi.content)).toBe(rossi.key);
  });
});

describe('quotes: any text', () => {
  const fragment = fc.constantFrom(
    'Il sindaco Mario Rossi', '«', '»', '“', '”', '"', '‘', '’', ' – ', ', ha detto ', ' dichiara ', 'Rossi', '. ', ': ', '\n\n',
    'il progetto ', 'Anna Bianchi, presidente di Alfa', ' che ', 'Siamo pronti', ' e ', '*enfasi*', '[link](https://example.org)',
  );
  it('never throws, numbers quotes in order and marks only quoted words inside the source', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const { quotes, marks } = extractQuotes({ body: parseMarkdown(text, false) });
        expect(quotes.map((quote) => quote.id)).toEqual(quotes.map((_, index) => `q${index + 1}`));
        for (const quote of quotes) {
          expect(quote.parts.length).toBeGreaterThan(0);
          expect(quote.speaker?.name.trim()).not.toBe('');
        }
        for (const mark of marks) {
          expect(mark.start).toBeGreaterThanOrEqual(0);
          expect(mark.end).toBeLessThanOrEqual(text.length);
          expect(mark.end).toBeGreaterThan(mark.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('quotes: agency phrasing seen after tuning', () => {
  it('keeps an age out of the role, and a name the first-name list does not know after a title', () => {
    expect(quotesOf('"Ci crediamo" racconta Marco Pellegrini, 34 anni, capitano del Cagliari.')[0]!.speaker).toEqual({ name: 'Marco Pellegrini', role: 'capitano del Cagliari' });
    expect(quotesOf('Il cancelliere tedesco Olaf Brenner ha detto: «L’Europa deve parlare con una sola voce».')[0]!.speaker?.name).toBe('Olaf Brenner');
  });

  it('does not join a quotation in the next paragraph whose own attribution it cannot read to the last speaker', () => {
    const quotes = quotesOf('"Un’occasione da non perdere", commenta l’assessore Pietro De Luca.\n\n«La cultura è il petrolio d’Italia», amava ripetere il fondatore dell’azienda.');
    expect(quotes.map((quote) => [quote.speaker?.name ?? null, quote.parts.length])).toEqual([['Pietro De Luca', 1], [null, 1]]);
  });
});

describe('quotes: rules learnt from unseen agency copy (tests/fixtures/quotes-heldout)', () => {
  it('runs a quotation left open into the next paragraph when that paragraph closes it without reopening', () => {
    const quotes = quotesOf('Il rettore Giovanni Molari ha detto: «Non possiamo vivere di passato.\n\nDobbiamo investire nei giovani ricercatori».\n\nPoi la cerimonia è proseguita.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.parts).toEqual(['Non possiamo vivere di passato.', 'Dobbiamo investire nei giovani ricercatori']);
    // A paragraph that opens a quotation of its own does not close the one left open before it.
    const broken = quotesOf('Il rettore Giovanni Molari ha detto: «Non possiamo vivere di passato.\n\nLa ministra Anna Rossi ha risposto: «Siamo con voi».');
    expect(broken.at(-1)!.parts).toEqual(['Siamo con voi']);
  });

  it('keeps compound first names and double surnames whole, also after an institution word', () => {
    for (const [phrase, name] of [
      ['la ministra dell’Università Anna Maria Bernini', 'Anna Maria Bernini'],
      ['il direttore, Gian Luca Ambrosini', 'Gian Luca Ambrosini'],
      ['il segretario Pier Luigi Mastrapasqua', 'Pier Luigi Mastrapasqua'],
      ['l’amministratore delegato Giovanni Battista Ferretti', 'Giovanni Battista Ferretti'],
      ['la portavoce Carmela De Rosa Mastrangelo', 'Carmela De Rosa Mastrangelo'],
    ]) {
      expect(speakers(`«Il piano funziona», ha detto ${phrase}.`)).toEqual([name]);
    }
    expect(speakers('Alla cerimonia la ministra dell’Università Anna Maria Bernini. «Abbiamo stanziato 500 milioni», ha precisato Bernini.')).toEqual(['Anna Maria Bernini']);
  });

  it('makes separate quotations of two pairs of marks that each name their speaker, even when it is the same person', () => {
    const quotes = quotesOf('La ministra Anna Maria Bernini era presente. «Bologna è un modello», ha osservato la ministra, che ha poi annunciato nuovi fondi.\n\n«Abbiamo stanziato 500 milioni», ha precisato Bernini.');
    expect(quotes.map((quote) => [quote.speaker?.name, quote.parts.length])).toEqual([['Anna Maria Bernini', 1], ['Anna Maria Bernini', 1]]);
    const reopened = quotesOf('Secondo la rettrice Francesca Orsenigo, «è un riconoscimento». «Ora – ha proseguito la rettrice – abbiamo una responsabilità».');
    expect(reopened.map((quote) => quote.parts.length)).toEqual([1, 2]);
    // A bare verb with no name opens a quotation of its own, said by the same person.
    expect(quotesOf('«Siamo pronti», racconta l’infermiera Lucia De Santis. «Torneremo a maggio», aggiunge.').map((quote) => quote.speaker?.name)).toEqual(['Lucia De Santis', 'Lucia De Santis']);
  });

  it('takes the role written before the name when none follows, whether or not the lexicon knows it', () => {
    expect(quotesOf('Per gli studenti, il rappresentante Luca Bianchi ha sottolineato che «gli affitti restano il vero problema».')[0]!.speaker).toEqual({ name: 'Luca Bianchi', role: 'rappresentante' });
    expect(quotesOf('Il sindaco Giuseppe Sala ha detto: «La città è pronta».')[0]!.speaker).toEqual({ name: 'Giuseppe Sala', role: 'sindaco' });
    expect(quotesOf('In maglia rosa lo spagnolo Javier Ortega: «Oggi era importante non perdere tempo».')[0]!.speaker).toEqual({ name: 'Javier Ortega' });
  });

  it('reads a title in apposition with a name after the verb, and a bare title as the person just named in the paragraph', () => {
    expect(quotesOf('Il procuratore Francesco Curcio era presente. «È un’indagine nata per caso», ha aggiunto il comandante provinciale, il generale Antonino Raimondo.')[0]!.speaker).toEqual({ name: 'Antonino Raimondo', role: 'comandante provinciale' });
    expect(speakers('A coordinare sarà la neurologa Maria Cristina Ferrandi Poggi. "Vogliamo capire perché", ha spiegato la professoressa.')).toEqual(['Maria Cristina Ferrandi Poggi']);
  });

  it('gives a paragraph that is only a quotation to the person the paragraph before named', () => {
    expect(speakers('Il tecnico Pierpaolo Deiana ha presentato la sfida contro il Lecce.\n\n“Non è una finale, ma ci somiglia molto. I ragazzi lo sanno”.')).toEqual(['Pierpaolo Deiana']);
  });

  it('reads partial quotations that finish a Per/Secondo sentence or follow ha parlato di, but not short scare quotes there', () => {
    expect(speakers('Il segretario Pier Luigi Mastrapasqua era al tavolo. Per il sindacalista la proposta «è irricevibile così com’è».')).toEqual(['Pier Luigi Mastrapasqua']);
    expect(speakers('La direttrice, Anna Rita Casadei, ha parlato di «una mostra che restituisce alla città la sua memoria».')).toEqual(['Anna Rita Casadei']);
    expect(quotesOf('La direttrice, Anna Rita Casadei, ha parlato di «rinascita». Per Casadei la città è «pronta».')).toEqual([]);
  });
});

describe('quotes: a quotation over a paragraph break with dashed attributions inside', () => {
  const text = '“Il nido comunale non è una strada percorribile – ha spiegato la sindaca Monica Patelli – perché i termini sono scaduti.\n\nPer questo cerchiamo un nido privato. Il Comune – prosegue – si farà carico delle spese”.';

  it('gives each part once, cut at both attributions and at the paragraph break', () => {
    const [quote] = quotesOf(text);
    expect(quote!.parts).toEqual([
      'Il nido comunale non è una strada percorribile',
      'perché i termini sono scaduti.',
      'Per questo cerchiamo un nido privato. Il Comune',
      'si farà carico delle spese',
    ]);
  });

  it('marks source ranges that never overlap and each hold words', () => {
    const { marks } = extractQuotes({ body: parseMarkdown(text, false) });
    const sorted = [...marks].sort((a, b) => a.start - b.start);
    for (const [index, mark] of sorted.entries()) {
      expect(mark.end).toBeGreaterThan(mark.start);
      if (index > 0) expect(mark.start).toBeGreaterThanOrEqual(sorted[index - 1]!.end);
    }
  });
});

describe('quotes: issue 18 patterns from agency and press-office copy', () => {
  it('reads ANSA single and doubled apostrophe marks, keeping accents (e’, perche’) and elisions inside', () => {
    const single = quotesOf("'Il porto e' pronto, perche' la citta', e l'assessore, ci credono', ha detto Ugo Patroncini.");
    expect(single.map((quote) => [quote.text, quote.speaker?.name])).toEqual([["Il porto e' pronto, perche' la citta', e l'assessore, ci credono", 'Ugo Patroncini']]);
    const doubled = quotesOf("Il sindaco Renato Lanzalli dice che ''e' un passaggio che restituisce credibilita' alla citta'''.");
    expect(doubled.map((quote) => [quote.text, quote.speaker?.name])).toEqual([["e' un passaggio che restituisce credibilita' alla citta'", 'Renato Lanzalli']]);
    expect(quotesOf("Dell'agenzia l'assessore ha parlato a lungo, e' chiaro.")).toEqual([]);
  });

  it('finds a quotation in the title, attributed to the person the body names, and marks it in the title segment', () => {
    const file = new VFile({ path: 'releases/abi.md', value: "---\ntitle: 'Il presidente dell’Abi: «Il peggio è alle spalle»'\ndate: 2025-10-14T10:00:00+02:00\n---\n\nPer il presidente dell’Abi, Roberto Gallina, i tassi scendono.\n" });
    const parsed = parseRelease(file)!;
    const { quotes, marks } = extractQuotes(parsed);
    expect(quotes.map((quote) => [quote.id, quote.text, quote.speaker?.name, quote.block, quote.paragraph])).toEqual([['q1', 'Il peggio è alle spalle', 'Roberto Gallina', 'title', 0]]);
    const release = segmentRelease(parsed, quotes, marks);
    expect(release.title.source).toBe('Il presidente dell’Abi: «<q data-quote="q1">Il peggio è alle spalle</q>»');
    // The marker is metadata: the title keeps the key it has without it.
    expect(release.title.key).toBe(segmentRelease(parsed).title.key);
  });

  it('takes the attribution from the paragraph after a quotation standing alone', () => {
    expect(speakers('«Non è un intervento tampone: il progetto prevede sensori su tutto il versante».\n\nCosì il dirigente della Viabilità, Enrico Gallarato, che stima tre mesi di lavori.')).toEqual(['Enrico Gallarato']);
  });

  it('gives a subjectless verb the person the paragraph before was about, and a bare follow-up quotation its speaker', () => {
    expect(speakers('A darne l’annuncio è il sindaco Fabio Camillucci.\n\n“Il municipio non è solo un edificio – ha detto – ma il cuore del paese”.')).toEqual(['Fabio Camillucci']);
    expect(speakers('“Io spero che sia solo l’inizio”, ha concluso la rettrice Daniela Mapelloni. “Spero che questa domanda, in futuro, non venga più fatta”, ha aggiunto.')).toEqual(['Daniela Mapelloni', 'Daniela Mapelloni']);
  });

  it('leaves a single quoted word out', () => {
    expect(quotesOf('Il tecnico Marco Rossi si è detto “fiducioso” alla vigilia.')).toEqual([]);
  });
});

describe('quotes: partial quotations and frames', () => {
  it('reads a partial quotation after a copula, a preposition with an infinitive, a noun or definisce, said by the sentence’s subject', () => {
    expect(speakers('L’assessora al Welfare Nicoletta Mannini ha definito il piano “la sfida più importante del mandato”.')).toEqual(['Nicoletta Mannini']);
    expect(speakers('Il candidato Paolo Neri si è soffermato sulla necessità di "ripensare i servizi territoriali".')).toEqual(['Paolo Neri']);
    expect(speakers('Il presidente Francesco Rocchi ha ribadito che i pronto soccorso restano “la priorità assoluta di questa amministrazione”.')).toEqual(['Francesco Rocchi']);
    expect(speakers('Così il presidente Alfonso Cavallaro commenta la mobilitazione, che definisce “la più partecipata degli ultimi dieci anni”.')).toEqual(['Alfonso Cavallaro']);
  });

  it('leaves out titles, scare quotes after an article or a naming verb, and partial quotations with no person speaking', () => {
    expect(quotesOf('Il rettore Alberto Franceschi ha parlato di una «giornata importante per l’ateneo».')).toEqual([]);
    expect(quotesOf('Don Luca Parodi li chiama “i poveri con lo stipendio”.')).toEqual([]);
    expect(quotesOf('Dal ministero fanno sapere che gli organici sono "in linea con il calo demografico".')).toEqual([]);
    expect(quotesOf('La sindaca Anna Rossi ha presentato il piano “Firenze non ti lascia sola”.')).toEqual([]);
    expect(quotesOf('Il sindaco Mario Rossi ha presentato il progetto «una città per tutti».')).toEqual([]);
    expect(speakers('Il sindaco Mario Rossi parla di un progetto «capace di cambiare il volto della città».')).toEqual(['Mario Rossi']);
  });

  it('reads secondo il quale / secondo cui «…» as said by the person the clause hangs on', () => {
    expect(speakers('Sulla stessa linea la segretaria della Cisl, Giulia Fontanelli, secondo la quale "una manovra così è un’occasione persa".')).toEqual(['Giulia Fontanelli']);
  });

  it('takes quoted words after a noun for a quotation when a verb after them names who said them', () => {
    expect(speakers('Restano sul campo “le notevoli difficoltà dei rossi”, analizza Paolo Castelli.')).toEqual(['Paolo Castelli']);
  });
});

describe('quotes: who speaks, from agency and press-office copy', () => {
  it('reads the mayor in il primo cittadino, and no saint as a speaker', () => {
    expect(speakers('Il sindaco Fabio Camillucci ha inaugurato il municipio.\n\nLe due comunità hanno come patrona Santa Petronilla.\n\n“Sarà una giornata di festa, la prima di tante”, promette il primo cittadino.')).toEqual(['Fabio Camillucci']);
  });

  it('reads an ANSA headline naming the speaker before the marks', () => {
    const file = new VFile({ path: 'releases/porti.md', value: "---\ntitle: \"PORTI: BARI, RECORD CROCIERISTI. PATRONCINI, 'ANNO DA INCORNICIARE'\"\ndate: 2025-10-14T10:00:00+02:00\n---\n\nLo ha detto Ugo Patroncini, presidente dell'Autorita' portuale.\n" });
    expect(extractQuotes(parseRelease(file)!).quotes.map((quote) => [quote.text, quote.speaker?.name, quote.block])).toEqual([['ANNO DA INCORNICIARE', 'Ugo Patroncini', 'title']]);
  });

  it('takes no label before a colon in the body for a speaker when nobody is named (Programma: «…»)', () => {
    expect(quotesOf('Programma: «Tre giorni di incontri, laboratori e musica in piazza».')).toEqual([]);
  });

  it('gives a whole sentence after a colon to the person the paragraph is about', () => {
    expect(speakers("Ci sara' anche don Vitaliano Salvati, parroco di Mercogliano. E ai capi di governo manda un messaggio: ''Non dovete avere paura dei movimenti''.")).toEqual(['Vitaliano Salvati']);
  });

  it('follows a run of titles to the name, and a word-like first name after a role', () => {
    expect(speakers('“Con i nostri sensori si risparmia acqua”, ha commentato la Ceo e cofondatrice Sara Lambertini.')).toEqual(['Sara Lambertini']);
    expect(speakers('Il consigliere regionale del Movimento 5 Stelle Massimo De Rossi va all’attacco. “I dati sono inquietanti”, ha detto.')).toEqual(['Massimo De Rossi']);
  });
});

describe('quotes: a speaker carried over from the sentence or the quotation before', () => {
  it('gives a partial quotation in a sentence that goes on about the same person to that person', () => {
    expect(speakers('L’assessora Nicoletta Mannini ha presentato il piano. Nel suo intervento si è soffermata sulla necessità di “ripensare i servizi a partire dalle case”.')).toEqual(['Nicoletta Mannini']);
  });

  it('reads Lo dice X after a quotation opening an agency paragraph with its dateline', () => {
    expect(speakers('Roma, 14 feb. (askanews) – “In questi giorni stiamo facendo riunioni sui fabbisogni”. Lo dice il presidente della Regione Lazio Francesco Rocchi.')).toEqual(['Francesco Rocchi']);
  });

  it('resolves a surname to a person named only inside a quotation', () => {
    expect(speakers('«È stata una sorpresa la lista di Sara Costantino», commenta il sindaco Fabrizio Bonacci.\n\nCostantino, dal canto suo, parla di «un risultato che nessuno si aspettava».')).toEqual(['Fabrizio Bonacci', 'Sara Costantino']);
  });
});

describe('quotes: headlines quoting the body, titles inside an interrupted quotation', () => {
  it('gives a headline quotation that names nobody to whoever says those words in the body', () => {
    const file = new VFile({ path: 'releases/legambiente.md', value: "---\ntitle: \"AMBIENTE: CITTA' FERME. ''POCHI SEGNALI POSITIVI''\"\ndate: 2025-10-14T10:00:00+02:00\n---\n\nCi sono ''pochi segnali positivi in una situazione bloccata'', dice il presidente di Legambiente, Vittorio Coglianese.\n" });
    expect(extractQuotes(parseRelease(file)!).quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ['POCHI SEGNALI POSITIVI', 'Vittorio Coglianese'],
      ['pochi segnali positivi in una situazione bloccata', 'Vittorio Coglianese'],
    ]);
  });

  it('reads the person after a title inside dashes', () => {
    expect(speakers('“In questo trimestre – spiega il segretario generale di Unione italiana vini (Uiv), Paolo Castelli – la coperta è corta”.')).toEqual(['Paolo Castelli']);
  });
});

describe('quotes: the patterns issue 18 lists, each on a new text', () => {
  it.each([
    ['a second quotation alone in the next paragraph, signed (ANSA)', '“Il porto crescerà ancora nei prossimi anni”. Così il presidente dell’Autorità portuale Ugo Patroncini.\n\n“Servono investimenti sulla stazione marittima e sui collegamenti”. (ANSA)', [['Il porto crescerà ancora nei prossimi anni', 'Ugo Patroncini'], ['Servono investimenti sulla stazione marittima e sui collegamenti', 'Ugo Patroncini']]],
    ['a partial quotation after a copula, then Lo ha detto', 'Il nuovo polo logistico è "un passo decisivo per il territorio e per le imprese". Lo ha detto l’assessore regionale Marco Bellini.', [['un passo decisivo per il territorio e per le imprese', 'Marco Bellini']]],
    ['Parole del direttore dell’agenzia …', '«I conti sono in ordine». Parole del direttore dell’agenzia delle Entrate, Paolo Rossi, intervenuto al convegno.', [['I conti sono in ordine', 'Paolo Rossi']]],
    ['the attribution in the following paragraph', '“I lavori finiranno entro l’estate”.\n\nCosì il presidente della provincia di Cuneo Luca Roberto commenta la riapertura della strada.', [['I lavori finiranno entro l’estate', 'Luca Roberto']]],
    ['ha rivendicato', 'Il segretario Giorgio Verdi ha rivendicato “la scelta di firmare un contratto che porta aumenti veri”.', [['la scelta di firmare un contratto che porta aumenti veri', 'Giorgio Verdi']]],
    ['a single word stays a negative', 'Il sindaco Paolo Rossi si è detto “soddisfatto” del risultato.', []],
  ])('%s', (_, text, expected) => {
    expect(quotesOf(text).map((quote) => [quote.text, quote.speaker?.name])).toEqual(expected);
  });
});

describe('quotes: who a bare title or a later mention names (issue 18, second round)', () => {
  it('gives a bare title to the person holding that very title before a holder of a related one', () => {
    expect(speakers('Erano presenti il rettore Ivo Danesi e il prorettore alla ricerca Dario Bassi. «Questi progetti ci hanno colpito per la loro qualità», ha spiegato il rettore.')).toEqual(['Ivo Danesi']);
    expect(speakers('Hanno parlato la sindaca Laura Neri e il vicesindaco Marco Pini. «Il parco riapre a maggio dopo i lavori», ha detto la vicesindaca.')).toEqual(['Marco Pini']);
    expect(speakers('Presenti il prefetto Anna Riva e il comandante dei carabinieri Luca Bo. «La sicurezza si costruisce insieme ai cittadini», ha osservato il prefetto.')).toEqual(['Anna Riva']);
  });

  it('reads a role holding commas before the name, and gives it to a later bare title', () => {
    const quotes = quotesOf('«Il fondo sale a un milione». Così l’assessore alla Cultura, Sport e Turismo della Regione Umbria, Paola Lenti, dopo la giunta.\n\n«Le risorse sono finite in poche ore – ha spiegato l’assessore –. Ne serviranno altre».');
    expect(quotes.map((quote) => [quote.speaker?.name, quote.speaker?.role])).toEqual([
      ['Paola Lenti', 'assessore alla Cultura, Sport e Turismo della Regione Umbria'],
      ['Paola Lenti', 'assessore alla Cultura, Sport e Turismo della Regione Umbria'],
    ]);
  });

  it('reads a role after its article at the end of a long sentence, before a comma apposition', () => {
    const quotes = quotesOf('È il cuore del piano presentato oggi a Palazzo Lombardia dall’assessore ai Trasporti e mobilità sostenibile, Federica Bernardi.\n\n“Meno guasti e più posti a sedere sui treni dei pendolari”, ha detto l’assessore.');
    expect(quotes.map((quote) => [quote.speaker?.name, quote.speaker?.role])).toEqual([['Federica Bernardi', 'assessore ai Trasporti e mobilità sostenibile']]);
  });

  it('ends a role at the spaced hyphen that closes an attribution inside the marks', () => {
    expect(quotesOf('“È stata una grande sfida - dice Flavio Neri, direttore dell’Asl 2 - Credo che il nuovo ospedale sia il futuro”.').map((quote) => quote.speaker?.role)).toEqual(['direttore dell’Asl 2']);
  });

  it('reads “il primo cittadino” inside dashes as an attribution naming the mayor', () => {
    const quotes = quotesOf('Con loro il sindaco di Bra Gianni Fogliato e il prefetto Anna Riva.\n\n“Aspettavamo questa sede da anni - ha dichiarato il primo cittadino - I lavori dureranno un anno”.');
    expect(quotes.map((quote) => [quote.parts, quote.speaker?.name])).toEqual([[['Aspettavamo questa sede da anni', 'I lavori dureranno un anno'], 'Gianni Fogliato']]);
  });

  it('gives a headline quotation that names no person to whoever says those words in the body', () => {
    const quotes = extractQuotes({ body: parseMarkdown('A fine gara il coach Andrea Anastasi ha parlato di “una reazione da squadra vera, dopo due set giocati male”.', false), meta: { title: 'Volley, la Gas Sales vince al tie-break: “Una reazione da squadra vera”' } }).quotes;
    expect(quotes.map((quote) => [quote.block ?? quote.paragraph, quote.speaker?.name])).toEqual([['title', 'Andrea Anastasi'], [1, 'Andrea Anastasi']]);
  });

  it('reads a short quotation alone in the first paragraph as a subheadline said by whoever says it in the body', () => {
    const quotes = quotesOf('“Un complesso di straordinaria importanza”\n\nIl sindaco Antonio Toma ha tagliato il nastro.\n\n“Diventa operativo un complesso di straordinaria importanza”, afferma il primo cittadino.');
    expect(quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ['Un complesso di straordinaria importanza', 'Antonio Toma'],
      ['Diventa operativo un complesso di straordinaria importanza', 'Antonio Toma'],
    ]);
  });

  it('gives answers set as dashed paragraphs to the speaker of the press conference', () => {
    const text = 'Il tecnico Davide Moretti ha presentato la partita: «Abbiamo preparato tutto nei dettagli».\n\n\\- «Bianchi sta meglio, ha lavorato con il gruppo tutta la settimana».\n\n\\- «La classifica? Non la guardo, pensiamo a una partita alla volta».';
    expect(quotesOf(text).map((quote) => quote.speaker?.name)).toEqual(['Davide Moretti', 'Davide Moretti', 'Davide Moretti']);
  });

  it('gives a partial quotation to the subject of a relative clause, even after a preposition', () => {
    expect(speakers('L’intervento è stato eseguito dal primario di Urologia, Fabio Campi, che ha spiegato come il robot permetta “tempi di recupero dimezzati e meno dolore”.')).toEqual(['Fabio Campi']);
  });

  it('joins the pieces of one quotation split by the writer’s words and attributed after the last, in the sentence or paragraph after', () => {
    expect(quotesOf('Roma, 14 mar - "Il piano è pronto" e contiene le risorse per 4 mila alloggi, "ma serve che il governo" convochi le Regioni "entro la fine del mese". Così il presidente della Regione Umbria, Stefano Marchi, a margine della Conferenza.').map((quote) => [quote.parts, quote.speaker?.name])).toEqual([
      [['Il piano è pronto', 'ma serve che il governo', 'entro la fine del mese'], 'Stefano Marchi'],
    ]);
    expect(quotesOf('ROMA (ANSA) - "Stiamo preparando il ricorso contro la precettazione" dello sciopero. "Lo presenteremo entro pochi giorni".\n\nCosì il segretario della Cgil, Marco Landi, a margine di un incontro.').map((quote) => [quote.parts.length, quote.speaker?.name])).toEqual([[2, 'Marco Landi']]);
    // Two quotations listed with "e" are two, not one in pieces.
    expect(quotesOf('“Portare il cuore oltre l’ostacolo per tutta la città” e “Non c’è interesse a chiudere questo ospedale”: sono le frasi della giornata.').every((quote) => quote.parts.length === 1)).toBe(true);
    // Pieces that someone else attributes stay apart.
    expect(quotesOf('"Il piano è pronto", ha detto Anna Riva. Il testo "va ancora discusso in giunta", replica Luca Bo.').map((quote) => quote.speaker?.name)).toEqual(['Anna Riva', 'Luca Bo']);
  });

  it.each([
    ['“…”: lo dichiara X', '“I lavori ripartono lunedì”: lo dichiara l’assessore ai Lavori pubblici Nicola Bani a margine della conferenza.', [['I lavori ripartono lunedì', 'Nicola Bani']]],
    ['“…”. Lo comunica an office', '“Gli ambulatori resteranno aperti il sabato fino alle 14”. Lo comunica l’Asl Roma 4 in una nota.', [['Gli ambulatori resteranno aperti il sabato fino alle 14', 'Asl Roma 4']]],
    ['an office with lower-case words in its name', '"La notizia è falsa e nessun aumento è stato deciso". Lo precisa l\'Ufficio stampa del ministero dell\'Istruzione, dopo i messaggi.', [['La notizia è falsa e nessun aumento è stato deciso', "Ufficio stampa del ministero dell'Istruzione"]]],
    ['“prosegue la nota” between glued hyphens goes on with the office', '“Il servizio è garantito”. Lo comunica l’Asl Roma 4.\n\n“È grave -prosegue la nota- diffondere notizie false sulla salute”.', [['Il servizio è garantito', 'Asl Roma 4'], ['È grave diffondere notizie false sulla salute', 'Asl Roma 4']]],
    ['ANSA doubled marks attributed by the next sentence', "''Il salario minimo non e' piu' rinviabile''. Cosi' la segretaria del Pd, Elena Ferri, a un convegno.", [["Il salario minimo non e' piu' rinviabile", 'Elena Ferri']]],
    ['a first name that is a place after a preposition is no part of the name', 'Il capogruppo di Fratelli d’Italia Mario Abbate parla di “una crisi annunciata da mesi, che la città paga”.', [['una crisi annunciata da mesi, che la città paga', 'Mario Abbate']]],
    ['«…». È quanto afferma X', '«I fiumi sono sotto osservazione». È quanto afferma il direttore dell’Agenzia regionale, Rita Nicoli.', [['I fiumi sono sotto osservazione', 'Rita Nicoli']]],
    ['attributed later in its paragraph', '«Da domani i bambini tornano a giocare in un’area rinnovata e accessibile». Un progetto atteso, di cui ha scritto sui social il sindaco Michele Solli.', [['Da domani i bambini tornano a giocare in un’area rinnovata e accessibile', 'Michele Solli']]],
    ['pieces whose sentence ends in the writer’s words, attributed by the next sentence', 'ROMA (ITALPRESS) - "Il governo ha fatto la sua parte" e ora "tocca alle Regioni" spendere i fondi. Lo ha detto il ministro per gli Affari regionali, Roberto Calderoli, al question time.', [['Il governo ha fatto la sua parte tocca alle Regioni', 'Roberto Calderoli']]],
    ['an office opening the sentence before “spiega che”', 'La Questura di Milano, in una nota, spiega che "gli arrestati erano già noti alle forze dell’ordine per reati analoghi".', [['gli arrestati erano già noti alle forze dell’ordine per reati analoghi', 'Questura di Milano']]],
    ['what posts “said” in part is no quotation', 'La Regione smentisce i post che annunciavano "ticket raddoppiati dal primo febbraio" per tutti.', []],
  ])('%s', (_, text, expected) => {
    expect(quotesOf(text).map((quote) => [quote.text, quote.speaker?.name])).toEqual(expected);
  });
});
