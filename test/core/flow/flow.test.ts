import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextStep, stepPosition } from '../../../src/core/flow/next-step.js';
import {
  applyChoice,
  choiceValue,
  decodeFlowState,
  emptyFlowState,
  encodeFlowState,
  FlowStateError,
  MAX_FLOW_STATE_CHARS,
  SKIP,
  type FlowState,
} from '../../../src/core/flow/state.js';
import { FLOW_STEPS, stepFor } from '../../../src/core/flow/steps.js';
import { FACTORS, FACTOR_VALUES, type Factor } from '../../../src/core/recommend/factors.js';

describe('flow steps', () => {
  it('asks one question per factor, at most five, offering exactly the factor values', () => {
    expect(FLOW_STEPS.length).toBeLessThanOrEqual(5);
    expect(FLOW_STEPS.map((s) => s.factor)).toEqual(FACTORS);
    for (const step of FLOW_STEPS) {
      expect(step.options.map((o) => o.value)).toEqual([...FACTOR_VALUES[step.factor]]);
      expect(step.question).toMatch(/\?$/);
      expect(step.hint.length).toBeGreaterThan(0);
      for (const option of step.options) {
        expect(option.label.length).toBeGreaterThan(0);
        expect(option.hint.length).toBeGreaterThan(0);
      }
      expect(stepFor(step.factor)).toBe(step);
    }
  });

  it('numbers steps for "question 2 of 5"', () => {
    expect(stepPosition(stepFor('kernel'))).toEqual({ number: 2, total: 5 });
  });
});

describe('nextStep', () => {
  it('walks the steps in order, skipping what is answered or skipped', () => {
    expect(nextStep({})?.factor).toBe('isolation');
    expect(nextStep({ isolation: 'high' })?.factor).toBe('kernel');
    expect(nextStep({ kernel: 'custom' })?.factor).toBe('isolation');
    expect(nextStep({ isolation: 'high' }, ['kernel'])?.factor).toBe('speed');
    expect(nextStep({ isolation: 'high', kernel: 'custom', speed: 'low', architecture: 'mixed' })?.factor).toBe('density');
    expect(nextStep({ isolation: 'high', kernel: 'custom', speed: 'low', architecture: 'mixed', density: 'high' })).toBeNull();
    expect(nextStep({}, [...FACTORS])).toBeNull();
  });

  it('finishes a flow in at most five choices, whatever is chosen', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), (picks) => {
        let state = emptyFlowState();
        let steps = 0;
        for (let step = nextStep(state.answers, state.skipped); step; step = nextStep(state.answers, state.skipped)) {
          const choices = [...step.options.map((o) => o.value as string), SKIP];
          state = decodeFlowState(choiceValue(state, step.factor, choices[picks[steps]! % choices.length]!));
          steps++;
        }
        expect(steps).toBe(5);
      }),
    );
  });
});

const stateArbitrary: fc.Arbitrary<FlowState> = fc
  .tuple(...FACTORS.map((f) => fc.constantFrom<string | undefined>(undefined, SKIP, ...FACTOR_VALUES[f])))
  .map((choices) => {
    const answers: Record<string, string> = {};
    const skipped: Factor[] = [];
    choices.forEach((choice, i) => {
      if (choice === SKIP) skipped.push(FACTORS[i]!);
      else if (choice !== undefined) answers[FACTORS[i]!] = choice;
    });
    return { answers, skipped };
  });

describe('flow state in button values', () => {
  it('round-trips every state and stays under Slack’s 2,000-character limit', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const value = encodeFlowState(state);
        expect(value.length).toBeLessThan(MAX_FLOW_STATE_CHARS);
        expect(decodeFlowState(value)).toEqual({ answers: state.answers, skipped: FACTORS.filter((f) => state.skipped.includes(f)) });
      }),
      { numRuns: 300 },
    );
  });

  it('encodes readably', () => {
    expect(encodeFlowState({ answers: { speed: 'high', isolation: 'high' }, skipped: ['kernel'] })).toBe(
      'v1;isolation=high;speed=high;skip=kernel',
    );
    expect(encodeFlowState(emptyFlowState())).toBe('v1');
  });

  it.each([
    ['', 'empty'],
    ['v2;isolation=high', 'another version'],
    ['v1;isolation=maximum', 'an unknown value'],
    ['v1;colour=blue', 'an unknown factor'],
    ['v1;isolation=high;isolation=standard', 'a repeated factor'],
    ['v1;isolation', 'a part without a value'],
    ['v1;skip=kernel,kernel', 'a step skipped twice'],
    ['v1;kernel=custom;skip=kernel', 'a step answered and skipped'],
    ['v1;skip=colour', 'an unknown skipped step'],
    ['v1;isolation=high;' + 'x'.repeat(2_100), 'an oversized value'],
    ['{"isolation":"high"}', 'another encoding'],
  ])('rejects %j (%s)', (value) => {
    expect(() => decodeFlowState(value)).toThrow(FlowStateError);
  });

  it('applies choices without changing the state it was given', () => {
    const start: FlowState = { answers: { isolation: 'high' }, skipped: ['kernel'] };
    expect(applyChoice(start, 'kernel', 'custom')).toEqual({ answers: { isolation: 'high', kernel: 'custom' }, skipped: [] });
    expect(applyChoice(start, 'isolation', SKIP)).toEqual({ answers: {}, skipped: ['kernel', 'isolation'] });
    expect(start).toEqual({ answers: { isolation: 'high' }, skipped: ['kernel'] });
    expect(() => applyChoice(start, 'speed', 'warp')).toThrow(FlowStateError);
  });
});
