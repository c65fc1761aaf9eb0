// The clock a long-running build publishes by: the system's, or a test's that moves only when told.

export interface Clock {
  now(): Date;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

/** Node's timers hold at most 2^31 − 1 ms (24.8 days); a later instant is waited for in steps. */
const LONGEST_TIMER = 2 ** 31 - 1;

/** Call `callback` once `clock` reaches `at`; the returned function cancels it. */
export function callAt(clock: Clock, at: Date, callback: () => void): () => void {
  let timer: unknown;
  const arm = () => {
    const wait = at.getTime() - clock.now().getTime();
    if (wait > LONGEST_TIMER) timer = clock.setTimer(arm, LONGEST_TIMER);
    else timer = clock.setTimer(callback, Math.max(0, wait));
  };
  arm();
  return () => clock.clearTimer(timer);
}
