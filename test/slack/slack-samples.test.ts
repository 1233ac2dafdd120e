import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import type { SlackRequest } from '../support/signed-request.js';

/**
 * Slack's own payload samples (../shared/slack-samples, copied from Slack's SDK repositories with
 * their placeholder values) through the real app, signed, one at a time: each is answered 2xx or
 * deliberately refused (a 400 the bot logs as a refusal), nothing is logged at error, nothing
 * posted pings anyone, and bot messages, edits and deletions are never replied to.
 * The same samples as `node ../shared/slack-samples/replay.mjs --project .`, without a process.
 */

const SAMPLES = resolve('../shared/slack-samples');
const NO_REPLY_SUBTYPES = new Set(['bot_message', 'message_changed', 'message_deleted']);
const PING = /<!(channel|here|everyone)(\|[^>]*)?>/;

interface Sample {
  name: string;
  request: SlackRequest;
  /** The event inside an Events API envelope, when there is one. */
  event?: Record<string, unknown>;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
    .sort();
}

let counter = 0;

function load(file: string, responseUrl: string): Sample {
  const name = relative(SAMPLES, file);
  let payload = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  // bolt-js's 2016 fixtures wrap the payload as {type, body, meta}.
  if (payload.body && payload.meta && typeof payload.body === 'object') payload = payload.body as Record<string, any>;
  const withResponseUrl = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withResponseUrl);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'response_url' && typeof v === 'string' ? responseUrl : withResponseUrl(v)]),
    );
  };
  if (name.startsWith('events')) {
    counter += 1;
    const isEnvelope = typeof payload.event === 'object' && payload.event !== null;
    // Slack always sends an event_id; the samples' placeholders are empty.
    const body = isEnvelope
      ? { ...payload, event_id: payload.event_id || `Ev0SAMPLE${counter}` }
      : { type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event: payload, event_id: `Ev0SAMPLE${counter}`, event_time: 1 };
    return { name, request: { body: JSON.stringify(body), contentType: 'application/json' }, event: body.event as Record<string, unknown> };
  }
  const rewritten = withResponseUrl(payload) as Record<string, unknown>;
  if (name.startsWith('commands')) {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(rewritten))
      form.append(k, v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v ?? ''));
    return { name, request: { body: form.toString(), contentType: 'application/x-www-form-urlencoded' } };
  }
  return {
    name,
    request: {
      body: new URLSearchParams({ payload: JSON.stringify(rewritten) }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    },
  };
}

describe.skipIf(!existsSync(SAMPLES))(`Slack's payload samples (${SAMPLES})`, () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('are each answered 2xx or deliberately refused, with no error logged and no reply to bots, edits or deletions', async () => {
    const sampleFiles = files(SAMPLES);
    expect(sampleFiles.length).toBeGreaterThan(40);
    const verdicts: string[] = [];
    for (const file of sampleFiles) {
      bot.stub.reset();
      const logsBefore = bot.logs.length;
      const sample = load(file, bot.stub.responseUrl(`sample-${counter}`));
      const response = await bot.send(sample.request);
      const logs = bot.logs.slice(logsBefore);
      const refusedOnPurpose =
        response.status === 400 && logs.some((l) => l.level === 'warn' && /^Refused a delivery \(400\)/.test(String(l.msg)));
      const posted = bot.stub.calls.filter((c) => /^(chat\.|response_url|views\.)/.test(c.method));
      const subtype = typeof sample.event?.subtype === 'string' ? sample.event.subtype : undefined;
      const problems = [
        (response.status >= 200 && response.status < 300) || refusedOnPurpose ? '' : `status ${response.status}`,
        ...logs.filter((l) => l.level === 'error' || l.level === 'fatal').map((l) => `error logged: ${String(l.msg)}`),
        ...posted.filter((c) => PING.test(JSON.stringify(c.args))).map((c) => `${c.method} pings`),
        subtype && NO_REPLY_SUBTYPES.has(subtype) && posted.length > 0 ? `replied to a ${subtype}` : '',
        sample.event?.bot_id && posted.some((c) => c.method.startsWith('chat.')) ? 'replied to a bot' : '',
      ].filter(Boolean);
      verdicts.push(`${sample.name}: ${response.status}${problems.length ? ` — ${problems.join('; ')}` : ''}`);
    }
    expect(verdicts.filter((v) => v.includes(' — '))).toEqual([]);
    // Most samples are routed, not refused: a bot refusing everything would pass the checks above.
    expect(verdicts.filter((v) => / 2\d\d$/.test(v)).length).toBeGreaterThan(sampleFiles.length - 3);
  });
});
