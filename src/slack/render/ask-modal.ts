import type { types } from '@slack/bolt';
import { context, message, type SlackMessage } from './blocks.js';
import { clip, mrkdwn } from './mrkdwn.js';

/** Ids of the "Ask a question" modal; the submission's state is read back by them. */
export const ASK_QUESTION = {
  callbackId: 'ask_question',
  blockId: 'question',
  actionId: 'question_text',
  /** Long enough for any real question; the answerer cuts longer ones anyway. */
  maxLength: 2_000,
} as const;

// Slack's limits for a modal (https://docs.slack.dev/reference/views/modal-views).
const MODAL_LIMITS = { title: 24, placeholder: 150, text: 2_000 } as const;

export const EMPTY_QUESTION = 'Type your question here, then press Ask.';

const plain = (text: string, max: number) => ({
  type: 'plain_text' as const,
  text: text.length <= max ? text : `${text.slice(0, max - 1)}…`,
  emoji: true,
});

/** The modal App Home's "Ask a question" opens: one multiline question field. */
export function renderAskModal(examples: string[]): types.ModalView {
  const example = examples[0];
  return {
    type: 'modal',
    callback_id: ASK_QUESTION.callbackId,
    title: plain('Ask a question', MODAL_LIMITS.title),
    submit: plain('Ask', MODAL_LIMITS.title),
    close: plain('Cancel', MODAL_LIMITS.title),
    blocks: [
      {
        type: 'input',
        block_id: ASK_QUESTION.blockId,
        label: plain('Your question', MODAL_LIMITS.text),
        element: {
          type: 'plain_text_input',
          action_id: ASK_QUESTION.actionId,
          multiline: true,
          max_length: ASK_QUESTION.maxLength,
          ...(example ? { placeholder: plain(`e.g. ${example}`, MODAL_LIMITS.placeholder) } : {}),
        },
        hint: plain('I answer in our DM, quoting the knowledge base with sources.', MODAL_LIMITS.text),
      },
    ],
  };
}

/**
 * A reply to a question asked in the modal: the DM shows no message of the person's own,
 * so the reply starts by saying what was asked.
 */
export function withQuestionShown(reply: SlackMessage, question: string): SlackMessage {
  return { ...reply, ...message(reply.text, [context(`You asked: ${clip(mrkdwn(question.replace(/\s+/g, ' ')), 300)}`), ...reply.blocks]) };
}
