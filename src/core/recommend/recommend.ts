import { unansweredFactors, type Answers, type Factor } from './factors.js';
import type { Evidence, EvidenceSource } from './evidence.js';
import { ANSWER_REASONS, BROAD_QUERIES, CAVEATS, RECOMMENDATION_REASONS, type ReasonText } from './reasons.js';
import { decide, type Confidence, type Recommendation, type RuleId, type Signal } from './rules.js';

/** One reason for (or against) a recommendation, with the knowledge it rests on. */
export interface Reason {
  /** The answered factor behind the reason; absent for reasons about the recommendation itself. */
  factor?: Factor;
  value?: string;
  summary: string;
  evidence: Evidence;
}

export interface Caveat {
  summary: string;
  evidence: Evidence;
}

/** Present when the answers pull both ways or say too little: the answer that would change the result. */
export interface CloseCall {
  summary: string;
  alternative: Recommendation;
  tipFactor: Factor;
  tipValue: string;
  /** Answered factors that pull away from the recommendation. */
  against: Reason[];
}

export interface RecommendationResult {
  recommendation: Recommendation;
  confidence: Confidence;
  /** Which row of the rules table decided; see rules.ts. */
  rule: RuleId;
  reasons: Reason[];
  caveats: Caveat[];
  unanswered: Factor[];
  closeCall?: CloseCall;
}

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  containers: 'containers',
  vms: 'VMs',
  'containers-on-vms': 'containers on VMs',
};

/**
 * Recommends containers, VMs or containers on VMs for any subset of answers. Pure: the
 * knowledge arrives as an EvidenceSource. Every reason and caveat quotes the knowledge
 * verbatim; one that finds no quote (only possible with empty knowledge) is left out. `asked`,
 * the question being answered when there is one, picks which of a reason's claims is quoted.
 */
export function recommend(answers: Answers, evidence: EvidenceSource, asked?: string): RecommendationResult {
  const decision = decide(answers);
  const { recommendation } = decision;
  // Each quote once per recommendation where the knowledge offers another that fits.
  const quoted = new Set<string>();
  const cite = (text: ReasonText) => {
    const queries = [text.query, ...(text.also ?? [])];
    const query = asked !== undefined && queries.length > 1 && evidence.closestTo ? evidence.closestTo(queries, asked) : text.query;
    const found = findEvidence(evidence, query, recommendation, quoted);
    if (found) quoted.add(found.text);
    return found;
  };

  const reasonFor = (signal: Signal): Reason | null => {
    const text = ANSWER_REASONS[`${signal.factor}=${signal.value}`];
    const found = text && cite(text);
    return found ? { factor: signal.factor, value: signal.value, summary: text.summary, evidence: found } : null;
  };

  // The bridge case always says why the two fit together, right after the strongest answer's reason:
  // that containers run on VMs is what it recommends (round-38 A/B check: quoted third, after the
  // isolation and start-up lines). Cited after the answers' reasons, which choose their quotes first (a
  // mixed estate's is the same FAQ). Other cases say it only when no answer spoke for them.
  const reasons = decision.supporting.map(reasonFor).filter((r): r is Reason => r !== null);
  const own = recommendation === 'containers-on-vms' ? cite(RECOMMENDATION_REASONS[recommendation]) : null;
  if (own) reasons.splice(1, 0, { summary: RECOMMENDATION_REASONS[recommendation].summary, evidence: own });
  if (reasons.length === 0) {
    const text = RECOMMENDATION_REASONS[recommendation];
    const found = cite(text);
    if (found) reasons.push({ summary: text.summary, evidence: found });
  }

  const caveats: Caveat[] = [];
  for (const id of decision.caveats) {
    const found = cite(CAVEATS[id]);
    if (found) caveats.push({ summary: CAVEATS[id].summary, evidence: found });
  }

  const result: RecommendationResult = {
    recommendation,
    confidence: decision.confidence,
    rule: decision.rule,
    reasons,
    caveats,
    unanswered: unansweredFactors(answers),
  };
  if (decision.closeCall) {
    const { alternative, tipFactor, tipValue } = decision.closeCall;
    const against = decision.opposing.map(reasonFor).filter((r): r is Reason => r !== null);
    result.closeCall = {
      summary: closeCallSummary(recommendation, decision.opposing, decision.closeCall),
      alternative,
      tipFactor,
      tipValue,
      against,
    };
  }
  return result;
}

function closeCallSummary(
  recommendation: Recommendation,
  opposing: Signal[],
  tip: { alternative: Recommendation; tipFactor: Factor; tipValue: string },
): string {
  const from = RECOMMENDATION_LABELS[recommendation];
  const to = RECOMMENDATION_LABELS[tip.alternative];
  const pulls = opposing.length
    ? `It is a close call: ${opposing.map((s) => `${s.factor}=${s.value}`).join(' and ')} ${opposing.length > 1 ? 'pull' : 'pulls'} the other way.`
    : 'It is a close call: the answers so far say little either way.';
  return `${pulls} ${tip.tipFactor}=${tip.tipValue} would tip it from ${from} to ${to}.`;
}

// The reason's own query first, then the recommendation's broad query, then the opening of
// the knowledge, so a non-empty knowledge base always yields a quote.
function findEvidence(source: EvidenceSource, query: string, recommendation: Recommendation, avoid: ReadonlySet<string>): Evidence | null {
  return source.find(query, avoid) ?? source.find(BROAD_QUERIES[recommendation], avoid) ?? source.first();
}
