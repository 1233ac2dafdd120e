import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { replyToMessage } from '../../answering.js';
import type { BotDeps } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import { questionFromMessage } from '../../question-text.js';
import { threadOrNothing } from '../messages/reply.js';

/** A mention in a channel: answer in the mention's thread, in the context of the thread so far. */
export function appMention(deps: BotDeps) {
  return async ({ event, body, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      const question = questionFromMessage(event.text, context.botUserId);
      const conversation =
        event.thread_ts && event.thread_ts !== event.ts
          ? await threadOrNothing(
              deps,
              client,
              { channel: event.channel, threadTs: event.thread_ts, ts: event.ts },
              { userId: context.botUserId, botId: context.botId },
            )
          : undefined;
      const reply = replyToMessage(deps, question, 'channel', event.user ?? '', conversation);
      await client.chat.postMessage({ channel: event.channel, thread_ts, ...reply });
    } catch (error) {
      await reportFailure(
        deps.logger,
        error,
        { handler: 'app_mention', type: event.type, eventId: body.event_id, channel: event.channel, ts: event.ts, user: event.user },
        (text) => client.chat.postMessage({ channel: event.channel, thread_ts, text }),
      );
    }
  };
}
