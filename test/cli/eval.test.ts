import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
