import type { App, ReceiverEvent } from '@slack/bolt';

/**
 * Counts deliveries from the moment the receiver hands them to the app until every listener
 * has finished. Graceful shutdown waits on it, and tests use it to know a request caused no
 * more work, without sleeping.
 */
export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  get size(): number {
    return this.count;
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

/** Thrown for a verified request whose body is not a Slack payload Bolt could route; the receiver answers 400. */
export class MalformedPayloadError extends Error {
  readonly code = 'SLACK_PAYLOAD_MALFORMED';
}

function isSlackPayload(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  if (typeof b.command === 'string') return true;
  if (b.type === 'event_callback') return typeof b.event === 'object' && b.event !== null && typeof (b.event as { type?: unknown }).type === 'string';
  return typeof b.type === 'string';
}

/**
 * Wraps App#processEvent, which both receivers call for each delivery: malformed bodies are
 * refused before Bolt sees them, and every delivery is counted in `inFlight`.
 */
export function guardDeliveries(app: App, inFlight: InFlight): void {
  const process = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent) => {
    if (!isSlackPayload(event.body)) throw new MalformedPayloadError('not a Slack event, command or interaction payload');
    return inFlight.track(process(event));
  };
}
