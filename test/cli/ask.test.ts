import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

// The exact contract other tooling relies on: npm run --silent ask -- ...
async function ask(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run('npm', ['run', '--silent', 'ask', '--', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'ask-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('ask CLI', () => {
  it('prints the JSON contract for one question', async () => {
    const { code, stdout } = await ask(['--json', '--limit', '2', 'Can containers run on virtual machines?']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ question: 'Can containers run on virtual machines?', answered: true });
    expect(result.passages.length).toBeLessThanOrEqual(2);
    const [top] = result.passages;
    expect(top).toEqual(
      expect.objectContaining({ source: 'containers-vs-vms.md', heading: expect.stringContaining('›'), score: expect.any(Number) }),
    );
    expect(top.text).toContain('containers can run seamlessly on virtual machines');
    expect(top.text).toContain(top.snippet);
  });

  it('answers a choice with the recommendation JSON and the passages its evidence quotes, whole, best first', async () => {
    const question = 'our app needs a custom kernel driver loaded. will that fly in docker or do we need a vm';
    const { code, stdout } = await ask(['--json', question]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ question, answered: true, recommendation: { recommendation: 'vms', rule: expect.any(String) } });
    const quotes: string[] = [...result.recommendation.reasons, ...result.recommendation.caveats].map(
      (r: { evidence: { text: string } }) => r.evidence.text,
    );
    expect(result.passages.length).toBeGreaterThan(0);
    expect(result.passages[0].text).toContain(result.recommendation.reasons[0].evidence.text);
    for (const passage of result.passages) expect(quotes.some((q) => passage.text.includes(q))).toBe(true);
    expect(new Set(result.passages.map((p: { id: string }) => p.id)).size).toBe(result.passages.length);
  });

  it('gives no reason for silence when the recommendation answers a choice the look-up alone would have declined', async () => {
    const { stdout } = await ask(['--json', 'we run untrusted customer code on Proxmox, containers or vms?']);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ answered: true, confidence: 'high' });
    expect(result.recommendation).toBeDefined();
    expect(result.abstainReason).toBeUndefined();
    expect(result.unknownEntities).toBeUndefined();
  });

  it('answers each question of a message that asks two, and says which passage answers which', async () => {
    const { code, stdout } = await ask(['--json', 'what licensing costs do VMs have? and how do I migrate from VMs to containers?']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.questions.map((q: { question: string }) => q.question)).toEqual([
      'what licensing costs do VMs have?',
      'how do I migrate from VMs to containers?',
    ]);
    expect(result.questions.map((q: { passageId: string }) => q.passageId)).toEqual(
      result.passages.slice(0, 2).map((p: { id: string }) => p.id),
    );
    expect(result.passages[1].heading).toContain('Migrating');
    const plain = await ask(['what licensing costs do VMs have? and how do I migrate from VMs to containers?']);
    expect(plain.stdout).toContain('Q: how do I migrate from VMs to containers?');
  });

  it('answers a follow-up in the context of the question --after names, as in a thread', async () => {
    const followUp = 'does that need special configuration?';
    const alone = JSON.parse((await ask(['--json', followUp])).stdout);
    expect(alone.answered).toBe(false);
    const { code, stdout } = await ask(['--json', '--after', 'can containers run on vms?', followUp]);
    expect(code).toBe(0);
    const inThread = JSON.parse(stdout);
    expect(inThread).toMatchObject({ question: followUp, answered: true });
    expect(inThread.passages[0].snippet).toContain('proper configuration is essential');
  });

  it('keeps a look-up question free of a recommendation', async () => {
    const { stdout } = await ask(['--json', 'Can containers run on virtual machines?']);
    expect(JSON.parse(stdout).recommendation).toBeUndefined();
  });

  it('prints a choice as a recommendation with what it understood and its reasons', async () => {
    const { stdout } = await ask(['vm or container for a multi-tenant SaaS?']);
    expect(stdout).toMatch(/^Recommendation: VMs/);
    expect(stdout).toContain('isolation=high (from "multi tenant")');
    expect(stdout).toMatch(/Why:\n {2}• /);
  });

  it('says which typed words it read as others', async () => {
    const { stdout } = await ask(['--json', 'why do contaniers start so fast? :rocket:']);
    const result = JSON.parse(stdout) as { answered: boolean; corrections: unknown };
    expect(result).toMatchObject({ answered: true, corrections: [{ from: 'contaniers', to: 'containers' }] });
    expect((await ask(['why do contaniers start so fast?'])).stdout).toContain('(read "contaniers" as "containers")');
    expect(JSON.parse((await ask(['--json', 'why do containers start so fast?'])).stdout).corrections).toBeUndefined();
  });

  it('answers off-topic questions with answered false and no passages', async () => {
    const { stdout } = await ask(['--json', "What's the capital of Australia?"]);
    expect(JSON.parse(stdout)).toMatchObject({ answered: false, passages: [] });
  });

  it('says why it stayed silent, naming what it does not know', async () => {
    const { stdout } = await ask(['--json', 'is CVE-2024-21626 fixed in our containers?']);
    expect(JSON.parse(stdout)).toMatchObject({ answered: false, abstainReason: 'unknown-entity', unknownEntities: ['CVE-2024-21626'] });
    const answered = JSON.parse((await ask(['--json', 'why are containers lightweight?'])).stdout) as { signals: { coverage: number } };
    expect(answered.signals.coverage).toBeGreaterThan(0);
  });

  it('reads a batch from a file and from stdin, one JSON line per question in order', async () => {
    const file = join(tmp, 'questions.txt');
    await writeFile(
      file,
      '\uFEFFWhy are containers considered lightweight?\r\n\nHow tall is Mount Everest?\nWhat are the licensing differences between containers and VMs?\n',
    );
    const fromFile = await ask(['--json', '--batch', file]);
    const lines = fromFile.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.question, l.answered])).toEqual([
      ['Why are containers considered lightweight?', true],
      ['How tall is Mount Everest?', false],
      ['What are the licensing differences between containers and VMs?', true],
    ]);
    const fromStdin = await ask(['--json', '--batch', '-'], 'Why are containers considered lightweight?\n');
    expect(JSON.parse(fromStdin.stdout.trim())).toEqual(lines[0]);
  });

  it('uses --knowledge and reports sources relative to it', async () => {
    const dir = join(tmp, 'kb');
    await run('mkdir', ['-p', join(dir, 'sub')]);
    await writeFile(
      join(dir, 'sub', 'note.md'),
      '# Unikernels\n\nA unikernel compiles the application and a minimal kernel into one image.\n',
    );
    const { stdout } = await ask(['--json', '--knowledge', dir, 'what does a unikernel compile?']);
    expect(JSON.parse(stdout).passages[0]).toMatchObject({ source: 'sub/note.md', heading: 'Unikernels' });
  });

  it('prints a readable answer without --json', async () => {
    const { stdout } = await ask(['What are the licensing differences between containers and VMs?']);
    expect(stdout).toContain('licensing models differ');
    expect(stdout).toContain('containers-vs-vms.md');
  });

  it('exits 2 with a clear message for a missing folder or a folder with no passages', async () => {
    const missing = await ask(['--json', '--knowledge', join(tmp, 'nope'), 'q']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot be read/);
    const emptyDir = join(tmp, 'empty');
    await run('mkdir', ['-p', emptyDir]);
    const empty = await ask(['--json', '--knowledge', emptyDir, 'q']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no usable passages/);
  });

  it('exits 2 on a bad flag', async () => {
    const { code, stderr } = await ask(['--limit', 'zero', 'q']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--limit/);
  });
});
