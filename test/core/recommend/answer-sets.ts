import { FACTORS, FACTOR_VALUES, type Answers } from '../../../src/core/recommend/factors.js';

/** Every answer set: each factor unanswered or any of its values (3*3*4*4*3 = 432). */
export function allAnswerSets(): Answers[] {
  let sets: Record<string, string>[] = [{}];
  for (const factor of FACTORS) {
    sets = sets.flatMap((set) => [set, ...FACTOR_VALUES[factor].map((value) => ({ ...set, [factor]: value }))]);
  }
  return sets;
}
