import { encodeFlowState, type FlowState } from '../../core/flow/state.js';
import { stepFor } from '../../core/flow/steps.js';
import { describeAnswers, type Factor } from '../../core/recommend/factors.js';
import type { Understood } from '../../core/recommend/parse-input.js';
import { RECOMMENDATION_LABELS, type RecommendationResult } from '../../core/recommend/recommend.js';
import type { Evidence } from '../../core/recommend/evidence.js';
import { HEADING_SEPARATOR } from '../../core/knowledge/types.js';
import { sourceLine } from './answer.js';
import { actions, button, context, header, message, section, type Block, type SlackMessage } from './blocks.js';
import { startFlowButton, startOverButton } from './flow-step.js';
import { COMMAND } from './help.js';
import { clip, mrkdwn, quote } from './mrkdwn.js';

export const RECOMMENDATION_ACTIONS = {
  explainInDm: 'recommendation_explain_dm',
  shareInChannel: 'recommendation_share',
} as const;

const QUOTE_CHARS = 600;
const ICONS = { containers: '📦', vms: '🖥️', 'containers-on-vms': '📦🖥️' } as const;

export interface RecommendationView {
  state: FlowState;
  /** What was read from typed input, echoed so the person can correct it. */
  understood?: Understood[];
  /** `full` for the DM explanation: every question and answer, and what was left open. */
  detail?: 'short' | 'full';
  /** Shared in a channel: who asked (their user id, rendered as a mention), and no buttons. */
  sharedBy?: string;
  /**
   * Answering a question in a conversation (a mention, DM, thread or the Ask modal): corrections
   * are said in a reply, the flow opens with what was understood, and the factors travel in
   * the message's metadata for the next reply to build on.
   */
  conversational?: boolean;
  /** What a follow-up changed, said above the reasons ("kernel=custom added; was containers"). */
  changed?: string;
}

/** The metadata event type of a recommendation given in a conversation; its payload holds the flow state. */
export const RECOMMENDATION_EVENT = 'containers_or_vms_recommendation';

function cited(summary: string, evidence: Evidence): string {
  const where = `_${sourceLine({ ...evidence, headings: evidence.heading.split(HEADING_SEPARATOR) })}_`;
  return `• ${mrkdwn(summary)}\n${quote(clip(mrkdwn(evidence.text), QUOTE_CHARS))}\n${where}`;
}

function answerLine(factor: Factor, value: string): string {
  const step = stepFor(factor);
  const option = step.options.find((o) => o.value === value);
  return `• ${mrkdwn(step.question)} *${mrkdwn(option?.label ?? value)}* (\`${factor}=${value}\`)`;
}

/** The recommendation: reasons quoted from the knowledge, caveats, and the buttons to explain, share or start over. */
export function renderRecommendation(result: RecommendationResult, view: RecommendationView): SlackMessage {
  const label = RECOMMENDATION_LABELS[result.recommendation];
  const answered = describeAnswers(view.state.answers);
  const blocks: Block[] = [header(`${ICONS[result.recommendation]} Recommendation: ${label}`)];
  // The one mention we write: the verified id of the person who clicked Share, never text someone typed.
  if (view.sharedBy)
    blocks.push(context(`Shared by ${/^[UW][A-Z0-9]{2,}$/.test(view.sharedBy) ? `<@${view.sharedBy}>` : 'someone'} from \`${COMMAND}\``));
  if (view.changed) blocks.push(section(`🔄 ${mrkdwn(view.changed)}`));
  blocks.push(context(`Confidence: *${result.confidence}*${answered ? ` · based on \`${answered}\`` : ''}`));
  if (view.understood?.some((u) => u.from === 'text')) {
    const read = view.understood.map((u) =>
      u.from === 'text' ? `\`${u.factor}=${u.value}\` (from “${mrkdwn(u.words)}”)` : `\`${u.factor}=${u.value}\``,
    );
    const correct = view.conversational
      ? "Not right? Reply with what is different (e.g. `kernel=shared-ok` or “it's all our own code”)."
      : `Not right? Run \`${COMMAND} key=value …\` to correct it.`;
    blocks.push(context(`I understood: ${read.join(', ')}. ${correct}`));
  }
  if (result.reasons.length > 0) blocks.push(section(`*Why*\n${result.reasons.map((r) => cited(r.summary, r.evidence)).join('\n')}`));
  if (result.closeCall) blocks.push(section(`⚖️ ${mrkdwn(result.closeCall.summary)}`));
  if (result.caveats.length > 0) blocks.push(section(`*Caveats*\n${result.caveats.map((c) => cited(c.summary, c.evidence)).join('\n')}`));
  if (view.detail === 'full') {
    const answeredFactors = Object.entries(view.state.answers) as [Factor, string][];
    if (answeredFactors.length > 0) blocks.push(section(`*Your answers*\n${answeredFactors.map(([f, v]) => answerLine(f, v)).join('\n')}`));
    if (result.closeCall?.against.length)
      blocks.push(section(`*What pulls the other way*\n${result.closeCall.against.map((r) => cited(r.summary, r.evidence)).join('\n')}`));
    if (result.unanswered.length > 0) {
      blocks.push(
        section(`*Left open (counted as neutral)*\n${result.unanswered.map((f) => `• ${mrkdwn(stepFor(f).question)}`).join('\n')}`),
      );
    }
  } else if (result.unanswered.length > 0) {
    blocks.push(context(`Not answered (neutral): ${result.unanswered.join(', ')}`));
  }
  const value = encodeFlowState(view.state);
  if (!view.sharedBy) {
    const buttons =
      view.detail === 'full'
        ? [startOverButton()]
        : [
            button('📬 Explain in DM', RECOMMENDATION_ACTIONS.explainInDm, value, 'primary'),
            button('📣 Share in channel', RECOMMENDATION_ACTIONS.shareInChannel, value),
            startOverButton(),
          ];
    // From a question: the flow opens with what was understood, to answer the rest.
    if (view.conversational && result.unanswered.length > 0) buttons.unshift(startFlowButton(view.state, '🧭 Answer the other questions'));
    blocks.push(actions('recommendation', buttons));
  }
  const first = result.reasons[0];
  const rendered = message(`Recommendation: ${label}.${first ? ` ${mrkdwn(first.summary)}` : ''}`, blocks);
  return view.conversational ? { ...rendered, metadata: { event_type: RECOMMENDATION_EVENT, event_payload: { state: value } } } : rendered;
}

/** Typed factors that are not allowed: the message from the parser names what is. */
export function renderInputError(problem: string, options: { askHint?: boolean } = {}): SlackMessage {
  const blocks = [
    section(`⚠️ I couldn't use that: ${mrkdwn(problem)}`),
    context(`Run \`${COMMAND}\` with no text for a few questions with buttons, or \`${COMMAND} help\` for usage.`),
  ];
  // People type questions into the command too; the answer to those is a mention or a DM.
  if (options.askHint)
    blocks.push(
      context(
        'Asking a question rather than describing a workload? Mention me in a channel or send me a DM, and I answer from the knowledge base.',
      ),
    );
  return message(`Sorry, I couldn't use that: ${mrkdwn(problem)}`, blocks);
}
