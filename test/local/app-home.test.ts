import { PassThrough, Writable } from 'node:stream';
import { webApi as slackWebApi } from '@slack/bolt';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/base.js';
import { runLocalChat } from '../../src/local/chat.js';
import { startLocalWebApi } from '../../src/local/web-api.js';
import { LocalWorkspace, MODAL_HINT } from '../../src/local/workspace.js';
import { createLogger } from '../../src/logger.js';
import { createSlackApp } from '../../src/slack/app.js';
import { RecordingFeedbackSink } from '../support/bot-harness.js';

/** App Home's buttons in the terminal chat: the real Slack app, in process, driven line by line. */

let knowledge: KnowledgeBase;
beforeAll(async () => {
  knowledge = await loadKnowledgeBase('knowledge', { maxFileBytes: 5_000_000 });
});

async function chat(lines: string[]): Promise<{ turns: string[]; errors: unknown[] }> {
  const config = parseConfig({ SLACK_MODE: 'local', KNOWLEDGE_DIR: 'knowledge', LOG_LEVEL: 'error', NO_COLOR: '1' });
  const logger = createLogger('error', new Writable({ write: (_c, _e, done) => done() }));
  const deps = { knowledge: () => knowledge, feedback: new RecordingFeedbackSink(), logger, config };
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  input.end(lines.map((l) => `${l}\n`).join(''));
  const errors: unknown[] = [];
  await runLocalChat({
    createApp: (transport) => createSlackApp(deps, transport),
    input,
    output,
    colour: false,
    logger: { error: (e: unknown) => errors.push(e) },
  });
  // Each typed line is echoed; what follows it until the next is the reply.
  return {
    turns: text
      .split(/^you › /m)
      .slice(1)
      .map((t) => t.slice(t.indexOf('\n') + 1)),
    errors,
  };
}

describe('App Home in the local chat', () => {
  it('"Start the decision flow" posts step 1 in the DM, and its buttons continue the flow there', async () => {
    const { turns, errors } = await chat(['/home', '2', '1']);
    expect(errors).toEqual([]);
    const [home, start, next] = turns;
    expect(home).toMatch(/\[1\] ❓ Ask a question {2}\[2\] 🧭 Start the decision flow/);
    expect(start).toMatch(/^bot \(DM\):\n {2}Question 1 of \d/);
    expect(next).toMatch(/^bot \(DM, updated\):\n {2}Question 2 of \d/);
  });

  it('"Ask a question" shows the modal and says it cannot be filled in here', async () => {
    const { turns, errors } = await chat(['/home', '1']);
    expect(errors).toEqual([]);
    const modal = turns[1]!;
    expect(modal).toMatch(/^bot \(modal: Ask a question\):\n {2}Your question: \(plain text input: e\.g\. /);
    expect(modal).toContain(MODAL_HINT);
    expect(modal).not.toContain('(no reply)');
  });
});

describe('local Web API views.open', () => {
  it('needs a trigger_id and a modal with a title, as Slack does', async () => {
    const printed: string[] = [];
    const api = await startLocalWebApi(new LocalWorkspace({ colour: false, write: (t) => printed.push(t) }));
    const client = new slackWebApi.WebClient('xoxb-local', {
      slackApiUrl: api.apiUrl,
      fetch: api.fetch,
      retryConfig: { retries: 0 },
      logLevel: slackWebApi.LogLevel.ERROR,
    });
    try {
      const view = {
        type: 'modal' as const,
        title: { type: 'plain_text' as const, text: 'Hi' },
        blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'Hello' } }],
      };
      await expect(client.views.open({ trigger_id: '', view })).rejects.toMatchObject({ data: { error: 'invalid_trigger_id' } });
      await expect(client.views.open({ trigger_id: '1.2.3', view: { ...view, type: 'home' } as never })).rejects.toMatchObject({
        data: { error: 'invalid_arguments' },
      });
      expect(await client.views.open({ trigger_id: '1.2.3', view })).toMatchObject({
        ok: true,
        view: { type: 'modal', id: expect.stringMatching(/^V/) },
      });
      expect(printed).toEqual(['bot (modal: Hi):\n  Hello\n', `${MODAL_HINT}\n`]);
    } finally {
      await api.close();
    }
  });
});
