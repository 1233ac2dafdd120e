import { AuthorizationError, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { boltLogger } from './bolt-logger.js';
import { MalformedPayloadError, ShuttingDownError } from './deliveries.js';

/**
 * The two Slack transports, built here rather than by App, because App does not forward
 * several receiver options (custom routes, error handlers, the socket client's Web API URL).
 */

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';

export interface HttpReceiverOptions {
  signingSecret: string;
  logger: Logger;
  /** /healthz answers 200 once this is true, 503 before. */
  ready: () => boolean;
}

/**
 * POST /slack/events for events, slash commands and interactivity, with signature verification
 * (forged, stale and unsigned requests get 401 before any listener runs), and GET /healthz.
 */
export function createHttpReceiver({ signingSecret, logger, ready }: HttpReceiverOptions): HTTPReceiver {
  return new HTTPReceiver({
    signingSecret,
    signatureVerification: true,
    endpoints: [EVENTS_PATH],
    logger: boltLogger(logger, 'http-receiver'),
    // Ack first, work after: Slack wants the HTTP answer within 3 s and our listeners ack at once.
    processBeforeResponse: false,
    customRoutes: [
      {
        path: HEALTH_PATH,
        method: ['GET'],
        handler: (_req, res) => {
          const ok = ready();
          res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok }));
        },
      },
    ],
    processEventErrorHandler: async ({ error, response, logger: log }) => {
      if (response.headersSent) {
        log.error('A listener failed after the request was acknowledged', error);
        return false;
      }
      const status = error instanceof MalformedPayloadError ? 400 : error instanceof AuthorizationError ? 401 : error instanceof ShuttingDownError ? 503 : 500;
      if (status === 500) log.error('A delivery could not be processed', error);
      else log.warn(`Refused a delivery (${status}): ${error.message}`);
      response.writeHead(status);
      response.end();
      return false;
    },
  });
}

export interface SocketReceiverOptions {
  appToken: string;
  logger: Logger;
  /** Options for the client that calls apps.connections.open (slackApiUrl, retries). */
  clientOptions?: webApi.WebClientOptions;
}

/** Socket Mode: no public URL; events arrive over a WebSocket opened with the app-level token. */
export function createSocketReceiver({ appToken, logger, clientOptions }: SocketReceiverOptions): SocketModeReceiver {
  return new SocketModeReceiver({
    appToken,
    logger: boltLogger(logger, 'socket-mode'),
    installerOptions: { clientOptions },
    processEventErrorHandler: async ({ error, logger: log }) => {
      // Not acknowledged, so Slack delivers it again once a running instance is connected.
      if (error instanceof ShuttingDownError) return false;
      log.error('A Socket Mode delivery could not be processed', error);
      // Acknowledge anyway: a redelivery of a payload that broke us would break us again.
      return true;
    },
  });
}
