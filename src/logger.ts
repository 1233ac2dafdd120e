import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.js';
import { scrubSecrets } from './core/secrets.js';

/**
 * Paths pino blanks out wherever they appear, so a token that slips into a logged object
 * never reaches the log. Bolt and the web client log option objects and request bodies.
 */
export const REDACT_PATHS = [
  'token',
  '*.token',
  '*.*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'clientSecret',
  '*.clientSecret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-slack-signature"]',
  '*.headers["x-slack-signature"]',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  '*.SLACK_BOT_TOKEN',
  '*.SLACK_APP_TOKEN',
  '*.SLACK_SIGNING_SECRET',
  'slack.botToken',
  'slack.appToken',
  'slack.signingSecret',
  '*.slack.botToken',
  '*.slack.appToken',
  '*.slack.signingSecret',
  'feedbackHashKey',
  '*.feedbackHashKey',
  'FEEDBACK_HASH_KEY',
  '*.FEEDBACK_HASH_KEY',
  // Service URLs may carry a password.
  'redisUrl',
  'databaseUrl',
  '*.redisUrl',
  '*.databaseUrl',
  'REDIS_URL',
  'DATABASE_URL',
  '*.REDIS_URL',
  '*.DATABASE_URL',
  'connectionString',
  '*.connectionString',
];

/**
 * Removes anything shaped like a Slack token or signing secret from a whole log line: redact
 * only sees keys, and a token can hide in a message, an error's message or stack, or any string.
 */
export const scrubTokens = scrubSecrets;

/** Creates the process logger; logs go to stderr so stdout stays free for the local chat and CLIs. */
export function createLogger(level: LogLevel, destination: NodeJS.WritableStream | number = 2): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
      hooks: { streamWrite: scrubTokens },
      formatters: { level: (label) => ({ level: label }) },
    },
    typeof destination === 'number' ? pino.destination({ fd: destination, sync: true }) : destination,
  );
}
