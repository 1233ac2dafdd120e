import { decodeFlowState } from '../../../core/flow/state.js';
import type { BotDeps } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import { flowMessage } from '../../recommending.js';
import type { ButtonArgs } from './flow-choice.js';

/**
 * "Start the decision flow" / "Answer the other questions" under an answer or a recommendation:
 * the flow opens in a new message, with what the question already said answered (the state is
 * the button's value). In a channel only the person who clicked sees it, as after the command;
 * the answer it came from stays as it was for everyone.
 */
export function startFlow(deps: BotDeps) {
  return async ({ ack, action, body, respond }: ButtonArgs) => {
    await ack();
    try {
      const state = decodeFlowState(action.value ?? '');
      const inDm = (body.channel?.id ?? body.container?.channel_id ?? '').startsWith('D');
      await respond({
        replace_original: false,
        response_type: inDm ? 'in_channel' : 'ephemeral',
        ...flowMessage(deps, state, inDm ? { detail: 'full' } : {}),
      });
    } catch (error) {
      await reportFailure(
        deps.logger,
        error,
        { handler: 'start_flow', type: body.type, channel: body.channel?.id, user: body.user.id },
        (text) => respond({ replace_original: false, response_type: 'ephemeral', text }),
      );
    }
  };
}
