import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionEvent } from '../support/fixtures.js';
import { logLines, startMain, waitForLine, type MainProcess } from '../support/main-process.js';
import { eventRequest, send } from '../support/signed-request.js';
import { SlackApiStub } from '../support/slack-api-stub.js';

/**
 * The running bot (src/index.ts as a real process, signed HTTP requests, the Web API stub) on a
 * hostile knowledge folder: links out of it, a token written into it, and crafted files that
 * used to freeze the splitter, arriving by hot reload while people keep asking.
 */

const BOT_TOKEN = 'xoxb-1357924680-2468013579246-Sec9Fs8Test7Token6Value5';
const SIGNING_SECRET = '5f4dcc3b5aa765d61d8327deb882cf99';
// Shaped like Slack's credentials, written into a knowledge file by someone who should not have.
const LEAKED_TOKEN = 'xoxb-9999999999-8888888888888-LeakedByAKnowledgeFile';
const LEAKED_SECRET = '0fa1b2c3d4e5f60718293a4b5c6d7e8f';
const OUTSIDE_WORDS = 'Quokka marmalade telescopes';

let scratch: string;
let stub: SlackApiStub;
let run: MainProcess;
let origin: string;
let dir: string;
let cacheDir: string;

const ask = (text: string) => send(`${origin}/slack/events`, eventRequest(mentionEvent(`<@UBOT0001> ${text}`)), { secret: SIGNING_SECRET });
const reloads = () => logLines(run.stderr()).filter((l) => l.msg === 'knowledge reloaded');
const posted = () => JSON.stringify(stub.calls.map((c) => c.args));

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'knowledge-security-'));
  dir = join(scratch, 'kb');
  mkdirSync(join(dir, 'team'), { recursive: true });
  copyFileSync('knowledge/containers-vs-vms.md', join(dir, 'containers-vs-vms.md'));
  writeFileSync(join(dir, 'team', 'deploy.md'), [
    '# Deploying the bot',
    '',
    '## Which credentials does the staging deploy use?',
    '',
    `The staging deploy of the zebra pipeline uses the bot token ${LEAKED_TOKEN} and the signing secret ${LEAKED_SECRET}, rotated monthly.`,
    '',
  ].join('\n'));
  symlinkSync(join('team', 'deploy.md'), join(dir, 'deploy-link.md'));
  // Outside the folder: a file, a folder, and the bot's own working directory (where a .env would sit).
  mkdirSync(join(scratch, 'outside'));
  writeFileSync(join(scratch, 'outside', 'notes.md'), `# Outside notes\n\n## Where are the ${OUTSIDE_WORDS}?\n\nThe ${OUTSIDE_WORDS} are stored in the basement archive.\n`);
  symlinkSync(join(scratch, 'outside', 'notes.md'), join(dir, 'notes.md'));
  symlinkSync(join(scratch, 'outside'), join(dir, 'outside'));
  symlinkSync('/proc/self/cwd', join(dir, 'cwd'));

  cacheDir = join(scratch, 'cache');
  stub = await new SlackApiStub().start();
  run = startMain({
    HOME: scratch,
    DATA_DIR: join(scratch, 'data'),
    CACHE_DIR: cacheDir,
    SLACK_MODE: 'http',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: stub.apiUrl,
    KNOWLEDGE_DIR: dir,
    KNOWLEDGE_WATCH: 'true',
    PORT: '0',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  const [, port] = await waitForLine(run.stderr, /"port":(\d+)/);
  origin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  run?.child.kill('SIGKILL');
  await run?.exited;
  await stub?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a knowledge folder with links out of it', () => {
  it('skips each link out with a warning naming it, and loads the link inside', () => {
    const warned = logLines(run.stderr()).filter((l) => l.level === 'warn' && /outside the knowledge folder/.test(l.msg)).map((l) => l.source);
    expect(warned.sort()).toEqual(['cwd', 'notes.md', 'outside']);
    expect(logLines(run.stderr()).find((l) => l.msg === 'knowledge loaded')).toMatchObject({ files: 3 });
  });

  it('never quotes what lies outside, even asked for it by name', async () => {
    stub.reset();
    await ask(`Where are the ${OUTSIDE_WORDS}?`);
    // The bot's own README, reachable only through /proc/self/cwd, is not knowledge either.
    await ask('What does KNOWLEDGE_MAX_FILE_BYTES do?');
    await stub.waitFor((c) => c.method === 'chat.postMessage', 10_000);
    await waitForPosts(2);
    expect(posted()).not.toContain('basement archive');
    expect(posted()).not.toMatch(/cwd\/|outside\/notes|notes\.md/);
  });
});

describe('a token written into the knowledge', () => {
  it('is never posted: the passage is quoted with the token and the secret redacted', async () => {
    stub.reset();
    await ask('Which credentials does the staging deploy of the zebra pipeline use?');
    const post = await stub.waitFor((c) => c.method === 'chat.postMessage', 10_000);
    const blocks = JSON.stringify(post.args.blocks);
    expect(blocks).toContain('zebra pipeline');
    expect(blocks).toContain('xoxb-[Redacted]');
    for (const secret of [LEAKED_TOKEN, LEAKED_TOKEN.slice(5), LEAKED_SECRET, BOT_TOKEN.slice(5), SIGNING_SECRET]) {
      expect(posted()).not.toContain(secret);
    }
  });

  it('never enters the index cache, which only its owner can read', () => {
    const names = readdirSync(cacheDir);
    expect(names.length).toBeGreaterThan(0);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    for (const name of names) {
      expect(statSync(join(cacheDir, name)).mode & 0o777).toBe(0o600);
      const text = readFileSync(join(cacheDir, name), 'utf8');
      expect(text).not.toContain(LEAKED_TOKEN.slice(5));
      expect(text).not.toContain(LEAKED_SECRET);
      expect(text).not.toContain('basement archive');
    }
  });

  it('is named in the log as redacted, without the token itself', () => {
    const log = run.stderr();
    expect(logLines(log).some((l) => l.source === 'team/deploy.md' && /Slack token or secret/.test(l.msg))).toBe(true);
    expect(log).not.toContain(LEAKED_TOKEN.slice(5));
    expect(log).not.toContain(LEAKED_SECRET);
  });
});

// The shapes that froze the bot for seconds (a 3 KB heading line: 9 s; 40 KB of `[`: 15 s).
const crafted: Record<string, (size: number) => string> = {
  'heading.md': (n) => `# Crafted\n\n${fill(`# a${' '.repeat(4_000)}b\n`, n)}`,
  'brackets.md': (n) => `# Crafted\n\nx ${'['.repeat(n)}\n`,
  'images.md': (n) => `# Crafted\n\nx ${fill('![', n)}\n`,
  'links.md': (n) => `# Crafted\n\nx ${fill('[a](', n)}\n`,
  'emphasis.md': (n) => `# Crafted\n\nx ${fill('**a ', n)}\n`,
  'backticks.md': (n) => `# Crafted\n\nx ${fill('`a', n)}\n`,
  'comments.md': (n) => `# Crafted\n\nx ${fill('<!--', n)}\n`,
};
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

describe('crafted files arriving by hot reload', () => {
  it('load in linear time, and the bot acks mentions while they are being indexed', async () => {
    const reload = async (size: number) => {
      const before = reloads().length;
      for (const [name, make] of Object.entries(crafted)) writeFileSync(join(dir, 'crafted', name), make(size));
      const acks: { sent: number; acked: number; status: number }[] = [];
      // Ask all the way through the reload (the watcher waits 1 s for quiet first).
      while (reloads().length === before) {
        const sent = Date.now();
        const response = await ask('Can containers run on virtual machines?');
        await response.arrayBuffer();
        acks.push({ sent, acked: Date.now(), status: response.status });
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const done = reloads().at(-1)!;
      return { done, acks };
    };
    mkdirSync(join(dir, 'crafted'));
    const small = await reload(100_000);
    const large = await reload(1_000_000);
    expect(large.done).toMatchObject({ files: 3 + Object.keys(crafted).length });

    // Each reload logs when it finished (time) and how long it took (ms): that is the window.
    const end = large.done.time as number;
    const start = end - (large.done.ms as number);
    const during = large.acks.filter((a) => a.sent >= start && a.acked <= end);
    expect(during.length, `reload ${large.done.ms} ms`).toBeGreaterThan(0);
    expect(large.acks.every((a) => a.status === 200)).toBe(true);

    // 10x the bytes: a linear load lands near 10x the time (less, as part of a reload is fixed),
    // a quadratic one near 100x.
    expect((large.done.ms as number) / Math.max(small.done.ms as number, 1)).toBeLessThan(30);

    // And the bot still answers from the knowledge it had.
    stub.reset();
    await ask('Can containers run on virtual machines?');
    const post = await stub.waitFor((c) => c.method === 'chat.postMessage', 10_000);
    expect(JSON.stringify(post.args.blocks)).toContain('Can Containers Run on Virtual Machines Seamlessly?');
    // Two reloads of 1.1 MB while mentions keep arriving: seconds alone, far more when the
    // whole suite shares two cores.
  }, 180_000);
});

async function waitForPosts(count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (stub.calls.filter((c) => c.method === 'chat.postMessage').length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
