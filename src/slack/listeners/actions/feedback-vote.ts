import type { BotDeps, ShownPassage } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import type { Block } from '../../render/blocks.js';
import { decodeFeedback, FEEDBACK_ACTIONS, thankedBlocks } from '../../render/feedback.js';
import type { ButtonArgs } from './flow-choice.js';

/** Helpful / Not helpful: record the vote with the question and passage ids, and swap the buttons for a thank-you. */
export function feedbackVote(deps: BotDeps) {
  return async ({ ack, action, body, respond }: ButtonArgs) => {
    await ack();
    try {
      const ref = decodeFeedback(action.value);
      if (!ref) throw new Error('feedback button value is not a feedback reference');
      const vote = action.action_id === FEEDBACK_ACTIONS.helpful ? 'helpful' : 'not-helpful';
      const passages = deps.knowledge().index.passages;
      const shown: ShownPassage[] = ref.passageIds.map((id) => {
        const p = passages.find((x) => x.id === id);
        // The knowledge may have changed since the answer; the id still names its file.
        return p ? { id, source: p.source, heading: p.headings.join(' › ') } : { id, source: id.replace(/#\d+$/, ''), heading: '' };
      });
      deps.feedback.recordFeedback({ question: ref.question, passages: shown, vote, surface: ref.surface, userId: body.user.id });
      deps.logger.info({ vote, passages: ref.passageIds, user: body.user.id }, 'feedback');
      const original = (body.message?.blocks ?? []) as Block[];
      await respond({ replace_original: true, text: body.message?.text ?? 'Thanks for the feedback.', blocks: thankedBlocks(original, vote) });
    } catch (error) {
      await reportFailure(deps.logger, error, { handler: 'feedback_vote', type: body.type, channel: body.channel?.id, user: body.user.id },
        (text) => respond({ replace_original: false, response_type: 'ephemeral', text }));
    }
  };
}
