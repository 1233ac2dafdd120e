import { createInterface } from 'node:readline';
import type { App, Receiver, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createSlackApp } from '../slack/app.js';
import type { BotDeps } from '../slack/deps.js';
import { COMMAND } from '../slack/render/help.js';
import { LocalReceiver } from './receiver.js';
import { renderNote, withoutControlCharacters } from './render-text.js';
import { startLocalWebApi } from './web-api.js';
import { LOCAL, LocalWorkspace } from './workspace.js';

export interface LocalChatOptions {
  config: Config;
  logger: Logger;
  deps: BotDeps;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** What the chat hands the app factory: the same shape the Slack transports get. */
export interface LocalTransport {
  receiver: Receiver;
  token: string;
  botUserId: string;
  botId: string;
  clientOptions: webApi.WebClientOptions;
}

export interface RunLocalChatOptions {
  createApp: (transport: LocalTransport) => App;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  colour: boolean;
  logger: Pick<Logger, 'error'>;
  /** A line under the banner, e.g. how much knowledge is loaded. */
  status?: string;
}

// The bot's help says "@containers-or-vms …", so that works as well as "@bot …".
const MENTION = /^@(bot|containers-or-vms)(?=\s|$)/i;

const COMMANDS = `  <question>                  a direct message to the bot
  @bot <question>             a mention in #${LOCAL.channelName}, answered in a thread
  > <text>                    a reply in the thread of the bot's latest reply in #${LOCAL.channelName} (no mention)
  # <text>                    a message in #${LOCAL.channelName} without a mention (answered in a help channel)
  ${COMMAND} [text]   the decision flow; add factors (kernel=custom) or "help"
  ${COMMAND} auto-answer [on|off]
                              make #${LOCAL.channelName} a help channel or not (admins: ADMIN_USER_IDS=${LOCAL.userId}); alone, show it
  1, 2, …                     click that button on the latest message with buttons
  /home                       open the bot's App Home
  /help                       this list
  /quit                       leave (so does Ctrl-D, or the end of piped input)`;

function banner(status?: string): string {
  return [
    'containers-or-vms: local mode. No Slack workspace is connected; you are chatting with',
    'the same bot, through the same app and listeners that serve Slack.',
    ...(status ? [status] : []),
    '',
    COMMANDS,
    '',
    'To connect to Slack, put SLACK_BOT_TOKEN and SLACK_APP_TOKEN in .env (see .env.example',
    'and the README), then npm start again.',
    '',
  ].join('\n');
}

const COMPLETIONS = [`${COMMAND} `, '/home', '/help', '/quit', '@bot ', '> ', '# '];

/** Tab completion of the chat's commands (readline's completer contract). */
function complete(line: string): [string[], string] {
  const hits = COMPLETIONS.filter((c) => c.startsWith(line));
  return [/^[/@>#]/.test(line) ? hits : [], line];
}

/** sent: the line went to the app; shown: the chat answered it itself. */
type LineOutcome = 'sent' | 'shown' | 'quit';

const INTERRUPT_GRACE_MS = 2_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Runs the chat over any app factory: each input line becomes the Slack payload it stands
 * for, and is handled completely (listeners, Web API calls, responses) before the next line
 * is read, so a piped script yields the same transcript every time. Resolves with exit code 0.
 */
export async function runLocalChat(options: RunLocalChatOptions): Promise<number> {
  const { input, output, colour } = options;
  const write = (text: string) => output.write(`${text}\n`);
  const workspace = new LocalWorkspace({ colour, write });
  const webApi = await startLocalWebApi(workspace);
  const receiver = new LocalReceiver({ workspace, webApi });
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  // Caught before the banner appears: a Ctrl-C at any point after it ends the chat with 0.
  let onSigint = () => {};
  const interrupted = new Promise<'interrupt'>((resolve) => {
    onSigint = () => resolve('interrupt');
  });
  process.on('SIGINT', onSigint);
  // A closed stdout (`npm start | head`) ends the chat instead of crashing it with EPIPE.
  output.on('error', onSigint);
  try {
    const app = options.createApp({
      receiver,
      token: LOCAL.botToken,
      botUserId: LOCAL.botUserId,
      botId: LOCAL.botId,
      // The local API never fails transiently: no retries, so a refused call shows at once.
      clientOptions: { slackApiUrl: webApi.apiUrl, fetch: webApi.fetch, retryConfig: { retries: 0 }, timeout: 10_000 },
    });
    await app.start();
    write(banner(options.status));

    const prompt = colour ? '\u001b[1myou ›\u001b[22m ' : 'you › ';
    const rl = createInterface({
      input,
      output: interactive ? output : undefined,
      terminal: interactive,
      prompt,
      crlfDelay: Infinity,
      completer: complete,
    });
    rl.on('SIGINT', onSigint);
    const lines = rl[Symbol.asyncIterator]();
    try {
      for (;;) {
        if (interactive) rl.prompt();
        const next = await Promise.race([lines.next(), interrupted]);
        if (next === 'interrupt' || next.done) break;
        const line = withoutControlCharacters(next.value).trim();
        if (!line) continue;
        // A piped line is not echoed by the terminal; echo it so the transcript reads as a chat.
        if (!interactive) write(`${prompt}${line}`);
        const before = workspace.printedCount;
        const ctx: LineContext = { receiver, workspace, options };
        const work = handleLine(line, ctx).then(async (outcome) => {
          await webApi.settled();
          return outcome;
        });
        const outcome = await Promise.race([work, interrupted]);
        if (outcome === 'interrupt') {
          // Let the line in progress finish (it takes milliseconds) so Ctrl-C leaves no failed calls behind.
          await Promise.race([work, delay(INTERRUPT_GRACE_MS)]);
          break;
        }
        if (outcome === 'quit') break;
        if (outcome === 'sent' && workspace.printedCount === before) workspace.note(ctx.silence ?? '(no reply)');
      }
    } finally {
      rl.close();
    }
    await app.stop();
    return 0;
  } finally {
    process.off('SIGINT', onSigint);
    output.off('error', onSigint);
    await webApi.close();
  }
}

interface LineContext {
  receiver: LocalReceiver;
  workspace: LocalWorkspace;
  options: RunLocalChatOptions;
  /** What to say when the bot stays silent on purpose (a thread or help-channel message it does not answer). */
  silence?: string;
}

const THREAD_REPLY = /^>\s?/;
const CHANNEL_MESSAGE = /^#\s/;

async function handleLine(line: string, ctx: LineContext): Promise<LineOutcome> {
  const { receiver, workspace } = ctx;
  const note = (text: string) => workspace.note(text);
  try {
    // Words after a local command are ignored: "/help me" is still /help, not an unknown command.
    if (/^\/(quit|exit)(\s|$)/i.test(line)) return 'quit';
    if (/^\/help(\s|$)/i.test(line)) {
      workspace.print(`${COMMANDS}\n`);
      return 'shown';
    }
    if (/^\/home(\s|$)/i.test(line)) {
      await receiver.openHome();
    } else if (line === COMMAND || line.startsWith(`${COMMAND} `)) {
      await receiver.command(COMMAND, line.slice(COMMAND.length).trim());
    } else if (/^\/\S*/.test(line)) {
      const name = /^\/\S*/.exec(line)![0];
      note(`${name} is not a command here. Type /help for what you can type; the bot's slash command is ${COMMAND}.`);
      return 'shown';
    } else if (/^\d+$/.test(line)) {
      const problem = await receiver.click(Number(line));
      if (problem) {
        note(problem);
        return 'shown';
      }
    } else if (THREAD_REPLY.test(line)) {
      const text = line.replace(THREAD_REPLY, '').trim();
      const thread = receiver.latestThread();
      if (thread && MENTION.test(text)) {
        await receiver.mention(text.replace(MENTION, '').trim(), thread);
      } else {
        const problem = await receiver.threadReply(text);
        if (problem) {
          note(problem);
          return 'shown';
        }
        ctx.silence = '(no reply: in a thread the bot answers questions, and what changes a recommendation, when it has an answer)';
      }
    } else if (CHANNEL_MESSAGE.test(line)) {
      await receiver.channelMessage(line.replace(CHANNEL_MESSAGE, '').trim());
      ctx.silence = `(no reply: without a mention the bot answers only questions it is sure of, and only in a help channel: ${COMMAND} auto-answer on (as an admin: ADMIN_USER_IDS=${LOCAL.userId}) or AUTO_ANSWER_CHANNELS=${LOCAL.channelId} makes #${LOCAL.channelName} one)`;
    } else if (MENTION.test(line)) {
      await receiver.mention(line.replace(MENTION, '').trim());
    } else {
      await receiver.directMessage(line);
    }
  } catch (error) {
    ctx.options.logger.error({ err: error }, 'Local chat: the app failed to handle a line');
    note('(the bot hit an error handling that; details are in the log on stderr)');
    return 'shown';
  }
  return 'sent';
}

/** Local mode: the chat on stdin/stdout, driving the real Slack app. Resolves with the exit code. */
export async function startLocalChat(options: LocalChatOptions): Promise<number> {
  const { config, logger, deps } = options;
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const colour = Boolean((output as { isTTY?: boolean }).isTTY) && !config.noColor;
  const passages = describeKnowledge(deps);
  return runLocalChat({
    createApp: (transport) => createSlackApp(deps, transport),
    input,
    output,
    colour,
    logger,
    ...(passages ? { status: renderNote(passages, { colour }) } : {}),
  });
}

function describeKnowledge(deps: BotDeps): string | undefined {
  try {
    const kb = deps.knowledge();
    return `Knowledge: ${kb.index.passages.length} passages from ${kb.dir}.`;
  } catch {
    return undefined;
  }
}
