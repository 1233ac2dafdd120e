import type { Answer, AnswerPassage } from '../../core/answer/answer.js';
import { MAX_QUESTION_CHARS } from '../../core/answer/answer.js';
import type { Surface } from '../deps.js';
import { emptyFlowState } from '../../core/flow/state.js';
import { actions, context, message, section, type Block, type SlackMessage } from './blocks.js';
import { startFlowButton } from './flow-step.js';
import { feedbackButtons } from './feedback.js';
import { clip, mrkdwn, quote } from './mrkdwn.js';
import { HEADING_SEPARATOR } from '../../core/knowledge/types.js';

/** Long passages are quoted up to here; the source line says where to read on. */
export const QUOTE_CHARS = 1_500;
const RELATED_SNIPPET_CHARS = 300;

/**
 * Where a passage comes from, as one escaped line: `source › section`. The document title
 * (the first heading) is left out when there is a section: the file name already says which document.
 */
export function sourceLine(passage: Pick<AnswerPassage, 'source' | 'heading'> & { headings?: readonly string[] }): string {
  const section = passage.headings && passage.headings.length > 1 ? passage.headings.slice(1).join(HEADING_SEPARATOR) : passage.heading;
  return `📄 ${mrkdwn(passage.source)}${section ? `${HEADING_SEPARATOR}${mrkdwn(section)}` : ''}`;
}

/** How the message was read, where that is not as typed: cut when long, and the typos read as the words meant. */
export function readingNotes(answer: Pick<Answer, 'truncated' | 'corrections'>): Block[] {
  const notes: Block[] = [];
  if (answer.truncated) {
    notes.push(context(`✂️ Your message was long, so I only read its first ${MAX_QUESTION_CHARS.toLocaleString('en-US')} characters.`));
  }
  // Said, so a name misread as a word is seen and can be asked again.
  if (answer.corrections?.length) notes.push(context(`🔤 Read ${answer.corrections.map((c) => `“${c.from}” as “${c.to}”`).join(', ')}.`));
  return notes;
}

/**
 * For a message that asked two or three things: each question as asked, in bold, with its short
 * answer, the passage quoted (shorter, as there are several) and its source. Empty for one question.
 */
export function eachQuestionBlocks(answer: Pick<Answer, 'questions' | 'passages'>): { blocks: Block[]; passages: AnswerPassage[] } {
  const blocks: Block[] = [];
  const passages: AnswerPassage[] = [];
  const asked = answer.questions ?? [];
  if (asked.length < 2) return { blocks, passages };
  for (const { question, passageId } of asked) {
    const passage = answer.passages.find((p) => p.id === passageId);
    if (!passage) continue;
    passages.push(passage);
    blocks.push(section(`*${mrkdwn(oneLine(question))}*\n${mrkdwn(passage.snippet)}`));
    if (passage.text.trim() !== passage.snippet.trim())
      blocks.push(section(quote(clip(mrkdwn(passage.text), Math.floor(QUOTE_CHARS / asked.length)))));
    blocks.push(context(sourceLine(passage)));
  }
  return { blocks, passages };
}

// Slack's bold ends at a line break and an open code fence swallows the rest: one plain line.
export function oneLine(text: string): string {
  return text
    .replace(/\*|```/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A channel answer: the short answer, the quoted passage, its source and section, up to 2 related passages, feedback buttons. */
export function renderAnswer(answer: Answer, surface: Surface, options: { offerFlow?: boolean } = {}): SlackMessage {
  const [best, ...rest] = answer.passages;
  if (!best) throw new RangeError('renderAnswer needs an answered Answer; use renderNoAnswer');
  const each = eachQuestionBlocks(answer);
  if (each.passages.length > 1) {
    const blocks = [...readingNotes(answer), ...each.blocks, ...flowOffer(options.offerFlow)];
    blocks.push(feedbackButtons({ question: answer.question, passageIds: each.passages.map((p) => p.id), surface }));
    return message(each.passages.map((p) => `${mrkdwn(p.snippet)} (${mrkdwn(p.source)})`).join('\n'), blocks);
  }
  const related = rest.slice(0, 2);
  const blocks: Block[] = [];
  blocks.push(...readingNotes(answer));
  blocks.push(section(`*Short answer:* ${mrkdwn(best.snippet)}`));
  if (best.text.trim() !== best.snippet.trim()) blocks.push(section(quote(clip(mrkdwn(best.text), QUOTE_CHARS))));
  blocks.push(context(sourceLine(best)));
  if (related.length > 0) {
    const lines = related.map((p) => `• ${clip(mrkdwn(p.snippet), RELATED_SNIPPET_CHARS)}\n   _${sourceLine(p)}_`);
    blocks.push(section(`*Related*\n${lines.join('\n')}`));
  }
  blocks.push(...flowOffer(options.offerFlow));
  blocks.push(feedbackButtons({ question: answer.question, passageIds: [best, ...related].map((p) => p.id), surface }));
  return message(`${mrkdwn(best.snippet)} (${mrkdwn(best.source)})`, blocks);
}

/** The reply to chatter addressed to the bot ("thanks!", "ok"): neither a question nor a factor, so no gap and no "couldn't find". */
export const CHATTER_REPLY = '👍 Any time. Ask me about containers and virtual machines, or type `help`.';
/** The metadata event type of a reply that offered the decision flow: a need stated next is read as the answer to it. */
export const FLOW_OFFER_EVENT = 'containers_or_vms_flow_offered';
/** The block id of the offer's button. */
export const FLOW_OFFER_BLOCK = 'offer_flow';
/** What the offer invites instead of the flow: a need stated in words, which the next reply reads. */
export const TELL_ME_HERE = 'or tell me here what it needs (say "spiky traffic" or "runs customer code")';

/** The pointer to the decision flow that an answer to a choice ends with, or nothing. */
export function flowOffer(offer: boolean | undefined): Block[] {
  return offer
    ? [
        section(`🧭 Choosing for a specific workload? Answer a few questions, ${TELL_ME_HERE}, for a recommendation with reasons.`),
        actions(FLOW_OFFER_BLOCK, [startFlowButton(emptyFlowState())]),
      ]
    : [];
}
