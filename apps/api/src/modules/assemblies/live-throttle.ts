interface Window {
  timer: NodeJS.Timeout;
  /** A change arrived during the window: one more event at its end. */
  pending: boolean;
  /** Events of one key go out one after the other, so a slow read never overtakes a newer one. */
  chain: Promise<void>;
}

/**
 * Leading and trailing throttle per key: the first request runs at once and opens a window; the
 * requests during the window run once at its end (which opens the next window). `now` runs at
 * once whatever the window (status changes must not wait).
 */
export class Throttle {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly intervalMs: number,
    private readonly run: (key: string) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  request(key: string, now: boolean): void {
    const window = this.windows.get(key);
    if (!window) {
      this.windows.set(key, { timer: this.endOfWindow(key), pending: false, chain: Promise.resolve() });
      this.fire(key);
    } else if (now) {
      window.pending = false;
      this.fire(key);
    } else {
      window.pending = true;
    }
  }

  stop(): void {
    for (const window of this.windows.values()) clearTimeout(window.timer);
    this.windows.clear();
  }

  private endOfWindow(key: string): NodeJS.Timeout {
    const timer = setTimeout(() => {
      const window = this.windows.get(key);
      if (!window) return;
      if (!window.pending) {
        this.windows.delete(key);
        return;
      }
      window.pending = false;
      window.timer = this.endOfWindow(key);
      this.fire(key);
    }, this.intervalMs);
    timer.unref();
    return timer;
  }

  private fire(key: string): void {
    const window = this.windows.get(key);
    if (!window) return;
    window.chain = window.chain.then(() => this.run(key)).catch(this.onError);
  }
}
