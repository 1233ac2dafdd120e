import { App, type Receiver, type webApi } from '@slack/bolt';
import { authorizeWithAuthTest } from './authorize.js';
import { boltLogger } from './bolt-logger.js';
import type { BotDeps } from './deps.js';
import { isGuardedReceiver, yieldAfterEventAck } from './deliveries.js';
import { HelpChannels } from './help-channels.js';
import { InFlight } from './in-flight.js';
import { registerListeners } from './listeners/index.js';
import { registerMiddleware } from './middleware/index.js';
import { MemoryRateLimiter } from './middleware/rate-limit.js';

export interface SlackTransport {
  receiver: Receiver;
  token: string;
  /** Known ids skip auth.test; without them it runs on the first delivery. */
  botUserId?: string;
  botId?: string;
  clientOptions?: webApi.WebClientOptions;
}

/** The app plus the count of deliveries in progress (for shutdown and tests). */
export type SlackApp = App & { inFlight: InFlight };

/** Builds the Bolt app for any transport: HTTP, Socket Mode or the local chat's receiver. */
export function createSlackApp(deps: BotDeps, transport: SlackTransport): SlackApp {
  const { receiver, token, botUserId, botId, clientOptions = {} } = transport;
  // Without a logger the web client prints to the console, past pino and its redaction.
  const identity =
    botUserId && botId
      ? { token, botUserId, botId }
      : { authorize: authorizeWithAuthTest(token, { ...clientOptions, logger: boltLogger(deps.logger, 'web-api') }) };
  const app = new App({
    ...identity,
    receiver,
    clientOptions,
    logger: boltLogger(deps.logger),
    convoStore: false,
    extendedErrorHandler: true,
  }) as SlackApp;
  // Our Slack receivers count deliveries themselves (src/slack/deliveries.ts); the local chat's does not need to.
  app.inFlight = isGuardedReceiver(receiver) ? receiver.inFlight : new InFlight();
  app.use(yieldAfterEventAck);
  // Listeners catch their own errors; this catches what escapes middleware or a listener's catch.
  const onError = async ({ error, body }: { error: Error; body?: unknown }) => {
    deps.logger.error({ err: error, type: (body as { type?: string } | undefined)?.type }, 'Unhandled error in a Slack listener');
  };
  app.error(onError);
  // One allowance per process, shared by the middleware and the listeners that meet questions
  // only once they have read a thread (follow-ups, help channels).
  const perMinute = deps.config.rateLimitPerMinute;
  const shared: BotDeps = {
    ...deps,
    ...(perMinute !== null && !deps.rateLimiter ? { rateLimiter: new MemoryRateLimiter(perMinute) } : {}),
    // One cache of the help-channel settings per app, like the allowance.
    helpChannels:
      deps.helpChannels ?? new HelpChannels({ listed: deps.config.autoAnswerChannels, store: deps.channelSettings, logger: deps.logger }),
  };
  registerMiddleware(app, shared);
  registerListeners(app, shared);
  return app;
}
