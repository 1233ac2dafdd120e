import type { Explanation } from '../../core/answer/explain.js';
import { emptyFlowState } from '../../core/flow/state.js';
import { actions, context, message, section, type Block, type SlackMessage } from './blocks.js';
import { startFlowButton } from './flow-step.js';
import { QUOTE_CHARS, sourceLine, readingNotes } from './answer.js';
import { feedbackButtons } from './feedback.js';
import { clip, mrkdwn, quote } from './mrkdwn.js';

const SUPPORT_CHARS = 600;

/** A DM explanation: the best passage, the passages that support it, the key takeaway, and a pointer to the flow for choices. */
export function renderExplanation(explanation: Explanation): SlackMessage {
  const { answer, takeaway, isChoice } = explanation;
  const best = answer.passages[0];
  if (!best) throw new RangeError('renderExplanation needs an answered Explanation; use renderNoAnswer');
  const blocks: Block[] = [];
  blocks.push(...readingNotes(answer));
  // Slack's bold ends at a line break and an open code fence swallows the rest: one plain line.
  const headline = best.snippet
    .replace(/\*|```/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  blocks.push(section(`*${mrkdwn(headline)}*`));
  // A one-sentence passage is its own best sentence: quoting it again would say it twice.
  if (best.text.trim() !== best.snippet.trim()) blocks.push(section(quote(clip(mrkdwn(best.text), QUOTE_CHARS))));
  blocks.push(context(sourceLine(best)));
  const supporting = explanation.supporting.slice(0, 3);
  if (supporting.length > 0) {
    blocks.push(section('*What else the knowledge says*'));
    for (const p of supporting) {
      blocks.push(section(quote(clip(mrkdwn(p.text), SUPPORT_CHARS))));
      blocks.push(context(sourceLine(p)));
    }
  }
  if (takeaway) {
    blocks.push(section(`*Key takeaway*\n${quote(clip(mrkdwn(takeaway.text), SUPPORT_CHARS))}`));
    blocks.push(context(sourceLine(takeaway)));
  }
  if (isChoice) {
    blocks.push(section('🧭 Choosing for a specific workload? Answer a few questions for a recommendation with reasons.'));
    blocks.push(actions('offer_flow', [startFlowButton(emptyFlowState())]));
  }
  blocks.push(feedbackButtons({ question: answer.question, passageIds: [best, ...supporting].map((p) => p.id), surface: 'dm' }));
  return message(`${mrkdwn(best.snippet)} (${mrkdwn(best.source)})`, blocks);
}
