/**
 * Questions are stored as asked, minus what identifies people: Slack user and group
 * mentions, email addresses and message permalinks. The report needs the words, not who
 * was named in them.
 */

const REPLACEMENTS: readonly [RegExp, string][] = [
  // <@U0123ABCD> and <@U0123ABCD|name>: a user mention as Slack sends it.
  [/<@[UWB][A-Z0-9]+(?:\|[^>]*)?>/g, '@someone'],
  // <!subteam^S0123|@team>, <!here>, <!channel>.
  [/<!subteam\^[A-Z0-9]+(?:\|[^>]*)?>/g, '@group'],
  [/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1'],
  [/<#[CG][A-Z0-9]+(?:\|[^>]*)?>/g, '#channel'],
  // Message permalinks (…slack.com/archives/C…/p…), with or without Slack's <url|label> wrapping.
  [/<?https?:\/\/[^\s<>|]*slack\.com\/archives\/[^\s<>|]*(?:\|[^>]*)?>?/gi, '[message link]'],
  [/<mailto:[^>|]+(?:\|[^>]*)?>/gi, '[email]'],
  [/\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g, '[email]'],
  // A bare user id typed or pasted into the question.
  [/\b[UW](?=[A-Z0-9]*\d)[A-Z0-9]{8,}\b/g, '@someone'],
];

/** The question with mentions, emails and message permalinks replaced by placeholders. */
export function redactQuestion(question: string): string {
  let text = question;
  for (const [pattern, replacement] of REPLACEMENTS) text = text.replace(pattern, replacement);
  return text;
}
