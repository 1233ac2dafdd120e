import type { Answer } from '../../core/answer/answer.js';
import type { Surface } from '../deps.js';
import { flowOffer, readingNotes, QUOTE_CHARS, sourceLine } from './answer.js';
import { actions, button, context, message, section, type Block, type SlackMessage } from './blocks.js';
import { feedbackButtons } from './feedback.js';
import { clip, mrkdwn, quote } from './mrkdwn.js';

/** Action ids of the "nearby topic" buttons: near_topic_0, near_topic_1, … (unique within the block). */
export const NEAR_TOPIC_ACTION_PATTERN = /^near_topic_\d+$/;
const BUTTON_TEXT_CHARS = 70;

/**
 * A closest match: the question is about what the knowledge covers, but the best passage
 * matches it only partly. Said so plainly, with that one passage, and buttons naming the
 * nearest other topics so a click gets the answer the words missed. A choice whose workload the
 * parser could not read (`offerFlow`) is offered the decision flow too, as an answer to it is.
 */
export function renderClosestMatch(answer: Answer, surface: Surface, options: { offerFlow?: boolean } = {}): SlackMessage {
  const [best] = answer.passages;
  if (!best) throw new RangeError('renderClosestMatch needs an answered Answer');
  const blocks: Block[] = [];
  blocks.push(...readingNotes(answer));
  blocks.push(context("🤔 *Closest match* — I'm not sure this answers your question; it is the nearest thing the knowledge says."));
  blocks.push(section(`*Closest match:* ${mrkdwn(best.snippet)}`));
  if (best.text.trim() !== best.snippet.trim()) blocks.push(section(quote(clip(mrkdwn(best.text), QUOTE_CHARS))));
  blocks.push(context(sourceLine(best)));
  const topics = answer.nearTopics ?? [];
  if (topics.length > 0) {
    blocks.push(section('*Or did you mean one of these?*'));
    blocks.push(
      actions(
        'near_topics',
        topics.map((t, i) => button(clip(t.heading, BUTTON_TEXT_CHARS), `near_topic_${i}`, t.id)),
      ),
    );
  }
  blocks.push(...flowOffer(options.offerFlow));
  blocks.push(feedbackButtons({ question: answer.question, passageIds: [best.id], surface }));
  return message(`Closest match (not sure): ${mrkdwn(best.snippet)} (${mrkdwn(best.source)})`, blocks);
}
