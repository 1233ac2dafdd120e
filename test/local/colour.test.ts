import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { loadKnowledgeBase } from '../../src/knowledge/base.js';
import { startLocalChat } from '../../src/local/chat.js';
import { createLogger } from '../../src/logger.js';

/** startLocalChat with the real Slack app in-process: colour follows the terminal and NO_COLOR. */

async function chatOutput(env: Record<string, string>, isTTY: boolean): Promise<{ code: number; text: string }> {
  const config = parseConfig({ SLACK_MODE: 'local', ...env });
  const logger = createLogger('silent');
  const knowledge = await loadKnowledgeBase('knowledge');
  const deps = { knowledge: () => knowledge, feedback: { recordFeedback: () => undefined, recordGap: () => undefined }, logger, config };
  const input = new PassThrough();
  const output = Object.assign(new PassThrough(), { isTTY });
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  input.end('can containers run on virtual machines?\n');
  const code = await startLocalChat({ config, logger, deps, input, output });
  return { code, text };
}

const ANSI = /\u001b\[[0-9;]*m/;

describe('colour in the local chat', () => {
  it('styles the transcript on a terminal', async () => {
    const { code, text } = await chatOutput({}, true);
    expect(code).toBe(0);
    expect(text).toMatch(ANSI);
    expect(text).toContain('\u001b[1mbot\u001b[22m (DM):');
  });

  it('prints plain text when NO_COLOR is set, even on a terminal', async () => {
    const { text } = await chatOutput({ NO_COLOR: '1' }, true);
    expect(text).toContain('bot (DM):');
    expect(text).not.toMatch(ANSI);
  });

  it('prints plain text when stdout is not a terminal', async () => {
    const { text } = await chatOutput({}, false);
    expect(text).toMatch(/containers can run seamlessly on virtual machines/i);
    expect(text).not.toMatch(ANSI);
  });
});
