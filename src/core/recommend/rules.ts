import { FACTORS, FACTOR_VALUES, type Answers, type Factor } from './factors.js';

export type Recommendation = 'containers' | 'vms' | 'containers-on-vms';

/**
 * How firmly the answers point one way: `high` when a hard requirement decides or every
 * answered factor agrees, `medium` when one signal decides or something pulls the other
 * way but loses, `low` when the answers are balanced or say too little to choose.
 */
export type Confidence = 'high' | 'medium' | 'low';

/** Which row of the rules table decided (the table, top to bottom, then weighing). */
export type RuleId =
  'kernel-custom' | 'isolation-with-speed' | 'isolation-high' | 'steady-monolith' | 'container-fit' | 'weighed-vms' | 'no-clear-signal';

/** One answer the decision rests on (or that pulls against it). */
export interface Signal {
  factor: Factor;
  value: string;
}

export type CaveatId =
  'containers-least-privilege' | 'vms-slower-startup' | 'vms-licence-costs' | 'containers-on-vms-configuration' | 'containers-inside-vms';

export interface CloseCallDecision {
  alternative: Recommendation;
  tipFactor: Factor;
  tipValue: string;
  /** What the alternative would be with the tip answer, and how sure. */
  tipConfidence: Confidence;
}

/** The reasoning behind a recommendation, before any evidence is attached. */
export interface Decision {
  recommendation: Recommendation;
  confidence: Confidence;
  rule: RuleId;
  /** Answers that support the recommendation, strongest first. */
  supporting: Signal[];
  /** Answered factors that pull toward another recommendation. */
  opposing: Signal[];
  caveats: CaveatId[];
  closeCall?: CloseCallDecision;
}

// Soft signals are weighed against each other; kernel=custom and isolation=high are
// requirements and decide on their own.
const TOWARD_CONTAINERS: Signal[] = [
  { factor: 'speed', value: 'high' },
  { factor: 'architecture', value: 'microservices' },
  { factor: 'density', value: 'high' },
];
const TOWARD_VMS: Signal[] = [
  { factor: 'speed', value: 'low' },
  { factor: 'architecture', value: 'monolith' },
];
// Answers that remove an obstacle to containers without asking for them.
const ENABLING_CONTAINERS: Signal[] = [
  { factor: 'kernel', value: 'shared-ok' },
  { factor: 'isolation', value: 'standard' },
];
const SOFT_FACTORS: Factor[] = ['speed', 'architecture', 'density'];

const has = (answers: Answers, s: Signal) => answers[s.factor] === s.value;
const present = (answers: Answers, signals: Signal[]) => signals.filter((s) => has(answers, s));

/** Applies the rules table to an answer set: the pure decision, no knowledge involved. */
export function decide(answers: Answers): Decision {
  const decision = decideWithoutTip(answers);
  if (decision.opposing.length > 0 || decision.rule === 'no-clear-signal' || decision.rule === 'weighed-vms') {
    const tip = findTip(answers, decision);
    if (tip) decision.closeCall = tip;
  }
  return decision;
}

function decideWithoutTip(a: Answers): Decision {
  const forContainers = present(a, TOWARD_CONTAINERS);
  const forVms = present(a, TOWARD_VMS);

  if (a.kernel === 'custom') {
    const caveats: CaveatId[] = ['vms-slower-startup', 'vms-licence-costs'];
    if (a.speed === 'high' || a.architecture === 'microservices') caveats.unshift('containers-inside-vms');
    const supporting = [
      { factor: 'kernel', value: 'custom' } as Signal,
      ...present(a, [{ factor: 'isolation', value: 'high' }]),
      ...forVms,
    ];
    return { recommendation: 'vms', confidence: 'high', rule: 'kernel-custom', supporting, opposing: [], caveats };
  }

  if (a.isolation === 'high' && (a.speed === 'high' || a.architecture === 'microservices')) {
    const supporting = [{ factor: 'isolation', value: 'high' } as Signal, ...forContainers];
    return {
      recommendation: 'containers-on-vms',
      confidence: 'high',
      rule: 'isolation-with-speed',
      supporting,
      opposing: [],
      caveats: ['containers-on-vms-configuration', 'containers-least-privilege'],
    };
  }

  if (a.isolation === 'high') {
    // Only density=high can still pull toward containers here: speed=high and
    // microservices would have matched the row above.
    return {
      recommendation: 'vms',
      confidence: forContainers.length ? 'medium' : 'high',
      rule: 'isolation-high',
      supporting: [{ factor: 'isolation', value: 'high' }, ...forVms],
      opposing: forContainers,
      caveats: ['vms-slower-startup', 'vms-licence-costs'],
    };
  }

  if (a.speed === 'low' && a.architecture === 'monolith') {
    return {
      recommendation: 'vms',
      confidence: forContainers.length ? 'medium' : 'high',
      rule: 'steady-monolith',
      supporting: forVms,
      opposing: forContainers,
      caveats: ['vms-slower-startup', 'vms-licence-costs'],
    };
  }

  if (forContainers.length > 0) {
    // Containers win ties with the VM-leaning soft signals: the table checks them first.
    const margin = forContainers.length - forVms.length;
    let confidence: Confidence;
    if (forVms.length > 0) confidence = margin >= 1 ? 'medium' : 'low';
    // An unanswered kernel or isolation question could still overrule everything.
    else if (forContainers.length >= 2 && a.kernel !== undefined && a.isolation !== undefined) confidence = 'high';
    else confidence = 'medium';
    return {
      recommendation: 'containers',
      confidence,
      rule: 'container-fit',
      supporting: [...forContainers, ...present(a, ENABLING_CONTAINERS)],
      opposing: forVms,
      caveats: ['containers-least-privilege'],
    };
  }

  if (forVms.length > 0) {
    return {
      recommendation: 'vms',
      confidence: 'low',
      rule: 'weighed-vms',
      supporting: forVms,
      opposing: [],
      caveats: ['vms-slower-startup', 'vms-licence-costs'],
    };
  }

  // Nothing points either way: containers on VMs keeps both strengths open.
  const supporting = present(a, [{ factor: 'architecture', value: 'mixed' }]);
  return {
    recommendation: 'containers-on-vms',
    confidence: 'low',
    rule: 'no-clear-signal',
    supporting,
    opposing: [],
    caveats: ['containers-on-vms-configuration', 'containers-least-privilege'],
  };
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };

interface TipCandidate extends CloseCallDecision {
  soft: boolean;
  unanswered: boolean;
  towardOpposing: boolean;
  order: number;
}

// The single answer that would change the recommendation. Preferred, in order: a soft
// factor over a hard requirement (a requirement flips anything, so naming it says
// little), one landing where the opposing answers already pull, a question not yet
// answered over a changed answer, and the firmer resulting recommendation.
function findTip(answers: Answers, decision: Decision): CloseCallDecision | undefined {
  const opposingSide = decision.opposing.length
    ? decision.recommendation === 'containers'
      ? 'vms'
      : decision.rule === 'isolation-high'
        ? 'containers-on-vms'
        : 'containers'
    : undefined;
  const candidates: TipCandidate[] = [];
  let order = 0;
  for (const factor of FACTORS) {
    for (const value of FACTOR_VALUES[factor]) {
      order++;
      if (answers[factor] === value) continue;
      const changed = decideWithoutTip({ ...answers, [factor]: value });
      if (changed.recommendation === decision.recommendation) continue;
      candidates.push({
        alternative: changed.recommendation,
        tipFactor: factor,
        tipValue: value,
        tipConfidence: changed.confidence,
        soft: SOFT_FACTORS.includes(factor),
        unanswered: answers[factor] === undefined,
        towardOpposing: changed.recommendation === opposingSide,
        order,
      });
    }
  }
  candidates.sort(
    (x, y) =>
      Number(y.soft) - Number(x.soft) ||
      Number(y.towardOpposing) - Number(x.towardOpposing) ||
      Number(y.unanswered) - Number(x.unanswered) ||
      CONFIDENCE_RANK[y.tipConfidence] - CONFIDENCE_RANK[x.tipConfidence] ||
      x.order - y.order,
  );
  const best = candidates[0];
  return best && { alternative: best.alternative, tipFactor: best.tipFactor, tipValue: best.tipValue, tipConfidence: best.tipConfidence };
}
