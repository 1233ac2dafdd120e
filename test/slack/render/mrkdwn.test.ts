import { describe, expect, it } from 'vitest';
import { clip, mrkdwn, plainText, quote, withoutBotMention } from '../../../src/slack/render/mrkdwn.js';
import { decodeFeedback, encodeFeedback } from '../../../src/slack/render/feedback.js';
import { topicsOf } from '../../../src/slack/render/topics.js';
import { isChoiceQuestion } from '../../../src/core/answer/explain.js';

describe('mrkdwn()', () => {
  it('escapes &, < and > so no Slack markup can form', () => {
    expect(mrkdwn('a & b <!channel> <@U1> <https://evil|good>')).toBe('a &amp; b &lt;!channel&gt; &lt;@U1&gt; &lt;https://evil|good&gt;');
  });
  it('breaks bare broadcast words with a word joiner', () => {
    expect(mrkdwn('ping @channel and @Here, not @channels')).toBe('ping @\u2060channel and @\u2060Here, not @channels');
  });
});

describe('plainText()', () => {
  it('turns incoming Slack markup into what the person saw', () => {
    expect(plainText('<@U1|ana> <!here> <!subteam^S1|@ops> <#C1|general> <https://x.io|docs> <https://y.io> a &lt;b&gt; &amp;lt;')).toBe(
      '@ana @here @ops #general docs (https://x.io) https://y.io a <b> &lt;',
    );
  });
  it('drops the bot mention from an app_mention', () => {
    expect(withoutBotMention('<@UBOT1> can <@UBOT1> containers run?', 'UBOT1')).toBe('can containers run?');
    expect(withoutBotMention('<@UBOT1|bot> hi', undefined)).toBe('hi');
  });
});

describe('clip()', () => {
  it('keeps short text and cuts long text to the limit with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    const cut = clip('x'.repeat(50), 10);
    expect(cut).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
  });
  it('never leaves half an entity or half a surrogate pair', () => {
    expect(clip('abc&amp;def', 6)).toBe('abc…');
    expect(clip('ab😀cd', 4)).toBe('ab…');
  });
  it('never exposes a broadcast word by cutting the word after it', () => {
    expect(clip(mrkdwn('hi @channel0 and more'), 12)).toBe('hi @\u2060channel…');
  });
  it('quote() prefixes every line', () => {
    expect(quote('a\nb')).toBe('> a\n> b');
  });
});

describe('feedback button values', () => {
  it('round-trip and stay within 2,000 characters even for a 2,000-character question full of escapes', () => {
    const question = '"\\<>&'.repeat(400);
    const value = encodeFeedback({ question, passageIds: ['a.md#1', 'b.md#2', 'c.md#3'], surface: 'dm' });
    expect(value.length).toBeLessThanOrEqual(2000);
    const back = decodeFeedback(value)!;
    expect(back.passageIds).toEqual(['a.md#1', 'b.md#2', 'c.md#3']);
    expect(back.surface).toBe('dm');
    expect(question.startsWith(back.question)).toBe(true);
  });
  it('refuse values that are not ours', () => {
    expect(decodeFeedback('v1;kernel=custom')).toBeUndefined();
    expect(decodeFeedback('{"q":1}')).toBeUndefined();
    expect(decodeFeedback(undefined)).toBeUndefined();
  });
});

describe('topicsOf()', () => {
  it('prefers headings phrased as questions, skips the title and repeats', () => {
    const passages = [
      { headings: ['Guide', 'Overview'] },
      { headings: ['Guide', 'FAQ', 'Why containers?'] },
      { headings: ['Guide', 'FAQ', 'Why containers?'] },
      { headings: ['Other', 'When to pick VMs?'] },
    ];
    expect(topicsOf(passages, 3)).toEqual(['Why containers?', 'When to pick VMs?', 'Overview']);
  });
  it('falls back to titles when there are no sections', () => {
    expect(topicsOf([{ headings: ['Only title'] }])).toEqual(['Only title']);
  });
});

describe('isChoiceQuestion()', () => {
  it.each([
    ['Should I use containers or VMs?', true],
    ['Which one is better for CI?', true],
    ['containers vs VMs for batch jobs', true],
    ['Can containers run on virtual machines?', false],
    ['How do performance metrics vary under high load?', false],
  ])('%s → %s', (question, expected) => {
    expect(isChoiceQuestion(question)).toBe(expected);
  });
});
