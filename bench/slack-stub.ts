import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Slack's Web API (and response_url posts) for the HTTP and startup
 * scenarios: every method answers ok with the shapes the bot reads, nothing is recorded,
 * so the stub stays cheap under load and the bot never reaches the network.
 */

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';

export interface SlackStub {
  apiUrl: string;
  responseUrl: string;
  calls: () => number;
  stop: () => Promise<void>;
}

export async function startSlackStub(): Promise<SlackStub> {
  let calls = 0;
  let ts = 1_700_000_000;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      calls++;
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
      const body: Record<string, unknown> = { ok: true };
      if (method === 'auth.test') Object.assign(body, { user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: 'T0001', team: 'Bench', url: 'https://bench.slack.com/' });
      if (method?.startsWith('chat.')) Object.assign(body, { channel: 'C0CHANNEL1', ts: `${ts++}.000100` });
      if (method === 'conversations.open') Object.assign(body, { channel: { id: 'D0BENCH' } });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: `http://127.0.0.1:${port}/response/`,
    calls: () => calls,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
