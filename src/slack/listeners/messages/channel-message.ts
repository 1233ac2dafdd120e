import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { asksInThread, isQuestion } from '../../../core/answer/context.js';
import { classifiedReply, followsUp, recommendsAgain, replyToMessage, statesFactors, type Conversation } from '../../answering.js';
import { addressedToSomeoneElse, mentionsBot } from '../../conversation.js';
import type { BotDeps } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import { questionFromMessage } from '../../question-text.js';
import { admitFollowUp, threadOrNothing } from './reply.js';

/**
 * A person's message in a channel or private channel (message.channels, message.groups),
 * answered without a mention in two places:
 * - a thread the bot has replied in (read back with conversations.replies, so it holds
 *   across restarts and replicas): questions, statements that change a recommendation, and
 *   the asker's statement of what the workload needs after the bot offered the decision flow;
 * - a help channel (an admin's `/containers-or-vms auto-answer on`, else AUTO_ANSWER_CHANNELS):
 *   top-level questions, only when the answer is confident.
 * Everything else stays silent: thanks and emoji, messages to someone else, other threads and
 * channels. A message that mentions the bot also arrives as app_mention; whichever comes first
 * is answered (the delivery dedupe keys both by channel and ts), so it is answered here alike.
 */
export function channelMessage(deps: BotDeps) {
  return async ({ message, body, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    // Spelled out (isNewMessage's test) so TypeScript narrows the event to a person's message.
    if (
      (message.subtype !== undefined && message.subtype !== 'thread_broadcast') ||
      (message.channel_type !== 'channel' && message.channel_type !== 'group')
    )
      return;
    const text = message.text ?? '';
    const { botUserId, botId } = context;
    const mentioned = mentionsBot(text, botUserId);
    // A mention is answered whoever else it names (it may reach us before its app_mention does).
    if (!mentioned && addressedToSomeoneElse(text, botUserId)) return;
    const inThread = message.thread_ts !== undefined && message.thread_ts !== message.ts;
    const threadTs = message.thread_ts ?? message.ts;
    const question = questionFromMessage(text, botUserId).trim();
    // Ordinary chatter costs nothing: no Web API call (conversations.replies is a Tier 3 budget
    // the whole workspace shares), and no settings read unless a top-level message is a question.
    const asks = inThread ? asksInThread(question) || statesFactors(question) : isQuestion(question);
    if (!mentioned && !asks) return;
    const post = (reply: { text: string }) => client.chat.postMessage({ channel: message.channel, thread_ts: threadTs, ...reply });
    const admit = () => admitFollowUp(deps, client, { teamId: context.teamId, user: message.user, channel: message.channel, threadTs });
    try {
      if (!inThread && !mentioned && !(await isHelpChannel(deps, message.channel))) return;
      // A mention is always answered, so its allowance is taken before any work. An unasked
      // follow-up takes it once the thread shows the bot took part: a question in someone
      // else's thread neither spends the person's allowance nor gets a notice there.
      if (mentioned && !(await admit())) return;
      let conversation: Conversation | undefined;
      if (inThread) {
        const thread = await threadOrNothing(
          deps,
          client,
          { channel: message.channel, threadTs, ts: message.ts },
          { userId: botUserId, botId },
        );
        if (!mentioned && !thread?.botTookPart) return;
        conversation = thread;
      }
      // A mention is answered as any message addressed to the bot ("thanks @bot!" gets thanks).
      if (mentioned) {
        await post(replyToMessage(deps, question, 'channel', message.user, conversation));
        return;
      }
      if (!(asksInThread(question) || followsUp(deps, conversation, question, message.user)) || !(await admit())) return;
      // Gaps are recorded only for an admitted mention: unasked, the bot stays silent on what it cannot answer.
      const { reply, kind, recommended, unsureAnswerToOffer } = classifiedReply(deps, question, 'channel', message.user, conversation, {
        recordGap: false,
      });
      // Unasked for, the bot speaks only when it is sure: no closest match, no "I don't know", no help text;
      // not the thread's own recommendation again ("agreed. vms then?" after it; round-31 review); and
      // no recommendation it is unsure of for a statement after its offer ("no idea how spiky the traffic is").
      if (kind !== 'answer' && kind !== 'recommendation') return;
      if (kind === 'recommendation' && recommendsAgain(conversation, recommended)) return;
      if (unsureAnswerToOffer) return;
      await post(reply);
    } catch (error) {
      await reportFailure(
        deps.logger,
        error,
        {
          handler: 'channel_message',
          type: `message.${message.channel_type}`,
          eventId: body.event_id,
          channel: message.channel,
          ts: message.ts,
          user: message.user,
        },
        mentioned ? (apology) => post({ text: apology }) : undefined,
      );
    }
  };
}

function isHelpChannel(deps: BotDeps, channel: string): Promise<boolean> | boolean {
  return deps.helpChannels?.autoAnswers(channel) ?? deps.config.autoAnswerChannels.includes(channel);
}
