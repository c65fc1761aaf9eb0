// Progress of a long run: a bar on a terminal, one plain line per step anywhere else (logs, CI, pipes).
import cliProgress from 'cli-progress';
import type { Console } from '../problems.ts';

export interface Progress {
  /** `count` more of `total` done; `label` says what was just finished. */
  advance(count: number, label: string): void;
  stop(): void;
}

/** `done` names the step in plain lines ("translated"); `unit` what is counted ("segments"). */
export function createProgress(total: number, words: { done: string; unit: string }, io: Console, terminal?: NodeJS.WriteStream): Progress {
  const { unit } = words;
  if (terminal?.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: terminal, format: `{bar} {value}/{total} ${unit} | {label}`, hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { label: '' });
    let done = 0;
    return {
      advance(count, label) {
        done += count;
        bar.update(done, { label });
      },
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  return {
    advance(count, label) {
      done += count;
      io.log(`${words.done} ${done}/${total} ${unit} (${label})`);
    },
    stop() {},
  };
}
