import { expectLinearTime, fill } from '../support/linear-time.js';
import { describe, expect, it } from 'vitest';
import { redactQuestion, redactSlackMarkup } from '../../src/store/redact.js';

describe('redactQuestion', () => {
  it('replaces user, group and channel mentions and specials written as Slack markup', () => {
    expect(redactQuestion('<@U0BOT123> should <@U0ALICE42|alice> use VMs?')).toBe('@someone should @someone use VMs?');
    expect(redactQuestion('ask <!subteam^S0PLATFORM|@platform> or <!here>')).toBe('ask @group or @here');
    expect(redactQuestion('as said in <#C0GENERAL|general>')).toBe('as said in #channel');
    expect(redactQuestion('since <!date^1392734382^{date_short}|Feb 18, 2014> <!foo|bar>ok')).toBe('since [date] ok');
  });

  it('replaces emails, links and message permalinks, with or without markup', () => {
    expect(redactQuestion('mail bob.smith@example.com or <mailto:bob@example.com|bob@example.com>')).toBe('mail [email] or [email]');
    expect(redactQuestion('see <https://acme.slack.com/archives/C0123ABC/p1700000000123456|this thread>, is it right?')).toBe(
      'see [message link], is it right?',
    );
    expect(redactQuestion('https://acme.slack.com/archives/C0123ABC/p1700000000123456 why?')).toBe('[message link] why?');
    expect(redactQuestion('see <https://wiki.acme.internal/alice-notes|Alice Smith notes> and (https://kubernetes.io/docs/).')).toBe(
      'see [link] and ([link]).',
    );
  });

  it('replaces plain-text leftovers: handles, team handles, channel names and pasted user ids', () => {
    expect(redactQuestion('@alice.smith and @security-team said #project-bluefin should use VMs')).toBe(
      '@someone and @someone said #channel should use VMs',
    );
    expect(redactQuestion('what did U0123ABCD mean (@bob)?')).toBe('what did @someone mean (@someone)?');
  });

  it('leaves ordinary words, code, C#, numbers and broadcasts alone', () => {
    const plain = 'UNDERSTANDING WINDOWS overhead in C# for KVM on x86_64, List<String> and #1 choice; @here';
    expect(redactQuestion(plain)).toBe(plain);
  });

  it('is idempotent and keeps whitespace', () => {
    const once = redactQuestion('<@U0ALICE42|alice>\n\tmail a@b.io  <#C1|ops>');
    expect(once).toBe('@someone\n\tmail [email]  #channel');
    expect(redactQuestion(once)).toBe(once);
  });

  it('leaves no label of Slack markup behind', () => {
    expect(redactSlackMarkup('<@U1|alice.smith> <!subteam^S1|@security-team> <#C1|project-bluefin> <https://x.io|Bob>')).toBe(
      '@someone @group #channel [link]',
    );
  });

  it('runs in linear time on adversarial input (10x the input costs about 10x, not 100x)', () => {
    expectLinearTime(
      redactQuestion,
      [
        (n: number) => 'a'.repeat(n),
        (n: number) => '<'.repeat(n),
        (n: number) => '<@'.repeat(n / 2),
        (n: number) => 'a.'.repeat(n / 2),
        (n: number) => '@a'.repeat(n / 2),
        (n: number) => '#a'.repeat(n / 2),
        (n: number) => `${'.'.repeat(n - 1)}a`,
        (n: number) => `<${'a'.repeat(n)}`,
        (n: number) => 'https://'.repeat(n / 8),
        (n: number) => '@a '.repeat(n / 3),
      ],
      (n) => fill('Should we run our own code in containers or in VMs? ', n),
    );
  });
});
