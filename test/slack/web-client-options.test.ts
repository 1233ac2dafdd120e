import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { boundedFetch, keepAliveFetch, webClientOptions, WEB_API_LIMITS } from '../../src/slack/web-client-options.js';

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

describe('keepAliveFetch', () => {
  async function withServer(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void, run: (origin: string) => Promise<void>): Promise<void> {
    const server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => handler(req, res, body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  it('sends the method, headers and body, and gives back status, headers and body, over one kept-alive connection', async () => {
    const ports = new Set<number>();
    await withServer((req, res, body) => {
      ports.add(req.socket.remotePort!);
      res.writeHead(201, { 'content-type': 'application/json', 'x-echo': `${req.method} ${req.headers['content-type']}` });
      res.end(JSON.stringify({ body }));
    }, async (origin) => {
      for (let n = 0; n < 3; n++) {
        const response = await keepAliveFetch(`${origin}/api/chat.postMessage`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `n=${n}` });
        expect(response.status).toBe(201);
        expect(response.ok).toBe(true);
        expect(response.headers.get('x-echo')).toBe('POST application/x-www-form-urlencoded');
        expect(await response.json()).toEqual({ body: `n=${n}` });
      }
    });
    expect(ports.size).toBe(1);
  });

  it('passes a 429 with its Retry-After through boundedFetch, capped', async () => {
    await withServer((_req, res) => {
      res.writeHead(429, { 'retry-after': '3600' });
      res.end('{"ok":false}');
    }, async (origin) => {
      const response = await boundedFetch(5, 1_000, keepAliveFetch)(`${origin}/api/chat.postMessage`, { method: 'POST', body: 'x=1' });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('5');
    });
  });

  it('gives up when the signal aborts, and refuses an already aborted signal', async () => {
    await withServer(() => {
      // Never answers.
    }, async (origin) => {
      await expect(keepAliveFetch(`${origin}/api/slow`, { method: 'POST', body: 'x', signal: AbortSignal.timeout(50) })).rejects.toThrow();
      const aborted = AbortSignal.abort(new Error('gone'));
      await expect(keepAliveFetch(`${origin}/api/slow`, { signal: aborted })).rejects.toThrow('gone');
    });
  });

  it('leaves bodies it does not handle (FormData) to fetch', async () => {
    await withServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(String(req.headers['content-type']));
    }, async (origin) => {
      const form = new FormData();
      form.set('a', 'b');
      const response = await keepAliveFetch(`${origin}/api/files.upload`, { method: 'POST', body: form });
      expect(await response.text()).toMatch(/^multipart\/form-data/);
    });
  });
});
