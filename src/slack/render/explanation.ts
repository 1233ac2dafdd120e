import type { Explanation } from '../../core/answer/explain.js';
import { context, message, section, type Block, type SlackMessage } from './blocks.js';
import { eachQuestionBlocks, flowOffer, oneLine, QUOTE_CHARS, sourceLine, readingNotes } from './answer.js';
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
  const each = eachQuestionBlocks(answer);
  if (each.passages.length > 1) blocks.push(...each.blocks);
  else {
    blocks.push(section(`*${mrkdwn(oneLine(best.snippet))}*`));
    // A one-sentence passage is its own best sentence: quoting it again would say it twice.
    if (best.text.trim() !== best.snippet.trim()) blocks.push(section(quote(clip(mrkdwn(best.text), QUOTE_CHARS))));
    blocks.push(context(sourceLine(best)));
  }
  const answered = each.passages.length > 1 ? each.passages : [best];
  const supporting = explanation.supporting.filter((p) => !answered.some((a) => a.id === p.id)).slice(0, 3);
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
  blocks.push(...flowOffer(isChoice));
  blocks.push(feedbackButtons({ question: answer.question, passageIds: [...answered, ...supporting].map((p) => p.id), surface: 'dm' }));
  return message(`${mrkdwn(best.snippet)} (${mrkdwn(best.source)})`, blocks);
}
