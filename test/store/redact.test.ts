import { describe, expect, it } from 'vitest';
import { redactQuestion } from '../../src/store/redact.js';

describe('redactQuestion', () => {
  it('replaces user, group and channel mentions', () => {
    expect(redactQuestion('<@U0BOT123> should <@U0ALICE42|alice> use VMs?')).toBe('@someone should @someone use VMs?');
    expect(redactQuestion('ask <!subteam^S0PLATFORM|@platform> or <!here>')).toBe('ask @group or @here');
    expect(redactQuestion('as said in <#C0GENERAL|general>')).toBe('as said in #channel');
  });

  it('replaces emails and message permalinks', () => {
    expect(redactQuestion('mail bob.smith@example.com or <mailto:bob@example.com|bob@example.com>')).toBe('mail [email] or [email]');
    expect(redactQuestion('see <https://acme.slack.com/archives/C0123ABC/p1700000000123456|this thread>, is it right?'))
      .toBe('see [message link], is it right?');
    expect(redactQuestion('https://acme.slack.com/archives/C0123ABC/p1700000000123456 why?')).toBe('[message link] why?');
  });

  it('replaces a pasted user id but leaves ordinary words and links alone', () => {
    expect(redactQuestion('what did U0123ABCD mean')).toBe('what did @someone mean');
    const plain = 'UNDERSTANDING WINDOWS overhead: see https://kubernetes.io/docs/concepts/ for KVM on x86_64';
    expect(redactQuestion(plain)).toBe(plain);
  });
});
