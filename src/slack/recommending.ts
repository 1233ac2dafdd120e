import { nextStep } from '../core/flow/next-step.js';
import type { FlowState } from '../core/flow/state.js';
import { evidenceFromIndex, type EvidenceSource } from '../core/recommend/evidence.js';
import { recommend, type RecommendationResult } from '../core/recommend/recommend.js';
import type { KnowledgeIndex } from '../core/knowledge/knowledge-index.js';
import type { BotDeps } from './deps.js';
import type { SlackMessage } from './render/blocks.js';
import { renderFlowStep } from './render/flow-step.js';
import { renderRecommendation, type RecommendationView } from './render/recommendation.js';

// One evidence source per index: its per-query cache then lives exactly as long as the index.
const evidenceByIndex = new WeakMap<KnowledgeIndex, EvidenceSource>();

/** The recommendation for a flow state, citing the current knowledge. */
export function recommendationFor(deps: BotDeps, state: FlowState): RecommendationResult {
  const { index } = deps.knowledge();
  let evidence = evidenceByIndex.get(index);
  if (!evidence) {
    evidence = evidenceFromIndex(index);
    evidenceByIndex.set(index, evidence);
  }
  return recommend(state.answers, evidence);
}

/** What the flow shows for a state: the next question, or the recommendation once none is left. */
export function flowMessage(deps: BotDeps, state: FlowState, view: Omit<RecommendationView, 'state'> = {}): SlackMessage {
  const step = nextStep(state.answers, state.skipped);
  return step ? renderFlowStep(step, state) : renderRecommendation(recommendationFor(deps, state), { ...view, state });
}
