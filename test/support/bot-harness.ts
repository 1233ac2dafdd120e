import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { parseConfig, type Config } from '../../src/config.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/base.js';
import { createLogger } from '../../src/logger.js';
import { createSlackApp, type SlackApp } from '../../src/slack/app.js';
import type { BotDeps, FeedbackSink } from '../../src/slack/deps.js';
import { createHttpReceiver, EVENTS_PATH, type HttpReceiverOptions } from '../../src/slack/receivers.js';
import { webClientOptions } from '../../src/slack/web-client-options.js';
import { send, SIGNING_SECRET, type SendOptions, type SlackRequest } from './signed-request.js';
import { SlackApiStub } from './slack-api-stub.js';

/**
 * The real Bolt app on the real HTTP receiver (127.0.0.1, port 0), its Web API pointed at a
 * local stub, and helpers to send signed requests and wait for the work they cause.
 */

export type LogLine = Record<string, unknown> & { level: string; msg?: string };

export class RecordingFeedbackSink implements FeedbackSink {
  readonly votes: Parameters<FeedbackSink['recordFeedback']>[0][] = [];
  readonly gaps: Parameters<FeedbackSink['recordGap']>[0][] = [];
  recordFeedback(record: Parameters<FeedbackSink['recordFeedback']>[0]): boolean {
    this.votes.push(record);
    return true;
  }
  recordGap(record: Parameters<FeedbackSink['recordGap']>[0]): boolean {
    this.gaps.push(record);
    return true;
  }
}

export interface HarnessOptions {
  knowledgeDir?: string;
  env?: Record<string, string>;
  deps?: Partial<BotDeps>;
  /** Give the app its ids up front instead of letting it run auth.test. */
  knownIds?: boolean;
  /** Receiver limits (timeouts, body size) other than the defaults. */
  receiver?: Partial<Pick<HttpReceiverOptions, 'limits' | 'maxBodyBytes' | 'ready'>>;
  /** A stub from an earlier bot (a restart: new app, same workspace); left running on stop(). */
  stub?: SlackApiStub;
}

export interface BotHarness {
  stub: SlackApiStub;
  app: SlackApp;
  config: Config;
  knowledge: KnowledgeBase;
  feedback: RecordingFeedbackSink;
  logs: LogLine[];
  origin: string;
  eventsUrl: string;
  /** Sends a signed request and waits until the app has finished all work it caused. */
  send(request: SlackRequest, options?: SendOptions): Promise<Response>;
  stop(): Promise<void>;
}

const knowledgeCache = new Map<string, Promise<KnowledgeBase>>();

export async function startBot(options: HarnessOptions = {}): Promise<BotHarness> {
  const stub = options.stub ?? (await new SlackApiStub().start());
  const knowledgeDir = options.knowledgeDir ?? 'knowledge';
  const config = parseConfig({
    SLACK_MODE: 'http',
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: stub.apiUrl,
    KNOWLEDGE_DIR: knowledgeDir,
    LOG_LEVEL: 'debug',
    // Suites send dozens of questions as one person; the limit has its own tests.
    RATE_LIMIT_PER_MINUTE: '100000',
    ...options.env,
  });
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  if (!knowledgeCache.has(knowledgeDir))
    knowledgeCache.set(knowledgeDir, loadKnowledgeBase(knowledgeDir, { maxFileBytes: config.knowledgeMaxFileBytes }));
  const knowledge = await knowledgeCache.get(knowledgeDir)!;
  const feedback = new RecordingFeedbackSink();
  const deps: BotDeps = { knowledge: () => knowledge, feedback, logger, config, ...options.deps };
  const receiver = createHttpReceiver({ signingSecret: SIGNING_SECRET, logger, ready: () => true, ...options.receiver });
  const ids = options.knownIds ? { botUserId: stub.botUserId, botId: stub.botId } : {};
  if (config.mode !== 'http') throw new Error('the harness runs the bot in HTTP mode');
  const app = createSlackApp(deps, { receiver, token: config.slack.botToken, clientOptions: webClientOptions(config), ...ids });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const eventsUrl = `${origin}${EVENTS_PATH}`;
  return {
    stub,
    app,
    config,
    knowledge,
    feedback: (options.deps?.feedback as RecordingFeedbackSink | undefined) ?? feedback,
    logs,
    origin,
    eventsUrl,
    async send(request, sendOptions) {
      // People's messages join the workspace's conversations, as in Slack, before the app hears of them.
      const event = eventIn(request);
      if (event) stub.said(event);
      const response = await send(eventsUrl, request, sendOptions);
      await response.arrayBuffer();
      await app.inFlight.idle();
      return response;
    },
    async stop() {
      await app.stop();
      if (!options.stub) await stub.stop();
    },
  };
}

function eventIn(request: SlackRequest): Record<string, unknown> | undefined {
  if (request.contentType !== 'application/json') return undefined;
  try {
    const event = (JSON.parse(request.body) as { event?: unknown } | null)?.event;
    return event && typeof event === 'object' ? (event as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
