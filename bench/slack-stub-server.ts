import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BOT_ID, BOT_USER_ID } from './slack-stub.js';

/**
 * The Web API stand-in itself, run as its own process by slack-stub.ts so its work never
 * shares an event loop with the load generator. Every answer is a constant (or a constant
 * with a counter in it): no body is parsed, nothing is recorded but a count.
 * Prints {"port":N} once listening. GET /__calls answers the number of calls so far.
 * Usage: tsx bench/slack-stub-server.ts
 */

const OK = Buffer.from('{"ok":true}');
const AUTH_TEST = Buffer.from(
  JSON.stringify({ ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: 'T0001', team: 'Bench', url: 'https://bench.slack.com/' }),
);
const CONVERSATIONS_OPEN = Buffer.from('{"ok":true,"channel":{"id":"D0BENCH"}}');
const HEADERS = { 'content-type': 'application/json' };

let calls = 0;
let ts = 1_700_000_000;

function bodyFor(url: string): Buffer | string {
  // "/api/chat.postMessage": the method is read from fixed offsets, not parsed.
  if (url.startsWith('/api/chat.')) return `{"ok":true,"channel":"C0CHANNEL1","ts":"${ts++}.000100"}`;
  if (url.startsWith('/api/auth.test')) return AUTH_TEST;
  if (url.startsWith('/api/conversations.open')) return CONVERSATIONS_OPEN;
  return OK;
}

{
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/__calls') {
      res.writeHead(200, HEADERS).end(String(calls));
      return;
    }
    req.resume();
    req.on('end', () => {
      calls++;
      res.writeHead(200, HEADERS).end(bodyFor(url));
    });
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(JSON.stringify({ port: (server.address() as AddressInfo).port }) + '\n');
  });
  process.on('SIGTERM', () => process.exit(0));
}
