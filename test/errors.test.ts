import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as errors from '../src/core/errors.js';

const { CodedError, ErrorCode } = errors;
const classes = Object.entries(errors).filter(([, value]) => typeof value === 'function' && value.prototype instanceof CodedError) as [
  string,
  new (message: never) => errors.CodedError,
][];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the errors module', () => {
  it('gives every error class a code from the list, each code to one class', () => {
    expect(classes.length).toBeGreaterThanOrEqual(12);
    const codes = classes.map(([name, ErrorClass]) => {
      const error = new ErrorClass(['a message'] as never);
      expect(error, name).toBeInstanceOf(Error);
      expect(error.name).toBe(name);
      expect(Object.values(ErrorCode), name).toContain(error.code);
      return error.code;
    });
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(Object.values(ErrorCode)).size).toBe(Object.values(ErrorCode).length);
    expect([...codes].sort()).toEqual([...Object.values(ErrorCode)].sort());
  });

  it('is the only place in src that defines an error class', () => {
    const defining = sourceFiles('src').filter((file) => /\bextends Error\b/.test(readFileSync(file, 'utf8')));
    expect(defining).toEqual([join('src', 'core', 'errors.ts')]);
  });
});
