import { FACTORS } from '../../core/recommend/factors.js';
import { actions, button, context, header, message, section, type Block, type SlackMessage } from './blocks.js';
import { mrkdwn } from './mrkdwn.js';

/** The bot's slash command; the app manifest (manifest.json) declares the same name. */
export const COMMAND = '/containers-or-vms';

/** What the bot does and how to use it; shared by DM `help`, `/containers-or-vms help` and App Home. */
export function helpBlocks(examples: string[]): Block[] {
  const blocks: Block[] = [
    section(
      'I help you choose between *containers* and *virtual machines*. I answer by quoting our knowledge base, with the source and section, and I say so when it does not cover a question.',
    ),
    section(
      [
        '*Ask me*',
        '• In a channel: mention me, e.g. `@containers-or-vms can containers run on VMs?` I answer in the thread.',
        '• In a DM: just write your question. You get a longer explanation with supporting passages.',
      ].join('\n'),
    ),
    section(
      [
        `*Get a recommendation* with \`${COMMAND}\``,
        `• \`${COMMAND}\`: a few questions with buttons, then a recommendation with reasons.`,
        `• \`${COMMAND} isolation=high speed=high\`: a recommendation at once. Factors: ${FACTORS.map((f) => `\`${f}\``).join(', ')}.`,
        `• \`${COMMAND} we run untrusted customer code and need fast autoscaling\`: plain words work too.`,
        `• \`${COMMAND} help\`: this message.`,
        `• \`${COMMAND} auto-answer on\` / \`off\`: admins (ADMIN_USER_IDS) make the channel they run it in a help channel, where I answer questions without a mention, or stop that; \`${COMMAND} auto-answer\` shows the setting.`,
      ].join('\n'),
    ),
  ];
  if (examples.length > 0) blocks.push(section(`*Questions you can ask*\n${examples.map((e) => `• ${mrkdwn(e)}`).join('\n')}`));
  return blocks;
}

export function renderHelp(examples: string[]): SlackMessage {
  return message(
    `I help you choose between containers and virtual machines. Mention me with a question, DM me, or run ${COMMAND}.`,
    helpBlocks(examples),
  );
}

/** Action ids of App Home's buttons; a click needs nothing but the person, so values are fixed. */
export const HOME_ACTIONS = {
  askQuestion: 'home_ask_question',
  startFlow: 'home_start_flow',
} as const;

/** The App Home tab: what the bot does, with buttons to ask (in a modal) or start the flow (in the DM). */
export function renderAppHome(examples: string[]): { type: 'home'; blocks: Block[] } {
  const [intro, ...rest] = helpBlocks(examples);
  return {
    type: 'home',
    blocks: [
      header('Containers or VMs?'),
      intro!,
      actions('home_actions', [
        button('❓ Ask a question', HOME_ACTIONS.askQuestion, 'ask', 'primary'),
        button('🧭 Start the decision flow', HOME_ACTIONS.startFlow, 'flow'),
      ]),
      ...rest,
      context('Answers come only from the knowledge folder this bot was started with. The flow and your answers arrive in our DM.'),
    ],
  };
}
