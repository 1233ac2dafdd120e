import type { webApi } from '@slack/bolt';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Config } from '../config.js';

/**
 * Web API client settings that cannot hang: the SDK defaults retry for about thirty minutes
 * and wait as long as a 429's Retry-After says. Here a call is tried 3 times at most, each
 * attempt gives up after 5 s, and a Retry-After is honoured up to 5 s.
 */
export const WEB_API_LIMITS = {
  retries: 2,
  maxRetryDelayMs: 2_000,
  attemptTimeoutMs: 5_000,
  maxRetryAfterSeconds: 5,
} as const;

type Fetch = typeof globalThis.fetch;

/**
 * A fetch whose 429 answers carry a Retry-After of at most `maxSeconds`, so the web client's
 * own rate-limit handling waits a bounded time; responses to `response_url` get a timeout too.
 */
export function boundedFetch(maxSeconds: number, timeoutMs: number, base: Fetch = globalThis.fetch): Fetch {
  return async (input, init) => {
    const response = await base(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
    if (response.status !== 429 || !(retryAfter > maxSeconds)) return response;
    const headers = new Headers(response.headers);
    headers.set('retry-after', String(maxSeconds));
    return new Response(response.body, { status: 429, statusText: response.statusText, headers });
  };
}

const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/**
 * fetch over node:http(s) with kept-alive connections, for the Web API and response_url.
 * Node's own fetch spent about 0.8 ms of CPU per call building its Request, streams and
 * signals: under load, the largest part of answering a mention after the search itself.
 * It handles what the clients send (a string or bytes, or no body, to an http(s) URL) and
 * passes anything else, and any redirect, to globalThis.fetch.
 */
export const keepAliveFetch: Fetch = async (input, init = {}) => {
  const { body, signal } = init;
  const plainBody = body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
  const url = typeof input === 'string' || input instanceof URL ? new URL(input) : null;
  if (!url || !plainBody || (url.protocol !== 'http:' && url.protocol !== 'https:')) return globalThis.fetch(input, init);
  signal?.throwIfAborted();
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, key) => (headers[key] = value));
  const secure = url.protocol === 'https:';
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(url, { method: init.method ?? 'GET', headers, agent: secure ? agents.https : agents.http, signal: signal ?? undefined }, resolve);
    req.once('error', reject);
    req.end(body ?? undefined);
  });
  const status = res.statusCode ?? 0;
  if (status >= 300 && status < 400 && res.headers.location) {
    res.resume();
    return globalThis.fetch(input, init);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  const responseHeaders = new Headers();
  for (const [key, value] of Object.entries(res.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) responseHeaders.append(key, v);
  }
  return new Response(NULL_BODY_STATUS.has(status) ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage ?? '', headers: responseHeaders });
};

/** Options for every Web API client the bot creates (Bolt's, the authorize check's). */
export function webClientOptions(config: Pick<Config, 'slack'>): webApi.WebClientOptions {
  return {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    retryConfig: { retries: WEB_API_LIMITS.retries, factor: 2, minTimeout: 200, maxTimeout: WEB_API_LIMITS.maxRetryDelayMs },
    timeout: WEB_API_LIMITS.attemptTimeoutMs,
    rejectRateLimitedCalls: false,
    fetch: boundedFetch(WEB_API_LIMITS.maxRetryAfterSeconds, WEB_API_LIMITS.attemptTimeoutMs, keepAliveFetch),
  };
}
