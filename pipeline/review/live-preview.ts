// The page beside the editor: when a segment gets the focus, and a moment after each key, the text in its box is
// posted to /releases/<id>/<lang>/<key>/preview into the sandboxed frame of the release page (no script runs there,
// whatever the text holds), which answers the page as the build renders it with that segment highlighted.
// Nothing is written: the memory changes only on Save.
import { h } from 'hastscript';
import type { Element } from 'hast';
import type { TFunction } from 'i18next';
import type { Release, TargetLanguage } from '../release.ts';

/** Quiet time after the last key before the preview is rendered again, in ms. */
export const LIVE_PREVIEW_DELAY = 300;

/** The pane: a hidden form aimed at a sandboxed frame that starts with the saved page of the first language. */
export function previewPane(release: Release, languages: readonly TargetLanguage[], csrf: string, t: TFunction): Element {
  const first = languages[0] ?? 'en';
  const names = Object.fromEntries(languages.map((language) => [language, t(`language.${language}`)]));
  return h('aside#preview-pane.preview-pane', { ariaLabel: t('preview.pane'), dataRelease: release.id, dataLanguage: first, dataNames: JSON.stringify(names) }, [
    h('p.preview-head', [
      h('strong', t('preview.pane')),
      ' ',
      h('span.preview-language', names[first]),
      ' ',
      h('a.preview-open', { href: `/preview/${first}/${release.id}`, target: '_blank', rel: 'noopener' }, t('preview.open')),
    ]),
    h('form#preview-form', { method: 'post', action: `/preview/${first}/${release.id}`, target: 'desk-preview', hidden: true }, [
      h('input', { type: 'hidden', name: 'csrf', value: csrf }),
      h('input', { type: 'hidden', name: 'target', value: '' }),
    ]),
    // An empty sandbox: no script, no forms, no same-origin access, whatever a draft holds.
    h('iframe#preview-frame', { name: 'desk-preview', sandbox: '', src: `/preview/${first}/${release.id}`, title: t('preview.pane'), lang: first }),
  ]);
}

export const LIVE_PREVIEW_SCRIPT = `
(() => {
  const pane = document.getElementById('preview-pane');
  if (!pane) return;
  const form = document.getElementById('preview-form');
  const frame = document.getElementById('preview-frame');
  const names = JSON.parse(pane.dataset.names || '{}');
  const timers = new WeakMap();
  const boxOf = (node) => node instanceof Element ? node.closest('.cell')?.querySelector('form.edit textarea') : null;
  const show = (box) => {
    const edit = box.form;
    const cell = box.closest('.cell');
    if (!edit || !cell || !box.isConnected) return;
    const language = cell.dataset.language;
    // The fragment scrolls the frame to the highlighted segment once the page is in.
    form.action = edit.getAttribute('action').replace(/\\/save$/, '/preview') + '#pressroom-focus';
    form.elements.target.value = box.value;
    form.elements.csrf.value = edit.querySelector('input[name=csrf]').value;
    pane.dataset.language = language;
    pane.dataset.key = cell.dataset.key;
    pane.dataset.state = 'loading';
    pane.querySelector('.preview-language').textContent = names[language] || language;
    pane.querySelector('.preview-open').href = '/preview/' + language + '/' + pane.dataset.release + '?segment=' + cell.dataset.key;
    frame.lang = language;
    form.submit();
  };
  frame.addEventListener('load', () => { pane.dataset.state = 'ready'; });
  document.addEventListener('focusin', (event) => {
    const box = boxOf(event.target);
    if (!box || box.readOnly) return;
    const cell = box.closest('.cell');
    if (pane.dataset.key === cell.dataset.key && pane.dataset.language === cell.dataset.language) return;
    show(box);
  });
  document.addEventListener('input', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLTextAreaElement) || !box.closest('form.edit') || box.readOnly) return;
    clearTimeout(timers.get(box));
    timers.set(box, setTimeout(() => show(box), ${LIVE_PREVIEW_DELAY}));
  });
  // A saved cell comes back whole: the preview shows what is now on disk.
  document.addEventListener('pressroom:cell', (event) => {
    const cell = document.getElementById(event.detail.id);
    if (cell && cell.dataset.key === pane.dataset.key && cell.dataset.language === pane.dataset.language) { const box = boxOf(cell); if (box) show(box); }
  });
})();
`.trim();
