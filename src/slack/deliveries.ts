import type { App, ReceiverEvent } from '@slack/bolt';
import type { InFlight } from './in-flight.js';

/** Thrown for a verified request whose body is not a Slack payload Bolt could route; the receiver answers 400. */
export class MalformedPayloadError extends Error {
  readonly code = 'SLACK_PAYLOAD_MALFORMED';
}

/** Thrown for a delivery that arrives after shutdown began; HTTP answers 503 and Slack retries it elsewhere or later. */
export class ShuttingDownError extends Error {
  readonly code = 'SLACK_SHUTTING_DOWN';
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
 * refused before Bolt sees them, so is everything once shutdown began, every delivery is
 * counted in `inFlight`, and one no listener acknowledged is acknowledged empty.
 */
export function guardDeliveries(app: App, inFlight: InFlight): void {
  const process = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent) => {
    if (!inFlight.accepting) throw new ShuttingDownError('shutting down; not taking new deliveries');
    if (!isSlackPayload(event.body)) throw new MalformedPayloadError('not a Slack event, command or interaction payload');
    let acked = false;
    const ack = event.ack;
    event.ack = async (response) => {
      acked = true;
      await ack(response);
      // The work after an ack runs in a later turn of the event loop, so deliveries that
      // arrived meanwhile are acknowledged first rather than queued behind this one's work.
      await new Promise((resolve) => setImmediate(resolve));
    };
    try {
      await inFlight.track(process(event));
      // Nothing listens for it (a command or action this app does not have): answer at once
      // rather than leave Slack waiting the 3 s the receiver allows before it gives up.
      if (!acked) await event.ack();
    } catch (error) {
      // Errors from middleware and listeners go to app.error and never get here; a TypeError
      // before the ack is Bolt failing to read a field it expects (a null channel, no user).
      if (!acked && error instanceof TypeError) throw new MalformedPayloadError(`a field Slack always sends is missing or malformed (${error.message})`, { cause: error });
      throw error;
    }
  };
}
