import { decodeFlowState } from '../../../core/flow/state.js';
import type { BotDeps } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import { renderRecommendation } from '../../render/recommendation.js';
import { recommendationFor } from '../../recommending.js';
import type { ButtonArgs } from './flow-choice.js';

// Errors meaning the bot may not post there itself; the command's response_url still may.
const NOT_A_MEMBER = /not_in_channel|channel_not_found|restricted_action/;

function isNotAMember(error: unknown): boolean {
  const slackError = (error as { data?: { error?: string } }).data?.error;
  return NOT_A_MEMBER.test(String(slackError ?? (error as Error).message));
}

/**
 * Posts as the bot; `false` when the bot may not post in that channel (or there is none), so the
 * caller can fall back to the response_url. Any other failure is thrown.
 */
async function postAsBot(
  client: ButtonArgs['client'],
  channel: string | undefined,
  message: ReturnType<typeof renderRecommendation>,
): Promise<boolean> {
  if (!channel) return false;
  try {
    await client.chat.postMessage({ channel, ...message });
    return true;
  } catch (error) {
    if (isNotAMember(error)) return false;
    throw error;
  }
}

/** "Share in channel": posts the recommendation for everyone, saying who asked. */
export function shareInChannel(deps: BotDeps) {
  return async ({ ack, action, body, client, respond }: ButtonArgs) => {
    await ack();
    try {
      const state = decodeFlowState(action.value ?? '');
      const shared = renderRecommendation(recommendationFor(deps, state), { state, sharedBy: body.user.id });
      const channel = body.channel?.id ?? body.container?.channel_id;
      if (!(await postAsBot(client, channel, shared))) {
        await respond({ replace_original: false, response_type: 'in_channel', ...shared });
      }
    } catch (error) {
      await reportFailure(
        deps.logger,
        error,
        { handler: 'share_in_channel', type: body.type, channel: body.channel?.id, user: body.user.id },
        (text) => respond({ replace_original: false, response_type: 'ephemeral', text }),
      );
    }
  };
}
