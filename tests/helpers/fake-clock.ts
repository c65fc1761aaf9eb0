// A clock that moves only when a test says so: timers fire, in order, as it passes their instant.
import type { Clock } from '../../pipeline/preview/clock.ts';

export class FakeClock implements Clock {
  private time: number;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  /** Every delay a timer was set with, in ms. */
  readonly delays: number[] = [];

  constructor(start: Date) {
    this.time = start.getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  setTimer(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.delays.push(ms);
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }

  clearTimer(timer: unknown): void {
    this.timers.delete(timer as number);
  }

  get pending(): number {
    return this.timers.size;
  }

  /** Move to `to`, firing each timer due on the way at its own instant. */
  advanceTo(to: Date): void {
    for (;;) {
      const due = [...this.timers].filter(([, timer]) => timer.at <= to.getTime()).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
    }
    this.time = Math.max(this.time, to.getTime());
  }
}
