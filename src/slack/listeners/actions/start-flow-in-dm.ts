import { emptyFlowState } from '../../../core/flow/state.js';
import type { BotDeps } from '../../deps.js';
import { postInDm } from '../../dm.js';
import { reportFailure } from '../../failure.js';
import { flowMessage } from '../../recommending.js';
import type { ButtonArgs } from './flow-choice.js';

/**
 * App Home's "Start the decision flow": the first flow step, posted in the DM. Its buttons are
 * the flow's own, so the flow continues there exactly as after `/containers-or-vms`.
 */
export function startFlowInDm(deps: BotDeps) {
  return async ({ ack, body, client }: ButtonArgs) => {
    await ack();
    try {
      await postInDm(client, body.user.id, flowMessage(deps, emptyFlowState()));
    } catch (error) {
      await reportFailure(deps.logger, error, { handler: 'start_flow_in_dm', type: body.type, user: body.user.id }, (text) =>
        postInDm(client, body.user.id, { text }),
      );
    }
  };
}
