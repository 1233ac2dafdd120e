import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ListenOptions } from 'node:net';
import {
  type App,
  AuthorizationError,
  ErrorCode,
  HTTPModuleFunctions,
  HTTPReceiver,
  isRawBodyError,
  SocketModeReceiver,
  verifySlackRequest,
  type webApi,
} from '@slack/bolt';
import type { Logger } from 'pino';
import { boltLogger } from './bolt-logger.js';
import { guardedApp, MalformedPayloadError, ShuttingDownError, type GuardedReceiver } from './deliveries.js';
import { InFlight } from './in-flight.js';

/**
 * The two Slack transports, built here rather than by App, because App does not forward
 * several receiver options (custom routes, error handlers, the socket client's Web API URL).
 */

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

/** Larger bodies get 413 (Slack's payloads are a few KB; Bolt's own default is 4 MB). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpLimits {
  /** Bolt logs a delivery no listener acknowledged after this long (its default; tests shorten it). */
  ackTimeoutMs: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  checkIntervalMs: number;
  keepAliveTimeoutMs: number;
}

/** How long a client may take over its headers, and over the whole request, before the server answers 408 and closes. */
export const HTTP_LIMITS: Readonly<HttpLimits> = {
  ackTimeoutMs: 3_001,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  /** How often Node checks the two timeouts above (its default, 30 s, would let a slow client stay that much longer). */
  checkIntervalMs: 1_000,
  /** An idle kept-alive connection is closed after this long. */
  keepAliveTimeoutMs: 5_000,
};

export interface HttpReceiverOptions {
  signingSecret: string;
  logger: Logger;
  /** /healthz answers 200 once this is true, 503 before. */
  ready: () => boolean;
  /** Overrides for the timeouts (tests use short ones). */
  limits?: Partial<HttpLimits>;
  maxBodyBytes?: number;
  /** Shared services (REDIS_URL, DATABASE_URL) and whether each is reachable; /readyz needs all of them. */
  services?: () => Record<string, boolean>;
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
 * Bolt's HTTPReceiver behind a gate of our own, as a custom receiver (Bolt's public Receiver
 * interface). The gate runs first on every POST to /slack/events and reads only what it must:
 * no signature headers → 401 before the body is read; a declared length over 1 MB → 413 without
 * reading it (the connection is closed); then the raw bytes, capped at 1 MB, are verified (401)
 * before anything parses them. Only a verified body reaches Bolt, which routes it (it verifies
 * the same bytes again, cheaply). The server is ours so its header and request timeouts can be
 * set: a client dribbling its headers or body is answered 408 and disconnected.
 */
export class SlackHttpReceiver implements GuardedReceiver {
  readonly bolt: HTTPReceiver;
  readonly inFlight = new InFlight();
  readonly #signingSecret: string;
  readonly #logger: Logger;
  readonly #limits: HttpLimits;
  readonly #maxBodyBytes: number;
  #server?: Server;

  constructor({ signingSecret, logger, ready, limits = {}, maxBodyBytes = MAX_BODY_BYTES, services = () => ({}) }: HttpReceiverOptions) {
    this.#signingSecret = signingSecret;
    this.#logger = logger;
    this.#limits = { ...HTTP_LIMITS, ...limits };
    this.#maxBodyBytes = maxBodyBytes;
    this.bolt = new HTTPReceiver({
      signingSecret,
      signatureVerification: true,
      endpoints: [EVENTS_PATH],
      logger: boltLogger(logger, 'http-receiver'),
      bodyLimit: maxBodyBytes,
      unhandledRequestTimeoutMillis: this.#limits.ackTimeoutMs,
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
      // Returning true marks the delivery acknowledged: the answer is written either way, and
      // otherwise Bolt's 3 s timer would log a refused delivery as "not acknowledged".
      processEventErrorHandler: async ({ error, response, logger: log }) => {
        if (response.headersSent) {
          log.error('A listener failed after the request was acknowledged', error);
          return true;
        }
        const status =
          error instanceof MalformedPayloadError
            ? 400
            : error instanceof AuthorizationError
              ? 401
              : error instanceof ShuttingDownError
                ? 503
                : 500;
        if (status === 500) log.error('A delivery could not be processed', error);
        else log.warn(`Refused a delivery (${status}): ${error.message}`);
        response.writeHead(status);
        response.end();
        return true;
      },
    });
  }

  init(app: App): void {
    this.bolt.init(guardedApp(app, this.inFlight));
  }

  /** Listens on a port (or listen options); resolves with the server once it listens, rejects if it cannot (EADDRINUSE). */
  start(portOrOptions: number | ListenOptions = 3000): Promise<Server> {
    if (this.#server) return Promise.reject(new Error('the HTTP receiver is already started'));
    const server = createServer(
      {
        headersTimeout: this.#limits.headersTimeoutMs,
        requestTimeout: this.#limits.requestTimeoutMs,
        connectionsCheckingInterval: this.#limits.checkIntervalMs,
        keepAliveTimeout: this.#limits.keepAliveTimeoutMs,
      },
      (req, res) => this.#handle(req, res),
    );
    this.#server = server;
    return new Promise((resolve, reject) => {
      const failed = (error: Error) => {
        this.#server = undefined;
        reject(error);
      };
      server.once('error', failed);
      server.listen(typeof portOrOptions === 'number' ? { port: portOrOptions } : portOrOptions, () => {
        server.off('error', failed);
        server.on('error', (error) => this.#logger.error({ err: error, component: 'http-receiver' }, 'HTTP server error'));
        resolve(server);
      });
    });
  }

  stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (!server) return Promise.resolve();
    return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const isEvents = req.method === 'POST' && new URL(req.url ?? '/', 'http://localhost').pathname === EVENTS_PATH;
    if (!isEvents) {
      this.#toBolt(req, res);
      return;
    }
    void this.#gate(req, res).then(
      (verified) => {
        if (verified) this.#toBolt(verified, res);
      },
      (error: unknown) => {
        this.#logger.error({ err: error, component: 'http-receiver' }, 'A delivery could not be read');
        refuse(res, 500);
      },
    );
  }

  /** The verified, buffered request, or undefined once it has been answered. */
  async #gate(req: IncomingMessage, res: ServerResponse): Promise<BufferedRequest | undefined> {
    const signature = req.headers['x-slack-signature'];
    const timestamp = req.headers['x-slack-request-timestamp'];
    if (typeof signature !== 'string' || typeof timestamp !== 'string') {
      // Slack's SSL check is the one request it does not sign; it is answered, never routed.
      if (await isSslCheck(req, res)) return undefined;
      return this.#refuse(res, 401, 'no signature headers');
    }
    const declared = Number(req.headers['content-length']);
    if (declared > this.#maxBodyBytes) return this.#refuse(res, 413, `a body of ${declared} bytes (the limit is ${this.#maxBodyBytes})`);
    let buffered: BufferedRequest;
    try {
      buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, this.#maxBodyBytes);
    } catch (error) {
      if (isRawBodyError(error) && (error as { statusCode: number }).statusCode === 413) {
        return this.#refuse(res, 413, `a body over ${this.#maxBodyBytes} bytes`);
      }
      return this.#refuse(res, 400, `the body could not be read (${(error as Error).message})`);
    }
    try {
      verifySlackRequest({
        signingSecret: this.#signingSecret,
        body: buffered.rawBody.toString(),
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      });
    } catch (error) {
      return this.#refuse(res, 401, (error as Error).message);
    }
    // Bolt reads `body.ssl_check` from a body that parsed to null (`null`, `payload=null`) and
    // then never answers; such a body, signed, is refused here.
    if (parsesToNull(buffered)) return this.#refuse(res, 400, 'the body is null');
    return buffered;
  }

  #refuse(res: ServerResponse, status: 400 | 401 | 413 | 500, why: string): undefined {
    this.#logger.warn({ component: 'http-receiver' }, `Refused a delivery (${status}): ${why}`);
    refuse(res, status);
    return undefined;
  }

  #toBolt(req: IncomingMessage, res: ServerResponse): void {
    try {
      this.bolt.requestListener(req, res);
    } catch (error) {
      if ((error as { code?: string }).code === ErrorCode.HTTPReceiverDeferredRequestError) {
        refuse(res, 404);
        return;
      }
      this.#logger.error(
        { err: error, component: 'http-receiver' },
        `An unexpected error occurred during a request (${req.method}) made to ${req.url}`,
      );
      refuse(res, 500);
    }
  }
}

/** POST /slack/events for events, commands and interactivity, signature verified before parsing, and GET /healthz. */
export function createHttpReceiver(options: HttpReceiverOptions): SlackHttpReceiver {
  return new SlackHttpReceiver(options);
}

/**
 * Answers Slack's unsigned SSL check (`ssl_check=1`, possibly with a `token`) with 200, reading
 * at most a few hundred bytes; anything else unsigned is left for a 401.
 */
async function isSslCheck(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.headers['content-type'] !== 'application/x-www-form-urlencoded' || Number(req.headers['content-length']) > 512) return false;
  let body: Buffer;
  try {
    body = await HTTPModuleFunctions.bufferIncomingMessage(req, 512).then((r) => r.rawBody);
  } catch {
    return false;
  }
  if (!/^ssl_check=1(&token=[\w-]{0,100})?$/.test(body.toString('latin1'))) return false;
  res.writeHead(200);
  res.end();
  return true;
}

// JSON that parses to null is `null` with whitespace around it: no need to parse the body to know.
function parsesToNull(req: BufferedRequest): boolean {
  const text = req.rawBody.toString();
  const payload = req.headers['content-type'] === 'application/x-www-form-urlencoded' ? new URLSearchParams(text).get('payload') : text;
  return typeof payload === 'string' && payload.trim() === 'null';
}

/**
 * Answers with no body. A refused request may still be sending (a body over the limit is never
 * read): the connection is closed once the answer is out rather than drained.
 */
function refuse(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status, status === 413 || status === 401 ? { connection: 'close' } : {});
  res.end();
}

export interface SocketReceiverOptions {
  appToken: string;
  logger: Logger;
  /** Options for the client that calls apps.connections.open (slackApiUrl, retries). */
  clientOptions?: webApi.WebClientOptions;
}

/** Socket Mode: no public URL; events arrive over a WebSocket opened with the app-level token. */
export class SlackSocketReceiver implements GuardedReceiver {
  readonly bolt: SocketModeReceiver;
  readonly inFlight = new InFlight();

  constructor({ appToken, logger, clientOptions }: SocketReceiverOptions) {
    this.bolt = new SocketModeReceiver({
      appToken,
      logger: boltLogger(logger, 'socket-mode'),
      installerOptions: { clientOptions },
      processEventErrorHandler: async ({ error, logger: log }) => {
        // Not acknowledged, so Slack delivers it again once a running instance is connected.
        if (error instanceof ShuttingDownError) {
          log.info('Left a delivery unacknowledged: shutting down, Slack delivers it again');
          return false;
        }
        log.error('A Socket Mode delivery could not be processed', error);
        // Acknowledge anyway: a redelivery of a payload that broke us would break us again.
        return true;
      },
    });
  }

  init(app: App): void {
    this.bolt.init(guardedApp(app, this.inFlight));
  }

  start(): Promise<unknown> {
    return this.bolt.start();
  }

  stop(): Promise<unknown> {
    return this.bolt.stop();
  }
}

export function createSocketReceiver(options: SocketReceiverOptions): SlackSocketReceiver {
  return new SlackSocketReceiver(options);
}
