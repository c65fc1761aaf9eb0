// Protected tags: where the Italian has quote markers, links or emphasis, the translation is edited in a box that
// shows each tag as a chip that cannot be typed into. Chips can be dragged elsewhere, deleted, and put back in the
// Italian's order with Alt+T; typed or pasted text is only ever text, so no tag can be invented. The textarea stays
// the form's field (and the editor without JavaScript); the server's checks still refuse broken markup.

export const TAG_EDITOR_SCRIPT = `
(() => {
  const TAG = /<(\\/?)(q|a|em|strong|i|b)\\b[^>]*>/g;
  const WORD = { q: 'quote', a: 'link', em: 'em', i: 'em', strong: 'strong', b: 'strong' };
  const decode = (html) => new DOMParser().parseFromString('<!doctype html><body>' + html, 'text/html').body.textContent;
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  /** Each opening tag of the Italian numbered in source order; a closing tag takes the number of its opening. */
  const numbering = (source) => {
    const numbers = new Map();
    let n = 0;
    for (const match of source.matchAll(TAG)) if (!match[1] && !numbers.has(match[0])) numbers.set(match[0], ++n);
    return numbers;
  };
  const chip = (raw, label, kind) => {
    const span = document.createElement('span');
    span.className = 'chip ' + kind;
    span.contentEditable = 'false';
    span.draggable = true;
    span.dataset.tag = raw;
    span.title = raw;
    span.textContent = label;
    return span;
  };
  /** The translation's HTML as text and chips; a closing chip is numbered after the opening it closes. */
  const render = (editor, html, source) => {
    const numbers = numbering(source);
    const open = [];
    const nodes = [];
    let at = 0;
    for (const match of html.matchAll(TAG)) {
      if (match.index > at) nodes.push(document.createTextNode(decode(html.slice(at, match.index))));
      const word = WORD[match[2]];
      if (!match[1]) {
        const n = numbers.get(match[0]) ?? '?';
        open.push(n);
        nodes.push(chip(match[0], '⟨' + n + ' ' + word, 'open'));
      } else {
        const n = open.pop() ?? '?';
        nodes.push(chip(match[0], word + ' ' + n + '⟩', 'close'));
      }
      at = match.index + match[0].length;
    }
    if (at < html.length) nodes.push(document.createTextNode(decode(html.slice(at))));
    editor.replaceChildren(...nodes);
  };
  /** Back to HTML: text escaped, chips as the tags they stand for. */
  const serialize = (node) => [...node.childNodes].map((child) => {
    if (child.nodeType === Node.TEXT_NODE) return escape(child.nodeValue);
    if (child instanceof HTMLElement && child.dataset.tag) return child.dataset.tag;
    if (child instanceof HTMLBRElement) return '';
    return serialize(child);
  }).join('');

  const pairsOf = (html) => {
    const pairs = [], open = [];
    for (const match of html.matchAll(TAG)) {
      if (!match[1]) { const pair = { start: match[0], end: '</' + match[2] + '>' }; pairs.push(pair); open.push(pair); }
      else open.pop();
    }
    return pairs;
  };
  const count = (text, piece) => text.split(piece).length - 1;
  const missingPair = (source, target) => {
    const seen = new Map();
    for (const pair of pairsOf(source)) {
      const n = (seen.get(pair.start) || 0) + 1;
      seen.set(pair.start, n);
      if (count(target, pair.start) < n) return pair;
    }
    return undefined;
  };

  const attach = (cell) => {
    const box = cell.querySelector('form.edit textarea');
    const source = cell.dataset.source || '';
    if (!box || box.readOnly || !TAG.test(source) || cell.querySelector('.tag-editor')) return;
    TAG.lastIndex = 0;
    const editor = document.createElement('div');
    editor.className = 'tag-editor';
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-label', box.getAttribute('aria-label') || '');
    editor.lang = box.lang;
    editor.spellcheck = true;
    render(editor, box.value, source);
    box.hidden = true;
    box.after(editor);
    let syncing = false;
    const sync = () => {
      syncing = true;
      box.value = serialize(editor);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      syncing = false;
    };
    // Someone else changed the field (the previous translation, their text in a conflict): show it.
    box.addEventListener('input', () => { if (!syncing) render(editor, box.value, source); });
    editor.addEventListener('input', sync);
    editor.addEventListener('keydown', (event) => {
      // One segment is one line; Ctrl+Enter is the desk's, plain Enter adds nothing.
      if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) event.preventDefault();
    });
    // Pasted or dropped from outside, markup is only text: chips come from the Italian, never from the clipboard.
    editor.addEventListener('paste', (event) => {
      event.preventDefault();
      document.execCommand('insertText', false, event.clipboardData.getData('text/plain'));
    });
    editor.addEventListener('drop', (event) => {
      if (event.dataTransfer.types.includes('application/x-pressroom-chip')) return;
      event.preventDefault();
      document.execCommand('insertText', false, event.dataTransfer.getData('text/plain'));
    });
    editor.addEventListener('dragstart', (event) => {
      if (event.target instanceof HTMLElement && event.target.classList.contains('chip')) event.dataTransfer.setData('application/x-pressroom-chip', event.target.dataset.tag);
    });
    // Alt+T: the next tag of the Italian still missing, as a pair of chips around the selection.
    editor.addEventListener('pressroom:next-tag', (event) => {
      const pair = missingPair(source, box.value);
      event.detail.inserted = Boolean(pair);
      if (!pair) return;
      const selection = getSelection();
      let range = selection.rangeCount ? selection.getRangeAt(0) : null;
      if (!range || !editor.contains(range.commonAncestorContainer)) { range = document.createRange(); range.selectNodeContents(editor); range.collapse(false); }
      const inner = range.extractContents();
      const fragment = document.createDocumentFragment();
      const probe = document.createElement('div');
      probe.append(inner);
      render(probe, pair.start + serialize(probe) + pair.end, source);
      const nodes = [...probe.childNodes];
      fragment.append(...nodes);
      range.insertNode(fragment);
      // The caret goes inside the pair when nothing was selected, after it otherwise.
      const after = document.createRange();
      after.setStartAfter(nodes.length === 2 ? nodes[0] : nodes[nodes.length - 1]);
      after.collapse(true);
      selection.removeAllRanges();
      selection.addRange(after);
      sync();
    });
  };
  document.querySelectorAll('.cell').forEach(attach);
  document.addEventListener('pressroom:cell', (event) => { const cell = document.getElementById(event.detail.id); if (cell) attach(cell); });
})();
`.trim();
