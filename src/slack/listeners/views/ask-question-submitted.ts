import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewOutput, ViewSubmitAction } from '@slack/bolt';
import { replyToQuestion } from '../../answering.js';
import type { BotDeps } from '../../deps.js';
import { postInDm } from '../../dm.js';
import { reportFailure } from '../../failure.js';
import { questionFromInput } from '../../question-text.js';
import { ASK_QUESTION, EMPTY_QUESTION, withQuestionShown } from '../../render/ask-modal.js';

type ViewSubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The question as typed: input values arrive verbatim, not in Slack's message markup. */
function questionIn(view: ViewOutput): string {
  return view.state.values[ASK_QUESTION.blockId]?.[ASK_QUESTION.actionId]?.value?.trim() ?? '';
}

/**
 * The "Ask a question" modal, submitted: an empty question keeps the modal open with an error
 * on its field; otherwise the modal closes and the answer arrives in the DM, the same
 * explanation a DM question gets.
 */
export function askQuestionSubmitted(deps: BotDeps) {
  return async ({ ack, body, view, client }: ViewSubmissionArgs) => {
    const question = questionIn(view);
    if (!question) {
      await ack({ response_action: 'errors', errors: { [ASK_QUESTION.blockId]: EMPTY_QUESTION } });
      return;
    }
    await ack();
    try {
      // The person sees their own words; the bot answers, and may keep, only the redacted ones.
      await postInDm(
        client,
        body.user.id,
        withQuestionShown(replyToQuestion(deps, questionFromInput(question), 'dm', body.user.id), question),
      );
    } catch (error) {
      await reportFailure(deps.logger, error, { handler: 'ask_question_submitted', type: body.type, user: body.user.id }, (text) =>
        postInDm(client, body.user.id, { text }),
      );
    }
  };
}
