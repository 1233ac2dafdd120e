import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
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
    const response = await boundedFetch(5, 1_000, base)('http://x/api/chat.postMessage');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('5');
  });

  it('leave short Retry-After values and other responses alone, and give every call a deadline', async () => {
    let signal: AbortSignal | undefined;
    const base = async (_url: unknown, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Response('{}', { status: 429, headers: { 'retry-after': '2' } });
    };
    const response = await boundedFetch(5, 1_000, base)('http://x/api/chat.postMessage');
    expect(response.headers.get('retry-after')).toBe('2');
    expect(signal).toBeInstanceOf(AbortSignal);
  });
});

describe('the Web API client with these options, against a real server', () => {
  async function withServer(
    handler: (req: IncomingMessage, res: ServerResponse, body: string) => void,
    run: (origin: string) => Promise<void>,
  ): Promise<void> {
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

  const client = (origin: string) =>
    new webApi.WebClient('xoxb-test', { ...webClientOptions({ slack: { apiUrl: `${origin}/api/` } }), logLevel: webApi.LogLevel.ERROR });

  it('sends each call once, with its body, over kept-alive connections', async () => {
    const ports = new Set<number>();
    const bodies: string[] = [];
    await withServer(
      (req, res, body) => {
        ports.add(req.socket.remotePort!);
        bodies.push(`${req.method} ${req.url} ${body}`);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      },
      async (origin) => {
        const web = client(origin);
        for (let n = 0; n < 8; n++) await web.chat.postMessage({ channel: 'C1', text: `n=${n}` });
      },
    );
    expect(bodies).toHaveLength(8);
    expect(bodies[7]).toMatch(/^POST \/api\/chat\.postMessage .*n%3D7/);
    // Node's fetch pools connections: a call may take a second one while the first is released, never one per call.
    expect(ports.size).toBeLessThanOrEqual(2);
  });

  it('never follows a redirect: each attempt is one POST (the hand-written client once re-sent it)', async () => {
    const seen: string[] = [];
    await withServer(
      (req, res) => {
        seen.push(`${req.method} ${req.url}`);
        if (req.url === '/api/chat.postMessage') {
          res.writeHead(302, { location: '/api/moved' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      },
      async (origin) => {
        await client(origin)
          .chat.postMessage({ channel: 'C1', text: 'once' })
          .catch(() => undefined);
      },
    );
    expect(seen).toEqual(Array(1 + WEB_API_LIMITS.retries).fill('POST /api/chat.postMessage'));
  });

  it('passes a 429 with its Retry-After through boundedFetch, capped', async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(429, { 'retry-after': '3600' });
        res.end('{"ok":false}');
      },
      async (origin) => {
        const response = await boundedFetch(5, 1_000)(`${origin}/api/chat.postMessage`, { method: 'POST', body: 'x=1' });
        expect(response.status).toBe(429);
        expect(response.headers.get('retry-after')).toBe('5');
      },
    );
  });
});
