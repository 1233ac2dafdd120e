import { answer, searchPassages, type Answer } from '../core/answer/answer.js';
import type { KnowledgeIndex } from '../core/knowledge/knowledge-index.js';
import { headingOf } from '../core/knowledge/types.js';
import type { BotDeps, Surface } from './deps.js';
import { explain } from '../core/answer/explain.js';
import { renderAnswer } from './render/answer.js';
import type { SlackMessage } from './render/blocks.js';
import { renderExplanation } from './render/explanation.js';
import { renderHelp } from './render/help.js';
import { renderNoAnswer } from './render/no-answer.js';
import { topicsOf } from './render/topics.js';

/** Asking for help (or just saying hello) rather than asking a question. */
export function isHelpRequest(text: string): boolean {
  // Trimmed and stripped by hand, not by one pattern: `\s*(…)?\s*[.!?]*\s*$` took cubic time on a long run of spaces.
  let words = text.trim();
  let end = words.length;
  while (end > 0 && '.!?'.includes(words[end - 1]!)) end--;
  words = words.slice(0, end).trimEnd();
  return words.length <= 40 && /^(help|hi|hello|hey|what can you do|how do (i|you) use (you|this))?$/i.test(words);
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
  const { result, reply } = composeAnswer(index, question, surface);
  if (reply) return reply;
  const nearest = searchPassages(index, result.question, 3).map((h) => ({ id: h.passage.id, source: h.passage.source, heading: headingOf(h.passage) }));
  deps.feedback.recordGap({ question: result.question, passages: nearest, surface, userId });
  return renderNoAnswer(result, topicsOf(index.passages));
}

function composeAnswer(index: KnowledgeIndex, question: string, surface: Surface): { result: Answer; reply?: SlackMessage } {
  const explanation = surface === 'dm' ? explain(index, question) : undefined;
  const result = explanation?.answer ?? answer(index, question);
  if (!result.answered) return { result };
  return { result, reply: explanation ? renderExplanation(explanation) : renderAnswer(result, surface) };
}

/**
 * The answer message for a question as the current knowledge gives it, or undefined when it
 * no longer answers it. Records nothing: the vote reply is rebuilt with it.
 */
export function answerMessage(deps: BotDeps, question: string, surface: Surface): SlackMessage | undefined {
  return composeAnswer(deps.knowledge().index, question, surface).reply;
}
