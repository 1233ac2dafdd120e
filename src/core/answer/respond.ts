import { headingOf } from '../knowledge/types.js';
import type { KnowledgeIndex } from '../knowledge/knowledge-index.js';
import type { EvidenceSource } from '../recommend/evidence.js';
import { emptyFlowState, type FlowState } from '../flow/state.js';
import type { Answers } from '../recommend/factors.js';
import { parseFactorInput, type Understood } from '../recommend/parse-input.js';
import { recommend, type RecommendationResult } from '../recommend/recommend.js';
import { closesOrLeavesChoice, quotedPassages, routeOfWhy, routeQuestion, type Route } from '../recommend/route.js';
import { isQuestion } from './context.js';
import { notForThread, readQuestion } from './reading.js';
import { tokenize } from '../knowledge/terms.js';
import { answer, bestSentences, searchPassages, type Answer, type AnswerOptions } from './answer.js';

/** A question that asks to choose for a workload the parser understands: the recommendation, and the passages it quotes. */
export interface Recommended {
  question: string;
  recommendation: RecommendationResult;
  understood: Understood[];
  /** The passages the evidence quotes, as an answer's passages. */
  passages: Answer['passages'];
}

/**
 * A choice is answered by the recommendation core; its passages are the ones the evidence
 * quotes, whole, best first (scored as the question ranks them, 0 when it does not). `earlier`
 * is what was asked before it in its thread.
 */
export function recommendedFor(
  index: KnowledgeIndex,
  evidence: EvidenceSource,
  question: string,
  limit: number,
  earlier: readonly string[] | undefined,
  route: RecommendRoute,
): Recommended {
  // A follow-up in a thread ("vms or containers") asks about what its thread said the workload needs.
  const own = tokenize(question).join(' ');
  const said = !earlier?.length ? [] : route.understood.map((u) => u.words).filter((words) => !own.includes(tokenize(words).join(' ')));
  const result = recommend(route.answers, evidence, [question, ...said].join('\n'));
  const scores = new Map(searchPassages(index, question, 50).map((h) => [h.passage.id, Math.round(h.score * 1000) / 1000]));
  const quotes = [...result.reasons, ...(result.closeCall?.against ?? []), ...result.caveats].map((r) => r.evidence.text);
  // The short answer of a quoted passage is the sentence the recommendation quotes from it.
  const passages = quotedPassages(index, result)
    .slice(0, limit)
    .map((p) => ({
      id: p.id,
      source: p.source,
      heading: headingOf(p),
      headings: [...p.headings],
      text: p.text,
      snippet: quotes.find((q) => p.text.includes(q)) ?? bestSentences(p.text, question),
      score: scores.get(p.id) ?? 0,
    }));
  return { question, recommendation: result, understood: route.understood, passages };
}

/** A route to the recommendation core. */
export type RecommendRoute = Extract<Route, { kind: 'recommend' }>;

/**
 * Whether the recommendation core answers a question, as every surface decides it: a need stated
 * after the thread's recommendation or the bot's offer of the flow (`thread`) changes or makes one;
 * a choice for a workload the parser understands is recommended on; anything else is looked up
 * (`lookUp`, told whether the question asks to choose without saying for what), and where the
 * look-up finds nothing or only a closest match, a "why?" after a choice the thread asked gets its
 * reasons. `read` is the question as readQuestion reads it.
 */
export function decide<T extends { result: Answer }>(
  index: KnowledgeIndex,
  typed: string,
  earlier: readonly string[] | undefined,
  lookUp: (offerFlow: boolean) => T,
  read = readQuestion(index, typed).text || typed,
  thread?: ThreadState,
): { read: string; offerFlow: boolean; follow?: FollowUp } & ({ route: RecommendRoute; looked?: T } | { route?: undefined; looked: T }) {
  // Not meant for its thread ("sorry wrong thread but…"): nothing to recommend on, as answer() reads it.
  if (earlier?.length && notForThread(typed)) return { read, offerFlow: false, looked: lookUp(false) };
  const follow = followUpOf(thread, read);
  if (follow)
    return { read, route: { kind: 'recommend', answers: follow.after.answers, understood: follow.understood }, offerFlow: false, follow };
  const route = routeQuestion(read, earlier, typed);
  if (route.kind === 'recommend') return { read, route, offerFlow: false };
  const offerFlow = route.kind === 'offer-flow';
  const looked = lookUp(offerFlow);
  if (looked.result.answered && looked.result.confidence !== 'low') return { read, offerFlow, looked };
  const why = routeOfWhy(read, earlier ?? [], typed);
  return why.kind === 'recommend' ? { read, route: why, offerFlow, looked } : { read, offerFlow, looked };
}

/**
 * What the bot's own replies in a conversation left to build on: its latest recommendation's state,
 * or that its latest reply offered the decision flow (a choice asked with nothing the parser read).
 * A newer offer closes the recommendation before it, a newer recommendation the offer.
 */
export interface ThreadState {
  recommendation?: FlowState;
  offered?: boolean;
}

/** A need stated in a conversation: the state before and after it, and what was understood. */
export interface FollowUp {
  before: FlowState;
  after: FlowState;
  understood: Understood[];
}

// "What is a kernel module?" asks about a factor; "what if one service needs a kernel module?" states
// one. "how fast do containers start?" after a recommendation asks too (it had been read as
// speed=high); "how much does untrusted code change that?", "how heavy is the load, it spikes 10x"
// state one. "which is cheaper to run", "ok so what's the catch" ask, after their chat openers;
// "which is better when one service needs a custom kernel module" states one in its clause.
const LOOKUP =
  /^\s*(?:(?:ok(?:ay)?|so|and|but|right|hey|hi|hm+|well|yeah|yep|lol|like)[,\s]+)*(?:what|who|where|which|how(?:\s+(?:fast|quick|quickly|slow|long|secure|safe|isolated|big|small|expensive|cheap|light|lightweight|hard|easy))?|why)(?:'s|\s+is|\s+are|\s+does|\s+do|\s+can|\s+could|\s+would|\s+will)\b(?![^?]*\b(?:if|given|assuming)\b|[^?]*\bwhen\s+(?:it|we|they|(?:one|each|some|the|our|a)\s+[\p{L}-]+)\s+(?:needs?|requires?|runs?|has|have|must|uses?|loads?)\b)/iu;

/**
 * The factors a message states for a recommendation ("what if one service needs a custom kernel
 * module?", "it's all our own code"), or undefined: a look-up question, thanks, a decision
 * reported, an aside, what someone heard or claimed of the two and not knowing yet state none,
 * whatever factor words they have (closesOrLeavesChoice).
 */
export function statedFactors(text: string): { answers: Answers; understood: Understood[] } | undefined {
  if (LOOKUP.test(text) || closesOrLeavesChoice(text)) return undefined;
  const input = parseFactorInput(text);
  return input.kind === 'answers' ? { answers: input.answers, understood: input.understood } : undefined;
}

/**
 * A follow-up that changes its thread's recommendation, or answers the bot's offer of the flow
 * with a need stated (not asked: "traffic is super spiky"): the state before and after, and what
 * it understood. Undefined for anything else.
 */
export function followUpOf(thread: ThreadState | undefined, message: string): FollowUp | undefined {
  // A question after an offer is the thread's to route: "if containers share the kernel, is that a security risk?" chooses nothing.
  const before = thread?.recommendation ?? (thread?.offered && !isQuestion(message) ? emptyFlowState() : undefined);
  const stated = before && statedFactors(message);
  if (!before || !stated) return undefined;
  const after: FlowState = {
    answers: { ...before.answers, ...stated.answers },
    skipped: before.skipped.filter((f) => stated.answers[f] === undefined),
  };
  return { before, after, understood: stated.understood };
}

/**
 * The state the bot's replies would have left in a thread, replayed from the people's messages
 * (oldest first) for `ask` and the eval, which keep no replies: Slack reads it from the
 * replies' metadata instead. It assumes every message was the asker's and every question got a
 * reply, as a DM has it; in a channel thread the bot also stays silent on some (an unmentioned
 * question it has no confident answer to), so Slack may keep an offer open that this closes.
 */
export function replayedThread(index: KnowledgeIndex, earlier: readonly string[]): ThreadState {
  let thread: ThreadState = {};
  earlier.forEach((message, i) => {
    const read = readQuestion(index, message).text || message;
    const follow = followUpOf(thread, read);
    if (follow) {
      thread = { recommendation: follow.after };
      return;
    }
    const route = routeQuestion(read, earlier.slice(0, i), message);
    if (route.kind === 'recommend') thread = { recommendation: { answers: route.answers, skipped: [] } };
    else if (route.kind === 'offer-flow') thread = { offered: true };
    // Any other answer the bot gives closes its offer; only questions get one.
    else if (isQuestion(read)) thread = thread.recommendation ? { recommendation: thread.recommendation } : {};
  });
  return thread;
}

/**
 * What `ask` shows for a question, and what `npm run eval` scores: a look-up answer, or for a
 * choice the recommendation with the passages its evidence quotes in the answer's place.
 */
export function respond(
  index: KnowledgeIndex,
  evidence: EvidenceSource,
  question: string,
  options: Partial<AnswerOptions> = {},
): { answer: Answer; recommended?: Recommended } {
  const result = answer(index, question, options);
  const limit = options.limit ?? 5;
  const thread = options.context?.length ? replayedThread(index, options.context) : undefined;
  const { read, route } = decide(index, question, options.context, () => ({ result }), undefined, thread);
  const recommended = route && recommendedFor(index, evidence, read, limit, options.context, route);
  if (!recommended) return { answer: result };
  if (recommended.passages.length === 0) return { answer: { ...result, answered: false, passages: [] }, recommended };
  // The recommendation answers: why the look-up alone would have stayed silent no longer applies,
  // and how sure the answer is, is how sure the recommendation is (medium is no closest match).
  const { abstainReason: _reason, unknownEntities: _names, ...answered } = result;
  const confidence = recommended.recommendation.confidence === 'low' ? 'low' : 'high';
  return { answer: { ...answered, answered: true, confidence, passages: recommended.passages }, recommended };
}
