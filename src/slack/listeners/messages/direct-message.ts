import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { replyToMessage } from '../../answering.js';
import type { BotDeps } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import { questionFromMessage } from '../../question-text.js';
import { dmOrNothing, threadOrNothing } from './reply.js';

/**
 * A person's new message in the bot's DM: an explanation (or help), in the context of the
 * questions and recommendation of the last ten minutes there (or of its thread); chatter gets a
 * friendly line, not a gap. Bots and subtypes never reach here.
 */
export function directMessage(deps: BotDeps) {
  return async ({ message, body, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    const thread_ts = message.thread_ts;
    try {
      const bot = { userId: context.botUserId, botId: context.botId };
      const conversation =
        thread_ts && thread_ts !== message.ts
          ? await threadOrNothing(deps, client, { channel: message.channel, threadTs: thread_ts, ts: message.ts }, bot)
          : await dmOrNothing(deps, client, { channel: message.channel, ts: message.ts }, bot);
      const reply = replyToMessage(deps, questionFromMessage(message.text ?? '', context.botUserId), 'dm', message.user, conversation);
      await client.chat.postMessage({ channel: message.channel, ...(thread_ts ? { thread_ts } : {}), ...reply });
    } catch (error) {
      await reportFailure(
        deps.logger,
        error,
        {
          handler: 'direct_message',
          type: 'message.im',
          eventId: body.event_id,
          channel: message.channel,
          ts: message.ts,
          user: message.user,
        },
        (text) => client.chat.postMessage({ channel: message.channel, ...(thread_ts ? { thread_ts } : {}), text }),
      );
    }
  };
}
