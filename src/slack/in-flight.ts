/**
 * Counts deliveries from the moment the receiver hands them to the app until every listener
 * has finished. Graceful shutdown waits on it, and tests use it to know a request caused no
 * more work, without sleeping.
 */
export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];
  private open = true;

  get size(): number {
    return this.count;
  }

  /** False once shutdown began: new deliveries are refused, work in progress carries on. */
  get accepting(): boolean {
    return this.open;
  }

  stopAccepting(): void {
    this.open = false;
  }

  async track<T>(work: Promise<T>): Promise<T> {
    this.count += 1;
    try {
      return await work;
    } finally {
      this.count -= 1;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Resolves once nothing is in flight. */
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
