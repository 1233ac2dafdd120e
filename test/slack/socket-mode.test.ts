import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseConfig } from '../../src/config.js';
import { loadKnowledgeBase } from '../../src/knowledge/base.js';
import { createLogger } from '../../src/logger.js';
import { createSlackApp, type SlackApp } from '../../src/slack/app.js';
import { createSocketReceiver } from '../../src/slack/receivers.js';
import { webClientOptions } from '../../src/slack/web-client-options.js';
import { RecordingFeedbackSink } from '../support/bot-harness.js';
import { fixture, mentionEvent } from '../support/fixtures.js';
import { SlackApiStub } from '../support/slack-api-stub.js';

/**
 * Socket Mode end to end: the real SocketModeReceiver asks the Web API stub for a socket URL
 * (apps.connections.open with the app-level token), connects to a local WebSocket server
 * speaking Slack's envelope protocol (hello, events_api / slash_commands envelopes, acks by
 * envelope_id), and the same listeners answer through the stub.
 */

let stub: SlackApiStub;
let server: WebSocketServer;
let socket: WebSocket | undefined;
let app: SlackApp;
const acks: { envelope_id: string; payload?: unknown }[] = [];
const logs: string[] = [];

beforeAll(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.on('listening', () => resolve()));
  server.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => acks.push(JSON.parse(String(data)) as { envelope_id: string }));
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'local', approximate_connection_time: 3600 },
        connection_info: { app_id: 'A0001' },
      }),
    );
  });
  stub = await new SlackApiStub({ socketUrl: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=t1` }).start();
  const config = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-socket-test',
    SLACK_APP_TOKEN: 'xapp-1-A0001-socket-test',
    SLACK_API_URL: stub.apiUrl,
    LOG_LEVEL: 'info',
  });
  if (config.mode !== 'socket') throw new Error(`expected Socket Mode, got ${config.mode}`);
  const logger = createLogger(
    config.logLevel,
    new Writable({
      write: (c: Buffer, _e, done) => {
        logs.push(c.toString('utf8'));
        done();
      },
    }),
  );
  const knowledge = await loadKnowledgeBase('knowledge');
  const receiver = createSocketReceiver({ appToken: config.slack.appToken, logger, clientOptions: { slackApiUrl: stub.apiUrl } });
  app = createSlackApp(
    { knowledge: () => knowledge, feedback: new RecordingFeedbackSink(), logger, config },
    { receiver, token: config.slack.botToken, clientOptions: webClientOptions(config) },
  );
  await app.start();
});

afterAll(async () => {
  await app.stop();
  for (const client of server.clients) client.terminate();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await stub.stop();
});

async function deliver(envelope: Record<string, unknown>): Promise<void> {
  socket!.send(JSON.stringify(envelope));
  const deadline = Date.now() + 5_000;
  while (!acks.some((a) => a.envelope_id === envelope.envelope_id)) {
    if (Date.now() > deadline) throw new Error(`envelope ${String(envelope.envelope_id)} was not acknowledged`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await app.inFlight.idle();
}

describe('Socket Mode', () => {
  it('opens the connection with the app-level token', () => {
    const open = stub.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.token).toBe('xapp-1-A0001-socket-test');
  });

  it('acks an events_api envelope by its envelope_id and answers the mention in its thread, once even if redelivered', async () => {
    stub.reset();
    const body = mentionEvent('<@UBOT0001> Can containers run on virtual machines?');
    const envelope = {
      envelope_id: 'env-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: body,
    };
    await deliver(envelope);
    await deliver({ ...envelope, envelope_id: 'env-2', retry_attempt: 1, retry_reason: 'timeout' });
    const posts = stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.args.thread_ts).toBe(body.event.ts);
    expect(posts[0]!.token).toBe('xoxb-socket-test');
    expect(JSON.stringify(posts[0]!.args.blocks)).toContain('Can Containers Run on Virtual Machines Seamlessly?');
  });

  it('acks a slash_commands envelope and answers through response_url', async () => {
    stub.reset();
    const command = {
      ...fixture<Record<string, string>>('slash_command'),
      text: 'kernel=custom',
      response_url: stub.responseUrl('socket-cmd'),
    };
    await deliver({ envelope_id: 'env-3', type: 'slash_commands', accepts_response_payload: true, payload: command });
    const reply = stub.callsTo('response_url').find((c) => c.responseId === 'socket-cmd')!;
    expect(JSON.stringify(reply.args.blocks)).toContain('Recommendation: VMs');
  });

  // Last: it stops this app taking work.
  it('leaves an envelope unacknowledged once shutdown began, so Slack delivers it again elsewhere', async () => {
    stub.reset();
    app.inFlight.stopAccepting();
    socket!.send(
      JSON.stringify({
        envelope_id: 'env-4',
        type: 'events_api',
        accepts_response_payload: false,
        retry_attempt: 0,
        payload: mentionEvent('<@UBOT0001> Can containers run on virtual machines?'),
      }),
    );
    const deadline = Date.now() + 5_000;
    while (!logs.some((l) => /unacknowledged: shutting down/.test(l))) {
      if (Date.now() > deadline) throw new Error('the refusal was never logged');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(acks.some((a) => a.envelope_id === 'env-4')).toBe(false);
    expect(stub.visibleCalls).toHaveLength(0);
  });
});
