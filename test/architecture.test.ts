import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core must stay framework-free so every surface (Slack, terminal, CLIs) can call it
// with loaded data; this test, not memory, keeps it that way.
const coreDir = new URL('../src/core', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"]@slack\//, '@slack/*'],
  [/from\s+['"]pino['"]/, 'pino'],
  [/from\s+['"](node:)?fs(\/promises)?['"]/, 'the file system'],
  [/from\s+['"]better-sqlite3['"]/, 'SQLite'],
  [/process\.env/, 'process.env'],
  [/from\s+['"]natural['"]/, "natural's top-level module (slow, reads .env)"],
  [/from\s+['"]\.\.\/\.\.\/(slack|local|store|cli)\//, 'an adapter'],
];

describe('core boundary', () => {
  const files = sourceFiles(coreDir);

  it('has core files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [f.slice(coreDir.length + 1), f]))('%s imports nothing outside the core', (_name, file) => {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const violations = FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
    expect(violations).toEqual([]);
  });
});
