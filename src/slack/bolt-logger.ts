import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

const LEVELS: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Bolt, the web client and the socket client log through the process's pino logger (and so its redaction). */
export function boltLogger(logger: Logger, name = 'bolt'): BoltLogger {
  const child = logger.child({ component: name });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...msg: unknown[]) => {
      const error = msg.find((m): m is Error => m instanceof Error);
      const text = msg
        .filter((m) => m !== error)
        .map((m) => (typeof m === 'string' ? m : safeJson(m)))
        .join(' ');
      if (error) child[level]({ err: error }, text || error.message);
      else child[level](text);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => {},
    getLevel: () => LEVELS[logger.level] ?? LogLevel.INFO,
    setName: () => {},
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
