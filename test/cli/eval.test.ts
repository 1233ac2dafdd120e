import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

async function evaluate(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['dist/cli/eval.js', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let tmp: string;
let questions: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'eval-'));
  questions = join(tmp, 'set.json');
  await writeFile(
    questions,
    JSON.stringify({
      seed: [
        { q: 'why do containers start faster than vms?', expect: ['share the host OS kernel'] },
        { q: 'can containers run on vms?', expect: ['Yes, containers can run seamlessly on virtual machines'] },
      ],
      offtopic: ['best pizza in naples?', 'capital of australia?'],
    }),
  );
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('npm run eval -- --reworded', () => {
  it("scores the tuning half's rewordings with their originals' labels, and never the check half's", async () => {
    const rewordings = join(tmp, 'reworded.json');
    await writeFile(
      rewordings,
      JSON.stringify({
        'set.json': {
          seed: {
            '0': ['how come containers boot quicker than virtual machines?', 'what is the best pizza in naples?'],
            '1': ['never scored'],
          },
          offtopic: { '0': ['where do i get good pizza in naples?'] },
        },
      }),
    );
    const { code, stdout } = await evaluate([
      '--json',
      '--questions',
      questions,
      '--corpus',
      join(tmp, 'none'),
      '--rewordings',
      rewordings,
    ]);
    expect(code).toBe(0);
    const { reworded } = JSON.parse(stdout);
    // Two rewordings of the even-numbered question: one found, one (an unrelated question) not.
    expect(reworded.seed).toMatchObject({ questions: 2, hitAt3: 0.5 });
    expect(reworded.offtopic).toMatchObject({ questions: 1, abstainSeed: 1 });
    const table = await evaluate(['--questions', questions, '--corpus', join(tmp, 'none'), '--rewordings', rewordings]);
    expect(table.stdout).toContain('Tuning halves reworded');
  });

  it('exits 2 naming a rewordings file it cannot use', async () => {
    const bad = join(tmp, 'bad.json');
    await writeFile(bad, JSON.stringify({ 'set.json': { seed: { '0': 'not a list' } } }));
    const { code, stderr } = await evaluate(['--questions', questions, '--rewordings', bad]);
    expect(code).toBe(2);
    expect(stderr).toContain('bad.json is not a rewordings file');
  });
});

describe('npm run eval -- --conversations', () => {
  it('scores follow-ups answered in their thread beside the same follow-ups alone, per half', async () => {
    const conversations = join(tmp, 'conversations.json');
    await writeFile(
      conversations,
      JSON.stringify({
        conversations: [
          {
            context: ['can containers run on vms?'],
            q: 'does that need special configuration?',
            expect: ['proper configuration is essential'],
            answer: 'proper configuration is essential',
          },
          { context: ['why do containers start faster than vms?'], q: 'and what about cost?', expect: ['more cost-effective'] },
        ],
      }),
    );
    const args = ['--questions', questions, '--corpus', join(tmp, 'none'), '--conversation-set', conversations];
    const { code, stdout } = await evaluate(['--json', ...args]);
    expect(code).toBe(0);
    const { tune, check } = JSON.parse(stdout).conversations.seed;
    // "does that need special configuration?" means nothing alone; its thread says what "that" is.
    expect(tune.inContext).toMatchObject({ questions: 1, hitAt1: 1, answerAt1: 1 });
    expect(tune.alone).toMatchObject({ questions: 1, answered: 0 });
    expect(check.inContext.questions).toBe(1);
    expect((await evaluate(args)).stdout).toContain('Follow-ups in a thread');
  });

  it('scores corpus threads by the files that answer their follow-ups', async () => {
    const corpus = join(tmp, 'corpus');
    await mkdir(join(corpus, 'podman'), { recursive: true });
    await writeFile(
      join(corpus, 'podman', 'rootless.md'),
      '# Rootless Podman\n\nRootless containers run without root privileges, using user namespaces to map the user to root inside the container.\n',
    );
    await writeFile(
      join(corpus, 'podman', 'volumes.md'),
      '# Volumes\n\nA named volume keeps data after its container is removed. Mount it with the --volume flag; SELinux needs the :Z label on bind mounts.\n',
    );
    const threads = join(tmp, 'corpus-threads.json');
    await writeFile(
      threads,
      JSON.stringify({
        corpus: [
          {
            context: ['how do i run podman without root?'],
            q: 'and what about keeping data after removal?',
            expectSource: ['podman/volumes.md'],
          },
        ],
      }),
    );
    const args = ['--questions', questions, '--corpus', corpus, '--conversation-set', threads];
    const { code, stdout } = await evaluate(['--json', ...args]);
    expect(code).toBe(0);
    const { seed, corpus: scores } = JSON.parse(stdout).conversations;
    expect(seed).toBeNull();
    expect(scores.tune.inContext).toMatchObject({ questions: 1, hitAt1: 1 });
    expect(scores.check.inContext.questions).toBe(0);
    expect((await evaluate(args)).stdout).toContain('Follow-ups in a thread (corpus)');
  });

  it('scores chatter follow-ups by the share the bot leaves unanswered, as a thread listener posts unasked', async () => {
    const threads = join(tmp, 'chatter.json');
    const chatter = [
      { context: ['can containers run on vms?'], q: 'thanks, that helps!' },
      { context: ['can containers run on vms?'], q: 'brb, standup' },
      // Asked, and answered with confidence: what the bot would post.
      { context: ['why do containers start faster than vms?'], q: 'can containers run on virtual machines?' },
      // Answered with confidence, but a statement: unasked, the bot says nothing to it.
      { context: ['why do containers start faster than vms?'], q: 'vms provide stronger isolation' },
    ];
    await writeFile(threads, JSON.stringify({ chatter }));
    const args = ['--questions', questions, '--corpus', join(tmp, 'none'), '--conversation-set', threads];
    const { code, stdout } = await evaluate(['--json', ...args]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout).conversations;
    expect(report.seed).toBeNull();
    expect(report.chatter.tune).toEqual({ followUps: 2, silent: 0.5, posted: ['can containers run on virtual machines?'] });
    expect(report.chatter.check).toEqual({ followUps: 2, silent: 1, posted: [] });
    expect((await evaluate(args)).stdout).toContain('Chatter follow-ups in a thread');
  });

  it('exits 2 naming a conversation set it cannot use', async () => {
    const bad = join(tmp, 'bad-conversations.json');
    await writeFile(bad, JSON.stringify({ conversations: [{ q: 'and cost?', expect: ['cost'] }] }));
    const { code, stderr } = await evaluate(['--questions', questions, '--conversation-set', bad]);
    expect(code).toBe(2);
    expect(stderr).toContain('bad-conversations.json is not a conversation set');
  });
});
