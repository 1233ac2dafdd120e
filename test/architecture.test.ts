import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The core must stay framework-free so every surface (Slack, terminal, CLIs) can call it with
// loaded data; this test, not memory, keeps it that way. It is an allowlist: the core imports
// the core, the packages below, and node: modules that do no I/O. Anything else, including any
// dynamic import, fails here.
const coreDir = new URL('../src/core', import.meta.url).pathname;

/** Packages the core may use; a pattern, since natural is imported by its submodules. */
const PACKAGES: [RegExp, string][] = [
  [/^zod$/, 'zod'],
  [/^minisearch(\/SearchableMap)?$/, 'minisearch'],
  // natural's top-level module is slow to load and reads .env; only its pure submodules.
  [/^natural\/lib\/natural\/(stemmers|util|distance|tokenizers)\/[\w./-]+\.js$/, 'natural submodules'],
];
/** node: modules with no file, network, process or environment access. */
const PURE_NODE = new Set(['node:crypto', 'node:util', 'node:buffer', 'node:string_decoder']);
const FORBIDDEN_GLOBALS: [RegExp, string][] = [
  [/\bprocess\s*\./, 'process'],
  [/\brequire\s*\(/, 'require()'],
  [/\bimport\s*\(/, 'a dynamic import'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

/** Why an import is not allowed in the core file at `file`, or undefined when it is. */
export function importViolation(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(file), specifier);
    return relative(coreDir, target).startsWith('..') ? `${specifier} (outside src/core)` : undefined;
  }
  if (specifier.startsWith('node:')) return PURE_NODE.has(specifier) ? undefined : `${specifier} (does I/O)`;
  return PACKAGES.some(([pattern]) => pattern.test(specifier)) ? undefined : `${specifier} (not a core package)`;
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('core boundary', () => {
  const files = sourceFiles(coreDir);

  it('has core files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [f.slice(coreDir.length + 1), f]))(
    '%s imports only the core, its packages and pure node: modules',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const imports = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
      const violations = [
        ...imports.map((s) => importViolation(file, s)).filter((v): v is string => v !== undefined),
        ...FORBIDDEN_GLOBALS.filter(([pattern]) => pattern.test(stripComments(text))).map(([, what]) => what),
      ];
      expect(violations).toEqual([]);
    },
  );

  it('the allowlist refuses what the core must not use', () => {
    const file = join(coreDir, 'answer', 'answer.ts');
    for (const bad of [
      '@slack/bolt',
      'pino',
      'node:fs',
      'fs',
      'node:http',
      'better-sqlite3',
      'natural',
      '../../config.js',
      '../../slack/app.js',
      '../../../x.js',
    ]) {
      expect(importViolation(file, bad), bad).toBeDefined();
    }
    for (const good of [
      'zod',
      'minisearch',
      '../knowledge/terms.js',
      './explain.js',
      'node:crypto',
      'natural/lib/natural/stemmers/porter_stemmer.js',
    ]) {
      expect(importViolation(file, good), good).toBeUndefined();
    }
  });
});
