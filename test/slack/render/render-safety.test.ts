import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerPassage } from '../../../src/core/answer/answer.js';
import type { RecommendationResult } from '../../../src/core/recommend/recommend.js';
import { renderAnswer } from '../../../src/slack/render/answer.js';
import type { SlackMessage } from '../../../src/slack/render/blocks.js';
import { renderExplanation } from '../../../src/slack/render/explanation.js';
import { renderHelp } from '../../../src/slack/render/help.js';
import { plainText } from '../../../src/slack/render/mrkdwn.js';
import { renderNoAnswer } from '../../../src/slack/render/no-answer.js';
import { renderInputError, renderRecommendation } from '../../../src/slack/render/recommendation.js';
import { displayed, PING, PING_MARKUP, slackLimitViolations } from '../../support/slack-limits.js';

/**
 * Property: whatever a person types or the knowledge contains, the rendered blocks and the
 * fallback text carry no broadcast or group ping, no user mention, no disguised link, and
 * stay within Slack's limits.
 */

const HOSTILE = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!here|here>',
  '<!subteam^S0123|@oncall>',
  '@channel',
  '@here',
  '@everyone',
  '@Channel',
  '<@U0VICTIM>',
  '<@W0VICTIM|bob>',
  '<#C0123|general>',
  '<https://evil.example|https://good.example>',
  '<mailto:a@b.c|x>',
  '&lt;!channel&gt;',
  '&amp;',
  '<',
  '>',
  '&',
  '*',
  '_',
  '~',
  '`',
  '```',
  '\n',
  '\u2060',
  '\u0000',
  '😀',
  '\uD83D',
];

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));
const bigHostileText = fc.tuple(hostileText, fc.integer({ min: 0, max: 400 })).map(([t, n]) => t.repeat(Math.max(1, n)).slice(0, 120_000));

const passage = (text: string, heading: string, i: number): AnswerPassage => ({
  id: `kb/${i}.md#${i}`,
  source: `kb/${heading.slice(0, 30)}.md`,
  heading,
  headings: ['Title', heading],
  text,
  snippet: text.slice(0, 300),
  score: 10 - i,
});

const answerOf = (question: string, texts: string[], heading: string): Answer => ({
  question: question.slice(0, 2000),
  truncated: question.length > 2000,
  answered: true,
  coverage: 1,
  passages: texts.map((t, i) => passage(t || 'x', heading, i)),
});

function expectSafe(message: SlackMessage): void {
  const sent = JSON.stringify(message.blocks) + message.text;
  expect(sent).not.toMatch(PING_MARKUP);
  expect(displayed(message)).not.toMatch(PING);
  expect(sent).not.toMatch(/<@[UW]/);
  expect(sent).not.toMatch(/<(https?|mailto):/);
  expect(slackLimitViolations(message)).toEqual([]);
}

describe('rendered messages', () => {
  it('never ping, mention or disguise a link, and stay within limits, for any question and knowledge text', () => {
    fc.assert(
      fc.property(hostileText, fc.array(bigHostileText, { minLength: 1, maxLength: 3 }), hostileText, (rawQuestion, texts, heading) => {
        const question = plainText(rawQuestion);
        const answer = answerOf(question, texts, heading);
        expectSafe(renderAnswer(answer, 'channel'));
        expectSafe(
          renderExplanation({
            answer,
            supporting: answer.passages.slice(1),
            takeaway: { ...answer.passages[0]!, text: texts[0]! || 'x' },
            isChoice: true,
          }),
        );
        expectSafe(renderNoAnswer(answer, [heading || 'x', question || 'y']));
        expectSafe(renderInputError(question));
        expectSafe(renderHelp([question || 'q']));
      }),
      { numRuns: 300 },
    );
  });

  it('recommendations quoting hostile knowledge and echoing hostile input stay safe', () => {
    fc.assert(
      fc.property(bigHostileText, hostileText, hostileText, (quote, words, heading) => {
        const evidence = { source: `kb/${heading.slice(0, 20)}.md`, heading, text: quote || 'x' };
        const result: RecommendationResult = {
          recommendation: 'containers-on-vms',
          confidence: 'low',
          rule: 'no-clear-signal',
          unanswered: ['density'],
          reasons: [{ factor: 'isolation', value: 'high', summary: words || 's', evidence }],
          caveats: [{ summary: words || 'c', evidence }],
          closeCall: {
            summary: words || 'close',
            alternative: 'vms',
            tipFactor: 'speed',
            tipValue: 'low',
            against: [{ summary: words || 'a', evidence }],
          },
        };
        const understood = [{ factor: 'isolation' as const, value: 'high', from: 'text' as const, words: plainText(words) }];
        const state = { answers: { isolation: 'high' as const }, skipped: [] };
        expectSafe(renderRecommendation(result, { state, understood }));
        expectSafe(renderRecommendation(result, { state, detail: 'full' }));
        const shared = renderRecommendation(result, { state, sharedBy: plainText(words) });
        expect(displayed(shared)).not.toMatch(PING);
      }),
      { numRuns: 100 },
    );
  });
});
