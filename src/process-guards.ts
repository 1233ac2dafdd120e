import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';

/**
 * A stray rejected promise somewhere in a dependency would end the process by default, and with
 * it every conversation in progress: it is logged at error, with the stack, and the bot keeps
 * serving (each delivery is independent). An uncaught exception is different: Node documents
 * the process as being in an undefined state afterwards, so it is logged, `onUncaughtException`
 * runs (the composition root shuts down gracefully and exits 1, for a supervisor to restart the
 * bot). Installed only once the bot is serving. Returns a function that removes the guards.
 */
export function installProcessGuards(
  logger: Pick<Logger, 'error'>,
  target: EventEmitter = process,
  onUncaughtException: (error: unknown) => void = () => {},
): () => void {
  const onRejection = (reason: unknown) => {
    logger.error({ err: reason }, 'Unhandled promise rejection; still serving');
  };
  const onException = (error: unknown, origin?: string) => {
    logger.error({ err: error, origin }, 'Uncaught exception; shutting down');
    onUncaughtException(error);
  };
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
