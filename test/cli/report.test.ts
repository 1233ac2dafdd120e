import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportData } from '../../src/store/report.js';
import { databasePath, SqliteFeedbackStore } from '../../src/store/sqlite-feedback-store.js';

const ROOT = resolve(import.meta.dirname, '../..');

function report(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/report.ts', ...args],
      {
        cwd: ROOT,
        // A clean environment: no Slack variables, no LOG_LEVEL; only what the test sets.
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

let empty: string;
let full: string;
const hour = 3_600_000;

beforeAll(() => {
  empty = mkdtempSync(join(tmpdir(), 'report-empty-'));
  full = mkdtempSync(join(tmpdir(), 'report-full-'));
  const store = SqliteFeedbackStore.open(databasePath(full), { hashKey: 'report-test-key-0123456789abcdef0123' });
  const ago = (hours: number) => new Date(Date.now() - hours * hour);
  store.recordGap({ question: 'How do I run Windows on a Mac?', surface: 'channel', userId: 'U0AAA', at: ago(30) });
  store.recordGap({ question: 'how do i run windows on a mac', surface: 'dm', userId: 'U0BBB', at: ago(2) });
  store.recordGap({ question: 'What is the weather?', surface: 'local', userId: 'local', at: ago(1) });
  const passage = { id: 'guide.md#4', source: 'guide.md', heading: 'Guide › Overhead' };
  store.recordFeedback({ question: 'vm overhead?', passages: [passage], vote: 'not-helpful', surface: 'dm', userId: 'U0AAA', at: ago(3) });
  store.recordFeedback({ question: 'vm overhead?', passages: [passage], vote: 'helpful', surface: 'dm', userId: 'U0BBB', at: ago(1) });
  store.close();
});

afterAll(() => {
  rmSync(empty, { recursive: true, force: true });
  rmSync(full, { recursive: true, force: true });
});

describe('npm run report', () => {
  it('--json prints the stored report as one JSON object', async () => {
    const { code, stdout } = await report(['--json', '--data', full]);
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as ReportData;
    expect(data.unanswered).toEqual([
      expect.objectContaining({ question: 'how do i run windows on a mac', count: 2, people: 2 }),
      expect.objectContaining({ question: 'What is the weather?', count: 1, people: 1 }),
    ]);
    expect(data.notHelpful).toEqual([
      expect.objectContaining({ passageId: 'guide.md#4', source: 'guide.md', heading: 'Guide › Overhead', notHelpful: 1, helpful: 1 }),
    ]);
    expect(data.daily).toHaveLength(14);
    expect(data.totals).toEqual({ abstained: 3, helpful: 1, notHelpful: 1 });
    expect(stdout).not.toContain('U0AAA');
  });

  it('prints tables, reading DATA_DIR from the environment', async () => {
    const { code, stdout } = await report(['--days', '3', '--limit', '1'], { DATA_DIR: full });
    expect(code).toBe(0);
    expect(stdout).toContain('Unanswered questions (most frequent first)');
    expect(stdout).toMatch(/^\s+2\s+2\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+how do i run windows on a mac$/m);
    expect(stdout).not.toContain('What is the weather?');
    expect(stdout).toMatch(/^\s+1\s+1\s+guide\.md\s+Guide › Overhead$/m);
    expect(stdout).toContain('Per day, last 3 days (UTC)');
    expect(stdout).toMatch(/^total\s+3\s+1\s+1$/m);
  });

  it('says there is no data yet when the database does not exist, and exits 0', async () => {
    const text = await report(['--data', empty]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^No data yet: .*bot\.sqlite does not exist/);

    const json = await report(['--json', '--data', empty]);
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as ReportData;
    expect(data).toMatchObject({ unanswered: [], notHelpful: [], totals: { abstained: 0, helpful: 0, notHelpful: 0 } });
    expect(json.stderr).toMatch(/No data yet/);
  });

  it('rejects bad usage with exit 2', async () => {
    const { code, stderr } = await report(['--days', 'many', '--data', full]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--days must be a whole number/);
  });
});
