// What is under embargo, as the dev server shows it on loopback: the agencies' wire text or ninjs, set in a page
// whose banner says, in the three languages, that it is private and not yet public.
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/** Where the embargoed copies are in the dev tree (and in its addresses). */
export const PRIVATE_PREFIX = 'embargoed';

const BANNER = 'PRIVATE PREVIEW, UNDER EMBARGO: not public, shown only on this computer · ANTEPRIMA RISERVATA, SOTTO EMBARGO · 報道解禁前の非公開プレビュー';

/** One embargoed file, as text under the banner. */
export function privatePage(path: string, text: string): string {
  return page(path, [h('p', { style: 'padding:0 1rem' }, [h('code', path), ' · ', h('a', { href: '?raw' }, 'as agencies receive it')]), h('pre', { style: 'padding:0 1rem;white-space:pre-wrap' }, text)]);
}

/** What a folder of the private tree holds (folders end with a slash), under the banner. */
export function privateListing(path: string, entries: string[]): string {
  const items = entries.length === 0 ? [h('p', { style: 'padding:0 1rem' }, 'Nothing is under embargo.')] : [h('ul', entries.map((entry) => h('li', [h('a', { href: entry }, entry)])))];
  return page(path, [h('p', { style: 'padding:0 1rem' }, h('code', `${path}/`)), ...items]);
}

function page(path: string, content: ReturnType<typeof h>[]): string {
  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang: 'en' }, [
      h('head', [h('meta', { charset: 'utf-8' }), h('title', `Under embargo: ${path}`)]),
      h('body', { style: 'margin:0;font:15px/1.5 system-ui,sans-serif' }, [
        h('p', { id: 'pressroom-private', role: 'note', style: 'margin:0;padding:.8rem 1rem;background:#b00020;color:#fff;font-weight:bold' }, BANNER),
        ...content,
      ]),
    ]),
  ]);
  return toHtml(tree);
}
