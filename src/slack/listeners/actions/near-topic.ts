import { answerForPassage } from '../../../core/answer/answer.js';
import type { BotDeps } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import { renderAnswer } from '../../render/answer.js';
import type { ButtonArgs } from './flow-choice.js';

/** A "nearby topic" button under a closest match: the answer for that topic, as a new message. */
export function nearTopic(deps: BotDeps) {
  return async ({ ack, action, body, respond }: ButtonArgs) => {
    await ack();
    try {
      const result = answerForPassage(deps.knowledge().index, action.value ?? '');
      if (!result) {
        await respond({
          replace_original: false,
          response_type: 'ephemeral',
          text: 'That topic is no longer in the knowledge base (it was updated). Please ask again.',
        });
        return;
      }
      const inDm = (body.channel?.id ?? body.container?.channel_id ?? '').startsWith('D');
      await respond({ replace_original: false, ...renderAnswer(result, inDm ? 'dm' : 'channel') });
    } catch (error) {
      await reportFailure(
        deps.logger,
        error,
        { handler: 'near_topic', type: body.type, channel: body.channel?.id, user: body.user.id },
        (text) => respond({ replace_original: false, response_type: 'ephemeral', text }),
      );
    }
  };
}
