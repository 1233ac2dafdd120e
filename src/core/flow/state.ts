import { z } from 'zod';
import { answersSchema, factorSchema, FACTORS, type Answers, type Factor } from '../recommend/factors.js';
import { FlowStateError } from '../errors.js';

// Defined with every other coded error in src/core/errors.ts; exported here for existing importers.
export { FlowStateError };

/**
 * The flow's state travels in its own messages (button values), never in a server-side
 * session, so any bot instance can continue any flow and a restart loses nothing.
 * Encoded as `v1;isolation=high;speed=high;skip=kernel`: readable in logs, and far
 * under Slack's 2,000-character limit for a button value (about 120 characters at most).
 */
export interface FlowState {
  answers: Answers;
  /** Steps answered with "not sure": neutral, and not asked again. */
  skipped: Factor[];
}

export const FLOW_STATE_VERSION = 'v1';
/** Slack's limit for a button value. */
export const MAX_FLOW_STATE_CHARS = 2_000;
/** The choice a "not sure" button carries. */
export const SKIP = 'skip';

export const NOT_SURE_OPTION = { value: SKIP, label: 'Not sure', hint: 'Leave it out; it counts as neutral' } as const;

export const emptyFlowState = (): FlowState => ({ answers: {}, skipped: [] });

const PAIR = /^([a-z-]+)=([a-z,-]*)$/;

const flowStateSchema = z
  .object({ answers: answersSchema, skipped: z.array(factorSchema) })
  .refine((s) => new Set(s.skipped).size === s.skipped.length, 'a step is skipped twice')
  .refine((s) => s.skipped.every((f) => s.answers[f] === undefined), 'a step is both answered and skipped');

/** Encodes a flow state for a button value. */
export function encodeFlowState(state: FlowState): string {
  const parts: string[] = [FLOW_STATE_VERSION];
  for (const factor of FACTORS) {
    const value = state.answers[factor];
    if (value !== undefined) parts.push(`${factor}=${value}`);
  }
  const skipped = FACTORS.filter((f) => state.skipped.includes(f));
  if (skipped.length) parts.push(`${SKIP}=${skipped.join(',')}`);
  return parts.join(';');
}

/** Decodes and validates a button value; anything tampered, truncated or unknown throws FlowStateError. */
export function decodeFlowState(value: string): FlowState {
  if (value.length > MAX_FLOW_STATE_CHARS)
    throw new FlowStateError(`flow state is ${value.length} characters, over ${MAX_FLOW_STATE_CHARS}`);
  const [version, ...parts] = value.split(';');
  if (version !== FLOW_STATE_VERSION)
    throw new FlowStateError(`flow state version "${String(version).slice(0, 20)}", expected ${FLOW_STATE_VERSION}`);
  const answers: Record<string, string> = {};
  let skipped: string[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const match = PAIR.exec(part);
    if (!match) throw new FlowStateError(`flow state part "${part.slice(0, 40)}" is not key=value`);
    // Both groups always take part in a match; the defaults only satisfy the index types.
    const [, key = '', val = ''] = match;
    if (seen.has(key)) throw new FlowStateError(`flow state repeats "${key}"`);
    seen.add(key);
    if (key === SKIP) skipped = val.split(',');
    else answers[key] = val;
  }
  const parsed = flowStateSchema.safeParse({ answers, skipped });
  if (!parsed.success) throw new FlowStateError(`flow state is invalid: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
  return { answers: parsed.data.answers, skipped: parsed.data.skipped };
}

/** The state after choosing an option (or "not sure") at a step; the input is not changed. Throws FlowStateError for an unknown choice. */
export function applyChoice(state: FlowState, factor: Factor, choice: string): FlowState {
  if (choice === SKIP) {
    const answers = { ...state.answers };
    delete answers[factor];
    return { answers, skipped: state.skipped.includes(factor) ? [...state.skipped] : [...state.skipped, factor] };
  }
  const parsed = answersSchema.safeParse({ ...state.answers, [factor]: choice });
  if (!parsed.success) throw new FlowStateError(`"${choice.slice(0, 40)}" is not a choice for ${factor}`);
  return { answers: parsed.data, skipped: state.skipped.filter((f) => f !== factor) };
}

/** The value for a button: the state as it will be once this choice is made. */
export function choiceValue(state: FlowState, factor: Factor, choice: string): string {
  return encodeFlowState(applyChoice(state, factor, choice));
}
