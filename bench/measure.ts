import { spawn } from 'node:child_process';

/** Shared measuring tools for the scenarios: percentiles, child processes, tables. */

export interface BenchOptions {
  quick: boolean;
}

/** A printed table: one row per measured thing, figures side by side. */
export interface Table {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
  note?: string;
}

/** A target from the issue, checked against a measured figure. */
export interface TargetCheck {
  measure: string;
  target: string;
  value: number | null;
  unit: string;
  ok: boolean | null;
}

export interface ScenarioResult {
  tables: Table[];
  figures: Record<string, unknown>;
  targets?: TargetCheck[];
}

export interface Scenario {
  name: string;
  run(options: BenchOptions): Promise<ScenarioResult>;
}

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of samples in milliseconds. */
export function latencyOf(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] ?? 0, mean };
}

export function median(values: number[]): number {
  return latencyOf(values).p50;
}

/** Runs a TypeScript file in a fresh Node process and parses the JSON line it prints last. */
export function runChild<T>(script: string, args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} exited ${code}: ${err.trim().slice(-800)}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} printed no JSON result: ${out.slice(-300)} ${err.slice(-300)}`));
      }
    });
  });
}

export function ms(value: number | null | undefined, digits = value !== null && value !== undefined && value < 10 ? 2 : 0): string {
  return value === null || value === undefined ? '–' : value.toFixed(digits);
}

export function ratio(ours: number | null | undefined, theirs: number | null | undefined): string {
  if (ours === null || ours === undefined || theirs === null || theirs === undefined || theirs === 0) return '–';
  return `${(ours / theirs).toFixed(2)}×`;
}

export function check(measure: string, target: string, value: number | null, unit: string, pass: (v: number) => boolean): TargetCheck {
  return { measure, target, value, unit, ok: value === null ? null : pass(value) };
}

/** Renders a table as aligned plain text (Markdown-compatible pipes). */
export function renderTable(table: Table): string {
  const cells = [table.columns, ...table.rows.map((r) => r.map((c) => (c === null ? '–' : String(c))))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const sep = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(Math.max(1, w - 1)) + ':')).join(' | ')} |`;
  return [`### ${table.title}`, '', line(cells[0]!), sep, ...cells.slice(1).map(line), ...(table.note ? ['', table.note] : [])].join('\n');
}
