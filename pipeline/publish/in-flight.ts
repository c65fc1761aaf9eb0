// File writes handed to libuv's threads, counted, so that the thread that handed them over can go on rendering and
// wait for them when it must (before answering a batch, before the staging trees are swapped in or removed).

export class InFlight {
  private count = 0;
  private waiting: (() => void)[] = [];

  /** One more under way; call what it returns once it is done. */
  begin(): () => void {
    this.count++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.count--;
      const waiting = this.waiting;
      this.waiting = [];
      for (const wake of waiting) wake();
    };
  }

  get size(): number {
    return this.count;
  }

  /** Resolves once at most `limit` are under way. */
  async below(limit = 0): Promise<void> {
    while (this.count > limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}
