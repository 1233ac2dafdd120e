import { answer, searchPassages } from '../core/answer/answer.js';
import { headingOf } from '../core/knowledge/types.js';
import type { BotDeps, Surface } from './deps.js';
import { explain } from '../core/answer/explain.js';
import { renderAnswer } from './render/answer.js';
import { renderClosestMatch } from './render/closest-match.js';
import type { SlackMessage } from './render/blocks.js';
import { renderExplanation } from './render/explanation.js';
import { renderHelp } from './render/help.js';
import { renderNoAnswer } from './render/no-answer.js';
import { topicsOf } from './render/topics.js';

/** Asking for help (or just saying hello) rather than asking a question. */
export function isHelpRequest(text: string): boolean {
  return /^\s*(help|hi|hello|hey|what can you do|how do (i|you) use (you|this))?\s*[.!?]*\s*$/i.test(text);
}

/** Examples for help and App Home, read off the knowledge's headings. */
export function exampleQuestions(deps: BotDeps): string[] {
  return topicsOf(deps.knowledge().index.passages, 4);
}

/**
 * The reply to a question asked in a channel (short answer) or a DM (explanation). A question
 * the knowledge does not answer is recorded as a gap, with the nearest passages for context.
 */
export function replyToQuestion(deps: BotDeps, question: string, surface: Surface, userId: string): SlackMessage {
  if (isHelpRequest(question)) return renderHelp(exampleQuestions(deps));
  const { index } = deps.knowledge();
  const explanation = surface === 'dm' ? explain(index, question) : undefined;
  const result = explanation?.answer ?? answer(index, question);
  if (result.answered && result.confidence === 'low') return renderClosestMatch(result, surface);
  if (result.answered) return explanation ? renderExplanation(explanation) : renderAnswer(result, surface);
  const nearest = searchPassages(index, result.question, 3).map((h) => ({ id: h.passage.id, source: h.passage.source, heading: headingOf(h.passage) }));
  deps.feedback.recordGap({ question: result.question, passages: nearest, surface, userId });
  return renderNoAnswer(result, topicsOf(index.passages));
}
