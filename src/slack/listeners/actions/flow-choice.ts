import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeFlowState, emptyFlowState } from '../../../core/flow/state.js';
import type { BotDeps } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import { flowMessage } from '../../recommending.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * A flow button (an option, "Not sure" or "Start over"): its value is the whole state after
 * the choice, so the message is replaced with the next question or the recommendation.
 */
export function flowChoice(deps: BotDeps) {
  return async ({ ack, action, body, respond }: ButtonArgs) => {
    await ack();
    try {
      const state = action.value ? decodeFlowState(action.value) : emptyFlowState();
      // A flow run in the DM (from App Home) ends in the DM explanation: "Explain in DM" and
      // "Share in channel" would only post it into that same DM again.
      const inDm = (body.channel?.id ?? body.container?.channel_id ?? '').startsWith('D');
      await respond({ replace_original: true, ...flowMessage(deps, state, inDm ? { detail: 'full' } : {}) });
    } catch (error) {
      await reportFailure(
        deps.logger,
        error,
        { handler: 'flow_choice', type: body.type, channel: body.channel?.id, user: body.user.id },
        (text) => respond({ replace_original: false, response_type: 'ephemeral', text }),
      );
    }
  };
}
