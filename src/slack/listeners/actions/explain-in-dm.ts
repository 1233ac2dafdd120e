import { decodeFlowState } from '../../../core/flow/state.js';
import type { BotDeps } from '../../deps.js';
import { postInDm } from '../../dm.js';
import { reportFailure } from '../../failure.js';
import { renderRecommendation } from '../../render/recommendation.js';
import { recommendationFor } from '../../recommending.js';
import type { ButtonArgs } from './flow-choice.js';

/** "Explain in DM": the full explanation, in the clicking person's DM with the bot. */
export function explainInDm(deps: BotDeps) {
  return async ({ ack, action, body, client, respond }: ButtonArgs) => {
    await ack();
    try {
      const state = decodeFlowState(action.value ?? '');
      await postInDm(client, body.user.id, renderRecommendation(recommendationFor(deps, state), { state, detail: 'full' }));
      await respond({ replace_original: false, response_type: 'ephemeral', text: '📬 I sent you the full explanation in a DM.' });
    } catch (error) {
      await reportFailure(
        deps.logger,
        error,
        { handler: 'explain_in_dm', type: body.type, channel: body.channel?.id, user: body.user.id },
        (text) => respond({ replace_original: false, response_type: 'ephemeral', text }),
      );
    }
  };
}
