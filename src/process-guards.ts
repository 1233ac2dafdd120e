import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';

/**
 * A stray rejected promise or a throw from a timer somewhere in a dependency would end the
 * process by default, and with it every conversation in progress. The bot logs it at error,
 * with the stack, and keeps serving: each delivery is independent, so one bad one should not
 * cost the rest. Returns a function that removes the guards.
 */
export function installProcessGuards(logger: Pick<Logger, 'error'>, target: EventEmitter = process): () => void {
  const onRejection = (reason: unknown) => {
    logger.error({ err: reason }, 'Unhandled promise rejection; still serving');
  };
  const onException = (error: unknown, origin?: string) => {
    logger.error({ err: error, origin }, 'Uncaught exception; still serving');
  };
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
