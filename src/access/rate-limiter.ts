import type { Clock } from '../util/clock.js';

/**
 * Counts attempts per key in a sliding window, in memory. Per process: behind a load balancer
 * each process limits on its own, which still bounds guessing; the account lockout is in the
 * database and holds across processes.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: number,
    private readonly windowSeconds: number,
  ) {}

  /** Records an attempt; returns seconds to wait if the key is over its limit, else 0. */
  hit(key: string): number {
    const now = this.clock.now().getTime();
    const from = now - this.windowSeconds * 1000;
    const list = (this.hits.get(key) ?? []).filter((t) => t > from);
    if (list.length >= this.limit) {
      this.hits.set(key, list);
      return Math.max(1, Math.ceil((list[0]! + this.windowSeconds * 1000 - now) / 1000));
    }
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 100_000) this.prune(from);
    return 0;
  }

  private prune(from: number): void {
    for (const [k, list] of this.hits) {
      if (list.every((t) => t <= from)) this.hits.delete(k);
    }
  }
}
