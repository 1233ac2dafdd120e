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
      await respond({ replace_original: true, ...flowMessage(deps, state) });
    } catch (error) {
      await reportFailure(deps.logger, error, { handler: 'flow_choice', type: body.type, channel: body.channel?.id, user: body.user.id },
        (text) => respond({ replace_original: false, response_type: 'ephemeral', text }));
    }
  };
}
