import { scrubSecrets } from '../../core/secrets.js';

/**
 * Text safety for Slack mrkdwn. Everything that came from a person or from the knowledge
 * goes through `mrkdwn()` before it is put in a block or a fallback text: `&`, `<` and `>`
 * are escaped, so no `<!channel>`, `<@U…>`, `<!subteam^…>` or `<url|label>` can form
 * (https://docs.slack.dev/messaging/formatting-message-text#escaping), and bare
 * `@channel`/`@here`/`@everyone` get a word joiner so no client or `link_names` turns
 * them into a ping.
 */

import { stripBidiControls } from '../../core/bidi.js';

const WORD_JOINER = '\u2060';
const BROADCAST = /@(channel|here|everyone)\b/gi;

/** Escapes text for mrkdwn, neutralises broadcast words and scrubs credential-shaped strings. */
export function mrkdwn(text: string): string {
  return scrubSecrets(stripBidiControls(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BROADCAST, `@${WORD_JOINER}$1`);
}

/**
 * Turns the markup Slack puts in incoming message text into what the person saw:
 * `<@U1|ana>` → `@ana`, `<!here>` → `@here`, `<#C1|ops>` → `#ops`, `<https://x|x>` → `x (https://x)`,
 * and `&lt;` back to `<`. The result is plain text for the core; it is escaped again on the way out.
 */
export function plainText(slackText: string): string {
  return slackText
    .replace(/<([^<>]*)>/g, (_match, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : target;
      if (target.startsWith('#')) return label ? `#${label}` : target;
      if (target.startsWith('!subteam^')) return label ? `@${label.replace(/^@/, '')}` : '@group';
      if (target.startsWith('!')) return `@${(label ?? target.slice(1)).replace(/^@/, '')}`;
      return label && label !== target ? `${label} (${target})` : target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Drops the leading mention of the bot (`<@UBOT> question`) that every app_mention starts with. */
export function withoutBotMention(slackText: string, botUserId: string | undefined): string {
  // The label stops at '<' too (Slack escapes it in text): `[^>]*` made "<@U1|<@U1|…" quadratic.
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^<>]*)?>`, 'g') : /^\s*<@[UW][A-Z0-9]+(\|[^<>]*)?>/;
  return slackText.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/** Prefixes every line with `> ` so Slack shows the text as a quote. */
export function quote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/**
 * Cuts escaped text to at most `max` characters, ending with `…`, without splitting an
 * entity (`&amp;`) or a surrogate pair, and without exposing a broadcast word.
 */
export function clip(text: string, max: number): string {
  // Every block text and fallback is clipped: the last place a credential-shaped string is caught.
  text = scrubSecrets(text);
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // Cutting "@channel0" leaves "@channel", a word the escape let through whole.
  return `${cut.replace(BROADCAST, `@${WORD_JOINER}$1`)}…`;
}
