/**
 * Questions are kept (and answered) minus what identifies people: Slack user, group and
 * channel mentions, specials, email addresses and links, whether they arrive as Slack's markup
 * (`<@U…|name>`) or as plain text (`@alice.smith`, `#project-bluefin`, a pasted URL). The
 * report needs the words, not who or what was named in them.
 *
 * Every pattern here runs in linear time: the markup pass is one `<[^<>]*>` scan (a failed
 * start can only skip to the next `<`), the plain pass splits on whitespace and classifies each
 * word with anchored checks that have no nested or adjacent unbounded quantifiers.
 */

import { MAX_QUESTION_CHARS } from '../core/answer/answer.js';
import { stripBidiControls } from '../core/bidi.js';

/** What the redaction leaves in place of a person, a group, a channel, an address or a link. */
export const PLACEHOLDERS = {
  person: '@someone',
  group: '@group',
  channel: '#channel',
  email: '[email]',
  link: '[link]',
  permalink: '[message link]',
  date: '[date]',
} as const;

const BROADCASTS = new Set(['@here', '@channel', '@everyone']);
const KEPT = new Set<string>([PLACEHOLDERS.person, PLACEHOLDERS.group, PLACEHOLDERS.channel, ...BROADCASTS]);

// Characters that may wrap a word without being part of it: "(@alice)," or "<see https://x>".
const OPENERS = new Set(['(', '[', '{', '"', "'", '“', '‘', '*', '_', '`', '~']);
const CLOSERS = new Set([')', ']', '}', '"', "'", '”', '’', '.', ',', ';', ':', '!', '?', '*', '_', '`', '~']);

const URL_SCHEME = /^(?:https?|ftp|file|ssh|git):\/\//i;
const MARKUP_SCHEME = /^[a-z][a-z0-9+.-]{0,31}:/i;
const USER_ID = /^[UW][A-Z0-9]{8,}$/;
const CHANNEL_WORD = /^#[\w.-]+$/;

const PERMALINK = /slack\.com\/archives\//i;
const isPermalink = (target: string) => PERMALINK.test(target);

/** The placeholder for one `<…>` of Slack markup, or undefined when it is not markup (`<String>`). */
function markupPlaceholder(inner: string): string | undefined {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  if (target.startsWith('@')) return PLACEHOLDERS.person;
  if (target.startsWith('#')) return PLACEHOLDERS.channel;
  if (target.startsWith('!subteam^')) return PLACEHOLDERS.group;
  if (target === '!here' || target === '!channel' || target === '!everyone') return `@${target.slice(1)}`;
  if (target.startsWith('!date^')) return PLACEHOLDERS.date;
  // Any other special (<!foo>) says nothing a question needs.
  if (target.startsWith('!')) return '';
  if (/^mailto:/i.test(target)) return PLACEHOLDERS.email;
  if (MARKUP_SCHEME.test(target)) return isPermalink(target) ? PLACEHOLDERS.permalink : PLACEHOLDERS.link;
  return undefined;
}

/**
 * Replaces Slack's markup for mentions, user groups, channels, specials, emails and links in
 * raw message text (as an event carries it) with placeholders. Run it before anything else
 * reads the text: afterwards no `<…|label>` label can survive as plain text.
 */
export function redactSlackMarkup(raw: string): string {
  return replaceMatches(raw, /<([^<>]*)>/g, (m) => markupPlaceholder(m[1]!));
}

/**
 * Each match of a global pattern replaced by what `replacement` returns for it (undefined keeps
 * it). Text with nothing to replace comes back as the same string, never copied: a long
 * question of ordinary words costs one scan.
 */
function replaceMatches(text: string, pattern: RegExp, replacement: (match: RegExpExecArray) => string | undefined): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const replaced = replacement(match);
    if (replaced === undefined || replaced === match[0]) continue;
    parts.push(text.slice(last, match.index), replaced);
    last = match.index + match[0].length;
  }
  return parts.length === 0 ? text : parts.join('') + text.slice(last);
}

/** The placeholder for one whitespace-free word of plain text, or undefined to keep it. */
function wordPlaceholder(word: string): string | undefined {
  if (word.length < 2 || KEPT.has(word)) return undefined;
  if (URL_SCHEME.test(word) || /^www\./i.test(word) || isPermalink(word))
    return isPermalink(word) ? PLACEHOLDERS.permalink : PLACEHOLDERS.link;
  if (/^mailto:/i.test(word)) return PLACEHOLDERS.email;
  const at = word.indexOf('@');
  // "@alice.smith", "@security-team": a handle typed or left over from a mention.
  if (at === 0) return BROADCASTS.has(word.toLowerCase()) ? undefined : PLACEHOLDERS.person;
  if (at > 0 && at < word.length - 1) return PLACEHOLDERS.email;
  if (CHANNEL_WORD.test(word) && /[a-z]/i.test(word)) return PLACEHOLDERS.channel;
  if (USER_ID.test(word) && /\d/.test(word)) return PLACEHOLDERS.person;
  return undefined;
}

function redactWord(word: string): string | undefined {
  let start = 0;
  let end = word.length;
  while (start < end && OPENERS.has(word[start]!)) start++;
  while (end > start && CLOSERS.has(word[end - 1]!)) end--;
  const replacement = wordPlaceholder(word.slice(start, end));
  return replacement === undefined ? undefined : `${word.slice(0, start)}${replacement}${word.slice(end)}`;
}

/**
 * The question with mentions, groups, channels, emails, user ids and links replaced by
 * placeholders, whether written as Slack markup or as plain text, and without bidirectional
 * controls (src/core/bidi.ts). Idempotent.
 */
export function redactQuestion(question: string): string {
  return replaceMatches(redactSlackMarkup(stripBidiControls(question)), /\S+/g, (m) => redactWord(m[0]));
}

/** A question as every store keeps it: redacted, then cut to the length the bot answers. */
export function storedQuestion(question: string): string {
  return redactQuestion(question).slice(0, MAX_QUESTION_CHARS);
}
