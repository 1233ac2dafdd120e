import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyToQuestion } from '../../src/slack/answering.js';
import { FEEDBACK_ACTIONS } from '../../src/slack/render/feedback.js';
import { FLOW_ACTIONS } from '../../src/slack/render/flow-step.js';
import { HOME_ACTIONS } from '../../src/slack/render/help.js';
import { RECOMMENDATION_ACTIONS } from '../../src/slack/render/recommendation.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { eventRequest, interactionRequest, type SlackRequest } from '../support/signed-request.js';
import type { RecordedCall } from '../support/slack-api-stub.js';
import { displayed, PING, PING_MARKUP, slackLimitViolations } from '../support/slack-limits.js';

/**
 * Random signed payloads into the real HTTP endpoint: Events API bodies with random event
 * fields, slash commands and interactivity with random fields, and arbitrary JSON. None may
 * crash the app or leave an unhandled rejection, every request gets a non-5xx answer, and
 * whatever the bot sends Slack stays within Slack's limits and pings nobody.
 */

let bot: BotHarness;
const escaped: unknown[] = [];
const onEscaped = (reason: unknown) => escaped.push(reason);
beforeAll(async () => {
  process.on('unhandledRejection', onEscaped);
  process.on('uncaughtException', onEscaped);
  bot = await startBot({ knownIds: true });
});
afterAll(async () => {
  await bot.stop();
  process.off('unhandledRejection', onEscaped);
  process.off('uncaughtException', onEscaped);
});

const RUNS = 120;
const hostile = fc.constantFrom(
  '<!channel>',
  '<!here|here>',
  '<!everyone>',
  '<!subteam^S0123|@oncall>',
  '@channel',
  '<@U0VICTIM>',
  '<https://evil.example|https://good.example>',
  '&lt;!here&gt;',
  '*',
  '`',
  '```',
  '>',
  '\u0000',
  '\u202e',
  '\n',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(fc.oneof(hostile, fc.constantFrom('<@UBOT0001>', 'containers', 'virtual machines', 'kernel=custom', 'help', '?', ' ')), {
      maxLength: 20,
    })
    .map((p) => p.join(' ')),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 2_000, max: 40_000 }))
    .map(([s, n]) => s.repeat(Math.ceil(n / s.length))),
);
const id = (prefix: string) => fc.oneof(fc.constantFrom(`${prefix}0HUMAN1`, `${prefix}0HUMAN2`), fc.string({ maxLength: 12 }));
const ts = fc.oneof(
  fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }).map((n) => `${n}.000100`),
  fc.string({ maxLength: 20 }),
);
const anything = fc.jsonValue({ maxDepth: 3 });
const extras = fc.dictionary(fc.string({ maxLength: 12 }), anything, { maxKeys: 4 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: arb, weight: 1 });

let sequence = 0;
const nextEventId = () => `Ev0FUZZ${(sequence += 1)}`;

/** Mentions and DMs a person could send, with random text and stray fields: these reach the answering code. */
const question = fc
  .tuple(
    fc.constantFrom({ type: 'app_mention', channel: 'C0CHANNEL1' }, { type: 'message', channel: 'D0DIRECT1', channel_type: 'im' }),
    fc.record({
      user: fc.constantFrom('U0HUMAN1', 'U0HUMAN2'),
      text,
      ts: fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }).map((n) => `${n}.000200`),
      thread_ts: rarely(ts),
      subtype: rarely(fc.constantFrom('bot_message', 'message_changed', 'channel_join')),
    }),
    fc.dictionary(fc.string({ maxLength: 12 }), anything, { maxKeys: 2 }),
  )
  .map(([where, fields, more]) => ({ ...more, ...where, ...fields }));

const anyEvent = fc
  .tuple(
    fc.record(
      {
        type: fc.oneof(
          fc.constantFrom('app_mention', 'message', 'app_home_opened', 'reaction_added', 'member_joined_channel'),
          fc.string({ maxLength: 20 }),
        ),
        user: maybe(id('U')),
        text: maybe(text),
        channel: maybe(fc.oneof(fc.constantFrom('C0CHANNEL1', 'D0DIRECT1'), fc.string({ maxLength: 12 }))),
        channel_type: maybe(fc.constantFrom('im', 'channel', 'group', 'mpim')),
        ts: maybe(ts),
        thread_ts: maybe(ts),
        subtype: maybe(fc.constantFrom('bot_message', 'message_changed', 'channel_join', 'file_share')),
        bot_id: maybe(fc.constantFrom('B0OTHER1', 'BBOT0001')),
        tab: maybe(fc.constantFrom('home', 'messages')),
      },
      { requiredKeys: ['type'] },
    ),
    extras,
  )
  .map(([known, more]) => ({ ...more, ...known }));

const event = fc.oneof(question, anyEvent);

const eventBody = fc.tuple(event, extras, maybe(fc.string({ maxLength: 10 }))).map(([e, more, team]) => ({
  ...more,
  type: 'event_callback',
  team_id: team ?? 'T0001',
  api_app_id: 'A0001',
  event_id: nextEventId(),
  event_time: 1_700_000_000,
  event: e,
}));

function commandBody(responseUrl: fc.Arbitrary<string | undefined>) {
  return fc
    .tuple(
      fc.record(
        {
          command: fc.oneof(fc.constant('/containers-or-vms'), fc.string({ maxLength: 20 })),
          text: maybe(text),
          user_id: maybe(id('U')),
          channel_id: maybe(id('C')),
          team_id: maybe(fc.constantFrom('T0001', '')),
          response_url: responseUrl,
          trigger_id: maybe(fc.string({ maxLength: 20 })),
        },
        { requiredKeys: ['command'] },
      ),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 }), { maxKeys: 4 }),
    )
    .map(([known, more]) => {
      const fields: Record<string, string> = { ...more };
      for (const [key, value] of Object.entries(known)) if (value !== undefined) fields[key] = value;
      return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' } satisfies SlackRequest;
    });
}

const actionId = fc.oneof(
  fc.constantFrom(
    FLOW_ACTIONS.startOver,
    `${FLOW_ACTIONS.choicePrefix}kernel_custom`,
    `${FLOW_ACTIONS.choicePrefix}isolation_strong`,
    `${FLOW_ACTIONS.choicePrefix}`,
    FEEDBACK_ACTIONS.helpful,
    FEEDBACK_ACTIONS.notHelpful,
    RECOMMENDATION_ACTIONS.explainInDm,
    RECOMMENDATION_ACTIONS.shareInChannel,
    HOME_ACTIONS.askQuestion,
    HOME_ACTIONS.startFlow,
  ),
  fc.string({ maxLength: 30 }),
);
const buttonValue = fc.oneof(
  text,
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constant(undefined),
);

function interactionBody(responseUrl: fc.Arbitrary<string | undefined>) {
  return fc
    .tuple(
      fc.record(
        {
          type: fc.oneof(
            fc.constantFrom('block_actions', 'view_submission', 'view_closed', 'shortcut', 'message_action'),
            fc.string({ maxLength: 15 }),
          ),
          user: maybe(fc.record({ id: id('U'), team_id: fc.constant('T0001') })),
          team: maybe(fc.record({ id: fc.constantFrom('T0001', '') })),
          channel: maybe(fc.record({ id: id('C') })),
          container: maybe(
            fc.record({ type: fc.constantFrom('message', 'view'), channel_id: id('C'), is_ephemeral: fc.boolean(), message_ts: ts }),
          ),
          message: maybe(fc.record({ text: text, ts, blocks: fc.array(anything, { maxLength: 3 }) })),
          response_url: responseUrl,
          trigger_id: maybe(fc.string({ maxLength: 20 })),
          actions: maybe(
            fc.array(
              fc.record(
                { action_id: actionId, block_id: fc.string({ maxLength: 10 }), value: buttonValue, type: fc.constant('button') },
                { requiredKeys: ['action_id'] },
              ),
              { maxLength: 2 },
            ),
          ),
          view: maybe(
            fc.record({
              id: fc.string({ maxLength: 8 }),
              callback_id: fc.string({ maxLength: 20 }),
              private_metadata: fc.string({ maxLength: 40 }),
              state: fc.record({ values: fc.dictionary(fc.string({ maxLength: 8 }), anything, { maxKeys: 2 }) }),
            }),
          ),
        },
        { requiredKeys: ['type'] },
      ),
      extras,
    )
    .map(([known, more]) => interactionRequest({ ...more, ...known }));
}

const unhandledSoFar = () => escaped.slice();

/** Sends one request; returns the calls it caused. */
async function deliver(request: SlackRequest): Promise<{ status: number; calls: RecordedCall[] }> {
  const before = bot.stub.calls.length;
  const response = await bot.send(request);
  return { status: response.status, calls: bot.stub.calls.slice(before) };
}

function checkCalls(calls: RecordedCall[]): void {
  // No loops: one delivery never fans out into a storm of calls.
  expect(calls.length).toBeLessThanOrEqual(6);
  for (const call of calls) {
    expect(JSON.stringify(call.args), call.method).not.toMatch(PING_MARKUP);
    if (['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'response_url'].includes(call.method) && !call.args.delete_original) {
      expect(slackLimitViolations(call.args), `${call.method} ${call.raw.slice(0, 300)}`).toEqual([]);
      expect(displayed(call.args), call.method).not.toMatch(PING);
    }
    const view = call.args.view as { blocks?: unknown[] } | undefined;
    if (view) {
      expect((view.blocks ?? []).length, call.method).toBeLessThanOrEqual(100);
      expect(displayed(view), call.method).not.toMatch(PING);
    }
  }
}

describe('fuzz: random signed payloads into /slack/events', () => {
  it('Events API bodies with random event fields', async () => {
    await fc.assert(
      fc.asyncProperty(eventBody, async (body) => {
        const { status, calls } = await deliver(eventRequest(body));
        expect(status).toBeLessThan(500);
        checkCalls(calls);
      }),
      { numRuns: RUNS },
    );
    expect(unhandledSoFar()).toEqual([]);
  });

  it('slash commands with random fields', async () => {
    const responseUrl = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 30 }), {
      arbitrary: fc.integer({ min: 1, max: 1e6 }).map((n) => bot.stub.responseUrl(`fuzz${n}`)),
      weight: 3,
    });
    await fc.assert(
      fc.asyncProperty(commandBody(responseUrl), async (request) => {
        const { status, calls } = await deliver(request);
        expect(status).toBeLessThan(500);
        checkCalls(calls);
      }),
      { numRuns: RUNS },
    );
    expect(unhandledSoFar()).toEqual([]);
  });

  it('interactivity payloads with random fields and button values', async () => {
    const responseUrl = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 30 }), {
      arbitrary: fc.integer({ min: 1, max: 1e6 }).map((n) => bot.stub.responseUrl(`fuzz${n}`)),
      weight: 3,
    });
    await fc.assert(
      fc.asyncProperty(interactionBody(responseUrl), async (request) => {
        const { status, calls } = await deliver(request);
        expect(status).toBeLessThan(500);
        checkCalls(calls);
      }),
      { numRuns: RUNS },
    );
    expect(unhandledSoFar()).toEqual([]);
  });

  it('arbitrary JSON and form bodies', async () => {
    const body = fc.oneof(
      fc.json({ maxDepth: 4 }).map((json) => ({ body: json, contentType: 'application/json' })),
      fc.object({ maxDepth: 3 }).map((o) => eventRequest(o)),
      fc
        .dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 30 }), { maxKeys: 5 })
        .map((fields) => ({ body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' })),
      fc
        .json({ maxDepth: 3 })
        .map((json) => ({ body: new URLSearchParams({ payload: json }).toString(), contentType: 'application/x-www-form-urlencoded' })),
    );
    await fc.assert(
      fc.asyncProperty(body, async (request) => {
        const { status, calls } = await deliver(request);
        expect(status).toBeLessThan(500);
        checkCalls(calls);
      }),
      { numRuns: RUNS },
    );
    expect(unhandledSoFar()).toEqual([]);
    // Still serving real questions afterwards.
    bot.stub.reset();
    const { status } = await deliver(
      eventRequest({
        type: 'event_callback',
        team_id: 'T0001',
        event_id: nextEventId(),
        event: {
          type: 'app_mention',
          user: 'U0HUMAN1',
          channel: 'C0CHANNEL1',
          ts: '1700000000.000001',
          text: '<@UBOT0001> Can containers run on virtual machines?',
        },
      }),
    );
    expect(status).toBe(200);
    expect(JSON.stringify(bot.stub.callsTo('chat.postMessage')[0]?.args.blocks)).toContain('Seamlessly');
  });
});

describe('fuzz: the question pipeline behind mentions and DMs', () => {
  it('replies within Slack limits and without pings for any question, in a channel and in a DM', () => {
    const deps = { knowledge: () => bot.knowledge, feedback: bot.feedback, logger: bot.app.logger as never, config: bot.config };
    fc.assert(
      fc.property(text, fc.constantFrom('channel' as const, 'dm' as const), (question, surface) => {
        const reply = replyToQuestion(deps, question, surface, 'U0HUMAN1');
        expect(slackLimitViolations(reply)).toEqual([]);
        expect(JSON.stringify(reply)).not.toMatch(PING_MARKUP);
        expect(displayed(reply)).not.toMatch(PING);
      }),
      { numRuns: RUNS },
    );
  });
});
