import { describe, expect, it } from 'vitest';
import { expectLinearTime, fill } from '../support/linear-time.js';
import { addressedToSomeoneElse, conversationOf, mentionsBot } from '../../src/slack/conversation.js';
import { CHATTER_REPLY } from '../../src/slack/render/answer.js';

const bot = { userId: 'UBOT0001', botId: 'BBOT0001' };
const recommendation = (state: unknown) => ({ event_type: 'containers_or_vms_recommendation', event_payload: { state } });

describe('conversationOf()', () => {
  const messages = [
    { ts: '100.000001', user: 'U0HUMAN1', text: '<@UBOT0001> vm or container for our microservices?' },
    {
      ts: '100.000002',
      user: 'UBOT0001',
      bot_id: 'BBOT0001',
      text: 'Recommendation: containers',
      metadata: recommendation('v1;architecture=microservices'),
    },
    { ts: '100.000003', user: 'U0HUMAN1', text: 'thanks!' },
    { ts: '100.000004', user: 'U0OTHER', bot_id: 'B0OTHER', text: 'what about a bot question?' },
    { ts: '100.000005', user: 'U0HUMAN2', text: 'does that need special configuration?' },
    { ts: '100.000009', user: 'U0HUMAN1', text: 'what if one service needs a custom kernel module?' },
  ];

  it("keeps people's earlier questions (not thanks, not bots, not the message itself or later ones) and the latest recommendation", () => {
    const c = conversationOf(messages, '100.000009', bot);
    expect(c.earlier).toEqual(['vm or container for our microservices?', 'does that need special configuration?']);
    expect(c.recommendation).toEqual({ answers: { architecture: 'microservices' }, skipped: [] });
    expect(conversationOf(messages, '100.000002', bot)).toEqual({ earlier: ['vm or container for our microservices?'] });
  });

  it('keeps a DM statement that introduced a workload of theirs, with no mention (round-46 local chat check), not chatter', () => {
    const dm = [
      { ts: '200.000001', user: 'U0HUMAN1', text: "We're a brickworks building a web portal for custom brick orders." },
      { ts: '200.000002', user: 'UBOT0001', bot_id: 'BBOT0001', text: 'Any time.' },
      { ts: '200.000003', user: 'U0HUMAN1', text: 'lol nice weather today' },
    ];
    expect(conversationOf(dm, '200.000009', bot).earlier).toEqual(["We're a brickworks building a web portal for custom brick orders."]);
  });

  it('reads what its latest reply left: an offer closes the recommendation before it, and anything else the offer', () => {
    const offer = (ts: string, blocks = [{ block_id: 'offer_flow' }]) => ({
      ts,
      user: 'UBOT0001',
      bot_id: 'BBOT0001',
      text: 'Short answer: …',
      blocks,
      metadata: { event_type: 'containers_or_vms_flow_offered', event_payload: { offered: 'flow', asker: 'U0HUMAN1' } },
    });
    const answer = (ts: string) => ({ ts, user: 'UBOT0001', bot_id: 'BBOT0001', text: 'Short answer: containers start fast' });
    const [first, recommended] = [messages[0]!, messages[1]!];
    expect(conversationOf([first, recommended, offer('100.000003')], '100.000009', bot)).toMatchObject({
      offered: true,
      offeredTo: 'U0HUMAN1',
    });
    expect(conversationOf([first, recommended, offer('100.000003')], '100.000009', bot).recommendation).toBeUndefined();
    expect(conversationOf([first, offer('100.000001'), recommended], '100.000009', bot)).toMatchObject({
      recommendation: { answers: { architecture: 'microservices' } },
    });
    expect(conversationOf([first, offer('100.000001'), recommended], '100.000009', bot).offered).toBeUndefined();
    expect(conversationOf([first, offer('100.000003'), answer('100.000004')], '100.000009', bot).offered).toBeUndefined();
    // The bot's "any time" to thanks leaves the offer open, as the core's replayed thread does (round-48 local chat check).
    const thanks = { ts: '100.000004', user: 'U0HUMAN1', text: 'thanks!' };
    const anyTime = { ts: '100.000005', user: 'UBOT0001', bot_id: 'BBOT0001', text: CHATTER_REPLY };
    expect(conversationOf([first, offer('100.000003'), thanks, anyTime], '100.000009', bot)).toMatchObject({ offered: true });
    // An answer to someone else in the thread leaves the asker's offer open; one to the asker closes it.
    const other = { ts: '100.000004', user: 'U0HUMAN2', text: 'do containers start faster?' };
    expect(conversationOf([first, offer('100.000003'), other, answer('100.000005')], '100.000009', bot)).toMatchObject({
      offered: true,
      offeredTo: 'U0HUMAN1',
    });
    // Whoever asked last, not who posted "+1" while the bot was answering.
    const plusOne = { ts: '100.000005', user: 'U0HUMAN1', text: '+1 good q' };
    expect(conversationOf([first, offer('100.000003'), other, plusOne, answer('100.000006')], '100.000009', bot).offered).toBe(true);
    const following = { ts: '100.000006', user: 'U0HUMAN2', text: 'following' };
    const asked = { ts: '100.000005', user: 'U0HUMAN1', text: 'and how does licensing differ?' };
    expect(conversationOf([first, offer('100.000003'), asked, following, answer('100.000007')], '100.000009', bot).offered).toBeUndefined();
    const again = { ts: '100.000006', user: 'U0HUMAN1', text: 'and licensing?' };
    expect(
      conversationOf([first, offer('100.000003'), other, answer('100.000005'), again, answer('100.000007')], '100.000009', bot).offered,
    ).toBeUndefined();
    // An offer a vote replaced (its button gone) is offered no more, and still closed the recommendation before it.
    const voted = conversationOf([first, recommended, offer('100.000003', [{ block_id: 'feedback' }])], '100.000009', bot);
    expect(voted.offered).toBeUndefined();
    expect(voted.recommendation).toBeUndefined();
  });

  it('keeps what people told the bot or said of their workload, not their chatter', () => {
    const thread = [
      { ts: '200.000001', user: 'U0HUMAN1', text: '<@UBOT0001> need a custom kernel module for the capture card' },
      { ts: '200.000002', user: 'UBOT0001', bot_id: 'BBOT0001', text: 'Short answer: VMs are also better suited…' },
      { ts: '200.000003', user: 'U0HUMAN2', text: 'lol ok' },
      { ts: '200.000004', user: 'U0HUMAN2', text: 'we run untrusted customer code too' },
      { ts: '200.000005', user: 'U0HUMAN1', text: 'container ok?' },
    ];
    expect(conversationOf(thread, '200.000005', bot).earlier).toEqual([
      'need a custom kernel module for the capture card',
      'we run untrusted customer code too',
    ]);
  });

  it('ignores tampered or foreign metadata instead of failing', () => {
    for (const state of ['v1;kernel=banana', 'v9;kernel=custom', 42, undefined]) {
      const c = conversationOf([{ ts: '1.000001', user: 'UBOT0001', text: 'x', metadata: recommendation(state) }], '2.000000', bot);
      expect(c.recommendation).toBeUndefined();
    }
    const someoneElse = conversationOf(
      [{ ts: '1.000001', user: 'U0HUMAN1', text: 'x', metadata: recommendation('v1;kernel=custom') }],
      '2.000000',
      bot,
    );
    expect(someoneElse.recommendation).toBeUndefined();
  });
});

describe('who a message is for', () => {
  it('tells a message to someone else from one to the bot or to no one', () => {
    expect(addressedToSomeoneElse('<@U0HUMAN2> what do you think?', 'UBOT0001')).toBe(true);
    expect(addressedToSomeoneElse('<@UBOT0001> and licensing?', 'UBOT0001')).toBe(false);
    expect(addressedToSomeoneElse('and licensing?', 'UBOT0001')).toBe(false);
    expect(mentionsBot('<@UBOT0001|bot> why?', 'UBOT0001')).toBe(true);
    expect(mentionsBot('why?', 'UBOT0001')).toBe(false);
    expect(mentionsBot('<@UBOT0001> why?', undefined)).toBe(false);
  });

  it('counts @here, @channel, @everyone and a user group as addressed to others', () => {
    for (const text of [
      '<!here> can containers run on VMs?',
      '<!channel> is it safe?',
      '<!everyone|everyone> why?',
      '<!subteam^S0SEC1|@security-team> is this isolated?',
      '<!here|here> ok?',
    ]) {
      expect(addressedToSomeoneElse(text, 'UBOT0001'), text).toBe(true);
    }
    // Dates and other special markup name no one.
    expect(addressedToSomeoneElse('<!date^1392734382^{date}|Feb 18, 2014> was it?', 'UBOT0001')).toBe(false);
  });

  it('runs in linear time on adversarial input (10x the input costs about 10x, not 100x)', () => {
    const work = (text: string) => [addressedToSomeoneElse(text, 'UBOT0001'), mentionsBot(text, 'UBOT0001')];
    expectLinearTime(
      work,
      [
        (n: number) => fill('<@U1|', n),
        (n: number) => fill('<@UBOT0001|', n),
        (n: number) => fill('<!subteam^S1|', n),
        (n: number) => fill('<!here|', n),
        (n: number) => fill('<@', n),
        (n: number) => fill('<!', n),
        (n: number) => `<@U1${'|'.repeat(n)}`,
      ],
      (n) => fill('Should we run our own code in containers or in VMs? ', n),
    );
  });
});
