import { mkdir, mkdtemp, rm, stat, symlink, writeFile, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/base.js';
import { readKnowledgeFolder } from '../../src/knowledge/fs.js';
import { isInside, walkKnowledgeFolder } from '../../src/knowledge/walk.js';
import { folderSignature, knowledgeFolders } from '../../src/knowledge/watch.js';

/**
 * The knowledge folder is a boundary: links inside it are followed, links whose real path is
 * outside it are skipped with a warning, by the reader, the watcher and the polling signature alike.
 */

const OUTSIDE_WORDS = 'Quokka marmalade telescopes are kept outside the knowledge folder.';
const OUTSIDE_LINK = 'symbolic link to a path outside the knowledge folder, skipped';

let scratch: string;
let kb: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kconfine-'));
  kb = join(scratch, 'kb');
  await mkdir(join(kb, 'docs'), { recursive: true });
  await mkdir(join(kb, '.shared'));
  await writeFile(join(kb, 'docs', 'inside.md'), '# Inside\n\nContainers share the host kernel.\n');
  await writeFile(join(kb, '.shared', 'linked.md'), '# Linked folder\n\nVirtual machines bring their own kernel.\n');
  // Links inside the folder: a file and a folder (a dot folder, so it is read only through the link).
  await symlink(join('docs', 'inside.md'), join(kb, 'alias.md'));
  await symlink('.shared', join(kb, 'shared-link'));
  // A loop inside: a link back to the folder itself.
  await symlink('..', join(kb, 'docs', 'up'));

  // Outside: a file, a folder, a sibling whose name starts like the folder's, and the process's cwd.
  await mkdir(join(scratch, 'outside'));
  await writeFile(join(scratch, 'outside', 'secret.md'), `# Secret\n\n${OUTSIDE_WORDS}\n`);
  await mkdir(join(scratch, 'kb-evil'));
  await writeFile(join(scratch, 'kb-evil', 'evil.md'), `# Evil\n\n${OUTSIDE_WORDS}\n`);
  await symlink(join(scratch, 'outside', 'secret.md'), join(kb, 'secret.md'));
  await symlink(join(scratch, 'outside'), join(kb, 'outside-folder'));
  await symlink(join('..', 'kb-evil'), join(kb, 'evil'));
  await symlink('/etc/passwd', join(kb, 'passwd.md'));
  await symlink('/proc/self/cwd', join(kb, 'cwd'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const outsideLinks = ['secret.md', 'outside-folder', 'evil', 'passwd.md', 'cwd'];

describe('reading a knowledge folder with links', () => {
  it('reads files and folders linked from inside, and skips with a warning every link whose real path is outside', async () => {
    const { files, warnings } = await readKnowledgeFolder(kb);
    expect(files.map((f) => f.path)).toEqual(['alias.md', 'docs/inside.md', 'shared-link/linked.md']);
    const reasons = Object.fromEntries(warnings.map((w) => [w.source, w.reason]));
    for (const link of outsideLinks) expect(reasons[link], link).toBe(OUTSIDE_LINK);
    expect(reasons['docs/up']).toMatch(/symlink loop/);
    for (const file of files) expect(file.text).not.toContain('Quokka');
  });

  it('confines a folder reached through a link: the rule uses real paths', async () => {
    // The knowledge folder given as a link to the real one: its own links are judged by where they really go.
    const viaLink = join(scratch, 'kb-link');
    await symlink(kb, viaLink);
    const { files, warnings } = await readKnowledgeFolder(viaLink);
    expect(files.map((f) => f.path)).toEqual(['alias.md', 'docs/inside.md', 'shared-link/linked.md']);
    expect(warnings.filter((w) => w.reason === OUTSIDE_LINK).map((w) => w.source).sort()).toEqual([...outsideLinks].sort());
  });

  it('never indexes, caches or answers from what lies outside', async () => {
    const cacheDir = join(scratch, 'cache');
    const base = await loadKnowledgeBase(kb, { cacheDir });
    expect(base.index.passages.some((p) => p.text.includes('Quokka'))).toBe(false);
    expect(base.index.passages.map((p) => p.source)).toEqual(expect.arrayContaining(['alias.md', 'shared-link/linked.md']));
    for (const name of await readdir(cacheDir)) expect(await readFile(join(cacheDir, name), 'utf8')).not.toContain('Quokka');
  });

  it('writes the index cache readable by its owner only (file 0600, folder 0700)', async () => {
    const cacheDir = join(scratch, 'private-cache', 'nested');
    await loadKnowledgeBase(kb, { cacheDir });
    expect((await stat(cacheDir)).mode & 0o777).toBe(0o700);
    const names = await readdir(cacheDir);
    expect(names).toHaveLength(1);
    expect((await stat(join(cacheDir, names[0]!))).mode & 0o777).toBe(0o600);
  });
});

describe('the watcher follows the same rule', () => {
  it('watches the folders the reader reads, never one outside', async () => {
    const folders = await knowledgeFolders(kb);
    expect([...folders.values()].sort()).toEqual(['', 'docs/', 'shared-link/']);
  });

  it('polling does not look at files outside: changing one changes nothing', async () => {
    const before = await folderSignature(kb);
    await writeFile(join(scratch, 'outside', 'secret.md'), `# Secret\n\n${OUTSIDE_WORDS} Changed.\n`);
    await writeFile(join(scratch, 'kb-evil', 'new.md'), '# New\n\nMore outside words.\n');
    expect(await folderSignature(kb)).toBe(before);
    await writeFile(join(kb, '.shared', 'linked.md'), '# Linked folder\n\nChanged inside.\n');
    expect(await folderSignature(kb)).not.toBe(before);
  });
});

describe('isInside', () => {
  it('compares whole path segments', () => {
    expect(isInside('/kb', '/kb')).toBe(true);
    expect(isInside('/kb/a/b.md', '/kb')).toBe(true);
    expect(isInside('/kb-evil/a.md', '/kb')).toBe(false);
    expect(isInside('/kbx', '/kb')).toBe(false);
    expect(isInside('/', '/kb')).toBe(false);
    expect(isInside('/etc/passwd', '/')).toBe(true);
  });

});

describe('walkKnowledgeFolder', () => {
  it('is breadth first and sorted, so the same link wins every time', async () => {
    const tree = await walkKnowledgeFolder(kb);
    expect(tree.folders.map((f) => f.rel)).toEqual(['', 'docs', 'shared-link']);
    expect(tree.files.map((f) => f.rel)).toEqual(['alias.md', 'docs/inside.md', 'shared-link/linked.md']);
  });
});
