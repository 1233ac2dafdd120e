import { isAdmin } from '../../../store/report.js';
import type { BotDeps } from '../../deps.js';
import { HELP_CHANNEL_CACHE_MS, type AutoAnswerState } from '../../help-channels.js';
import { message, section, type SlackMessage } from '../../render/blocks.js';
import { COMMAND } from '../../render/help.js';
import { mrkdwn } from '../../render/mrkdwn.js';

/** `auto-answer`, `auto-answer on`, `auto-answer off`: what the subcommand was given, or undefined when it is not this subcommand. */
export function parseAutoAnswer(text: string): { kind: 'show' } | { kind: 'set'; on: boolean } | { kind: 'usage' } | undefined {
  const match = /^auto-?answer(?:\s+(.*))?$/i.exec(text);
  if (!match) return undefined;
  const arg = (match[1] ?? '').trim().toLowerCase();
  if (arg === '') return { kind: 'show' };
  if (arg === 'on' || arg === 'off') return { kind: 'set', on: arg === 'on' };
  return { kind: 'usage' };
}

const WHAT_ON_MEANS = 'I answer top-level questions here in their thread without a mention, only when I am sure of the answer';
const WHAT_OFF_MEANS = 'I answer here when mentioned, and follow-ups in threads I have replied in';
const USAGE = `\`${COMMAND} auto-answer on\` or \`off\` (admins, run in the channel), \`${COMMAND} auto-answer\` to see the setting`;

const reply = (text: string): SlackMessage => message(text, [section(text)]);
const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The help-channel setting of the channel the command runs in: anyone may see it, only the
 * admins in ADMIN_USER_IDS may change it. Stored with the feedback, it overrides
 * AUTO_ANSWER_CHANNELS for that channel.
 */
export async function autoAnswerCommand(
  deps: BotDeps,
  request: NonNullable<ReturnType<typeof parseAutoAnswer>>,
  command: { channel_id: string; user_id: string },
): Promise<SlackMessage> {
  const channel = command.channel_id;
  // A DM is always answered; the setting is per channel, so it has to be run in one.
  if (!/^[CG]/.test(channel)) return reply(`Run \`${COMMAND} auto-answer\` in the channel it is for. Direct messages are always answered.`);
  if (request.kind === 'usage') return reply(`Usage: ${USAGE}.`);
  const helpChannels = deps.helpChannels;
  const admin = isAdmin(command.user_id, deps.config.adminUserIds);
  if (request.kind === 'show') {
    const state = helpChannels
      ? await helpChannels.state(channel)
      : {
          on: deps.config.autoAnswerChannels.includes(channel),
          source: 'variable' as const,
          listed: deps.config.autoAnswerChannels.includes(channel),
        };
    const change = admin
      ? `Change it with \`${COMMAND} auto-answer on\` or \`off\`.`
      : 'The admins listed in ADMIN_USER_IDS can change it.';
    return reply(`${describe(state)} ${change}`);
  }
  if (!admin) return reply('Only the admins listed in ADMIN_USER_IDS can turn auto-answer on or off.');
  if (!helpChannels?.changeable)
    return reply('This bot runs without a feedback store, so the setting cannot be kept; use AUTO_ANSWER_CHANNELS instead.');
  if (!(await helpChannels.set(channel, request.on))) {
    return reply(
      'The setting could not be stored (the feedback database is unreachable or refused it), so nothing changed. Try again in a moment.',
    );
  }
  deps.logger.info({ channel, user: command.user_id, autoAnswer: request.on }, 'auto-answer setting changed');
  const seconds = Math.round(HELP_CHANNEL_CACHE_MS / 1000);
  return reply(
    [
      request.on
        ? `Auto-answer is now *on* in this channel: ${WHAT_ON_MEANS}.`
        : `Auto-answer is now *off* in this channel: ${WHAT_OFF_MEANS}.`,
      `It is stored with the feedback and overrides AUTO_ANSWER_CHANNELS here; other replicas follow within ${seconds} seconds.`,
      ...(request.on ? ["I see a channel's messages only as a member: `/invite` me if I am not in it yet."] : []),
    ].join(' '),
  );
}

function describe(state: AutoAnswerState): string {
  const meaning = state.on ? WHAT_ON_MEANS : WHAT_OFF_MEANS;
  const listed = state.listed ? 'lists' : 'does not list';
  const where =
    state.source === 'stored'
      ? `An admin set it here${state.at ? ` on ${day(state.at)}` : ''}; stored with the feedback, it overrides AUTO_ANSWER_CHANNELS (which ${listed} this channel).`
      : `This comes from AUTO_ANSWER_CHANNELS, which ${listed} this channel; no admin has set it here.`;
  const problem = state.storeProblem
    ? ` The stored setting could not be read just now (${mrkdwn(state.storeProblem)}), so the variable decides until it can.`
    : '';
  return `Auto-answer is *${state.on ? 'on' : 'off'}* in this channel: ${meaning}. ${where}${problem}`;
}
