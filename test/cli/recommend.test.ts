import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTORS, FACTOR_VALUES } from '../../src/core/recommend/factors.js';
import type { RecommendationResult } from '../../src/core/recommend/recommend.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI in a child process through tsx, as `npm run recommend` does; the
 * tsx loader is used directly because `npx tsx` starts two more processes per run.
 */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/recommend.ts', ...args], { timeout: 50_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let knowledgeText: string;
let tempDir: string;
beforeAll(async () => {
  knowledgeText = await readFile('knowledge/containers-vs-vms.md', 'utf8');
  tempDir = await mkdtemp(join(tmpdir(), 'recommend-cli-'));
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

// Child processes on a shared two-core machine: allow for load.
describe('recommend CLI', { timeout: 60_000 }, () => {
  it('prints the recommend() result as JSON, every quote verbatim from knowledge/', async () => {
    const run = await cli('--json', 'isolation=high', 'speed=high');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as RecommendationResult;
    expect(result.recommendation).toBe('containers-on-vms');
    expect(result.confidence).toBe('high');
    expect(result.unanswered).toEqual(['kernel', 'architecture', 'density']);
    expect(result.reasons.length).toBeGreaterThanOrEqual(1);
    for (const item of [...result.reasons, ...result.caveats]) {
      expect(item.evidence.source).toBe('containers-vs-vms.md');
      expect(knowledgeText).toContain(item.evidence.text);
    }
  });

  it('understands plain text and prints a readable recommendation', async () => {
    const run = await cli('we need our own kernel modules, and fast startup');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Recommendation: VMs \(confidence: high\)/);
    expect(run.stdout).toContain('kernel=custom');
    expect(run.stdout).toContain('speed=high');
    expect(run.stdout).toMatch(/containers can run inside those VMs/);
  });

  it('exits 2 on an unknown key or value, naming what is allowed on stderr', async () => {
    const [badKey, badValue] = await Promise.all([cli('--json', 'colour=blue'), cli('speed=warp')]);
    expect(badKey.code).toBe(2);
    expect(badKey.stdout).toBe('');
    for (const factor of FACTORS) expect(badKey.stderr).toContain(factor);
    expect(badValue.code).toBe(2);
    for (const value of FACTOR_VALUES.speed) expect(badValue.stderr).toContain(value);
  });

  it('prints the questions and their options without arguments', async () => {
    const run = await cli();
    expect(run.code).toBe(0);
    for (const factor of FACTORS) {
      for (const value of FACTOR_VALUES[factor]) expect(run.stdout).toContain(`${factor}=${value}`);
    }
    expect(run.stdout).toContain('Does it need its own OS, a specific kernel version or kernel modules?');
  });

  it('quotes the folder given with --knowledge', async () => {
    await writeFile(
      join(tempDir, 'notes.md'),
      '# Team notes\n\n## Kernels\n\nOnly a virtual machine can load the custom kernel modules our storage driver needs.\n',
    );
    const run = await cli('--json', '--knowledge', tempDir, 'kernel=custom');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as RecommendationResult;
    expect(result.reasons[0]!.evidence).toEqual({
      source: 'notes.md',
      heading: 'Team notes › Kernels',
      text: 'Only a virtual machine can load the custom kernel modules our storage driver needs.',
    });
  });
});
