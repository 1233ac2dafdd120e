import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath, SqliteFeedbackStore } from '../../src/store/sqlite-feedback-store.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { directMessageEvent, mentionEvent } from '../support/fixtures.js';
import { eventRequest } from '../support/signed-request.js';

/** What the real app stores from real deliveries: the words of a question, never who or where. */

const LEAKS = [
  'alice',
  'smith',
  'security-team',
  'platform',
  'bluefin',
  'redfin',
  'carol',
  'example.com',
  'wiki.acme',
  'Dave',
  'U0ALICE42',
  'S0SEC',
  'C0BLUE',
];

let dir: string;
let store: SqliteFeedbackStore;
let bot: BotHarness;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'privacy-'));
  store = SqliteFeedbackStore.open(databasePath(dir), { hashKey: 'privacy-test-key-0123456789abcdef01234' });
  bot = await startBot({ deps: { feedback: store } });
});
afterAll(async () => {
  await bot.stop();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const rawDatabase = () =>
  ['', '-wal']
    .map((s) => databasePath(dir) + s)
    .filter(existsSync)
    .map((p) => readFileSync(p).toString('latin1'))
    .join('');

describe('questions kept as knowledge gaps', () => {
  it('hold no names, groups, channels, emails or links, from markup or plain text', async () => {
    await bot.send(
      eventRequest(
        mentionEvent(
          '<@UBOT0001> did <@U0ALICE42|alice.smith> and <!subteam^S0SEC|@security-team> pick a pizza oven for <#C0BLUE|project-bluefin>?',
        ),
      ),
    );
    await bot.send(
      eventRequest(
        directMessageEvent(
          'what pizza oven do @alice.smith, @platform and #project-redfin use? mail carol@example.com or see <https://wiki.acme.internal/x|Dave notes>',
        ),
      ),
    );
    const report = store.report();
    expect(report.unanswered).toHaveLength(2);
    const stored = report.unanswered.map((q) => q.question).join('\n');
    expect(stored).toContain('pizza oven');
    expect(stored).toContain('@someone');
    expect(stored).toContain('#channel');
    const raw = rawDatabase();
    for (const leak of LEAKS) {
      expect(stored).not.toContain(leak);
      expect(raw).not.toContain(leak);
    }
    expect(raw).not.toMatch(/salt/i);
  });
});

describe('the question the listeners hand on', () => {
  it('is already redacted before it reaches the answer, the buttons or any store', async () => {
    const plain = await startBot();
    try {
      await plain.send(
        eventRequest(mentionEvent('<@UBOT0001> which pizza oven did <@U0ALICE42|alice.smith> and <#C0BLUE|project-bluefin> pick?')),
      );
      await plain.send(eventRequest(mentionEvent('<@UBOT0001> Can <@U0ALICE42|alice.smith> run containers on virtual machines?')));
      const post = await plain.stub.waitFor(
        (c) => c.method === 'chat.postMessage' && JSON.stringify(c.args.blocks).includes('feedback_helpful'),
      );
      const handedOn = [...plain.feedback.gaps.map((g) => g.question), JSON.stringify(post.args.blocks)].join('\n');
      expect(plain.feedback.gaps.at(-1)?.question).toBe('which pizza oven did @someone and #channel pick?');
      for (const leak of LEAKS) expect(handedOn).not.toContain(leak);
    } finally {
      await plain.stop();
    }
  });
});
