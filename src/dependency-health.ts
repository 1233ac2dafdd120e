import type { Logger } from 'pino';

/**
 * Whether a shared service (Redis, PostgreSQL) is reachable right now. Callers skip the
 * service while it is down instead of waiting on it, so an outage never delays an answer.
 * The state changes on evidence (a command that failed or succeeded, the client's own
 * events) and on a probe that runs while the service is down, and slowly while it is up so
 * an idle outage still shows on /readyz. One warning per outage, one line when it is back.
 */

export type HealthLogger = Pick<Logger, 'info' | 'warn'>;

export interface DependencyHealthOptions {
  /** The variable that configured it, named in every log line (its value may hold a password). */
  variable: string;
  logger: HealthLogger;
  /** What this process does while the service is down, for the warning. */
  whileDown: string;
  /** What resumes when it is back, for the info line. */
  whenBack: string;
  /** Resolves when the service answers; rejects or times out otherwise. */
  probe: () => Promise<unknown>;
  probeTimeoutMs?: number;
  /** Probe interval while down (default 1 s) and while up (default 5 s). */
  downIntervalMs?: number;
  upIntervalMs?: number;
}

export class DependencyHealth {
  #up = false;
  // Until the first verdict the service is neither back nor lost: the first one logs as such.
  #known = false;
  #timer: NodeJS.Timeout | undefined;
  #probing = false;
  #closed = false;
  #lastError: string | undefined;

  constructor(private readonly options: DependencyHealthOptions) {
    this.#schedule();
  }

  get variable(): string {
    return this.options.variable;
  }

  get up(): boolean {
    return this.#up;
  }

  markUp(): void {
    if (this.#closed || this.#up) return;
    const { logger, variable, whenBack } = this.options;
    if (this.#known) logger.info({ service: variable }, `${variable} is reachable again: ${whenBack}`);
    else logger.info({ service: variable }, `${variable} connected: ${whenBack}`);
    this.#up = true;
    this.#known = true;
    this.#schedule();
  }

  /** Why the service was last found unreachable. */
  get lastError(): string | undefined {
    return this.#lastError;
  }

  markDown(error?: unknown): void {
    const reason = error instanceof Error ? error.message || error.name : error === undefined ? 'no answer' : String(error);
    this.#lastError = reason;
    if (this.#closed || (!this.#up && this.#known)) return;
    const { logger, variable, whileDown } = this.options;
    logger.warn({ service: variable, reason }, `${variable} is unreachable (${reason}): ${whileDown} until it is back`);
    this.#up = false;
    this.#known = true;
    this.#schedule();
  }

  /** Runs `work` with a time limit; its outcome updates the state. Rejects like `work` (or on timeout). */
  async observe<T>(work: () => Promise<T>, timeoutMs = this.options.probeTimeoutMs ?? 1_000): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await Promise.race([
        work(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      this.markUp();
      return result;
    } catch (error) {
      this.markDown(error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.#closed) return;
    const interval = this.#up ? (this.options.upIntervalMs ?? 5_000) : (this.options.downIntervalMs ?? 1_000);
    this.#timer = setTimeout(() => void this.#probe(), interval);
    this.#timer.unref();
  }

  async #probe(): Promise<void> {
    if (this.#probing || this.#closed) return;
    this.#probing = true;
    try {
      await this.observe(this.options.probe);
    } catch {
      // markDown has logged it if it was news.
    } finally {
      this.#probing = false;
      this.#schedule();
    }
  }
}
