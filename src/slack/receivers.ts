import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { AuthorizationError, defaultBodyLimit, HTTPModuleFunctions, HTTPReceiver, isRawBodyError, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { boltLogger } from './bolt-logger.js';
import { MalformedPayloadError, ShuttingDownError } from './deliveries.js';

/**
 * The two Slack transports, built here rather than by App, because App does not forward
 * several receiver options (custom routes, error handlers, the socket client's Web API URL).
 */

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

export interface HttpReceiverOptions {
  signingSecret: string;
  logger: Logger;
  /** /healthz answers 200 once this is true, 503 before. */
  ready: () => boolean;
  /** Shared services (REDIS_URL, DATABASE_URL) and whether each is reachable; /readyz needs all of them. */
  services?: () => Record<string, boolean>;
}

/**
 * POST /slack/events for events, slash commands and interactivity, with signature verification
 * (forged, stale and unsigned requests get 401 before any listener runs), and GET /healthz.
 */
export function createHttpReceiver({ signingSecret, logger, ready, services = () => ({}) }: HttpReceiverOptions): HTTPReceiver {
  const receiver = new HTTPReceiver({
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
      readinessRoute(ready, services),
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
  refuseNullBodies(receiver, signingSecret, logger);
  return receiver;
}

/**
 * GET /readyz: /healthz stays liveness (the process serves), this says whether this replica
 * has everything it shares with the others. 503 while a configured Redis or PostgreSQL is
 * unreachable: the replica still answers from its own memory, but a load balancer that can
 * choose should send work to one that shares. `{"ok":false,"services":{"REDIS_URL":false}}`.
 */
function readinessRoute(ready: () => boolean, services: () => Record<string, boolean>) {
  return {
    path: READY_PATH,
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      const state = services();
      const ok = ready() && Object.values(state).every(Boolean);
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok, services: state }));
    },
  };
}

type BufferedRequest = IncomingMessage & { rawBody: Buffer };

/**
 * Bolt's receiver reads `body.ssl_check` from a body that parsed to null (`null`, or
 * `payload=null`): the request then never gets an answer and the error escapes as an unhandled
 * rejection. Such bodies are answered here (401 unless signed, 400 if signed); every other
 * request goes on to Bolt with its body already read, which Bolt accepts as is.
 */
function refuseNullBodies(receiver: HTTPReceiver, signingSecret: string, logger: Logger): void {
  const bolt = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== EVENTS_PATH) return bolt(req, res);
    HTTPModuleFunctions.bufferIncomingMessage(req, defaultBodyLimit).then(
      async (buffered) => {
        if (!parsesToNull(buffered)) return bolt(buffered, res);
        const signed = await HTTPModuleFunctions.parseAndVerifyHTTPRequest({ enabled: true, signingSecret }, buffered).then(() => true, () => false);
        logger.warn({ component: 'http-receiver' }, `Refused a delivery (${signed ? 400 : 401}): the body is null`);
        answer(res, signed ? 400 : 401);
      },
      (error: unknown) => answer(res, isRawBodyError(error) && (error as { statusCode: number }).statusCode === 413 ? 413 : 400),
    );
  };
}

function parsesToNull(req: BufferedRequest): boolean {
  try {
    const text = req.rawBody.toString();
    const payload = req.headers['content-type'] === 'application/x-www-form-urlencoded' ? parseForm(text).payload : text;
    return typeof payload === 'string' && JSON.parse(payload) === null;
  } catch {
    return false;
  }
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
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
