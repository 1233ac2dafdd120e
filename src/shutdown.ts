import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import type { InFlight } from './slack/in-flight.js';

/** How long work in progress may take to finish after SIGTERM or SIGINT. */
export const SHUTDOWN_GRACE_MS = 10_000;

export interface ShutdownParts {
  logger: Pick<Logger, 'info' | 'warn'>;
  inFlight: InFlight;
  /** Closes the HTTP server or the socket; may wait for work in progress. */
  stopReceiving: () => Promise<void>;
  /** Closed once the work is done or the grace period is over: the knowledge watcher, the feedback store. */
  release?: (() => unknown)[];
  graceMs?: number;
}

/**
 * Stops taking new deliveries (HTTP answers 503, Socket Mode leaves them unacknowledged, so
 * Slack delivers them again), lets work in progress finish for up to `graceMs`, closes the
 * receiver and the rest. Resolves with the exit code: 0 when everything finished, 1 when
 * the grace period ran out first.
 */
export async function shutDown(parts: ShutdownParts): Promise<number> {
  const { logger, inFlight, graceMs = SHUTDOWN_GRACE_MS } = parts;
  inFlight.stopAccepting();
  logger.info({ inFlight: inFlight.size, graceMs }, 'shutting down: taking no new work, finishing work in progress');
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), graceMs);
  });
  const stopped = parts
    .stopReceiving()
    .catch((error: unknown) => logger.warn({ err: error }, 'shutdown: the receiver did not stop cleanly'));
  const finished = await Promise.race([Promise.all([inFlight.idle(), stopped]).then(() => true as const), graceOver]);
  clearTimeout(timer);
  for (const release of parts.release ?? []) {
    try {
      await release();
    } catch (error) {
      logger.warn({ err: error }, 'shutdown: a resource did not close cleanly');
    }
  }
  if (!finished) {
    logger.warn({ unfinished: inFlight.size, graceMs }, 'shutdown: grace period over with work unfinished');
    return 1;
  }
  logger.info('shut down cleanly');
  return 0;
}

/**
 * On the first SIGTERM or SIGINT runs `shutdown` and exits with its code; a second signal
 * while it runs exits at once (a second Ctrl-C means "now").
 */
export function exitOnSignals(
  target: EventEmitter,
  logger: Pick<Logger, 'warn'>,
  shutdown: () => Promise<number>,
  exit: (code: number) => void,
): () => void {
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    shutdown().then(exit, () => exit(1));
  };
  target.on('SIGTERM', onSignal);
  target.on('SIGINT', onSignal);
  return () => {
    target.off('SIGTERM', onSignal);
    target.off('SIGINT', onSignal);
  };
}
