import { headingOf } from '../../../core/knowledge/types.js';
import { redactQuestion } from '../../../store/redact.js';
import { answerMessage } from '../../answering.js';
import type { BotDeps, PassageRef } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import { decodeFeedback, FEEDBACK_ACTIONS, thankedBlocks, thanksText } from '../../render/feedback.js';
import type { ButtonArgs } from './flow-choice.js';

/**
 * Helpful / Not helpful: record the vote with the question and passage ids, and replace the
 * answer with the same answer and a thank-you instead of the buttons.
 */
export function feedbackVote(deps: BotDeps) {
  return async ({ ack, action, body, respond }: ButtonArgs) => {
    await ack();
    try {
      const ref = decodeFeedback(action.value);
      if (!ref) throw new Error('feedback button value is not a feedback reference');
      const vote = action.action_id === FEEDBACK_ACTIONS.helpful ? 'helpful' : 'not-helpful';
      const { passages } = deps.knowledge().index;
      // A button value is input like any other: only ids of passages in the current index reach
      // the store and the report (an id the knowledge dropped since, or `../../etc/passwd#0`, does not).
      const shown: PassageRef[] = ref.passageIds.flatMap((id) => {
        const p = passages.find((x) => x.id === id);
        return p ? [{ id, source: p.source, heading: headingOf(p) }] : [];
      });
      const question = redactQuestion(ref.question);
      if (shown.length > 0) deps.feedback.recordFeedback({ question, passages: shown, vote, surface: ref.surface, userId: body.user.id });
      else deps.logger.warn({ vote, user: body.user.id }, 'feedback names no passage of the current knowledge; not recorded');
      deps.logger.info({ vote, passages: shown.map((p) => p.id), user: body.user.id }, 'feedback');
      // Rebuilt from the passages shown and the current knowledge, never from the payload's message:
      // whatever body.message holds (a forged <!channel>, a hidden link) is never sent back.
      const rebuilt = answerMessage(
        deps,
        question,
        ref.surface,
        shown.map((p) => p.id),
      );
      const thanks = thankedBlocks([], vote);
      // Nothing left to rebuild: thank the voter privately rather than replace the answer with a bare thank-you.
      if (!rebuilt) await respond({ replace_original: false, response_type: 'ephemeral', text: thanksText(vote), blocks: thanks });
      else await respond({ replace_original: true, text: rebuilt.text, blocks: thankedBlocks(rebuilt.blocks, vote) });
    } catch (error) {
      await reportFailure(
        deps.logger,
        error,
        { handler: 'feedback_vote', type: body.type, channel: body.channel?.id, user: body.user.id },
        (text) => respond({ replace_original: false, response_type: 'ephemeral', text }),
      );
    }
  };
}
