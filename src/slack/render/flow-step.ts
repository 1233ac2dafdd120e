import { stepPosition } from '../../core/flow/next-step.js';
import { choiceValue, encodeFlowState, NOT_SURE_OPTION, type FlowState } from '../../core/flow/state.js';
import type { FlowStep } from '../../core/flow/steps.js';
import { describeAnswers } from '../../core/recommend/factors.js';
import { actions, button, context, message, section, type SlackMessage } from './blocks.js';
import { COMMAND } from './help.js';
import { mrkdwn } from './mrkdwn.js';

/** Action ids of the flow's buttons; the value of each carries the whole flow state. */
export const FLOW_ACTIONS = {
  choicePrefix: 'flow_choice_',
  startOver: 'flow_start_over',
  /** Opens the flow in a new message, from the state in its value (factors already read from a question). */
  start: 'flow_start',
} as const;

export const FLOW_CHOICE_PATTERN = new RegExp(`^${FLOW_ACTIONS.choicePrefix}`);

/** One step of the decision flow: the question, its hint and a button per option (plus "Not sure"). */
export function renderFlowStep(step: FlowStep, state: FlowState): SlackMessage {
  const { number, total } = stepPosition(step);
  const options = [...step.options, NOT_SURE_OPTION];
  const so = describeAnswers(state.answers);
  const blocks = [
    section(`*Question ${number} of ${total}*\n${mrkdwn(step.question)}`),
    context(`💡 ${mrkdwn(step.hint)}`),
    actions(
      `flow_${step.factor}`,
      options.map((o) =>
        button(o.label, `${FLOW_ACTIONS.choicePrefix}${step.factor}_${o.value}`, choiceValue(state, step.factor, o.value)),
      ),
    ),
    context(options.map((o) => `*${mrkdwn(o.label)}*: ${mrkdwn(o.hint)}`).join('\n')),
  ];
  if (so || state.skipped.length > 0) {
    blocks.push(
      context(
        `So far: ${so ? `\`${so}\`` : 'nothing answered'}${state.skipped.length ? `; not sure about ${state.skipped.join(', ')}` : ''}`,
      ),
    );
  }
  return message(`${COMMAND} question ${number} of ${total}: ${mrkdwn(step.question)}`, blocks);
}

/** Opens the decision flow in a new message, with the given factors already answered. */
export function startFlowButton(state: FlowState, label = '🧭 Start the decision flow'): ReturnType<typeof button> {
  return button(label, FLOW_ACTIONS.start, encodeFlowState(state), 'primary');
}

/** The "Start over" button, whose value is the empty state. */
export function startOverButton() {
  return button('↩️ Start over', FLOW_ACTIONS.startOver, encodeFlowState({ answers: {}, skipped: [] }));
}
