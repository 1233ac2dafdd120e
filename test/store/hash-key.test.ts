import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureWritableFolder, FolderError } from '../../src/folders.js';
import { HASH_KEY_FILE, HashKeyError, hashUserId, resolveHashKey } from '../../src/store/hash-key.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hash-key-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('resolveHashKey', () => {
  it('uses FEEDBACK_HASH_KEY first, and writes no file', () => {
    const key = resolveHashKey({ configured: 'k'.repeat(40), signingSecret: 'secret12345', dataDir: dir });
    expect(key).toEqual({ key: 'k'.repeat(40), source: 'FEEDBACK_HASH_KEY' });
    expect(() => statSync(join(dir, HASH_KEY_FILE))).toThrow();
  });

  it('derives a key from the signing secret that is not the secret itself', () => {
    const a = resolveHashKey({ signingSecret: 'secret12345', dataDir: dir });
    expect(a.source).toBe('SLACK_SIGNING_SECRET');
    expect(a.key).not.toContain('secret12345');
    expect(resolveHashKey({ signingSecret: 'secret12345', dataDir: dir }).key).toBe(a.key);
    expect(resolveHashKey({ signingSecret: 'other12345', dataDir: dir }).key).not.toBe(a.key);
  });

  it('otherwise creates a key file readable only by its owner, and reuses it', () => {
    const first = resolveHashKey({ dataDir: dir });
    expect(first.source).toBe('key file');
    expect(statSync(join(dir, HASH_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, HASH_KEY_FILE), 'utf8').trim()).toBe(first.key);
    expect(first.key).toMatch(/^[0-9a-f]{64}$/);
    expect(resolveHashKey({ dataDir: dir }).key).toBe(first.key);
    expect(hashUserId(first.key, 'U1')).not.toBe(hashUserId(resolveHashKey({ dataDir: mkdtempSync(join(dir, 'other-')) }).key, 'U1'));
  });

  it('refuses a key file others can read, or one too short, naming the file', () => {
    writeFileSync(join(dir, HASH_KEY_FILE), 'x'.repeat(64), { mode: 0o644 });
    chmodSync(join(dir, HASH_KEY_FILE), 0o644);
    expect(() => resolveHashKey({ dataDir: dir })).toThrow(HashKeyError);
    expect(() => resolveHashKey({ dataDir: dir })).toThrow(/user-hash\.key.*chmod 600/);
    chmodSync(join(dir, HASH_KEY_FILE), 0o600);
    writeFileSync(join(dir, HASH_KEY_FILE), 'short');
    expect(() => resolveHashKey({ dataDir: dir })).toThrow(/at least 32/);
  });
});

describe('ensureWritableFolder', () => {
  it('creates nested folders', () => {
    ensureWritableFolder(join(dir, 'a', 'b'), 'DATA_DIR');
    expect(statSync(join(dir, 'a', 'b')).isDirectory()).toBe(true);
  });

  it('fails at once, naming the variable, under /proc and under a file', () => {
    expect(() => ensureWritableFolder('/proc/no-such/data', 'DATA_DIR')).toThrow(FolderError);
    expect(() => ensureWritableFolder('/proc/no-such/data', 'DATA_DIR')).toThrow(/^DATA_DIR=\/proc\/no-such\/data cannot be used/);
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => ensureWritableFolder(join(dir, 'file', 'cache'), 'CACHE_DIR')).toThrow(/CACHE_DIR=.*ENOTDIR/);
    expect(() => ensureWritableFolder('/proc/self', 'CACHE_DIR')).toThrow(/CACHE_DIR=\/proc\/self cannot be used/);
  });
});
