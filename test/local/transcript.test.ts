import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Transcript tests: the real `npm start` / `tsx src/index.ts`, no Slack configuration, lines on
 * stdin, assertions on stdout. Everything between is the production path: config, knowledge,
 * the Slack app and its listeners, the local receiver and Web API.
 */

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'local-chat-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let runs = 0;
function localEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  runs += 1;
  // Empty Slack variables mean "not set" and override any .env file: a fresh clone's setup.
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SLACK_BOT_TOKEN: '',
    SLACK_APP_TOKEN: '',
    SLACK_SIGNING_SECRET: '',
    SLACK_MODE: '',
    NO_COLOR: '1',
    KNOWLEDGE_WATCH: 'false',
    CACHE_DIR: join(scratch, `cache-${runs}`),
    DATA_DIR: join(scratch, `data-${runs}`),
    ...extra,
  };
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(
  command: string,
  args: string[],
  input: string | ((child: ReturnType<typeof spawn>, stdout: () => string) => void),
  env: NodeJS.ProcessEnv = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: localEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (typeof input === 'string') child.stdin.end(input);
    else input(child, () => stdout);
  });
}

// tsx's loader in this process, not the tsx CLI, whose own child would outlive a kill of the CLI.
const fromSource = ['--import', 'tsx', 'src/index.ts'];

/** Splits a transcript into turns: each line typed and everything printed until the next one. */
function turns(stdout: string): Array<{ line: string; reply: string }> {
  return stdout
    .split(/^you › /m)
    .slice(1)
    .map((chunk) => {
      const [line = '', ...rest] = chunk.split('\n');
      return { line, reply: rest.join('\n') };
    });
}

const SEAMLESS = /containers can run seamlessly on virtual machines/i;
const BUTTONS = /\[1\] \S.*\s{2}\[2\] \S/;

describe('npm start with no Slack configuration', () => {
  it("runs the issue's script: a passage, two recommendations, numbered buttons, exit 0", async () => {
    const script = [
      'can containers run on virtual machines?',
      '/containers-or-vms kernel=custom',
      '/containers-or-vms',
      ...Array(7).fill('1'),
    ];
    const result = await run('npm', ['start', '--silent'], `${script.join('\n')}\n`);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('local mode');
    const t = turns(result.stdout);
    expect(t.map((x) => x.line)).toEqual(script);

    // The question, as a DM, quotes the passage saying containers run seamlessly on VMs.
    expect(t[0]!.reply).toMatch(/^bot \(DM\):/);
    expect(t[0]!.reply).toMatch(SEAMLESS);
    // kernel=custom is answered at once, with VMs.
    expect(t[1]!.reply).toMatch(/Recommendation: VMs/);
    expect(t[1]!.reply).toContain('only you can see this');
    // The flow starts with a question and numbered buttons, and each click replaces it.
    expect(t[2]!.reply).toMatch(BUTTONS);
    expect(t[2]!.reply).not.toMatch(/Recommendation:/);
    const clicks = t.slice(3);
    expect(clicks.every((c) => /\(#local, only you can see this, updated\)|\(DM/.test(c.reply))).toBe(true);
    const recommended = clicks.findIndex((c) => /Recommendation: /.test(c.reply));
    expect(recommended).toBeGreaterThan(0);
    expect(clicks[recommended]!.reply).toContain('updated');
    expect(clicks[recommended]!.reply).toMatch(BUTTONS);
    // Two recommendations in all: the one at once, and the one at the end of the flow.
    const recommendations = t.filter((x) => /^\s+\S*\s*Recommendation: /m.test(x.reply) && x.reply.includes('only you can see this'));
    expect(recommendations.length).toBeGreaterThanOrEqual(2);
    // Logs stay off stdout.
    expect(result.stdout).not.toMatch(/^\{"level"/m);
  });

  it('answers help, App Home, a mention in a thread, explains bad input, and stops at /quit', async () => {
    const script = [
      '/help',
      '/home',
      '@bot can containers run on virtual machines?',
      '/containers-or-vms kernel=banana',
      '/containers-or-vms help',
      '/deploy now',
      '42',
      'help',
    ];
    // Lines after /quit are left unread.
    const result = await run(
      process.execPath,
      fromSource,
      `${[...script, '/quit', 'can containers run on virtual machines?'].join('\n')}\n`,
    );
    expect(result.code, result.stderr).toBe(0);
    const t = turns(result.stdout);
    expect(t.map((x) => x.line)).toEqual([...script, '/quit']);
    const [help, home, mention, badFactor, commandHelp, unknownCommand, badNumber, dmHelp] = t.map((x) => x.reply);

    expect(help).toContain('/containers-or-vms');
    expect(help).toContain('/quit');
    expect(home).toMatch(/^bot \(App Home\):/);
    expect(home).toContain('/containers-or-vms');
    expect(mention).toMatch(/^bot \(#local, in thread\):/);
    expect(mention).toMatch(SEAMLESS);
    // An unknown value gets an ephemeral message naming what is allowed.
    expect(badFactor).toContain('only you can see this');
    expect(badFactor).toContain('banana');
    expect(badFactor).toContain('custom');
    expect(commandHelp).toContain('only you can see this');
    expect(commandHelp).toContain('kernel');
    expect(unknownCommand).toMatch(/^\/deploy is not a command here\. Type \/help/);
    expect(badNumber).toMatch(/^There is no button 42/);
    expect(dmHelp).toMatch(/^bot \(DM\):/);
    expect(result.stdout).not.toMatch(/^\{"level"/m);
  });

  it('holds a conversation: "> " follow-ups in the thread, "# " messages in a help channel, choices recommended and updated', async () => {
    const script = [
      '> is that right?',
      '@bot can containers run on virtual machines?',
      '> does that need any special configuration?',
      '> thanks!',
      '# what is the best pizza topping in Naples?',
      '# Can containers run on virtual machines?',
      'our app needs a custom kernel driver loaded. will that fly in docker or do we need a vm',
      '@bot vm or container for our microservices?',
      '> what if one service needs a custom kernel module?',
      '1',
      '> what time is it?',
      '> @bot thanks!',
    ];
    const result = await run(process.execPath, fromSource, `${script.join('\n')}\n`, { AUTO_ANSWER_CHANNELS: 'C0LOCAL' });
    expect(result.code, result.stderr).toBe(0);
    const t = turns(result.stdout);
    expect(t.map((x) => x.line)).toEqual(script);
    const [noThread, mention, followUp, thanks, offTopic, helpChannel, dmChoice, choice, update, answerRest, clock, thanked] = t.map(
      (x) => x.reply,
    );
    expect(noThread).toMatch(/^There is no bot reply in #local to reply to yet/);
    expect(mention).toMatch(SEAMLESS);
    // The follow-up alone matches nothing; in the thread's context it gets the passage's advice on configuration.
    expect(followUp).toMatch(/^bot \(#local, in thread\):/);
    expect(followUp).toContain('proper configuration is essential');
    expect(thanks).toMatch(/^\(no reply/);
    expect(offTopic).toMatch(/^\(no reply/);
    expect(helpChannel).toMatch(/^bot \(#local, in thread\):/);
    expect(helpChannel).toMatch(SEAMLESS);
    // Issue 11: the kernel-driver question typed as a DM gets a recommendation for VMs with its reasons.
    expect(dmChoice).toMatch(/^bot \(DM\):/);
    expect(dmChoice).toContain('Recommendation: VMs');
    expect(dmChoice).toContain('kernel=custom');
    expect(dmChoice).toMatch(/Why\n {2}• .*kernel/);
    expect(choice).toContain('Recommendation: containers');
    expect(update).toMatch(/^bot \(#local, in thread\):/);
    expect(update).toContain('Updated: kernel=custom added. The recommendation changes from containers to VMs.');
    // "Answer the other questions" opens the flow with what was said already answered.
    expect(answerRest).toContain('Question 1 of 5');
    expect(answerRest).toContain('So far: `kernel=custom architecture=microservices`');
    // Chatter in the thread is no follow-up: unasked it gets nothing, and thanks to a mention get thanks.
    expect(clock).toMatch(/^\(no reply/);
    expect(thanked).toContain('Any time');
  });

  it('makes #local a help channel with "/containers-or-vms auto-answer on" as an admin, kept in DATA_DIR across a restart', async () => {
    const dataDir = join(scratch, 'auto-answer-data');
    const question = '# Can containers run on virtual machines?';
    const script = [
      question,
      '/containers-or-vms auto-answer',
      '/containers-or-vms auto-answer on',
      question,
      '# what is the best pizza topping in Naples?',
      '/containers-or-vms auto-answer off',
      question,
      '/containers-or-vms auto-answer on',
    ];
    const first = await run(process.execPath, fromSource, `${script.join('\n')}\n`, { ADMIN_USER_IDS: 'U0LOCAL', DATA_DIR: dataDir });
    expect(first.code, first.stderr).toBe(0);
    const t = turns(first.stdout);
    expect(t.map((x) => x.line)).toEqual(script);
    const [before, shown, on, answered, offTopic, off, silent, onAgain] = t.map((x) => x.reply);
    expect(before).toMatch(/^\(no reply: .*\/containers-or-vms auto-answer on \(as an admin: ADMIN_USER_IDS=U0LOCAL\)/);
    expect(shown).toContain('only you can see this');
    expect(shown).toMatch(/Auto-answer is \*?off\*? in this channel/);
    expect(shown).toContain('no admin has set it here');
    expect(on).toMatch(/Auto-answer is now \*?on\*? in this channel/);
    expect(answered).toMatch(/^bot \(#local, in thread\):/);
    expect(answered).toMatch(SEAMLESS);
    expect(offTopic).toMatch(/^\(no reply/);
    expect(off).toMatch(/Auto-answer is now \*?off\*?/);
    expect(silent).toMatch(/^\(no reply/);
    expect(onAgain).toMatch(/now \*?on\*?/);

    // A restart on the same DATA_DIR keeps the setting; someone not in ADMIN_USER_IDS cannot change it.
    const second = await run(process.execPath, fromSource, `${[question, '/containers-or-vms auto-answer off', question].join('\n')}\n`, {
      DATA_DIR: dataDir,
    });
    expect(second.code, second.stderr).toBe(0);
    const [kept, refused, stillOn] = turns(second.stdout).map((x) => x.reply);
    expect(kept).toMatch(SEAMLESS);
    expect(refused).toContain('Only the admins listed in ADMIN_USER_IDS can turn auto-answer on or off.');
    expect(stillOn).toMatch(SEAMLESS);
  });

  it('exits 0 on Ctrl-C (SIGINT), even in the middle of a conversation', async () => {
    const result = await run(process.execPath, fromSource, (child, stdout) => {
      let sent = false;
      child.stdout!.on('data', () => {
        if (sent || !stdout().includes('you › ')) return;
        sent = true;
        child.kill('SIGINT');
      });
      child.stdin!.write('can containers run on virtual machines?\n');
    });
    expect(result.signal).toBeNull();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/"level":"(error|fatal)"/);
  });
});
