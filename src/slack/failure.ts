import type { Logger } from 'pino';

/** The short apology a person sees where they asked when something broke on our side. */
export const APOLOGY = "Sorry, something went wrong on my side and I couldn't answer that. Please try again in a minute.";

/** What a log line may say about where a failure happened: types and ids, never message text. */
export interface FailureSite {
  handler: string;
  type?: string;
  eventId?: string;
  channel?: string;
  user?: string;
  ts?: string;
}

/**
 * The catch of every handler: log at error with the event type and ids, then apologise where
 * the person asked. A failing apology is logged too, never thrown, so one bad payload cannot
 * take the process down.
 */
export async function reportFailure(
  logger: Logger,
  error: unknown,
  site: FailureSite,
  apologise?: (text: string) => Promise<unknown>,
): Promise<void> {
  logger.error({ err: error, ...site }, `${site.handler} failed`);
  if (!apologise) return;
  try {
    await apologise(APOLOGY);
  } catch (apologyError) {
    logger.warn({ err: apologyError, ...site }, `${site.handler}: the apology could not be sent either`);
  }
}
