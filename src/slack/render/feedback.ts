import type { Surface } from '../deps.js';
import { actions, button, context, LIMITS, type Block } from './blocks.js';
import { decodeEntities, escapeEntities } from './mrkdwn.js';

/**
 * The Helpful / Not helpful buttons. Their value carries what the vote is about (the question
 * and the ids of the passages shown), so a click needs no server-side state.
 */

export const FEEDBACK_ACTIONS = { helpful: 'feedback_helpful', notHelpful: 'feedback_not_helpful' } as const;
export const FEEDBACK_BLOCK_ID = 'feedback';

export interface FeedbackReference {
  question: string;
  passageIds: string[];
  surface: Surface;
}

// The question travels entity-escaped, so even a button value never carries `<!channel>`.

/** Encodes a feedback reference in at most 2,000 characters, shortening the question if needed. */
export function encodeFeedback(ref: FeedbackReference): string {
  const encode = (question: string) => JSON.stringify({ q: escapeEntities(question), p: ref.passageIds.slice(0, 3), s: ref.surface });
  let question = ref.question;
  let value = encode(question);
  while (value.length > LIMITS.buttonValue && question.length > 0) {
    question = question.slice(0, Math.max(0, question.length - (value.length - LIMITS.buttonValue) - 8));
    value = encode(question);
  }
  return value;
}

/** Decodes a button value; undefined when it is not one of ours. */
export function decodeFeedback(value: string | undefined): FeedbackReference | undefined {
  if (!value) return undefined;
  try {
    const raw = JSON.parse(value) as { q?: unknown; p?: unknown; s?: unknown };
    if (typeof raw.q !== 'string' || !Array.isArray(raw.p) || !raw.p.every((id) => typeof id === 'string')) return undefined;
    const surface: Surface = raw.s === 'dm' || raw.s === 'local' ? raw.s : 'channel';
    return { question: decodeEntities(raw.q), passageIds: raw.p, surface };
  } catch {
    return undefined;
  }
}

export function feedbackButtons(ref: FeedbackReference): Block {
  const value = encodeFeedback(ref);
  return actions(FEEDBACK_BLOCK_ID, [
    button('👍 Helpful', FEEDBACK_ACTIONS.helpful, value),
    button('👎 Not helpful', FEEDBACK_ACTIONS.notHelpful, value),
  ]);
}

/** The thank-you for a vote. */
export function thanksText(vote: 'helpful' | 'not-helpful'): string {
  return vote === 'helpful' ? '✅ Thanks, glad it helped.' : '📝 Thanks, noted. This helps us improve the knowledge base.';
}

/** The original blocks with the feedback buttons swapped for a thank-you. */
export function thankedBlocks(original: Block[], vote: 'helpful' | 'not-helpful'): Block[] {
  const thanks = context(thanksText(vote));
  const kept = original.filter((b) => !(b.type === 'actions' && b.block_id === FEEDBACK_BLOCK_ID));
  return [...kept, thanks];
}
