import { describe, expect, it } from 'vitest';
import { boundedFetch, webClientOptions, WEB_API_LIMITS } from '../../src/slack/web-client-options.js';

describe('Web API client options', () => {
  it('bound retries and attempt time, and point at SLACK_API_URL', () => {
    const options = webClientOptions({ slack: { apiUrl: 'http://127.0.0.1:9/api/' } });
    expect(options.slackApiUrl).toBe('http://127.0.0.1:9/api/');
    expect(options.retryConfig?.retries).toBe(WEB_API_LIMITS.retries);
    expect(options.retryConfig?.maxTimeout).toBeLessThanOrEqual(2_000);
    expect(options.timeout).toBe(WEB_API_LIMITS.attemptTimeoutMs);
    expect(webClientOptions({ slack: {} }).slackApiUrl).toBeUndefined();
  });

  it('cap a 429 Retry-After so a rate limit cannot stall a handler for minutes', async () => {
    const base = async () => new Response('{}', { status: 429, headers: { 'retry-after': '3600' } });
    const response = await boundedFetch(5, 1_000, base as typeof fetch)('http://x/api/chat.postMessage');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('5');
  });

  it('leave short Retry-After values and other responses alone, and give every call a deadline', async () => {
    let signal: AbortSignal | undefined;
    const base = async (_url: unknown, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Response('{}', { status: 429, headers: { 'retry-after': '2' } });
    };
    const response = await boundedFetch(5, 1_000, base as typeof fetch)('http://x/api/chat.postMessage');
    expect(response.headers.get('retry-after')).toBe('2');
    expect(signal).toBeInstanceOf(AbortSignal);
  });
});
