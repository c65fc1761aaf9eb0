// Keyboard first, as in a CAT tool: save and move on, approve, reuse the source's tags or the previous translation,
// all without the mouse; `?` lists the keys. The list below is the one the help dialog shows and the script obeys.
import type { Element } from 'hast';
import type { TFunction } from 'i18next';
import { h } from 'hastscript';

/** Each shortcut as shown to the reviewer, with the desk.json key that says what it does. */
export const SHORTCUTS = [
  { keys: ['Ctrl', 'Enter'], does: 'keys.saveNext' },
  { keys: ['Ctrl', 'Shift', 'Enter'], does: 'keys.approve' },
  { keys: ['Alt', 'T'], does: 'keys.nextTag' },
  { keys: ['Alt', 'Shift', 'T'], does: 'keys.allTags' },
  { keys: ['Alt', 'P'], does: 'keys.previous' },
  { keys: ['Alt', '↓'], does: 'keys.nextWork' },
  { keys: ['Alt', '↑'], does: 'keys.previousWork' },
  { keys: ['?'], does: 'keys.help' },
] as const;

/** The help dialog `?` opens; rendered with the page, so its words are the reviewer's language. */
export function shortcutsDialog(t: TFunction): Element {
  return h('dialog#shortcuts', { ariaLabelledBy: 'shortcuts-title' }, [
    h('h2#shortcuts-title', t('keys.title')),
    h('table', h('tbody', SHORTCUTS.map((shortcut) => h('tr', [h('td', shortcut.keys.flatMap((key, index) => (index ? [' + ', h('kbd', key)] : [h('kbd', key)]))), h('td', t(shortcut.does))])))),
    h('p', t('keys.macNote')),
    h('form', { method: 'dialog' }, h('button', { type: 'submit' }, t('keys.close'))),
  ]);
}

export const KEYBOARD_SCRIPT = `
(() => {
  const NEEDS_WORK = (cell) => ['machine', 'stale', 'missing'].includes(cell.dataset.state) || Number(cell.dataset.errors) > 0;
  const cells = (language) => [...document.querySelectorAll('.cell[data-language="' + language + '"]')].filter((cell) => cell.querySelector('textarea:not([readonly])'));
  const focusCell = (cell) => {
    const editor = cell?.querySelector('.tag-editor');
    const box = cell?.querySelector('textarea');
    if (!box) return false;
    if (editor) {
      editor.focus();
      getSelection().selectAllChildren(editor);
      getSelection().collapseToEnd();
    } else {
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
    }
    cell.closest('.row')?.scrollIntoView({ block: 'center' });
    return true;
  };
  /** The next (or previous) cell of the same language that needs work, after \`from\`, wrapping around. */
  const workFrom = (from, step) => {
    const list = cells(from.dataset.language);
    const at = list.indexOf(from);
    for (let i = 1; i <= list.length; i++) {
      const candidate = list[(at + step * i + list.length * i) % list.length];
      if (candidate && candidate !== from && NEEDS_WORK(candidate)) return candidate;
    }
    return undefined;
  };

  let moveAfterSave = null;
  document.addEventListener('pressroom:cell', (event) => {
    // The saved cell was replaced: go on to the next one needing work, as Ctrl+Enter asked.
    const cell = document.getElementById(event.detail.id);
    if (!cell || moveAfterSave !== event.detail.id) return;
    moveAfterSave = null;
    if (['reviewed', 'approved'].includes(cell.dataset.state) && Number(cell.dataset.errors) === 0) focusCell(workFrom(cell, 1)) || focusCell(cell);
    else focusCell(cell);
  });

  const help = document.getElementById('shortcuts');
  document.getElementById('shortcuts-open')?.addEventListener('click', () => help?.showModal());

  document.addEventListener('keydown', (event) => {
    // A segment with tags is edited in its tag editor, which keeps the textarea as its field.
    const editor = event.target instanceof HTMLElement && event.target.classList.contains('tag-editor') ? event.target : null;
    const box = event.target instanceof HTMLTextAreaElement && event.target.closest('form.edit') ? event.target : editor?.closest('.cell')?.querySelector('textarea') ?? null;
    const cell = box?.closest('.cell');
    const ctrl = event.ctrlKey || event.metaKey;
    if (!box) {
      const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(event.target.tagName));
      if (event.key === '?' && !typing && help && !help.open) { event.preventDefault(); help.showModal(); }
      return;
    }
    if (!cell || box.readOnly) return;
    const form = box.form;
    if (ctrl && event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      moveAfterSave = cell.id;
      form.requestSubmit(form.querySelector('button[value=save]'));
    } else if (ctrl && event.shiftKey && event.key === 'Enter') {
      event.preventDefault();
      const approve = form.querySelector('button[value=approve]');
      // Not offered (four eyes: your own text) is not approved by keyboard either.
      if (approve && !approve.hidden) { moveAfterSave = cell.id; form.requestSubmit(approve); }
    } else if (event.altKey && event.code === 'KeyT') {
      event.preventDefault();
      // Only a segment whose Italian has tags has a tag editor (tag-editor.ts); it inserts them as chips.
      if (editor) {
        const ask = () => { const detail = {}; editor.dispatchEvent(new CustomEvent('pressroom:next-tag', { detail })); return detail.inserted; };
        if (event.shiftKey) { while (ask()) { getSelection().selectAllChildren(editor); getSelection().collapseToEnd(); } }
        else ask();
      }
    } else if (event.altKey && event.code === 'KeyP') {
      event.preventDefault();
      cell.querySelector('button.use-previous')?.click();
    } else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      focusCell(workFrom(cell, event.key === 'ArrowDown' ? 1 : -1));
    }
  });

  document.addEventListener('click', (event) => {
    // The previous translation, or a match from another release, put in the box to edit from.
    const button = event.target instanceof Element ? event.target.closest('button[data-fill]') : null;
    if (!button) return;
    const box = button.closest('.cell')?.querySelector('textarea');
    if (!box) return;
    box.value = button.dataset.fill || '';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.focus();
  });

  // Leaving with a text typed and not saved asks first.
  window.addEventListener('beforeunload', (event) => {
    const unsaved = [...document.querySelectorAll('form.edit textarea')].some((box) => box.value !== box.defaultValue);
    if (unsaved) { event.preventDefault(); event.returnValue = ''; }
  });
})();
`.trim();
