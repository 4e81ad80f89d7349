/**
 * Tickers: the seat's only source of time. intervalTicker is the production
 * one; ManualTicker lets tests advance time exactly.
 */
import type { Ticker } from './ports.js';

/** Ticks every `tickMs` milliseconds with a real timer. */
export function intervalTicker(tickMs: number): Ticker {
  let timer: NodeJS.Timeout | undefined;
  return {
    start(onTick) {
      if (timer !== undefined) return;
      timer = setInterval(onTick, tickMs);
    },
    stop() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    },
  };
}

/** Ticks only when a test calls tick(). */
export class ManualTicker implements Ticker {
  private onTick: (() => void) | undefined;

  start(onTick: () => void): void {
    this.onTick = onTick;
  }

  stop(): void {
    this.onTick = undefined;
  }

  tick(n = 1): void {
    for (let k = 0; k < n; k++) this.onTick?.();
  }
}
