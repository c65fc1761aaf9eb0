// The desk for professional reviewers (issue 19) in real headless Chromium: keyboard, find and filter, help at hand,
// protected tags, memory across releases. A server is started in this process on a free port per test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumPerFile, POLL } from './helpers/browser.ts';
import { startReviewServer, type ReviewServer } from '../pipeline/review/server.ts';
import { reviewProject, RELEASE_ID, type ReviewProject } from './helpers/review-project.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';
import { serializeMemory } from '../pipeline/translate/memory-file.ts';
import type { Memory } from '../pipeline/translate/memory.ts';


let fixture: ReviewProject;
let server: ReviewServer;

const chromium = chromiumPerFile();

async function start(prepare?: (fixture: ReviewProject) => void) {
  fixture = reviewProject();
  prepare?.(fixture);
  server = await startReviewServer({ root: fixture.project.root, host: '127.0.0.1', port: 0, reviewer: 'default reviewer' });
}

afterEach(async () => {
  await server?.close();
  fixture?.project.remove();
  server = undefined as unknown as ReviewServer;
  fixture = undefined as unknown as ReviewProject;
});

async function open(path = `releases/${RELEASE_ID}`, locale = 'en-GB'): Promise<Page> {
  const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}${path}`);
  await page.fill('#reviewer', 'Anna');
  return page;
}

const cell = (page: Page, language: 'en' | 'ja', key: string) => page.locator(`#cell-${language}-${key}`);
const FOCUSED = '.cell:has(textarea:focus, .tag-editor:focus)';
const focusedCell = async (page: Page) => ((await page.locator(FOCUSED).count()) ? page.locator(FOCUSED).getAttribute('id') : null);

describe('keyboard first', () => {
  it('Ctrl+Enter saves and moves to the next segment needing work; Ctrl+Shift+Enter approves', async () => {
    await start();
    const page = await open();
    const [, , machine, stale, machine2, missing] = fixture.keys;
    const box = cell(page, 'en', machine!).locator('textarea');
    await box.fill('The Piedmont Region is making €12 million available to small firms investing in digital innovation.');
    await box.press('Control+Enter');
    await expect.poll(() => cell(page, 'en', machine!).getAttribute('data-state'), POLL).toBe('reviewed');
    expect(fixture.memory('en').segments[machine!]).toMatchObject({ state: 'reviewed', reviewer: 'Anna' });
    // The stale paragraph is next: it needs work.
    await expect.poll(() => focusedCell(page), POLL).toBe(`cell-en-${stale}`);

    // Down to the next machine segment, approved by keyboard; the focus goes on to the missing one.
    await page.keyboard.press('Alt+ArrowDown');
    expect(await focusedCell(page)).toBe(`cell-en-${machine2}`);
    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(() => cell(page, 'en', machine2!).getAttribute('data-state'), POLL).toBe('reviewed');
    expect(fixture.memory('en').segments[machine2!]!.state).toBe('reviewed');
    await expect.poll(() => focusedCell(page), POLL).toBe(`cell-en-${missing}`);
    await page.keyboard.press('Alt+ArrowUp');
    expect(await focusedCell(page)).toBe(`cell-en-${stale}`);
    await page.context().close();
  });

  it('puts the previous translation of a stale segment back, by button and by Alt+P', async () => {
    await start();
    const page = await open();
    const stale = fixture.keys[3]!;
    const box = cell(page, 'en', stale).locator('textarea');
    await box.fill('');
    await cell(page, 'en', stale).getByRole('button', { name: 'Use the previous translation' }).click();
    expect(await box.inputValue()).toBe('Applications can be submitted online from 15 January 2026.');
    await box.fill('something else');
    await box.press('Alt+KeyP');
    expect(await box.inputValue()).toBe('Applications can be submitted online from 15 January 2026.');
    await page.context().close();
  });

  it('shows every shortcut on ?, in the reviewer\'s language', async () => {
    await start();
    const page = await open(`releases/${RELEASE_ID}`, 'ja-JP');
    await page.locator('h1').click();
    await page.keyboard.press('?');
    const dialog = page.locator('dialog#shortcuts');
    await expect.poll(() => dialog.isVisible(), POLL).toBe(true);
    expect(await dialog.locator('tr').count()).toBe(8);
    expect(await dialog.locator('h2').textContent()).toBe('キーボードショートカット');
    expect(await dialog.locator('tr').first().textContent()).toContain('保存して、作業が必要な次のセグメントへ移動');
    await page.screenshot({ path: join(ARTIFACTS, 'review-desk-shortcuts.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible(), POLL).toBe(false);
    // Typed in a translation, ? is a character like any other.
    const box = cell(page, 'en', fixture.keys[2]!).locator('textarea');
    await box.fill('');
    await box.type('Why?');
    expect(await box.inputValue()).toBe('Why?');
    expect(await dialog.isVisible()).toBe(false);
    await page.context().close();
  });

  it('warns before leaving with a text typed and not saved, and not after saving it', async () => {
    await start();
    const page = await open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    const key = fixture.keys[2]!;
    await cell(page, 'en', key).locator('textarea').fill('');
    await cell(page, 'en', key).locator('textarea').type('The Piedmont Region is making €12 million available.');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs, POLL).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);

    await cell(page, 'en', key).locator('textarea').press('Control+Enter');
    await expect.poll(() => cell(page, 'en', key).getAttribute('data-state'), POLL).toBe('reviewed');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed(), POLL).toBe(true);
    expect(dialogs).toEqual(['beforeunload']);
    await page.context().close();
  });
});

const SECOND_ID = 'fiera-export';

/** A later release with a reviewed English and no Japanese: less work left than the bando. */
function addSecondRelease(fixture: ReviewProject) {
  const { release, text } = releaseFrom(SECOND_ID, 'title: "Export, la Regione Piemonte alla fiera di Milano"\ndateline: { city: Torino }', 'La Regione Piemonte porta 40 imprese alla fiera di Milano.\n\nLe imprese partecipano gratis.');
  fixture.project.write(`releases/${SECOND_ID}.md`, text.replace('date: 2025-10-14T10:00:00+02:00', 'date: 2025-11-20T09:00:00+01:00'));
  const en = ['Export: the Piedmont Region at the Milan fair', 'The Piedmont Region takes 40 companies to the Milan fair.', 'Companies take part free of charge.'];
  fixture.project.write(`locales/en/releases/${SECOND_ID}.json`, serializeMemory(memoryOf(release, 'en', (source, index) => entry(source, en[index]!, { state: 'reviewed', engine: 'human', reviewer: 'Laura' })), release));
}

describe('find and filter', () => {
  it('searches every release in the Italian and the translations, ignoring case, and links to the segment', async () => {
    await start(addSecondRelease);
    const page = await open('');
    await page.locator('form.search input').fill('regione PIEMONTE');
    await page.locator('form.search input').press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const hits = page.locator('li.hit');
    expect(await hits.evaluateAll((items) => items.map((item) => item.getAttribute('data-release')))).toEqual(expect.arrayContaining([RELEASE_ID, SECOND_ID]));
    expect(await page.locator('li.hit mark').first().textContent()).toBe('Regione Piemonte');
    await page.screenshot({ path: join(ARTIFACTS, 'review-desk-search.png'), fullPage: true });

    // In a translation only: the English of the second release.
    await page.goto(`${server.url}search?q=${encodeURIComponent('free of charge')}`);
    expect(await hits.count()).toBe(1);
    expect(await hits.first().getAttribute('data-release')).toBe(SECOND_ID);
    expect(await hits.first().locator('dd[data-language="en"] mark').textContent()).toBe('free of charge');
    // And in Japanese.
    await page.goto(`${server.url}search?q=${encodeURIComponent('承認')}`);
    expect(await hits.count()).toBe(1);
    await hits.first().locator('a').first().click();
    await page.waitForURL(new RegExp(`/releases/${RELEASE_ID}#segment-${fixture.keys[1]}$`));
    await page.goto(`${server.url}search?q=${encodeURIComponent('nessuna parola così')}`);
    expect(await hits.count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('No segment of any release has these words.');
    await page.context().close();
  });

  it('filters the segments of a release by state and by findings', async () => {
    await start();
    const page = await open();
    const rows = page.locator('div.row');
    expect(await rows.count()).toBe(6);
    await page.locator('nav.filters a[data-filter="stale"]').click();
    await page.waitForURL(/state=stale/);
    expect(await rows.evaluateAll((items) => items.map((item) => item.id))).toEqual([`segment-${fixture.keys[3]}`]);
    expect(await page.locator('nav.filters .shown').textContent()).toContain('1 of 6 segments');
    // Only English shown: the segments missing in English, not those missing in Japanese.
    await page.goto(`${server.url}releases/${RELEASE_ID}?lang=en&state=missing`);
    expect(await rows.evaluateAll((items) => items.map((item) => item.id))).toEqual([`segment-${fixture.keys[5]}`]);
    await page.goto(`${server.url}releases/${RELEASE_ID}?state=missing`);
    expect(await rows.count()).toBe(2);
    await page.goto(`${server.url}releases/${RELEASE_ID}?state=reviewed`);
    expect(await rows.evaluateAll((items) => items.map((item) => item.id))).toEqual([`segment-${fixture.keys[0]}`, `segment-${fixture.keys[1]}`]);
    // The English paragraph without end punctuation is a warning of the checks: it is "with findings".
    await page.goto(`${server.url}releases/${RELEASE_ID}?state=findings`);
    const withFindings = await rows.evaluateAll((items) => items.map((item) => item.id));
    expect(withFindings.length).toBeGreaterThan(0);
    for (const id of withFindings) expect(await page.locator(`#${id} .findings li`).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'review-desk-filter.png'), fullPage: true });
    await page.context().close();
  });

  it('orders the releases by date and by work left', async () => {
    await start(addSecondRelease);
    const page = await open('');
    const order = () => page.locator('table.releases tbody tr td.title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(await order()).toEqual([`/releases/${SECOND_ID}`, `/releases/${RELEASE_ID}`]);
    await page.getByRole('link', { name: 'work left, most first' }).click();
    await page.waitForURL(/sort=work/);
    expect(await order()).toEqual([`/releases/${RELEASE_ID}`, `/releases/${SECOND_ID}`]);
    expect(await page.locator('table.releases tbody tr td.work').allTextContents()).toEqual(['9', '3']);
    await page.screenshot({ path: join(ARTIFACTS, 'review-desk-list.png'), fullPage: true });
    await page.context().close();
  });
});

describe('help at hand', () => {
  const GLOSSARY = 'keep:\n  - Piemonte Digitale Impresa\nterms:\n  Regione Piemonte:\n    en: Piedmont Region\n    ja: ピエモンテ州\n';

  it('shows the glossary terms of the Italian beside it, with their required translations and the keep terms', async () => {
    await start((fixture) => fixture.project.write('locales/glossary.yaml', GLOSSARY));
    const page = await open();
    const terms = page.locator(`#segment-${fixture.keys[2]} aside.terms li`);
    expect(await terms.count()).toBe(1);
    expect(await terms.first().getAttribute('data-term')).toBe('Regione Piemonte');
    expect(await terms.first().locator('[data-language="en"]').textContent()).toBe('Piedmont Region');
    expect(await terms.first().locator('[data-language="ja"]').textContent()).toBe('ピエモンテ州');
    const keep = page.locator(`#segment-${fixture.keys[1]} aside.terms li`);
    expect(await keep.textContent()).toBe('Piemonte Digitale Impresa → written the same (do not translate)');
    // A paragraph without glossary terms has no box.
    expect(await page.locator(`#segment-${fixture.keys[4]} aside.terms`).count()).toBe(0);
    await page.locator(`#segment-${fixture.keys[2]}`).screenshot({ path: join(ARTIFACTS, 'review-desk-glossary.png') });
    await page.context().close();
  });

  it('shows the checks\' findings live as the reviewer types, writing nothing', async () => {
    await start((fixture) => fixture.project.write('locales/glossary.yaml', GLOSSARY));
    const page = await open();
    const key = fixture.keys[2]!;
    const before = fixture.memoryText('en');
    const box = cell(page, 'en', key).locator('textarea');
    const live = cell(page, 'en', key).locator('ul.findings li');
    const rules = () => live.evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
    await box.fill('');
    await box.type('The Region is making €10 million available to SMEs.');
    await expect.poll(rules, POLL).toEqual(expect.arrayContaining(['numbers', 'glossary']));
    expect(await cell(page, 'en', key).locator('li[data-rule="glossary"]').textContent()).toContain('“Regione Piemonte” is “Piedmont Region” in en');
    await cell(page, 'en', key).screenshot({ path: join(ARTIFACTS, 'review-desk-live-check.png') });
    await box.fill('The Piedmont Region is making €12 million available to small and medium-sized enterprises investing in digital innovation.');
    await expect.poll(rules, POLL).toEqual([]);
    expect(fixture.memoryText('en')).toBe(before);
    await page.context().close();
  });
});

describe('protected tags', () => {
  const TAGGED_ID = 'bando-risposta';
  const LINK = '<a href="https://www.regione.piemonte.it/bando">';

  /** A release whose paragraph has a quote, a link and emphasis; its English lacks the emphasis. */
  function addTaggedRelease(fixture: ReviewProject): string {
    const { release, text } = releaseFrom(TAGGED_ID, 'title: "Bando, la Regione risponde"', '«Cresciamo insieme», dichiara Anna Rossi. Il [bando](https://www.regione.piemonte.it/bando) scade il 31 marzo, *senza proroghe*.', [{ text: 'Cresciamo insieme', name: 'Anna Rossi', role: 'assessora' }]);
    fixture.project.write(`releases/${TAGGED_ID}.md`, text);
    const en = ['The call: the Region answers', `“<q data-quote="q1">Growing together</q>”, says Anna Rossi. The ${LINK}call</a> closes on 31 March, with no extensions.`];
    fixture.project.write(`locales/en/releases/${TAGGED_ID}.json`, serializeMemory(memoryOf(release, 'en', (source, index) => (en[index] === undefined ? undefined : entry(source, en[index]))), release));
    return release.segments[1]!.key;
  }

  /** Runs in the page (tests have no DOM types): select `words` in the cell's editor, or put the caret after chip `n`. */
  const selectWords = (page: Page, key: string, words: string, length = words.length) =>
    page.evaluate(`(() => {
      const editor = document.querySelector('#cell-en-${key} .tag-editor');
      // Deleting a chip can leave its neighbours as two text nodes: join them first.
      editor.normalize();
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      let node;
      while ((node = walker.nextNode())) {
        const at = node.textContent.indexOf(${JSON.stringify(words)});
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + ${length});
        editor.focus();
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return true;
      }
      return false;
    })()`);
  const caretAfterChip = (page: Page, key: string, n: number) =>
    page.evaluate(`(() => {
      const editor = document.querySelector('#cell-en-${key} .tag-editor');
      const range = document.createRange();
      range.setStartAfter(editor.querySelectorAll('.chip')[${n}]);
      range.collapse(true);
      editor.focus();
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    })()`);

  it('shows tags as chips that typing and pasting cannot break or invent; Alt+T puts the missing one back in source order', async () => {
    let key = '';
    let title = '';
    await start((fixture) => {
      key = addTaggedRelease(fixture);
    });
    const page = await open(`releases/${TAGGED_ID}?lang=en`);
    title = (await page.locator('.cell[data-language="en"]').first().getAttribute('data-key'))!;
    const box = cell(page, 'en', key);
    const editor = box.locator('.tag-editor');
    const field = box.locator('textarea');
    expect(await field.isHidden()).toBe(true);
    expect(await editor.locator('.chip').allTextContents()).toEqual(['⟨1 quote', 'quote 1⟩', '⟨2 link', 'link 2⟩']);
    expect(await editor.locator('.chip').first().getAttribute('contenteditable')).toBe('false');
    // The title has no tags: a plain textarea.
    expect(await cell(page, 'en', title).locator('.tag-editor').count()).toBe(0);
    expect(await cell(page, 'en', title).locator('textarea').isVisible()).toBe(true);

    // Select "with no extensions" and press Alt+T: the emphasis goes around it, as in the Italian.
    expect(await selectWords(page, key, 'with no extensions')).toBe(true);
    await editor.press('Alt+KeyT');
    expect(await field.inputValue()).toBe(`“<q data-quote="q1">Growing together</q>”, says Anna Rossi. The ${LINK}call</a> closes on 31 March, <em>with no extensions</em>.`);
    expect(await editor.locator('.chip').allTextContents()).toEqual(['⟨1 quote', 'quote 1⟩', '⟨2 link', 'link 2⟩', '⟨3 em', 'em 3⟩']);
    // Nothing is left to insert: another Alt+T invents nothing.
    await editor.press('Alt+KeyT');
    expect(await editor.locator('.chip').count()).toBe(6);

    // Typed or pasted markup is text, escaped, never a tag.
    await editor.press('End');
    await editor.pressSequentially(' <b>x</b>');
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '<i>y</i>');
      data.setData('text/html', '<span class="chip" data-tag="<script>">z</span>');
      document.querySelector('#cell-en-${key} .tag-editor').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
    expect(await field.inputValue()).toMatch(/ &lt;b&gt;x&lt;\/b&gt;&lt;i&gt;y&lt;\/i&gt;$/);
    expect(await editor.locator('.chip').count()).toBe(6);
    await box.screenshot({ path: join(ARTIFACTS, 'review-desk-tags.png') });
    await page.context().close();
  });

  it('deletes a chip whole; the server refuses the broken markup, and Alt+T mends it', async () => {
    let key = '';
    await start((fixture) => { key = addTaggedRelease(fixture); });
    const page = await open(`releases/${TAGGED_ID}?lang=en`);
    const editor = cell(page, 'en', key).locator('.tag-editor');
    // Caret right after the closing link chip; Backspace takes the whole chip.
    await caretAfterChip(page, key, 3);
    await page.keyboard.press('Backspace');
    expect(await editor.locator('.chip').allTextContents()).toEqual(['⟨1 quote', 'quote 1⟩', '⟨2 link']);
    await page.keyboard.press('Control+Enter');
    // The save's answer, not the live check's: the cell comes back refused, naming the markup error.
    await expect.poll(() => cell(page, 'en', key).locator('.status').textContent(), POLL).toMatch(/^Not saved: the checks found/);
    expect(await cell(page, 'en', key).locator('.findings li.error[data-rule="markup"]').count()).toBe(1);
    expect(await cell(page, 'en', key).getAttribute('data-state')).toBe('machine');

    // Remove the lone opening chip too, select "call", and Alt+T puts the link back whole.
    const again = cell(page, 'en', key).locator('.tag-editor');
    await caretAfterChip(page, key, 2);
    await page.keyboard.press('Backspace');
    expect(await again.locator('.chip').count()).toBe(2);
    expect(await cell(page, 'en', key).locator('textarea').inputValue()).not.toContain('<a ');
    expect(await selectWords(page, key, 'call closes', 4)).toBe(true);
    await again.press('Alt+KeyT');
    expect(await cell(page, 'en', key).locator('textarea').inputValue()).toContain(`The ${LINK}call</a> closes`);
    // The emphasis the English never had goes in too; then the markup is whole and the save goes through.
    expect(await selectWords(page, key, 'with no extensions')).toBe(true);
    await again.press('Alt+KeyT');
    await again.press('Control+Enter');
    await expect.poll(() => cell(page, 'en', key).getAttribute('data-state'), POLL).toBe('reviewed');
    expect((JSON.parse(readFileSync(join(fixture.project.root, `locales/en/releases/${TAGGED_ID}.json`), 'utf8')) as Memory).segments[key]!.target).toBe(`“<q data-quote="q1">Growing together</q>”, says Anna Rossi. The ${LINK}call</a> closes on 31 March, <em>with no extensions</em>.`);
    // The saved cell comes back with its chips.
    expect(await cell(page, 'en', key).locator('.tag-editor .chip').count()).toBe(6);
    await page.context().close();
  });
});

describe('memory across releases in the desk', () => {
  it('offers reviewed translations of similar Italian from other releases, with the differences, to start from', async () => {
    await start((fixture) => {
      const { release, text } = releaseFrom('bando-verde', 'title: "Pmi, dalla Regione Piemonte 8 milioni per la transizione verde"', 'La Regione Piemonte mette a disposizione 8 milioni di euro per le piccole e medie imprese che investono in innovazione verde.\n\nIl bando è aperto a tutti i settori.');
      fixture.project.write('releases/bando-verde.md', text);
      const en = ['SMEs: €8 million from the Piedmont Region for the green transition', 'The Piedmont Region is making €8 million available to small and medium-sized enterprises investing in green innovation.', 'The call is open to every sector.'];
      // As translate leaves a paragraph it took from bando-verde's reviewed memory.
      const memory = fixture.memory('en');
      memory.segments[fixture.keys[4]!] = { ...memory.segments[fixture.keys[4]!]!, engine: 'memory:bando-verde' };
      fixture.project.write(`locales/en/releases/${RELEASE_ID}.json`, `${JSON.stringify(memory, null, 2)}\n`);
      fixture.project.write('locales/en/releases/bando-verde.json', serializeMemory(memoryOf(release, 'en', (source, index) => entry(source, en[index]!, { state: 'reviewed', engine: 'human', reviewer: 'Laura' })), release));
    });
    const page = await open(`releases/${RELEASE_ID}?lang=en`);
    const key = fixture.keys[2]!;
    const match = cell(page, 'en', key).locator('.suggestions li');
    expect(await match.count()).toBe(1);
    expect(await match.getAttribute('data-release')).toBe('bando-verde');
    expect(Number(await match.getAttribute('data-score'))).toBeGreaterThanOrEqual(75);
    expect(await match.locator('del').allTextContents()).toEqual(['8', 'verde']);
    expect(await match.locator('ins').allTextContents()).toEqual(['12', 'digitale']);
    await cell(page, 'en', key).screenshot({ path: join(ARTIFACTS, 'review-desk-memory.png') });
    await match.getByRole('button', { name: 'Use this translation' }).click();
    expect(await cell(page, 'en', key).locator('textarea').inputValue()).toBe('The Piedmont Region is making €8 million available to small and medium-sized enterprises investing in green innovation.');
    // A segment translate took from another release says so, to be confirmed.
    expect(await cell(page, 'en', fixture.keys[4]!).locator('.pill.memory').count()).toBe(1);
    expect(await cell(page, 'en', fixture.keys[4]!).locator('.pill.memory').textContent()).toBe('from the reviewed bando-verde: confirm it');
    // Reviewed segments need no suggestion; an unrelated paragraph gets none.
    expect(await cell(page, 'en', fixture.keys[0]!).locator('.suggestions').count()).toBe(0);
    expect(await cell(page, 'en', fixture.keys[4]!).locator('.suggestions').count()).toBe(0);
    await page.context().close();
  });
});
