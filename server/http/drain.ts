import type { Server, ServerResponse } from 'node:http';

export type DrainPhase = 'serving' | 'draining' | 'closed';

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/**
 * Counts the requests in flight and closes an HTTP server gracefully: stop accepting connections,
 * close the idle keep-alive ones, finish what is in flight (each answer then closes its
 * connection), and cut whatever is left at the deadline.
 */
export class HttpDrain {
  private readonly inFlight = new Set<ServerResponse>();
  private state: DrainPhase = 'serving';
  private settled: (() => void) | undefined;

  constructor(private readonly server: Server) {}

  get phase(): DrainPhase {
    return this.state;
  }

  get active(): number {
    return this.inFlight.size;
  }

  /** Call at the start of every request. During a drain the answer closes its connection. */
  track(res: ServerResponse): void {
    this.inFlight.add(res);
    if (this.state !== 'serving') res.setHeader('connection', 'close');
    res.once('close', () => {
      this.inFlight.delete(res);
      if (this.inFlight.size === 0) this.settled?.();
    });
  }

  /**
   * Resolves once every request in flight has been answered, or at `deadlineMs`; then every
   * connection is closed. Returns how many requests were cut off.
   */
  async drain(deadlineMs: number): Promise<number> {
    if (this.state !== 'serving') return 0;
    this.state = 'draining';
    const closed = new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
    this.server.closeIdleConnections();
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    if (this.inFlight.size > 0) {
      await Promise.race([
        new Promise<void>((resolve) => (this.settled = resolve)),
        sleep(deadlineMs),
      ]);
    }
    const cut = this.inFlight.size;
    this.state = 'closed';
    this.server.closeAllConnections();
    await closed;
    return cut;
  }
}
