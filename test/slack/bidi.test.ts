import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReportTables, renderReportSummary } from '../../src/store/report.js';
import { databasePath, SqliteFeedbackStore } from '../../src/store/sqlite-feedback-store.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { mentionEvent } from '../support/fixtures.js';
import { eventRequest } from '../support/signed-request.js';

/** Bidirectional overrides and isolates never reach a reply or the report ("Trojan Source"). */

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const RLO = '\u202E';
const LRI = '\u2066';
const PDI = '\u2069';

let dir: string;
let store: SqliteFeedbackStore;
let bot: BotHarness;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bidi-'));
  const knowledge = join(dir, 'knowledge');
  mkdirSync(knowledge);
  writeFileSync(
    join(knowledge, 'tricky.md'),
    [
      `# Hypervisor ${RLO}scheduling${PDI} notes`,
      '',
      `## How does a hypervisor schedule virtual CPUs?`,
      '',
      `A hypervisor schedules virtual CPUs onto physical cores ${RLO}gnitirw${PDI} and ${LRI}isolates${PDI} each guest from the others.`,
      '',
    ].join('\n'),
  );
  store = SqliteFeedbackStore.open(databasePath(dir), { hashKey: 'bidi-test-key-0123456789abcdef01234567' });
  bot = await startBot({ knowledgeDir: knowledge, deps: { feedback: store } });
});
afterAll(async () => {
  await bot.stop();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bidirectional controls', () => {
  it('are removed from a reply quoting knowledge that holds them', async () => {
    bot.stub.reset();
    await bot.send(eventRequest(mentionEvent('<@UBOT0001> How does a hypervisor schedule virtual CPUs?')));
    const post = bot.stub.callsTo('chat.postMessage')[0]!;
    const sent = JSON.stringify(post.args);
    expect(sent).toContain('schedules virtual CPUs');
    expect(BIDI.test(sent)).toBe(false);
  });

  it('are removed from stored questions and from every form of the report', async () => {
    await bot.send(eventRequest(mentionEvent(`<@UBOT0001> which pizza ${RLO}oven${PDI} is ${LRI}best${PDI}?`)));
    const report = store.report();
    expect(report.unanswered.map((q) => q.question)).toEqual(['which pizza oven is best?']);
    expect(BIDI.test(formatReportTables(report))).toBe(false);
    expect(BIDI.test(renderReportSummary(report).join('\n'))).toBe(false);
  });
});
