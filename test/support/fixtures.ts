import { readFileSync } from 'node:fs';

/** A Slack payload fixture (test/fixtures/slack), deep-copied so tests can change it freely. */
export function fixture<T = Record<string, any>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/slack/${name}.json`, import.meta.url), 'utf8')) as T;
}

let counter = 0;

/** The app_mention fixture with new ids, a given text and optional event fields. */
export function mentionEvent(text: string, event: Record<string, unknown> = {}): Record<string, any> {
  const body = fixture('app_mention');
  counter += 1;
  body.event_id = `Ev0MENTION${counter}`;
  body.event = { ...body.event, text, ts: `1515449${String(counter).padStart(3, '0')}.000016`, ...event };
  return body;
}

/** The message.im fixture with new ids, a given text and optional event fields. */
export function directMessageEvent(text: string, event: Record<string, unknown> = {}): Record<string, any> {
  const body = fixture('message_im');
  counter += 1;
  body.event_id = `Ev0DIRECT${counter}`;
  body.event = { ...body.event, text, ts: `1355517${String(counter).padStart(3, '0')}.000005`, ...event };
  return body;
}
