import type { AnyMiddlewareArgs, App, Middleware, Receiver, ReceiverEvent } from '@slack/bolt';
import { InFlight } from './in-flight.js';
import { MalformedPayloadError, ShuttingDownError } from '../core/errors.js';

// Defined with every other coded error in src/core/errors.ts; exported here for existing importers.
export { MalformedPayloadError, ShuttingDownError };

function isSlackPayload(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  if (typeof b.command === 'string') return true;
  if (b.type === 'event_callback')
    return typeof b.event === 'object' && b.event !== null && typeof (b.event as { type?: unknown }).type === 'string';
  return typeof b.type === 'string';
}

/**
 * How a delivery reaches App#processEvent from our receivers: malformed bodies are refused
 * before Bolt sees them, so is everything once shutdown began, every delivery is counted in
 * `inFlight`, and one no listener acknowledged is acknowledged empty at once (Bolt would leave
 * it to its 3 s timer, which answers 404 and logs an error).
 */
export async function deliver(app: Pick<App, 'processEvent'>, inFlight: InFlight, event: ReceiverEvent): Promise<void> {
  if (!inFlight.accepting) throw new ShuttingDownError('shutting down; not taking new deliveries');
  if (!isSlackPayload(event.body)) throw new MalformedPayloadError('not a Slack event, command or interaction payload');
  let acked = false;
  const ack = event.ack;
  // The event is ours to hand on: a receiver builds it, and Bolt's receivers give it to whatever
  // `app` their init() received. Nothing on the App is changed.
  const counted: ReceiverEvent = {
    ...event,
    ack: async (response) => {
      acked = true;
      await ack(response);
    },
  };
  try {
    await inFlight.track(app.processEvent(counted));
    // Nothing listens for it (a command or action this app does not have, a type Bolt cannot route).
    if (!acked) await ack();
  } catch (error) {
    // Errors from middleware and listeners go to app.error and never get here; a TypeError
    // before the ack is Bolt failing to read a field it expects (a null channel, no user).
    if (!acked && error instanceof TypeError)
      throw new MalformedPayloadError(`a field Slack always sends is missing or malformed (${error.message})`, { cause: error });
    throw error;
  }
}

/** A receiver that hands every delivery to the app through deliver(), counting it in `inFlight`. */
export interface GuardedReceiver extends Receiver {
  readonly inFlight: InFlight;
}

export function isGuardedReceiver(receiver: Receiver): receiver is GuardedReceiver {
  return (receiver as Partial<GuardedReceiver>).inFlight instanceof InFlight;
}

/**
 * The app as our receivers pass it to the Bolt receiver they wrap: the same App (its prototype
 * is the app, nothing on it changes), with processEvent going through deliver(). Bolt's HTTP and
 * Socket Mode receivers use nothing of the app but processEvent (test/slack/deliveries.test.ts
 * fails if that changes).
 */
export function guardedApp(app: App, inFlight: InFlight): App {
  const facade: App = Object.create(app);
  facade.processEvent = (event) => deliver(app, inFlight, event);
  return facade;
}

/**
 * Global middleware: Bolt acknowledges an event before any middleware runs; the work it causes
 * starts in a later turn of the event loop, so deliveries that arrived meanwhile are
 * acknowledged first rather than queued behind this one's work.
 */
export const yieldAfterEventAck: Middleware<AnyMiddlewareArgs> = async ({ body, next }) => {
  if ((body as { type?: unknown }).type === 'event_callback') await new Promise((resolve) => setImmediate(resolve));
  await next();
};
