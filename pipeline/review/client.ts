// The page's only script: remembers the reviewer's name and sends forms in the background, so a save updates
// its segment in place and a conflict shows the other person's text without losing yours. Forms work without it.
// Its words come from the body's data-strings, in the reviewer's language; `{{name}}` is filled in here.
import type { TFunction } from 'i18next';

const SCRIPT_KEYS = ['saving', 'noAnswer', 'notSaved', 'notSavedBecause', 'conflict', 'keepOrTake', 'useTheirs', 'empty'] as const;

/** The script's words in one language, with their placeholders left for the script to fill. */
export function scriptStrings(t: TFunction): Record<(typeof SCRIPT_KEYS)[number], string> {
  return Object.fromEntries(SCRIPT_KEYS.map((key) => [key, t(`script.${key}`, { error: '{{error}}', reason: '{{reason}}', message: '{{message}}' })])) as Record<(typeof SCRIPT_KEYS)[number], string>;
}

export const REVIEW_SCRIPT = `
(() => {
  const words = JSON.parse(document.body.dataset.strings || '{}');
  const phrase = (key, values = {}) => (words[key] || key).replace(/{{(\\w+)}}/g, (_, name) => String(values[name] ?? ''));
  const name = document.getElementById('reviewer');
  const stored = localStorage.getItem('pressroom.reviewer');
  // A name given by the reviewer's own token is not replaced by one typed earlier.
  if (name && stored && !name.readOnly) name.value = stored;
  name?.addEventListener('input', () => localStorage.setItem('pressroom.reviewer', name.value.trim()));

  // Four eyes: the last editor of a text is not offered its approval (the server refuses it anyway).
  const person = (value) => (value || '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  const secondEyes = () => {
    for (const button of document.querySelectorAll('button.approve[data-editor]')) button.hidden = person(button.dataset.editor) !== '' && person(button.dataset.editor) === person(name?.value);
  };
  secondEyes();
  name?.addEventListener('input', secondEyes);
  document.addEventListener('pressroom:cell', secondEyes);

  // "Approve all" reloads the page; what it did is said once more after the reload.
  const flash = JSON.parse(sessionStorage.getItem('pressroom.flash') || 'null');
  sessionStorage.removeItem('pressroom.flash');
  const flashed = flash && document.getElementById(flash.id)?.querySelector('.status');
  if (flashed) { flashed.className = 'status ok'; flashed.textContent = flash.text; }

  const say = (form, kind, text) => {
    const status = form.querySelector('.status') || form.closest('.cell, section')?.querySelector('.status');
    if (!status) return;
    status.className = 'status ' + kind;
    status.textContent = text;
  };

  // A cell comes back from the server whole; the keyboard and live-check scripts hear of it by its id.
  const replaceCell = (cell, html) => {
    const id = cell.id;
    cell.outerHTML = html;
    document.dispatchEvent(new CustomEvent('pressroom:cell', { detail: { id } }));
  };

  const showConflict = (form, result) => {
    const cell = form.closest('.cell');
    cell.querySelector('.conflict')?.remove();
    const box = document.createElement('div');
    box.className = 'conflict';
    box.setAttribute('role', 'alert');
    const title = document.createElement('strong');
    title.textContent = phrase('conflict', { message: result.message });
    const theirs = document.createElement('div');
    theirs.className = 'theirs';
    theirs.textContent = result.theirs || phrase('empty');
    const help = document.createElement('p');
    help.textContent = phrase('keepOrTake');
    const take = document.createElement('button');
    take.type = 'button';
    take.textContent = phrase('useTheirs');
    take.addEventListener('click', () => { const field = form.querySelector('textarea'); field.value = result.theirs; field.dispatchEvent(new Event('input', { bubbles: true })); box.remove(); });
    box.append(title, theirs, help, take);
    form.before(box);
    // The next save is made knowing their version, so it replaces it on purpose.
    form.querySelector('input[name=version]').value = result.version;
  };

  document.addEventListener('submit', async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-async')) return;
    event.preventDefault();
    const button = event.submitter;
    const action = button?.getAttribute('formaction') || form.getAttribute('action');
    const body = new URLSearchParams(new FormData(form));
    body.set('reviewer', name?.value.trim() ?? '');
    const buttons = form.querySelectorAll('button');
    buttons.forEach((item) => { item.disabled = true; });
    say(form, '', phrase('saving'));
    let response, result;
    try {
      response = await fetch(action, { method: 'POST', body, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      result = await response.json();
    } catch (error) {
      buttons.forEach((item) => { item.disabled = false; });
      say(form, 'error', phrase('noAnswer', { error }));
      return;
    }
    buttons.forEach((item) => { item.disabled = false; });
    if (result.ok && form.hasAttribute('data-reload')) {
      const section = form.closest('section');
      if (section && result.message) sessionStorage.setItem('pressroom.flash', JSON.stringify({ id: section.id, text: result.message }));
      location.reload();
      return;
    }
    // The checks refused the text: the cell comes back with their findings and the text still in the box.
    if (result.reason === 'check' && result.cell && form.closest('.cell')) { replaceCell(form.closest('.cell'), result.cell); return; }
    // A comment added: the thread comes back whole, open, with the new comment last.
    if (result.ok && result.comments && form.closest('details.comments')) {
      const box = form.closest('details.comments');
      box.outerHTML = result.comments;
      document.dispatchEvent(new CustomEvent('pressroom:comments', { detail: { key: result.key } }));
      return;
    }
    if (result.ok) {
      const cell = form.closest('.cell');
      const summary = document.getElementById('summary-' + cell.dataset.language);
      replaceCell(cell, result.cell);
      if (summary && result.summary) summary.outerHTML = result.summary;
      return;
    }
    if (response.status === 409 && result.reason === 'conflict' && form.closest('.cell')) { showConflict(form, result); say(form, 'error', phrase('notSaved')); return; }
    say(form, 'error', phrase('notSavedBecause', { reason: result.message || response.statusText }));
  });
})();
`.trim();
