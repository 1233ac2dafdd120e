import type { Logger } from 'pino';
import type { Config } from '../config.js';

export interface LocalChatOptions {
  config: Config;
  logger: Logger;
  /** The bot's dependencies (BotDeps from src/slack/deps.ts), handed to the same Slack app. */
  deps: unknown;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** Runs the bot as a chat on input/output; resolves with the process exit code. */
export async function startLocalChat(options: LocalChatOptions): Promise<number> {
  const output = options.output ?? process.stdout;
  output.write('Local mode: the terminal chat is not wired up yet.\n');
  return 0;
}
