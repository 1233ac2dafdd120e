/**
 * Slack's documented Block Kit limits, checked on anything the bot sends
 * (https://docs.slack.dev/reference/block-kit/blocks). Returns the violations, empty when fine.
 */
export function slackLimitViolations(message: { text?: unknown; blocks?: unknown }): string[] {
  const problems: string[] = [];
  if (typeof message.text !== 'string' || message.text.trim() === '') problems.push('no top-level text fallback');
  if (typeof message.text === 'string' && message.text.length > 40_000) problems.push(`text is ${message.text.length} characters`);
  const blocks = (message.blocks ?? []) as Record<string, any>[];
  if (!Array.isArray(blocks)) return [...problems, 'blocks is not an array'];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks (max 50)`);
  blocks.forEach((block, i) => {
    if (block.type === 'section' && (block.text?.text?.length ?? 0) > 3000)
      problems.push(`block ${i}: section text ${block.text.text.length} > 3000`);
    if (block.type === 'section' && !block.text?.text) problems.push(`block ${i}: empty section`);
    if (block.type === 'header' && (block.text?.text?.length ?? 0) > 150)
      problems.push(`block ${i}: header ${block.text.text.length} > 150`);
    if (block.type === 'context') {
      if (block.elements.length > 10) problems.push(`block ${i}: ${block.elements.length} context elements`);
      for (const e of block.elements) if ((e.text?.length ?? 0) > 3000) problems.push(`block ${i}: context text ${e.text.length} > 3000`);
    }
    if (block.type === 'actions') {
      if (block.elements.length > 25) problems.push(`block ${i}: ${block.elements.length} elements`);
      for (const e of block.elements) {
        if ((e.text?.text?.length ?? 0) > 75) problems.push(`block ${i}: button text ${e.text.text.length} > 75`);
        if ((e.value?.length ?? 0) > 2000) problems.push(`block ${i}: button value ${e.value.length} > 2000`);
        if ((e.action_id?.length ?? 0) > 255) problems.push(`block ${i}: action_id too long`);
      }
    }
    if ((block.block_id?.length ?? 0) > 255) problems.push(`block ${i}: block_id too long`);
  });
  return problems;
}

/** Broadcast and user-group pings as Slack writes them: never anywhere in what the bot sends. */
export const PING_MARKUP = /<!(channel|here|everyone)\b|<!subteam\^/i;
/** The same, plus the bare words some clients and `link_names` turn into pings: never in what people see. */
export const PING = /<!(channel|here|everyone)\b|<!subteam\^|@(channel|here|everyone)\b/i;

/**
 * What people see of a message (blocks and fallback text), without button values: a value
 * is data the bot gets back on a click, never shown, so it may hold the question as typed.
 */
export function displayed(message: { text?: unknown; blocks?: unknown }): string {
  return JSON.stringify(message.blocks ?? [], (key, value) => (key === 'value' ? undefined : value)) + String(message.text ?? '');
}
