import type { webApi } from '@slack/bolt';
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

/** Options for every Web API client the bot creates (Bolt's, the authorize check's). */
export function webClientOptions(config: Pick<Config, 'slack'>): webApi.WebClientOptions {
  return {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    retryConfig: { retries: WEB_API_LIMITS.retries, factor: 2, minTimeout: 200, maxTimeout: WEB_API_LIMITS.maxRetryDelayMs },
    timeout: WEB_API_LIMITS.attemptTimeoutMs,
    rejectRateLimitedCalls: false,
    // The web client (8.x) sends through WHATWG fetch and has no `agent` option; Node's fetch
    // keeps connections alive on its own (undici's global dispatcher), so no client of our own.
    fetch: boundedFetch(WEB_API_LIMITS.maxRetryAfterSeconds, WEB_API_LIMITS.attemptTimeoutMs),
  };
}
