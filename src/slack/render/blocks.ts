import type { types } from '@slack/bolt';
import { clip } from './mrkdwn.js';

/**
 * Block Kit builders that enforce Slack's limits, so no renderer can produce an
 * `invalid_blocks` error (https://docs.slack.dev/reference/block-kit/blocks).
 */

export type Block = types.KnownBlock;
export type ButtonElement = types.Button;

/** Slack's Block Kit limits; the local Web API (src/local/web-api.ts) checks the same ones. */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3_000,
  contextText: 2_000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  blockId: 255,
  /** Fallback `text` shown in notifications; Slack truncates far later, people read far less. */
  fallbackText: 3_000,
} as const;

/** A message as every surface sends it: a notification/screen-reader text and the blocks. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
  /** Slack message metadata: what a later message in the conversation reads back (include_all_metadata). */
  metadata?: MessageMetadata;
}

export interface MessageMetadata {
  event_type: string;
  event_payload: Record<string, string>;
}

/** A section of already-escaped mrkdwn. */
export function section(escaped: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(escaped, LIMITS.sectionText) } };
}

/** A small grey line of already-escaped mrkdwn. */
export function context(escaped: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clip(escaped, LIMITS.contextText) }] };
}

/** A header of our own words (plain text). */
export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, LIMITS.headerText), emoji: true } };
}

export function divider(): Block {
  return { type: 'divider' };
}

/** A button; `value` must already fit (callers shrink what they encode). */
export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): ButtonElement {
  if (value.length > LIMITS.buttonValue)
    throw new RangeError(`button value for ${actionId} is ${value.length} characters (max ${LIMITS.buttonValue})`);
  return {
    type: 'button',
    text: { type: 'plain_text', text: clip(text, LIMITS.buttonText), emoji: true },
    action_id: actionId.slice(0, LIMITS.actionId),
    value,
    ...(style ? { style } : {}),
  };
}

export function actions(blockId: string, elements: ButtonElement[]): Block {
  return { type: 'actions', block_id: blockId, elements: elements.slice(0, 25) };
}

/** Assembles a message within the block count, keeping the last block (usually the buttons). */
export function message(fallback: string, blocks: Block[]): SlackMessage {
  const kept =
    blocks.length <= LIMITS.blocksPerMessage ? blocks : [...blocks.slice(0, LIMITS.blocksPerMessage - 1), blocks[blocks.length - 1]!];
  return { text: clip(fallback, LIMITS.fallbackText), blocks: kept };
}
