import { answer, bestSentences, searchPassages, type Answer } from '../core/answer/answer.js';
import type { KnowledgeIndex } from '../core/knowledge/knowledge-index.js';
import { headingOf } from '../core/knowledge/types.js';
import type { BotDeps, Surface } from './deps.js';
import { isQuestion } from '../core/answer/context.js';
import { explain } from '../core/answer/explain.js';
import { asksAgain, asksExample, readQuestion, wantsOneAspect } from '../core/answer/reading.js';
import { decide, followUpOf, statedFactors, type ThreadState } from '../core/answer/respond.js';
import type { FlowState } from '../core/flow/state.js';
import { describeAnswers, FACTORS, type Answers } from '../core/recommend/factors.js';
import type { Understood } from '../core/recommend/parse-input.js';
import { RECOMMENDATION_LABELS, type RecommendationResult } from '../core/recommend/recommend.js';
import { CHATTER_REPLY, FLOW_OFFER_BLOCK, FLOW_OFFER_EVENT, flowOffer, renderAnswer } from './render/answer.js';
import { introducesWorkload } from '../core/recommend/route.js';
import { renderClosestMatch } from './render/closest-match.js';
import { message, section, type SlackMessage } from './render/blocks.js';
import { renderExplanation } from './render/explanation.js';
import { decodeFeedback, FEEDBACK_BLOCK_ID } from './render/feedback.js';
import { renderHelp } from './render/help.js';
import { renderNoAnswer } from './render/no-answer.js';
import { renderRecommendation } from './render/recommendation.js';
import { topicsOf } from './render/topics.js';
import { recommendationFor } from './recommending.js';

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

/** What came before a message in its thread or DM, read back from Slack (never kept in memory). */
/** A conversation as read from Slack: the bot's recommendation and offer from its replies' metadata. */
export interface Conversation extends ThreadState {
  /** Earlier questions people asked there, oldest first. */
  earlier: string[];
  /** Whom the offer of the flow was made to, when it says. */
  offeredTo?: string;
}

/** How sure a reply is: unasked for (help channels, follow-ups), only recommendations and confident answers are posted. */
export type ReplyKind = 'help' | 'recommendation' | 'answer' | 'closest-match' | 'no-answer';

/**
 * The reply to a question asked in a channel (short answer) or a DM (explanation). A choice
 * between containers and VMs whose workload the factor parser understands gets a
 * recommendation; a follow-up stating a factor after a recommendation gets it updated, and one
 * after the bot offered the decision flow gets one; a question the knowledge does not answer is
 * recorded as a gap, with the nearest passages.
 */
export function replyToQuestion(
  deps: BotDeps,
  question: string,
  surface: Surface,
  userId: string,
  conversation?: Conversation,
): SlackMessage {
  return classifiedReply(deps, question, surface, userId, conversation).reply;
}

/** replyToQuestion, saying also what kind of reply it is. `recordGap: false` keeps unanswered questions out of the gaps (help-channel chatter). */
export function classifiedReply(
  deps: BotDeps,
  typed: string,
  surface: Surface,
  userId: string,
  conversation?: Conversation,
  options: { recordGap?: boolean } = {},
): { reply: SlackMessage; kind: ReplyKind; recommended?: Answers; unsureAnswerToOffer?: boolean } {
  const { index } = deps.knowledge();
  // Read as meant (emoji codes, chat openers and typos dealt with) before deciding what it asks.
  const question = readQuestion(index, typed).text || typed;
  // "in short?" after an answer asks it again: read, its frame leaves only the mark, which is no help request.
  const again = Boolean(conversation?.earlier?.length) && asksAgain(question, typed);
  if (!again && isHelpRequest(question)) return { reply: renderHelp(exampleQuestions(deps)), kind: 'help' };
  // The answer reads the question as typed itself, so it can say which words it read as others.
  const { route, offerFlow, looked, follow } = decide(
    index,
    typed,
    conversation?.earlier,
    (offerFlow) => composeAnswer(index, typed, surface, { context: conversation?.earlier, offerFlow }),
    question,
    threadFor(conversation, userId),
  );
  if (route) {
    // A need stated after a recommendation changes it, and says so; one that answers an offer makes one.
    const state: FlowState = follow?.after ?? { answers: route.answers, skipped: [] };
    const recommendation = recommendationFor(deps, state);
    const changed = follow && conversation?.recommendation ? changes(deps, follow.before, follow.after, recommendation) : undefined;
    const reply = recommendationReply(recommendation, state, route.understood, surface, changed);
    const unsureAnswerToOffer = Boolean(follow) && !conversation?.recommendation && recommendation.confidence === 'low';
    return { reply, kind: 'recommendation', recommended: state.answers, unsureAnswerToOffer };
  }
  const { result, reply } = looked;
  // The calibrated gate (issue 11) marks a partial match "low": a closest match, not an answer.
  if (reply) return { reply: offering(reply, userId), kind: result.confidence === 'low' ? 'closest-match' : 'answer' };
  if (options.recordGap !== false) {
    const nearest = searchPassages(index, result.question, 3).map((h) => ({
      id: h.passage.id,
      source: h.passage.source,
      heading: headingOf(h.passage),
    }));
    deps.feedback.recordGap({ question: result.question, passages: nearest, surface, userId });
  }
  return { reply: offering(renderNoAnswer(result, topicsOf(index.passages), { offerFlow }), userId), kind: 'no-answer' };
}

// A reply that shows the offer of the flow (an answer's, a closest match's, an explanation's or a
// "no answer"'s) says so in its metadata, with whom it offered it to: the next message's reply reads it back.
function offering(reply: SlackMessage, userId: string): SlackMessage {
  if (!reply.blocks.some((block) => block.block_id === FLOW_OFFER_BLOCK)) return reply;
  return { ...reply, metadata: { event_type: FLOW_OFFER_EVENT, event_payload: { offered: 'flow', ...(userId ? { asker: userId } : {}) } } };
}

/**
 * What a conversation's replies left for this person's message to build on: its recommendation,
 * and the bot's offer of the flow only for whom it was offered to (another person in the thread
 * states nothing of the asker's workload).
 */
function threadFor(conversation: Conversation | undefined, userId: string): ThreadState | undefined {
  if (!conversation) return undefined;
  const offered = conversation.offered === true && (conversation.offeredTo === undefined || conversation.offeredTo === userId);
  return { ...(conversation.recommendation ? { recommendation: conversation.recommendation } : {}), ...(offered ? { offered } : {}) };
}

/** Whether a person's message in a conversation changes its recommendation or answers the offer of the flow. */
export function followsUp(deps: BotDeps, conversation: Conversation | undefined, text: string, userId: string): boolean {
  const read = readQuestion(deps.knowledge().index, text).text || text;
  return followUpOf(threadFor(conversation, userId), read) !== undefined;
}

/** CHATTER_REPLY as a message. */
export const chatterReply = (): SlackMessage => message(CHATTER_REPLY, [section(CHATTER_REPLY)]);

/**
 * The reply to a message addressed to the bot (a DM, the assistant panel, a mention). Chatter that
 * the knowledge does not answer gets a short friendly line and is not recorded as a gap; a keyword
 * query it does answer ("container overhead") still gets its answer. What neither asks nor states a
 * factor is read on its own: "thanks!" after an answer is no follow-up asking it again.
 */
export function replyToMessage(deps: BotDeps, text: string, surface: Surface, userId: string, conversation?: Conversation): SlackMessage {
  const asks = isQuestion(text) || statesFactors(text) || (Boolean(conversation?.earlier?.length) && asksOfThread(deps, text));
  const { reply, kind } = classifiedReply(deps, text, surface, userId, asks ? conversation : undefined, { recordGap: asks });
  if (kind !== 'no-answer' || asks) return reply;
  // "We're a brickworks building a web portal…" introduces what the choice is for: the flow, or its needs told next.
  return introducesWorkload(text) ? offering(introReply(), userId) : chatterReply();
}

/** The reply to a message that only introduces the asker's workload: an invitation to tell what it needs, and the flow. */
export const INTRO_REPLY =
  '👍 Got it. What does it need? Untrusted code, its own kernel, traffic spikes, a small box: I will weigh containers and VMs for it.';
const introReply = (): SlackMessage => message(INTRO_REPLY, [section(INTRO_REPLY), ...flowOffer(true)]);

// "tl;dr pls", "in plain english pls", "give an example", "just the cons" after an answer ask of it, with no question mark.
function asksOfThread(deps: BotDeps, typed: string): boolean {
  const read = readQuestion(deps.knowledge().index, typed).text;
  return asksAgain(read, typed) || asksExample(read, typed) || wantsOneAspect(read);
}

/** True when a message states a factor of a recommendation ("it's all our own code"): a follow-up to one, though not a question. */
export function statesFactors(text: string): boolean {
  return statedFactors(text) !== undefined;
}

/** A recommendation given in a conversation: its factors go into the message's metadata for the next reply. */
function recommendationReply(
  recommendation: RecommendationResult,
  state: FlowState,
  understood: Understood[],
  surface: Surface,
  changed?: string,
): SlackMessage {
  return renderRecommendation(recommendation, {
    state,
    understood,
    conversational: true,
    ...(changed ? { changed } : {}),
    ...(surface === 'dm' ? { detail: 'full' } : {}),
  });
}

/** What a follow-up changed: the factors added or changed, and whether the recommendation moved. */
function changes(deps: BotDeps, before: FlowState, after: FlowState, afterResult: RecommendationResult): string {
  const parts: string[] = [];
  for (const factor of FACTORS) {
    const was = before.answers[factor];
    const now = after.answers[factor];
    if (now === undefined || was === now) continue;
    parts.push(was === undefined ? `${factor}=${now} added` : `${factor} changed from ${was} to ${now}`);
  }
  const from = RECOMMENDATION_LABELS[recommendationFor(deps, before).recommendation];
  const to = RECOMMENDATION_LABELS[afterResult.recommendation];
  const what = parts.length ? parts.join(', ') : `nothing new (still \`${describeAnswers(after.answers) || 'no factors'}\`)`;
  return `Updated: ${what}. ${from === to ? `The recommendation stays ${to}.` : `The recommendation changes from ${from} to ${to}.`}`;
}

function composeAnswer(
  index: KnowledgeIndex,
  question: string,
  surface: Surface,
  options: { context?: string[]; offerFlow?: boolean } = {},
): { result: Answer; reply?: SlackMessage } {
  const context = options.context?.length ? { context: options.context } : {};
  const offerFlow = options.offerFlow ?? false;
  const explanation = surface === 'dm' ? explain(index, question, context) : undefined;
  const result = explanation?.answer ?? answer(index, question, context);
  if (!result.answered) return { result };
  // The calibrated gate's partial match: one passage, labelled uncertain, with nearby topics.
  if (result.confidence === 'low') return { result, reply: renderClosestMatch(result, surface, { offerFlow }) };
  return {
    result,
    reply: explanation
      ? renderExplanation({ ...explanation, isChoice: explanation.isChoice || offerFlow })
      : renderAnswer(result, surface, { offerFlow }),
  };
}

/**
 * The answer message a vote was cast on: as the current knowledge gives the question, when it
 * still shows the same passages; otherwise rebuilt from the passages shown (ids already checked
 * against the index), since a follow-up answered from its thread finds nothing searched alone.
 * Undefined when none of the shown passages is left. Records nothing.
 */
export function answerMessage(deps: BotDeps, question: string, surface: Surface, shownIds: readonly string[]): SlackMessage | undefined {
  const { index } = deps.knowledge();
  const reply = composeAnswer(index, question, surface).reply;
  if (reply && sameIds(feedbackIdsOf(reply), shownIds)) return reply;
  const passages = shownIds.flatMap((id) => {
    const p = index.passages.find((x) => x.id === id);
    return p
      ? [
          {
            id,
            source: p.source,
            heading: headingOf(p),
            headings: [...p.headings],
            text: p.text,
            snippet: bestSentences(p.text, question, index),
            score: 0,
          },
        ]
      : [];
  });
  if (passages.length === 0) return undefined;
  return renderAnswer({ question, truncated: false, answered: true, passages, coverage: 1, confidence: 'high' }, surface);
}

function feedbackIdsOf(reply: SlackMessage): string[] | undefined {
  for (const block of reply.blocks as { type: string; block_id?: string; elements?: { value?: string }[] }[]) {
    if (block.type === 'actions' && block.block_id === FEEDBACK_BLOCK_ID) return decodeFeedback(block.elements?.[0]?.value)?.passageIds;
  }
  return undefined;
}

const sameIds = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((id, i) => id === b[i]);

/** Whether a recommendation's factors are those the conversation's last recommendation had: posting it again says nothing new. */
export function recommendsAgain(conversation: Conversation | undefined, answers: Answers | undefined): boolean {
  const before = conversation?.recommendation?.answers;
  if (!before || !answers) return false;
  const keys = new Set([...Object.keys(before), ...Object.keys(answers)]) as Set<keyof Answers>;
  return [...keys].every((k) => before[k] === answers[k]);
}
