import type { webApi } from '@slack/bolt';
import { isQuestion } from '../core/answer/context.js';
import { parseFactorInput } from '../core/recommend/parse-input.js';
import { introducesWorkload } from '../core/recommend/route.js';
import { decodeFlowState, type FlowState } from '../core/flow/state.js';
import type { Conversation } from './answering.js';
import { CHATTER_REPLY, FLOW_OFFER_BLOCK, FLOW_OFFER_EVENT } from './render/answer.js';
import { RECOMMENDATION_EVENT } from './render/recommendation.js';
import { isNewMessage, questionFromMessage } from './question-text.js';

/**
 * What came before a message, read from Slack each time (conversations.replies for a thread,
 * conversations.history for a DM), never from memory: any replica, and the bot after a
 * restart, sees the same conversation.
 */

export interface BotIdentity {
  userId?: string;
  botId?: string;
}

/** A thread as the bot needs it: whether it replied there, and the conversation so far. */
export interface ThreadView extends Conversation {
  botTookPart: boolean;
}

/** A DM question within this long of the previous one continues it. */
export const DM_CONTEXT_WINDOW_SECONDS = 10 * 60;
/** Earlier questions kept as context, the latest last. */
const MAX_EARLIER = 3;
// conversations.replies pages from the oldest message: a long thread is read page by page up to
// the message answered, so its latest recommendation and questions are seen. The cap bounds the
// Tier 3 calls one message can cost; past it the bot answers from the first THREAD_PAGES pages.
const THREAD_PAGE = 200;
const THREAD_PAGES = 5;

interface SlackMessageLike {
  ts?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
  blocks?: { block_id?: string }[];
}

const seconds = (ts: string) => Number(ts.split('.')[0]);
const micros = (ts: string) => Number(ts.split('.')[1] ?? 0);
const before = (a: string, b: string) => seconds(a) < seconds(b) || (seconds(a) === seconds(b) && micros(a) < micros(b));

/** Reads a thread: whether the bot replied in it, the earlier questions, and its latest recommendation. */
export async function readThread(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
  currentTs: string,
  bot: BotIdentity,
): Promise<ThreadView> {
  const messages: SlackMessageLike[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < THREAD_PAGES; page += 1) {
    const result = await client.conversations.replies({
      channel,
      ts: threadTs,
      latest: currentTs,
      inclusive: false,
      include_all_metadata: true,
      limit: THREAD_PAGE,
      ...(cursor ? { cursor } : {}),
    });
    messages.push(...((result.messages ?? []) as SlackMessageLike[]));
    cursor = result.response_metadata?.next_cursor;
    if (!result.has_more || !cursor) break;
  }
  const isBot = botMatcher(bot);
  return { botTookPart: messages.some(isBot), ...conversationOf(messages, currentTs, bot) };
}

/** Reads the DM before a message: the questions and recommendation of the last ten minutes. */
export async function readDm(client: webApi.WebClient, channel: string, currentTs: string, bot: BotIdentity): Promise<Conversation> {
  const oldest = `${seconds(currentTs) - DM_CONTEXT_WINDOW_SECONDS}.000000`;
  const result = await client.conversations.history({
    channel,
    latest: currentTs,
    oldest,
    inclusive: false,
    include_all_metadata: true,
    limit: 20,
  });
  return conversationOf(result.messages ?? [], currentTs, bot);
}

function botMatcher(bot: BotIdentity): (m: SlackMessageLike) => boolean {
  return (m) => (bot.botId !== undefined && m.bot_id === bot.botId) || (bot.userId !== undefined && m.user === bot.userId);
}

/** The conversation before `currentTs` in a list of messages (any order). */
export function conversationOf(messages: SlackMessageLike[], currentTs: string, bot: BotIdentity): Conversation {
  const isBot = botMatcher(bot);
  const earlierMessages = messages
    .filter((m) => m.ts !== undefined && before(m.ts, currentTs))
    .sort((a, b) => (before(a.ts!, b.ts!) ? -1 : 1));
  // People's questions, and what they told the bot or said of their workload ("@bot need a custom
  // kernel module for the capture card", then "container ok?"): not their thanks or chatter. Read
  // from the latest back, so a long thread parses only as many as it keeps.
  const earlier: string[] = [];
  for (let i = earlierMessages.length - 1; i >= 0 && earlier.length < MAX_EARLIER; i--) {
    const m = earlierMessages[i]!;
    if (isBot(m) || m.bot_id !== undefined || !isNewMessage(m.subtype) || typeof m.text !== 'string') continue;
    const text = questionFromMessage(m.text, bot.userId).trim();
    if (isQuestion(text) || (text !== '' && (mentionsBot(m.text, bot.userId) || statesWorkload(text)))) earlier.unshift(text);
  }
  // The bot's latest reply decides what a need stated next builds on: a recommendation closes the
  // offer before it, an offer (still shown: a vote replaces it) the recommendation before it, and any
  // other reply (an answer, a step of the flow) the offer; but not an answer to someone else in the
  // thread, the last person who asked before it: the offer still waits for its asker.
  let recommendation: FlowState | undefined;
  let offered = false;
  let offeredTo: string | undefined;
  let lastPerson: string | undefined;
  for (const m of earlierMessages) {
    if (!isBot(m)) {
      // Whom a reply answered: the last person who asked something, not "+1" or "following" posted
      // while the bot was answering (round-37 review: that had decided it). Read only while an offer
      // is open, the one time it counts, so a long thread is not read a second time.
      if (offered && m.bot_id === undefined && typeof m.user === 'string' && typeof m.text === 'string' && asksTheBot(m.text, bot.userId))
        lastPerson = m.user;
      continue;
    }
    // The bot's "any time" to thanks leaves what it offered open, as the core's replayed thread does: "thanks!", then
    // "forgot to say, traffic goes up about 20x" answers the offer (round-48 A/B check, seen in the local chat).
    if (m.text === CHATTER_REPLY) continue;
    const state = m.metadata?.event_type === RECOMMENDATION_EVENT ? recommendationIn(m.metadata.event_payload?.state) : undefined;
    const offer = m.metadata?.event_type === FLOW_OFFER_EVENT;
    const toSomeoneElse = !offer && !state && offeredTo !== undefined && lastPerson !== undefined && lastPerson !== offeredTo;
    if (offered && toSomeoneElse) continue;
    offered = offer && (m.blocks === undefined || m.blocks.some((b) => b.block_id === FLOW_OFFER_BLOCK));
    if (state) recommendation = state;
    // A newer choice closes the older recommendation, whether its offer is still shown or not.
    if (offer) recommendation = undefined;
    if (offered) {
      const asker = m.metadata?.event_payload?.asker;
      offeredTo = typeof asker === 'string' ? asker : undefined;
      lastPerson = undefined;
    }
  }
  return { earlier, ...(recommendation ? { recommendation } : {}), ...(offered ? { offered, ...(offeredTo ? { offeredTo } : {}) } : {}) };
}

function recommendationIn(state: unknown): FlowState | undefined {
  try {
    return typeof state === 'string' ? decodeFlowState(state) : undefined;
  } catch {
    // Metadata someone else wrote, or an older format: the conversation goes on without it.
    return undefined;
  }
}

/**
 * True when the text mentions a person other than the bot, @here, @channel, @everyone or a
 * user group: it is addressed to them.
 */
export function addressedToSomeoneElse(slackText: string, botUserId: string | undefined): boolean {
  // The label stops at '<' as well as '>': `[^>]*` rescans the rest of the text from every `<@U1|`, quadratic.
  const addressees = slackText.matchAll(/<(?:@([UW][A-Z0-9]+)|!(?:here|channel|everyone|subteam\^[A-Z0-9]+))(?:\|[^<>]*)?>/g);
  // A broadcast or a user group has no user id: it always names others.
  return [...addressees].some((m) => m[1] !== botUserId || m[1] === undefined);
}

// A message the bot answers: a question, or one that mentions it.
const asksTheBot = (text: string, botUserId: string | undefined) =>
  isQuestion(questionFromMessage(text, botUserId)) || mentionsBot(text, botUserId);

// A statement of what the workload needs or is ("we run untrusted customer code").
// Or introduced the workload, asking nothing ("We're a brickworks building a web portal…", then its need in the next
// message: a DM keeps no mention to mark it; round-46 local chat check: the need had found no workload).
const statesWorkload = (text: string) => parseFactorInput(text).kind === 'answers' || introducesWorkload(text);

/** True when the text mentions the bot. */
export function mentionsBot(slackText: string, botUserId: string | undefined): boolean {
  return botUserId !== undefined && new RegExp(`<@${botUserId}(?:\\|[^<>]*)?>`).test(slackText);
}
