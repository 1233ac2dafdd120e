import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { ConfigError, loadEnv, parseConfig, type Config } from './config.js';
import { ensureWritableFolder, FolderError } from './folders.js';
import { loadKnowledgeBase, NoKnowledgeError, type KnowledgeBase } from './knowledge/base.js';
import { KnowledgeFolderError } from './knowledge/fs.js';
import { KnowledgeHolder, watchKnowledge } from './knowledge/watch.js';
import { createLogger } from './logger.js';
import { installProcessGuards } from './process-guards.js';
import { exitOnSignals, shutDown } from './shutdown.js';
import type { DependencyHealth } from './dependency-health.js';
import { createSlackApp, type SlackApp } from './slack/app.js';
import { boltLogger } from './slack/bolt-logger.js';
import type { BotDeps } from './slack/deps.js';
import { createHttpReceiver, createSocketReceiver } from './slack/receivers.js';
import { webClientOptions, WEB_API_LIMITS } from './slack/web-client-options.js';
import { renderReportSummary } from './store/report.js';
import type { FeedbackStore } from './store/feedback-store.js';
import { SchemaTooNewError } from './store/migrations.js';
import type { PostgresFeedbackStore } from './store/postgres-feedback-store.js';
import { HashKeyError, resolveHashKey } from './store/hash-key.js';
import { startRetention } from './store/retention.js';
import { openFeedbackStore } from './store/sqlite-feedback-store.js';

/**
 * The composition root: config → logger → knowledge → feedback store → the bot in Socket
 * Mode, HTTP mode or as a local chat. Problems a person can fix (bad config, no usable
 * knowledge) end with exit 1 and a message on stderr, never a stack trace. SIGTERM and SIGINT
 * shut a Slack-connected bot down gracefully (src/shutdown.ts); the local chat handles Ctrl-C
 * itself.
 */

/** What main() leaves behind: a running bot to stop, or a failed start and its exit code. */
export interface RunningBot {
  /** Set when the start failed (the reason is on stderr): the process should exit with it now. */
  exitCode?: number;
  app?: SlackApp;
  stop(): Promise<void>;
}

const stopped = async (): Promise<void> => {};

function fail(message: string): RunningBot {
  process.stderr.write(`${message}\n`);
  return { exitCode: 1, stop: stopped };
}

// The one way the bot reads its knowledge: at startup and on every hot reload.
function readKnowledge(config: Config): Promise<KnowledgeBase> {
  return loadKnowledgeBase(config.knowledgeDir, { maxFileBytes: config.knowledgeMaxFileBytes, cacheDir: config.cacheDir });
}

async function loadKnowledge(config: Config, logger: Logger): Promise<KnowledgeBase> {
  const knowledge = await readKnowledge(config);
  for (const warning of knowledge.warnings)
    logger.warn({ source: warning.source }, `knowledge file skipped or partly used: ${warning.reason}`);
  logger.info(
    { dir: knowledge.dir, files: knowledge.files, passages: knowledge.index.passages.length, fromCache: knowledge.fromCache },
    'knowledge loaded',
  );
  return knowledge;
}

/** Looks the bot up once so Bolt need not; a failure is logged and the app looks it up on the first delivery. */
// Slack's own answers that the token will never work: retrying would only turn every delivery into a 401.
const REFUSED_TOKEN = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive']);

/** The bot's ids from auth.test; { refused } when Slack refuses the token; {} when Slack cannot be reached (retried on the first request). */
async function botIdentity(
  config: Config & { slack: { botToken: string } },
  logger: Logger,
): Promise<{ botUserId?: string; botId?: string } | { refused: string }> {
  try {
    const client = new webApi.WebClient(config.slack.botToken, { ...webClientOptions(config), logger: boltLogger(logger, 'web-api') });
    const result = await client.auth.test();
    logger.info({ botUserId: result.user_id, team: result.team }, 'connected to Slack');
    return { botUserId: result.user_id, botId: result.bot_id };
  } catch (error) {
    const refusal =
      (error as { code?: string; data?: { error?: string } }).code === webApi.ErrorCode.PlatformError
        ? (error as { data?: { error?: string } }).data?.error
        : undefined;
    if (refusal !== undefined && REFUSED_TOKEN.has(refusal)) return { refused: refusal };
    logger.warn({ err: error }, 'auth.test failed at startup; will retry on the first Slack request');
    return {};
  }
}

function refusedToken(refusal: string): RunningBot {
  return fail(
    `Slack refused SLACK_BOT_TOKEN (${refusal}): it is wrong, revoked or belongs to an inactive account. Set SLACK_BOT_TOKEN to the app's current Bot User OAuth Token (xoxb-…).`,
  );
}

/** Readiness of the shared services, by the variable that configured each. */
function serviceStates(services: DependencyHealth[]): () => Record<string, boolean> {
  return () => Object.fromEntries(services.map((s) => [s.variable, s.up]));
}

/** `started` runs once the bot is up: listening, connected, or about to read the terminal. */
async function start(
  config: Config,
  logger: Logger,
  deps: BotDeps,
  health: { holder: KnowledgeHolder; services: DependencyHealth[] },
  started: () => void,
): Promise<RunningBot> {
  const clientOptions = webClientOptions(config);
  if (config.mode === 'local') {
    const { startLocalChat } = await import('./local/chat.js');
    started();
    process.exitCode = await startLocalChat({ config, logger, deps });
    return { stop: stopped };
  }
  const token = config.slack.botToken;
  if (config.mode === 'http') {
    // /healthz turns 503 once shutdown begins, so a load balancer stops sending work here.
    let accepting = () => true;
    const receiver = createHttpReceiver({
      signingSecret: config.slack.signingSecret,
      logger,
      ready: () => health.holder.loaded() && accepting(),
      services: serviceStates(health.services),
    });
    const identity = await botIdentity(config, logger);
    if ('refused' in identity) return refusedToken(identity.refused);
    const app = createSlackApp(deps, { receiver, token, clientOptions, ...identity });
    accepting = () => app.inFlight.accepting;
    let server: Server;
    try {
      server = await app.start(config.port);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return fail(
        `HTTP mode could not listen on PORT=${config.port}: ${code === 'EADDRINUSE' ? 'the port is in use' : (error as Error).message}. Stop what uses it or set PORT to a free port.`,
      );
    }
    started();
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
    appToken: config.slack.appToken,
    logger,
    clientOptions: { ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}), timeout: WEB_API_LIMITS.attemptTimeoutMs },
  });
  const identity = await botIdentity(config, logger);
  if ('refused' in identity) return refusedToken(identity.refused);
  const app = createSlackApp(deps, { receiver, token, clientOptions, ...identity });
  try {
    await app.start();
  } catch (error) {
    logger.error({ err: error }, 'Socket Mode could not connect');
    return fail(
      `Socket Mode could not connect: ${(error as Error).message}. Check SLACK_APP_TOKEN (an app-level token with connections:write).`,
    );
  }
  started();
  logger.info('Socket Mode: connected');
  return {
    app,
    stop: async () => {
      await app.stop();
    },
  };
}

export async function main(): Promise<RunningBot> {
  let env: Record<string, string | undefined>;
  try {
    env = loadEnv();
  } catch (error) {
    // .env exists but cannot be read (permissions, a folder): say which file, not a stack.
    return fail(`cannot read the configuration file .env: ${(error as Error).message}`);
  }
  let config: Config;
  try {
    config = parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.problems.join('\n'));
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let hashKey: string;
  try {
    // Checked one level at a time before anything writes there: a bad folder ends the start here.
    ensureWritableFolder(config.dataDir, 'DATA_DIR');
    ensureWritableFolder(config.cacheDir, 'CACHE_DIR');
    const key = resolveHashKey({ configured: config.feedbackHashKey, signingSecret: config.slack.signingSecret, dataDir: config.dataDir });
    logger.debug({ source: key.source, path: key.path }, 'user hash key');
    // Replicas sharing one database must hash alike, or one person counts once per replica.
    if (config.databaseUrl && key.source === 'key file') {
      logger.warn(
        { path: key.path },
        "DATABASE_URL is shared but the user hash key comes from this replica's key file: set FEEDBACK_HASH_KEY to the same value on every replica",
      );
    }
    hashKey = key.key;
  } catch (error) {
    if (error instanceof FolderError || error instanceof HashKeyError) return fail(error.message);
    throw error;
  }

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

  let store: FeedbackStore;
  let database: PostgresFeedbackStore | undefined;
  if (config.databaseUrl) {
    // Shared by every replica; unreachable now is not fatal (writes are dropped until it is back).
    // pg and node-redis are loaded only when configured: together they cost ~0.1-0.3 s of every start.
    const { PostgresFeedbackStore } = await import('./store/postgres-feedback-store.js');
    database = new PostgresFeedbackStore(config.databaseUrl, { hashKey, logger });
    try {
      await database.ready();
    } catch (error) {
      await Promise.all([watch?.close(), database.close()]);
      if (error instanceof SchemaTooNewError) return fail(`${error.message} (DATABASE_URL)`);
      throw error;
    }
    store = database;
  } else {
    const sqlite = openFeedbackStore(config.dataDir, { logger, hashKey });
    if (sqlite.reason) {
      await watch?.close();
      return fail(`${sqlite.reason}. Move the file away or set DATA_DIR to another folder.`);
    }
    store = sqlite;
  }
  const stopRetention = startRetention(store, config.retentionDays, logger);

  // Several replicas share dedupe and rate limits through Redis; the local chat has nothing to share.
  const redis = config.redisUrl && config.mode !== 'local' ? await import('./redis/shared-limits.js') : undefined;
  const link = redis && config.redisUrl ? new redis.RedisLink(config.redisUrl, logger).start() : undefined;
  const perMinute = config.rateLimitPerMinute;
  const deps: BotDeps = {
    knowledge: () => holder.current(),
    feedback: store,
    logger,
    config,
    reportSummary: async () => renderReportSummary(await store.report()),
    channelSettings: store,
    ...(redis && link ? { seenEvents: new redis.RedisSeenEventStore(link) } : {}),
    ...(redis && link && perMinute !== null ? { rateLimiter: new redis.RedisRateLimiter(link, perMinute) } : {}),
  };
  const services = [link?.health, database?.health].filter((s): s is DependencyHealth => s !== undefined);
  // The guards apply to a running bot; before that, a failure must end the start with exit 1.
  // After an uncaught exception the process is in an undefined state: finish what can be
  // finished, then exit 1 so a supervisor (systemd's Restart=on-failure) starts a fresh one.
  let onUncaught = (): void => process.exit(1);
  const running = await start(config, logger, deps, { holder, services }, () => installProcessGuards(logger, process, () => onUncaught()));
  if (running.app) {
    const { app, stop } = running;
    let stopping: Promise<number> | undefined;
    const shutdown = () =>
      (stopping ??= shutDown({
        logger,
        inFlight: app.inFlight,
        stopReceiving: stop,
        release: [() => watch?.close(), stopRetention, () => store.close(), () => link?.close()],
      }));
    exitOnSignals(process, logger, shutdown, (code) => process.exit(code));
    onUncaught = () => {
      void shutdown().finally(() => process.exit(1));
    };
  }
  return running;
}
