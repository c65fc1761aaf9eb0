// Live reload for `pressroom dev`: the open pages listen on one server-sent-event stream and are told to reload
// after a clean build, or shown the build's problems (as the terminal prints them) in an overlay. The script that
// listens is added only to what the dev server sends, never to the files the build writes.
//
// An edit reloads in two steps: the edited release's own pages as soon as they are written (the page a press
// officer looks at), then, once the indexes, feeds and archive are written too, every other page.
import type { SSEStreamingApi } from 'hono/streaming';

export const EVENTS_PATH = '/__pressroom/events';

/** What the last build found, line by line as `file:line:col: severity: reason [rule]`. */
export interface Problems {
  errors: number;
  warnings: number;
  lines: string[];
}

export const NO_PROBLEMS: Problems = { errors: 0, warnings: 0, lines: [] };

/**
 * Which pages a `reload` is for, by the path of their file in the tree (`it/<id>/index.html`, as renderers name
 * them): `only` those, or all `except` those (already reloaded with what this build made of them); all when neither.
 */
export interface ReloadScope {
  only?: string[];
  except?: string[];
}

/** The file a page's address shows, as renderers name it: `/it/x/` -> `it/x/index.html`. */
export function pageFile(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The pages listening, and what to tell them. */
export class ReloadHub {
  private readonly streams = new Set<SSEStreamingApi>();
  private problems: Problems = NO_PROBLEMS;

  get listening(): number {
    return this.streams.size;
  }

  /** A page connected: it learns the current problems at once (so a reload during an error still shows them). */
  async join(stream: SSEStreamingApi): Promise<void> {
    this.streams.add(stream);
    stream.onAbort(() => {
      this.streams.delete(stream);
    });
    await stream.writeSSE({ event: 'problems', data: JSON.stringify(this.problems) });
  }

  leave(stream: SSEStreamingApi): void {
    this.streams.delete(stream);
  }

  /**
   * After a build without errors the pages reload (all of them, or those `scope` names); with errors they keep what
   * they show and get the overlay.
   */
  async built(problems: Problems, scope: ReloadScope = {}): Promise<void> {
    this.problems = problems;
    const message = problems.errors > 0 ? { event: 'problems', data: JSON.stringify(problems) } : { event: 'reload', data: JSON.stringify(scope) };
    await Promise.all([...this.streams].map((stream) => stream.writeSSE(message).catch(() => this.streams.delete(stream))));
  }

  close(): void {
    for (const stream of this.streams) void stream.close().catch(() => undefined);
    this.streams.clear();
  }
}

/**
 * The page's side: reload on `reload`; on `problems` with errors, a full-page overlay listing every line (shown as
 * text, never as markup); with warnings only, a small badge that opens the list.
 */
export const CLIENT_SCRIPT = `(() => {
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  // As pageFile() names it.
  const path = decodeURIComponent(location.pathname).replace(/^\\/+/, '');
  const here = path === '' || path.endsWith('/') ? path + 'index.html' : path;
  events.addEventListener('reload', (event) => {
    const scope = event.data ? JSON.parse(event.data) : {};
    if (scope.only && !scope.only.includes(here)) return;
    if (scope.except && scope.except.includes(here)) return;
    location.reload();
  });
  events.addEventListener('problems', (event) => show(JSON.parse(event.data)));
  let box;
  function show(problems) {
    if (box) box.remove();
    box = undefined;
    if (problems.lines.length === 0) return;
    box = document.createElement('div');
    box.id = 'pressroom-problems';
    box.setAttribute('role', problems.errors > 0 ? 'alert' : 'status');
    box.dataset.errors = String(problems.errors);
    const open = problems.errors > 0;
    box.style.cssText = 'position:fixed;z-index:2147483647;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;color:#fff;' +
      (open ? 'inset:0;background:rgba(20,20,20,.94);padding:2rem;overflow:auto;' : 'right:1rem;bottom:1rem;background:#7a5b00;padding:.4rem .8rem;border-radius:.4rem;cursor:pointer;');
    const title = document.createElement('strong');
    const count = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');
    title.textContent = open ? 'pressroom dev: the build found ' + count(problems.errors, 'error') + (problems.warnings ? ' and ' + count(problems.warnings, 'warning') : '') + '; this page is the last good build' : count(problems.warnings, 'warning');
    box.append(title);
    const list = document.createElement('pre');
    list.style.cssText = 'white-space:pre-wrap;margin:1rem 0 0;' + (open ? '' : 'display:none;');
    for (const line of problems.lines) {
      const item = document.createElement('div');
      item.textContent = line;
      if (/: error: /.test(line)) item.style.color = '#ff8a80';
      list.append(item);
    }
    box.append(list);
    if (!open) box.addEventListener('click', () => { list.style.display = list.style.display === 'none' ? 'block' : 'none'; });
    document.body.append(box);
  }
})();`;

/** The page as the dev server sends it: the build's bytes with the listening script before `</body>`. */
export function withLiveReload(html: string): string {
  const script = `<script data-pressroom-dev>${CLIENT_SCRIPT}</script>`;
  const at = html.lastIndexOf('</body>');
  return at === -1 ? `${html}${script}` : `${html.slice(0, at)}${script}${html.slice(at)}`;
}
