import { fixture } from './fixtures.js';
import { commandRequest, interactionRequest, type SlackRequest } from './signed-request.js';
import type { SlackApiStub } from './slack-api-stub.js';

/** Slash commands and button clicks shaped like Slack's, with response_url pointing at the stub. */

let sequence = 0;
export const nextResponseId = () => `r${(sequence += 1)}`;

export function slashCommand(
  stub: SlackApiStub,
  text: string,
  responseId = nextResponseId(),
  fields: Record<string, string> = {},
): SlackRequest & { responseId: string } {
  const body = { ...fixture<Record<string, string>>('slash_command'), text, response_url: stub.responseUrl(responseId), ...fields };
  return { ...commandRequest(body), responseId };
}

type Button = { type: string; action_id: string; value?: string; text: { text: string } };
type Block = { type: string; block_id?: string; elements?: Button[] };

/** Every button in a message's blocks, with the block it sits in. */
export function buttonsIn(blocks: unknown): (Button & { block_id?: string })[] {
  return ((blocks as Block[] | undefined) ?? [])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements ?? []).map((e) => ({ ...e, block_id: b.block_id })));
}

export interface ClickOptions {
  responseId?: string;
  user?: string;
  channel?: string;
  /** The message the button is in (blocks and text), as Slack includes it for non-ephemeral messages. */
  message?: { text?: string; blocks?: unknown };
  ephemeral?: boolean;
}

/** A block_actions payload for clicking `button`. */
export function click(
  stub: SlackApiStub,
  button: Button & { block_id?: string },
  options: ClickOptions = {},
): SlackRequest & { responseId: string } {
  const responseId = options.responseId ?? nextResponseId();
  const payload = fixture('block_actions');
  const channel = options.channel ?? 'C0CHANNEL1';
  payload.user.id = options.user ?? 'U0HUMAN1';
  payload.channel.id = channel;
  payload.container = { ...payload.container, channel_id: channel, is_ephemeral: options.ephemeral ?? true };
  if (options.ephemeral ?? true) delete payload.message;
  else payload.message = { ...payload.message, text: options.message?.text ?? '', blocks: options.message?.blocks ?? [] };
  payload.response_url = stub.responseUrl(responseId);
  payload.actions = [
    {
      action_id: button.action_id,
      block_id: button.block_id ?? 'b',
      text: button.text,
      value: button.value,
      type: 'button',
      action_ts: `${Date.now() / 1000}`,
    },
  ];
  return { ...interactionRequest(payload), responseId };
}
