import { z } from 'zod';

/**
 * The five factors behind a recommendation, with their exact keys and values.
 * Other tooling (the recommend CLI contract, button values, evaluations) relies on
 * these strings, so they are the one place the vocabulary is defined.
 */
export const FACTOR_VALUES = {
  isolation: ['high', 'standard'],
  kernel: ['custom', 'shared-ok'],
  speed: ['high', 'moderate', 'low'],
  architecture: ['microservices', 'monolith', 'mixed'],
  density: ['high', 'standard'],
} as const;

export type Factor = keyof typeof FACTOR_VALUES;
export type FactorValue<F extends Factor = Factor> = (typeof FACTOR_VALUES)[F][number];

/** Factors in the order the flow asks them and answers are described. */
export const FACTORS = Object.keys(FACTOR_VALUES) as Factor[];

export const factorSchema = z.enum(FACTORS as [Factor, ...Factor[]]);

/** Any subset of factors; an absent factor is unanswered and counts as neutral. */
export const answersSchema = z
  .object({
    isolation: z.enum(FACTOR_VALUES.isolation).optional(),
    kernel: z.enum(FACTOR_VALUES.kernel).optional(),
    speed: z.enum(FACTOR_VALUES.speed).optional(),
    architecture: z.enum(FACTOR_VALUES.architecture).optional(),
    density: z.enum(FACTOR_VALUES.density).optional(),
  })
  .strict();

export type Answers = z.infer<typeof answersSchema>;

export function isFactor(key: string): key is Factor {
  return Object.hasOwn(FACTOR_VALUES, key);
}

/** The factors an answer set leaves open, in flow order. */
export function unansweredFactors(answers: Answers): Factor[] {
  return FACTORS.filter((f) => answers[f] === undefined);
}

/** Answers as `key=value` pairs in flow order, e.g. "isolation=high speed=high"; surfaces echo it back. */
export function describeAnswers(answers: Answers, separator = ' '): string {
  return FACTORS.filter((f) => answers[f] !== undefined)
    .map((f) => `${f}=${answers[f]}`)
    .join(separator);
}

/** One line naming every key and its allowed values, for error messages and help. */
export function allowedFactorsText(): string {
  return FACTORS.map((f) => `${f}=${FACTOR_VALUES[f].join('|')}`).join(' ');
}
