import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { ConfigError, loadEnv, parseConfig, type Config } from './config.js';
import { loadKnowledgeBase, NoKnowledgeError, type KnowledgeBase } from './knowledge-base.js';
import { KnowledgeFolderError } from './knowledge-fs.js';
import { KnowledgeHolder, watchKnowledge } from './knowledge-watch.js';
import { createLogger } from './logger.js';
import { installProcessGuards } from './process-guards.js';
import { exitOnSignals, shutDown } from './shutdown.js';
import { createSlackApp, type SlackApp } from './slack/app.js';
import { boltLogger } from './slack/bolt-logger.js';
import type { BotDeps } from './slack/deps.js';
import { createHttpReceiver, createSocketReceiver } from './slack/receivers.js';
import { webClientOptions, WEB_API_LIMITS } from './slack/web-client-options.js';
import { renderReportSummary } from './store/report.js';
import { startRetention } from './store/retention.js';
import { openFeedbackStore } from './store/sqlite-feedback-store.js';

/**
 * The composition root: config → logger → knowledge → feedback store → the bot in Socket
 * Mode, HTTP mode or as a local chat. Problems a person can fix (bad config, no usable
 * knowledge) end with exit 1 and a message on stderr, never a stack trace. SIGTERM and SIGINT
 * shut a Slack-connected bot down gracefully (src/shutdown.ts); the local chat handles Ctrl-C
 * itself.
 */

/** What a running bot exposes to whoever stops it. */
export interface RunningBot {
  app?: SlackApp;
  stop(): Promise<void>;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

// The one way the bot reads its knowledge: at startup and on every hot reload.
function readKnowledge(config: Config): Promise<KnowledgeBase> {
  return loadKnowledgeBase(config.knowledgeDir, { maxFileBytes: config.knowledgeMaxFileBytes, cacheDir: config.cacheDir });
}

async function loadKnowledge(config: Config, logger: Logger): Promise<KnowledgeBase> {
  const knowledge = await readKnowledge(config);
  for (const warning of knowledge.warnings) logger.warn({ source: warning.source }, `knowledge file skipped or partly used: ${warning.reason}`);
  logger.info({ dir: knowledge.dir, files: knowledge.files, passages: knowledge.index.passages.length, fromCache: knowledge.fromCache }, 'knowledge loaded');
  return knowledge;
}

/** Looks the bot up once so Bolt need not; a failure is logged and the app looks it up on the first delivery. */
async function botIdentity(config: Config, logger: Logger): Promise<{ botUserId?: string; botId?: string }> {
  try {
    const client = new webApi.WebClient(config.slack.botToken, { ...webClientOptions(config), logger: boltLogger(logger, 'web-api') });
    const result = await client.auth.test();
    logger.info({ botUserId: result.user_id, team: result.team }, 'connected to Slack');
    return { botUserId: result.user_id, botId: result.bot_id };
  } catch (error) {
    logger.warn({ err: error }, 'auth.test failed at startup; will retry on the first Slack request');
    return {};
  }
}

async function start(config: Config, logger: Logger, deps: BotDeps): Promise<RunningBot | number> {
  const clientOptions = webClientOptions(config);
  if (config.mode === 'local') {
    const { startLocalChat } = await import('./local/chat.js');
    process.exitCode = await startLocalChat({ config, logger, deps });
    return { stop: async () => {} };
  }
  const token = config.slack.botToken!;
  if (config.mode === 'http') {
    // /healthz turns 503 once shutdown begins, so a load balancer stops sending work here.
    let accepting = () => true;
    const receiver = createHttpReceiver({ signingSecret: config.slack.signingSecret!, logger, ready: () => deps.knowledge() !== undefined && accepting() });
    const app = createSlackApp(deps, { receiver, token, clientOptions, ...(await botIdentity(config, logger)) });
    accepting = () => app.inFlight.accepting;
    const server = (await app.start(config.port)) as Server;
    logger.info({ port: (server.address() as AddressInfo).port }, 'HTTP mode: listening for Slack on /slack/events');
    const stop = async () => {
      const closed = app.stop();
      // Slack keeps connections alive; idle ones would hold close() open until they time out.
      server.closeIdleConnections();
      await app.inFlight.idle();
      server.closeAllConnections();
      await closed;
    };
    return { app, stop };
  }
  // The socket client keeps its own generous reconnect retries: a dropped socket must come back.
  const receiver = createSocketReceiver({
    appToken: config.slack.appToken!,
    logger,
    clientOptions: { ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}), timeout: WEB_API_LIMITS.attemptTimeoutMs },
  });
  const app = createSlackApp(deps, { receiver, token, clientOptions, ...(await botIdentity(config, logger)) });
  try {
    await app.start();
  } catch (error) {
    logger.error({ err: error }, 'Socket Mode could not connect');
    return fail(`Socket Mode could not connect: ${(error as Error).message}. Check SLACK_APP_TOKEN (an app-level token with connections:write).`);
  }
  logger.info('Socket Mode: connected');
  return { app, stop: async () => { await app.stop(); } };
}

export async function main(): Promise<number | RunningBot> {
  let config: Config;
  try {
    config = parseConfig(loadEnv());
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.problems.join('\n'));
    throw error;
  }
  const logger = createLogger(config.logLevel);
  installProcessGuards(logger);

  let holder: KnowledgeHolder;
  try {
    holder = new KnowledgeHolder(await loadKnowledge(config, logger));
  } catch (error) {
    if (error instanceof NoKnowledgeError || error instanceof KnowledgeFolderError) {
      return fail(`${error.message}. Set KNOWLEDGE_DIR to a folder of .md, .markdown, .mdx, .md.in, .txt, .rst or .adoc files.`);
    }
    throw error;
  }
  const watch = config.knowledgeWatch
    ? watchKnowledge(config.knowledgeDir, {
      load: () => readKnowledge(config),
      onReload: (kb) => holder.swap(kb),
      initial: holder.current(),
      logger,
    })
    : undefined;

  const store = openFeedbackStore(config.dataDir, { logger });
  if (store.reason) logger.warn(store.reason);
  const stopRetention = startRetention(store, config.retentionDays, logger);

  const deps: BotDeps = {
    knowledge: () => holder.current(),
    feedback: store,
    logger,
    config,
    reportSummary: () => renderReportSummary(store.report()),
  };
  const running = await start(config, logger, deps);
  if (typeof running !== 'number' && running.app) {
    const { app, stop } = running;
    exitOnSignals(process, logger, () => shutDown({
      logger,
      inFlight: app.inFlight,
      stopReceiving: stop,
      release: [() => watch?.close(), stopRetention, () => store.close()],
    }), (code) => process.exit(code));
  }
  return running;
}

const result = await main();
// A failed start may leave a socket client retrying; a number means stop now.
if (typeof result === 'number') process.exit(result);
