import type { Answers, Factor } from '../recommend/factors.js';
import { FLOW_STEPS, type FlowStep } from './steps.js';

/**
 * The next step to ask for a partial answer set, or null when the flow is done. Steps
 * already answered, or skipped ("not sure"), are passed over.
 */
export function nextStep(answers: Answers, skipped: readonly Factor[] = []): FlowStep | null {
  return FLOW_STEPS.find((step) => answers[step.factor] === undefined && !skipped.includes(step.factor)) ?? null;
}

/** 1-based position of a step and the total, for "question 2 of 5". */
export function stepPosition(step: FlowStep): { number: number; total: number } {
  return { number: FLOW_STEPS.indexOf(step) + 1, total: FLOW_STEPS.length };
}
