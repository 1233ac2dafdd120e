import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeFolderError, readKnowledgeFolder } from '../../src/knowledge/fs.js';
import { loadKnowledgeBase, NoKnowledgeError } from '../../src/knowledge/base.js';

const fixture = new URL('../fixtures/knowledge/mixed', import.meta.url).pathname;
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kfs-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('readKnowledgeFolder', () => {
  it('reads .md, .markdown and .txt recursively and warns about empty and binary files', async () => {
    const { files, warnings } = await readKnowledgeFolder(fixture);
    expect(files.map((f) => f.path).sort()).toEqual(['chinese.md', 'front-matter.md', 'nested/setext.markdown', 'plain.txt', 'toml-crlf.md']);
    expect(warnings).toEqual(expect.arrayContaining([
      { source: 'empty.md', reason: expect.stringMatching(/empty/) },
      { source: 'binary.md', reason: expect.stringMatching(/binary/) },
    ]));
  });

  it('skips invalid UTF-8, oversized and unreadable files, and survives a symlink loop', async () => {
    const dir = join(tmp, 'bad');
    await mkdir(join(dir, 'sub'), { recursive: true });
    await writeFile(join(dir, 'good.md'), '# Good\n\nContainers share the host kernel.\n');
    await writeFile(join(dir, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    await writeFile(join(dir, 'big.md'), 'a'.repeat(2048));
    await writeFile(join(dir, 'locked.md'), 'secret');
    await chmod(join(dir, 'locked.md'), 0o000);
    await symlink(dir, join(dir, 'sub', 'loop'));
    const { files, warnings } = await readKnowledgeFolder(dir, { maxFileBytes: 1024 });
    expect(files.map((f) => f.path)).toContain('good.md');
    const reasons = Object.fromEntries(warnings.map((w) => [w.source, w.reason]));
    expect(reasons['latin1.md']).toMatch(/UTF-8/);
    expect(reasons['big.md']).toMatch(/limit/);
    expect(reasons['sub/loop']).toMatch(/loop/);
    // root ignores file modes, so only check the unreadable file when not root
    if (process.getuid?.() !== 0) expect(reasons['locked.md']).toMatch(/EACCES/);
  });

  it('throws a coded error for a missing folder', async () => {
    await expect(readKnowledgeFolder(join(tmp, 'nope'))).rejects.toBeInstanceOf(KnowledgeFolderError);
  });
});

describe('loadKnowledgeBase', () => {
  it('indexes the usable files', async () => {
    const kb = await loadKnowledgeBase(fixture);
    expect(kb.files).toBe(5);
    expect(kb.index.size).toBeGreaterThan(5);
  });

  it('refuses a folder with no usable passage', async () => {
    const dir = join(tmp, 'empty');
    await mkdir(dir);
    await writeFile(join(dir, 'a.md'), '');
    await expect(loadKnowledgeBase(dir)).rejects.toBeInstanceOf(NoKnowledgeError);
  });
});
