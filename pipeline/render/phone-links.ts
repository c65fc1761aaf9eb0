// A telephone number split across two lines is misread and mistyped: in a tel: link's text, spaces become
// no-break spaces and hyphens no-break hyphens (html-validate's tel-non-breaking), wherever the link came from
// (a media contact, or a link in the release's own text).
import type { Element, Root, Text } from 'hast';
import { eachOfType } from '../tree-walk.ts';

const NO_BREAK: Record<string, string> = { ' ': '\u00a0', '-': '\u2011' };

export function keepPhoneNumbersWhole(tree: Root | Element): void {
  eachOfType(tree, 'element', (link: Element) => {
    if (link.tagName !== 'a' || !String(link.properties.href ?? '').startsWith('tel:')) return;
    eachOfType(link, 'text', (text: Text) => {
      text.value = text.value.replace(/[ -]/g, (character) => NO_BREAK[character]!);
    });
  });
}
