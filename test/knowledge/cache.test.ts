import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchPassages } from '../../src/core/answer/answer.js';
import { loadKnowledgeBase } from '../../src/knowledge/base.js';
import { knowledgeCacheKey } from '../../src/knowledge/cache.js';

let root: string;
let knowledge: string;
let cacheDir: string;

const CONTAINERS = `# Containers

## Why are containers lightweight?

Containers share the host kernel, so they start in milliseconds and use little memory.
`;
const VMS = `# Virtual machines

## When do I need a VM?

A virtual machine runs its own kernel, which gives stronger isolation between tenants.
`;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'knowledge-cache-'));
  knowledge = join(root, 'knowledge');
  cacheDir = join(root, 'cache');
  await mkdir(knowledge);
  await writeFile(join(knowledge, 'containers.md'), CONTAINERS);
  await writeFile(join(knowledge, 'vms.md'), VMS);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const cacheFiles = async () => (await readdir(cacheDir)).sort();
async function onlyCacheFile(): Promise<string> {
  const names = await cacheFiles();
  expect(names).toHaveLength(1);
  return join(cacheDir, names[0]!);
}
async function editLines(path: string, edit: (lines: string[]) => string[]): Promise<void> {
  const lines = (await readFile(path, 'utf8')).replace(/\n$/, '').split('\n');
  await writeFile(path, edit(lines).join('\n') + '\n');
}
const sources = (kb: Awaited<ReturnType<typeof loadKnowledgeBase>>, q: string) => searchPassages(kb.index, q).map((h) => h.passage.id);

describe('index cache', () => {
  it('builds on the first start and loads the same index from the cache on a restart', async () => {
    const first = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(first.fromCache).toBe(false);
    expect(await cacheFiles()).toHaveLength(1);

    const second = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(second.fromCache).toBe(true);
    expect(second.warnings).toEqual([]);
    expect(second.files).toBe(2);
    expect(second.index.passages).toEqual(first.index.passages);
    expect(sources(second, 'why do containers start fast')).toEqual(sources(first, 'why do containers start fast'));
    expect(sources(second, 'kernel isolation')).toEqual(sources(first, 'kernel isolation'));
  });

  it('does not use the cache unless a cache folder is given', async () => {
    await loadKnowledgeBase(knowledge, { cacheDir });
    const plain = await loadKnowledgeBase(knowledge);
    expect(plain.fromCache).toBe(false);
  });

  it('rebuilds when a file changes, and keeps only the newest cache file', async () => {
    await loadKnowledgeBase(knowledge, { cacheDir });
    await writeFile(join(knowledge, 'vms.md'), VMS.replace('stronger isolation', 'stronger isolation and live migration'));

    const changed = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(changed.fromCache).toBe(false);
    expect(searchPassages(changed.index, 'live migration')[0]?.passage.source).toBe('vms.md');
    expect(await cacheFiles()).toHaveLength(1);
    expect((await loadKnowledgeBase(knowledge, { cacheDir })).fromCache).toBe(true);
  });

  it('rebuilds when a change keeps the file size, or a file is added or renamed', async () => {
    await loadKnowledgeBase(knowledge, { cacheDir });
    await writeFile(join(knowledge, 'vms.md'), VMS.replace('tenants', 'TENANTS'));
    expect((await loadKnowledgeBase(knowledge, { cacheDir })).fromCache).toBe(false);

    await writeFile(join(knowledge, 'extra.md'), '# Extra\n\nMicroVMs such as Firecracker boot in a fraction of a second.\n');
    expect((await loadKnowledgeBase(knowledge, { cacheDir })).fromCache).toBe(false);

    const text = await readFile(join(knowledge, 'extra.md'), 'utf8');
    await rm(join(knowledge, 'extra.md'));
    await writeFile(join(knowledge, 'renamed.md'), text);
    const renamed = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(renamed.fromCache).toBe(false);
    expect(searchPassages(renamed.index, 'firecracker')[0]?.passage.source).toBe('renamed.md');
  });

  it('keys on path, size and content: equal inputs agree, any difference does not', async () => {
    const files = [{ path: 'a.md', text: 'alpha' }, { path: 'b.md', text: 'beta' }];
    const key = await knowledgeCacheKey(files);
    expect(await knowledgeCacheKey([...files].reverse())).toBe(key);
    expect(await knowledgeCacheKey([{ path: 'a.md', text: 'alphabeta' }])).not.toBe(key);
    expect(await knowledgeCacheKey([{ path: 'a.md', text: 'alpha' }, { path: 'b.md', text: 'betb' }])).not.toBe(key);
    expect(await knowledgeCacheKey([{ path: 'a.md', text: 'alpha' }, { path: 'c.md', text: 'beta' }])).not.toBe(key);
  });

  it('ignores a corrupt cache file with a warning, rebuilds and rewrites it', async () => {
    await loadKnowledgeBase(knowledge, { cacheDir });
    const path = await onlyCacheFile();
    const raw = await readFile(path, 'utf8');

    await writeFile(path, raw.slice(0, Math.floor(raw.length * 0.6)));
    const cut = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(cut.fromCache).toBe(false);
    expect(cut.warnings).toEqual([{ source: path, reason: expect.stringContaining('index cache ignored (incomplete: cut short)') }]);
    expect(searchPassages(cut.index, 'containers kernel').length).toBeGreaterThan(0);

    const again = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(again.fromCache).toBe(true);
    expect(again.warnings).toEqual([]);

    await editLines(path, (lines) => lines.map((line, n) => (n === 2 ? line.slice(0, -1) : line)));
    const garbled = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(garbled.fromCache).toBe(false);
    expect(garbled.warnings[0]?.reason).toContain('index cache ignored (not valid JSON)');

    await editLines(path, (lines) => lines.filter((_, n) => n !== lines.length - 3));
    const shortened = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(shortened.fromCache).toBe(false);
    expect(shortened.warnings[0]?.reason).toMatch(/index cache ignored \((incomplete|not valid JSON|damaged)/);
  });

  it('never trusts a well-formed file that is not an index for this knowledge', async () => {
    await loadKnowledgeBase(knowledge, { cacheDir });
    const path = await onlyCacheFile();
    const original = await readFile(path, 'utf8');
    const header = JSON.parse(original.split('\n')[0]!);
    const withHeader = (changed: object) => editLines(path, (lines) => [JSON.stringify({ ...header, ...changed }), ...lines.slice(1)]);

    await withHeader({ key: 'f'.repeat(64) });
    const otherKey = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(otherKey.fromCache).toBe(false);
    expect(otherKey.warnings[0]?.reason).toContain('written for other knowledge');

    await withHeader({ index: { ...header.index, version: -1 } });
    const oldFormat = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(oldFormat.fromCache).toBe(false);
    expect(oldFormat.warnings[0]?.reason).toContain('cache format -1');

    // One passage fewer, consistently: the index still has a document for it.
    await editLines(path, (lines) => [JSON.stringify({ ...header, passages: header.passages - 1 }), ...lines.slice(2)]);
    const mismatched = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(mismatched.fromCache).toBe(false);
    expect(mismatched.index.passages).toHaveLength(header.passages);

    await writeFile(path, JSON.stringify({ key: header.key, warnings: [], index: {} }));
    const singleJson = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(singleJson.fromCache).toBe(false);
    expect(singleJson.warnings[0]?.reason).toContain('written in another cache format');
  });

  it('only warns when the cache folder cannot be written', async () => {
    const blocked = join(root, 'not-a-folder');
    await writeFile(blocked, 'a file where the cache folder should be');

    const kb = await loadKnowledgeBase(knowledge, { cacheDir: blocked });
    expect(kb.fromCache).toBe(false);
    expect(kb.warnings).toHaveLength(1);
    expect(kb.warnings[0]?.reason).toMatch(/index cache not saved \((EEXIST|ENOTDIR)\)/);
    expect(searchPassages(kb.index, 'virtual machine kernel')[0]?.passage.source).toBe('vms.md');
  });

  it('keeps the cache of another knowledge folder sharing the cache folder, and leaves no temporary files', async () => {
    const other = join(root, 'other');
    await mkdir(other);
    await writeFile(join(other, 'notes.md'), '# Notes\n\nGVisor intercepts system calls in user space.\n');
    await loadKnowledgeBase(knowledge, { cacheDir });
    await loadKnowledgeBase(other, { cacheDir });
    await writeFile(join(knowledge, 'vms.md'), VMS + '\nNested virtualization needs hardware support.\n');
    await loadKnowledgeBase(knowledge, { cacheDir });

    const names = await cacheFiles();
    expect(names).toHaveLength(2);
    expect(names.every((n) => /^index-[0-9a-f]{12}-[0-9a-f]{64}\.json$/.test(n))).toBe(true);
    expect((await loadKnowledgeBase(other, { cacheDir })).fromCache).toBe(true);
    expect((await loadKnowledgeBase(knowledge, { cacheDir })).fromCache).toBe(true);
  });

  it('removes temporary files a crashed write left behind, but not one another process may be writing', async () => {
    await loadKnowledgeBase(knowledge, { cacheDir });
    const [entry] = await cacheFiles();
    const stale = join(cacheDir, `${entry}.4242.deadbeef.tmp`);
    const fresh = join(cacheDir, `${entry}.4243.cafef00d.tmp`);
    await writeFile(stale, '{"format":2');
    await writeFile(fresh, '{"format":2');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(stale, twoHoursAgo, twoHoursAgo);

    await writeFile(join(knowledge, 'vms.md'), VMS + '\nLive migration moves a running VM between hosts.\n');
    await loadKnowledgeBase(knowledge, { cacheDir });
    const names = await cacheFiles();
    expect(names).not.toContain(`${entry}.4242.deadbeef.tmp`);
    expect(names).toContain(`${entry}.4243.cafef00d.tmp`);
    expect(names.filter((n) => n.endsWith('.json'))).toHaveLength(1);
  });

  it('reports read warnings on every start, cached or not', async () => {
    await writeFile(join(knowledge, 'empty.md'), '');
    const first = await loadKnowledgeBase(knowledge, { cacheDir });
    const second = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(second.fromCache).toBe(true);
    expect(second.warnings).toEqual(first.warnings);
    expect(second.warnings).toContainEqual({ source: 'empty.md', reason: 'empty file, skipped' });
  });
});

describe('the lexicon file (synonyms.txt)', () => {
  it('is read as the lexicon, never indexed as a passage, and its warnings name the line', async () => {
    await writeFile(join(knowledge, 'synonyms.txt'), '# lexicon\nspin up => start\nonly-one-phrase\n');
    const kb = await loadKnowledgeBase(knowledge);
    expect(kb.index.passages.map((p) => p.source)).not.toContain('synonyms.txt');
    expect(kb.files).toBe(2);
    expect(kb.index.lexicon.rules.some((r) => r.from.includes('spin up'))).toBe(true);
    expect(kb.warnings).toContainEqual({ source: 'synonyms.txt', reason: expect.stringContaining('line 3') });
  });

  it('warns, by line, of a mapping to words no passage uses, also when the index comes from the cache', async () => {
    // Line 4 is used although no passage says "hypervisor-free": passages that say "milliseconds" get it.
    await writeFile(
      join(knowledge, 'synonyms.txt'),
      'vm, virtual machine\nspin up => start\ndownside, cons => disadvantages, drawback\nmilliseconds => hypervisor-free\n',
    );
    const built = await loadKnowledgeBase(knowledge, { cacheDir });
    const unused = {
      source: 'synonyms.txt',
      reason: 'line 3: no passage uses "disadvantages" or "drawback" or any phrase it is mapped from, so the rule finds nothing',
    };
    expect(built.warnings).toContainEqual(unused);
    expect(built.warnings.filter((w) => w.reason.includes('no passage uses'))).toHaveLength(1);
    const cached = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(cached.fromCache).toBe(true);
    expect(cached.warnings).toContainEqual(unused);
  });

  it('is part of the cache key: editing it rebuilds the index, with the new lexicon', async () => {
    await writeFile(join(knowledge, 'synonyms.txt'), 'spin up => start\n');
    await loadKnowledgeBase(knowledge, { cacheDir });
    expect((await loadKnowledgeBase(knowledge, { cacheDir })).fromCache).toBe(true);
    await writeFile(join(knowledge, 'synonyms.txt'), 'come online => start\n');
    const edited = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(edited.fromCache).toBe(false);
    const cached = await loadKnowledgeBase(knowledge, { cacheDir });
    expect(cached.fromCache).toBe(true);
    expect(cached.index.lexicon.source).toBe('come online => start\n');
  });
});

