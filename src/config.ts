import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './core/errors.js';

// Defined with every other coded error in src/core/errors.ts; exported here for existing importers.
export { ConfigError };

/**
 * Configuration, parsed once at the composition root from the environment (and a .env
 * file when present). Nothing else reads process.env.
 */

/** pino's levels, and `silent`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const booleanString = (name: string) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: `${name} must be true or false` })
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (name: string, form: string) =>
  z
    .string()
    .regex(/^\d+$/, { error: `${name} must be ${form}` })
    .transform(Number)
    .refine((n) => n > 0, { error: `${name} must be ${form}` });

// The value is never echoed: a connection URL may hold a password.
const serviceUrl = (name: string, protocols: string[], example: string) => {
  const message = `${name} must be a URL such as ${example}`;
  return z.string().refine(
    (raw) => {
      try {
        const url = new URL(raw);
        // postgres:///db?host=/run/postgresql names a Unix socket instead of a host.
        return protocols.includes(url.protocol) && (url.hostname !== '' || url.searchParams.has('host'));
      } catch {
        return false;
      }
    },
    { error: message },
  );
};

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', { error: 'SLACK_BOT_TOKEN must start with xoxb-' }).optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', { error: 'SLACK_APP_TOKEN must start with xapp-' }).optional(),
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9]{8,}$/, { error: "SLACK_SIGNING_SECRET must be the app's signing secret (letters and digits)" })
    .optional(),
  SLACK_MODE: z.enum(['socket', 'http', 'local'], { error: 'SLACK_MODE must be one of socket, http, local' }).optional(),
  SLACK_API_URL: z
    .url({ error: 'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/' })
    .refine((u) => /^https?:\/\//.test(u), { error: 'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/' })
    .transform((u) => (u.endsWith('/') ? u : `${u}/`))
    .optional(),
  PORT: z
    .string()
    .regex(/^\d+$/, { error: 'PORT must be a port number (0-65535)' })
    .transform(Number)
    .refine((n) => n >= 0 && n <= 65535, { error: 'PORT must be a port number (0-65535)' })
    .default(3000),
  KNOWLEDGE_DIR: z.string().min(1, { error: 'KNOWLEDGE_DIR must be a folder path' }).default('knowledge'),
  KNOWLEDGE_MAX_FILE_BYTES: positiveInt('KNOWLEDGE_MAX_FILE_BYTES', 'a positive number of bytes').default(5 * 1024 * 1024),
  KNOWLEDGE_WATCH: booleanString('KNOWLEDGE_WATCH').default(true),
  CACHE_DIR: z.string().min(1, { error: 'CACHE_DIR must be a folder path' }).default('.cache'),
  DATA_DIR: z.string().min(1, { error: 'DATA_DIR must be a folder path' }).default('data'),
  // Printable, no spaces, long enough that it cannot be guessed: `openssl rand -hex 32` gives 64.
  FEEDBACK_HASH_KEY: z
    .string()
    .regex(/^[\x21-\x7e]{32,}$/, {
      error: 'FEEDBACK_HASH_KEY must be at least 32 printable characters without spaces (for example the output of openssl rand -hex 32)',
    })
    .optional(),
  RETENTION_DAYS: positiveInt('RETENTION_DAYS', 'a positive whole number of days').default(90),
  ADMIN_USER_IDS: z
    .string()
    .regex(/^\s*([UW][A-Z0-9]+\s*(,\s*[UW][A-Z0-9]+\s*)*)?$/, {
      error: 'ADMIN_USER_IDS must be a comma-separated list of Slack user ids (U0123ABCD,U0456EFGH)',
    })
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .default([]),
  AUTO_ANSWER_CHANNELS: z
    .string()
    .regex(/^\s*([CG][A-Z0-9]+\s*(,\s*[CG][A-Z0-9]+\s*)*)?$/, {
      error: 'AUTO_ANSWER_CHANNELS must be a comma-separated list of Slack channel ids (C0123ABCD,G0456EFGH)',
    })
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .default([]),
  RATE_LIMIT_PER_MINUTE: positiveInt('RATE_LIMIT_PER_MINUTE', 'a positive whole number of questions per minute').optional(),
  REDIS_URL: serviceUrl('REDIS_URL', ['redis:', 'rediss:'], 'redis://host:6379 (or rediss:// for TLS)').optional(),
  DATABASE_URL: serviceUrl('DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/database').optional(),
  // https://no-color.org: any non-empty value turns colour off.
  NO_COLOR: z.string().optional(),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, {
      error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`,
    })
    .optional(),
});

export type SlackMode = 'socket' | 'http' | 'local';

/**
 * The Slack settings of each mode, after validation: a mode's credentials are strings, so
 * nothing downstream needs `!`. The signing secret stays optional outside HTTP mode because
 * the user hash key may be derived from it (src/store/hash-key.ts).
 */
export type SlackSettings =
  | { mode: 'socket'; slack: { botToken: string; appToken: string; signingSecret?: string; apiUrl?: string } }
  | { mode: 'http'; slack: { botToken: string; signingSecret: string; apiUrl?: string } }
  | { mode: 'local'; slack: { signingSecret?: string; apiUrl?: string } };

/** The typed configuration every adapter receives; narrow on `mode` to reach a mode's credentials. */
export type Config = SlackSettings & CommonConfig;

export interface CommonConfig {
  port: number;
  knowledgeDir: string;
  knowledgeMaxFileBytes: number;
  knowledgeWatch: boolean;
  cacheDir: string;
  dataDir: string;
  /** Key for hashing user ids in the feedback store; absent means derived or kept in a key file (src/store/hash-key.ts). */
  feedbackHashKey?: string;
  retentionDays: number;
  adminUserIds: string[];
  /** Shared event dedupe and rate limits for several replicas; absent: this process's memory. */
  redisUrl?: string;
  /** Shared feedback store (PostgreSQL) for several replicas; absent: SQLite under dataDir. */
  databaseUrl?: string;
  /** Help channels: questions there are answered without a mention, when the answer is confident. */
  autoAnswerChannels: string[];
  /** Questions per person per minute; null means no limit (the local chat's default). */
  rateLimitPerMinute: number | null;
  logLevel: LogLevel;
  /** NO_COLOR is set: the local chat prints no ANSI styles even on a terminal. */
  noColor: boolean;
}

/** Parses the environment into a Config, or throws ConfigError listing every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as in most .env files and shells.
  const cleaned = Object.fromEntries(Object.entries(env).flatMap(([k, v]) => (v?.trim() ? [[k, v.trim()]] : [])));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => i.message));
  }
  const e = result.data;
  const mode =
    e.SLACK_MODE ?? (e.SLACK_BOT_TOKEN && e.SLACK_APP_TOKEN ? 'socket' : e.SLACK_BOT_TOKEN && e.SLACK_SIGNING_SECRET ? 'http' : 'local');
  return { ...slackSettings(mode, e), ...common(mode, e) };
}

type ParsedEnv = z.infer<typeof EnvSchema>;

function slackSettings(mode: SlackMode, e: ParsedEnv): SlackSettings {
  const { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_API_URL: apiUrl } = e;
  const problems: string[] = [];
  if (mode === 'socket') {
    if (!botToken) problems.push('SLACK_BOT_TOKEN must be set (xoxb-…) for Socket Mode');
    if (!appToken) problems.push('SLACK_APP_TOKEN must be set (xapp-…) for Socket Mode');
    if (botToken && appToken) return { mode, slack: { botToken, appToken, signingSecret, apiUrl } };
  } else if (mode === 'http') {
    if (!botToken) problems.push('SLACK_BOT_TOKEN must be set (xoxb-…) for HTTP mode');
    if (!signingSecret) problems.push("SLACK_SIGNING_SECRET must be set (the app's signing secret) for HTTP mode");
    if (botToken && signingSecret) return { mode, slack: { botToken, signingSecret, apiUrl } };
  } else {
    return { mode, slack: { signingSecret, apiUrl } };
  }
  throw new ConfigError(problems);
}

function common(mode: SlackMode, e: ParsedEnv): CommonConfig {
  return {
    port: e.PORT,
    knowledgeDir: e.KNOWLEDGE_DIR,
    knowledgeMaxFileBytes: e.KNOWLEDGE_MAX_FILE_BYTES,
    knowledgeWatch: e.KNOWLEDGE_WATCH,
    cacheDir: e.CACHE_DIR,
    dataDir: e.DATA_DIR,
    feedbackHashKey: e.FEEDBACK_HASH_KEY,
    retentionDays: e.RETENTION_DAYS,
    adminUserIds: e.ADMIN_USER_IDS,
    redisUrl: e.REDIS_URL,
    databaseUrl: e.DATABASE_URL,
    autoAnswerChannels: e.AUTO_ANSWER_CHANNELS,
    // Fair use protects a shared workspace; the local chat has one person, who may script
    // any number of questions, so it is limited only when asked to be.
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? (mode === 'local' ? null : 10),
    // Local mode is a chat on stdout: logs stay quiet unless asked for.
    logLevel: e.LOG_LEVEL ?? (mode === 'local' ? 'warn' : 'info'),
    noColor: e.NO_COLOR !== undefined,
  };
}

/** Reads KEY=value lines from a .env file; the real environment wins over the file. */
export function readDotEnv(path = '.env'): Record<string, string> {
  if (!existsSync(path)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    out[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/** The environment as the bot sees it: .env values, overridden by real variables. */
export function loadEnv(env: NodeJS.ProcessEnv = process.env, dotEnvPath = '.env'): Record<string, string | undefined> {
  return { ...readDotEnv(dotEnvPath), ...env };
}
