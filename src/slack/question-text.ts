import { redactQuestion, redactSlackMarkup } from '../store/redact.js';
import { plainText, withoutBotMention } from './render/mrkdwn.js';

/**
 * The question in a message as the bot answers and keeps it. Mentions, groups, channels,
 * emails and links are redacted from the raw Slack text first, so no `<@U…|name>` label ever
 * becomes plain text, then once more as plain text for what people typed without markup.
 */
export function questionFromMessage(rawText: string, botUserId: string | undefined): string {
  return redactQuestion(plainText(redactSlackMarkup(withoutBotMention(rawText, botUserId))));
}

/** A question typed into a plain-text input (the Ask modal): no markup, only plain-text leftovers. */
export function questionFromInput(text: string): string {
  return redactQuestion(text);
}

/**
 * True for a person's new message: no subtype, or a thread reply also sent to the channel
 * ("Also send to #channel", thread_broadcast), which is as much a new message as any other.
 * Every other subtype (edits, deletions, joins, topic changes…) is not.
 */
export function isNewMessage(subtype: unknown): boolean {
  return subtype === undefined || subtype === 'thread_broadcast';
}
