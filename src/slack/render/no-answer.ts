import type { Answer } from '../../core/answer/answer.js';
import { emptyFlowState } from '../../core/flow/state.js';
import { actions, message, section, type Block, type SlackMessage } from './blocks.js';
import { startFlowButton } from './flow-step.js';
import { COMMAND } from './help.js';
import { FLOW_OFFER_BLOCK, readingNotes, TELL_ME_HERE } from './answer.js';
import { mrkdwn } from './mrkdwn.js';

export const NO_ANSWER_TEXT = "I couldn't find an answer to that in the knowledge base.";

/** Says plainly that the knowledge does not cover the question, and what to try instead. */
export function renderNoAnswer(
  answer: Pick<Answer, 'truncated' | 'corrections'>,
  topics: string[],
  options: { offerFlow?: boolean } = {},
): SlackMessage {
  const blocks: Block[] = [];
  blocks.push(...readingNotes(answer));
  blocks.push(section(`🤷 ${NO_ANSWER_TEXT}`));
  // A choice gets the flow itself, one click away; other questions get the command's name.
  if (options.offerFlow)
    blocks.push(
      section(`🧭 For a recommendation for your own workload, answer a few questions, ${TELL_ME_HERE}:`),
      actions(FLOW_OFFER_BLOCK, [startFlowButton(emptyFlowState())]),
    );
  const tryThis = options.offerFlow ? [] : [`To get a recommendation for your own workload, run \`${COMMAND}\`.`];
  if (topics.length > 0)
    tryThis.push(`Or ask about something the knowledge covers, for example:\n${topics.map((t) => `• ${mrkdwn(t)}`).join('\n')}`);
  if (tryThis.length > 0) blocks.push(section(tryThis.join('\n')));
  return message(`${NO_ANSWER_TEXT} Try ${COMMAND} for a recommendation.`, blocks);
}
