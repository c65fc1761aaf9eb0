// Findings as the reviewer types: a moment after the last key, the draft goes to /releases/<id>/<lang>/<key>/check
// (the checks of `pressroom check`, nothing written) and the cell's list of findings is replaced by the answer.
// Saving still runs the checks on the server: this is help, not the gate.

/** Quiet time after the last key before the draft is checked, in ms. */
export const LIVE_CHECK_DELAY = 350;

export const LIVE_CHECK_SCRIPT = `
(() => {
  const timers = new WeakMap();
  const sent = new WeakMap();
  const check = async (box) => {
    const form = box.form;
    const cell = box.closest('.cell');
    if (!form || !cell) return;
    const url = form.getAttribute('action').replace(/\\/save$/, '/check');
    const body = new URLSearchParams({ csrf: form.querySelector('input[name=csrf]').value, target: box.value });
    const asked = box.value;
    sent.set(box, asked);
    let result;
    try {
      const response = await fetch(url, { method: 'POST', body, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      result = await response.json();
    } catch { return; }
    // A later draft was sent meanwhile, or the cell was replaced by a save: this answer is out of date.
    if (!result.ok || sent.get(box) !== asked || !box.isConnected) return;
    cell.querySelector('ul.findings')?.remove();
    if (result.html) {
      const holder = document.createElement('div');
      holder.innerHTML = result.html;
      const list = holder.firstElementChild;
      list.classList.add('live');
      box.after(list);
    }
    cell.dataset.liveErrors = String(result.errors);
  };
  document.addEventListener('input', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLTextAreaElement) || !box.closest('form.edit') || box.readOnly) return;
    clearTimeout(timers.get(box));
    timers.set(box, setTimeout(() => check(box), ${LIVE_CHECK_DELAY}));
  });
})();
`.trim();
