import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { INDEX_FORMAT_VERSION, KnowledgeIndex, type KnowledgeIndexJSON } from './core/knowledge/knowledge-index.js';
import type { KnowledgeFile, KnowledgeWarning } from './core/knowledge/types.js';

/**
 * The index cache: a built index saved as JSON in CACHE_DIR, keyed by everything that
 * shapes it, so a restart with unchanged knowledge parses a file instead of re-indexing.
 * A cache file is never trusted: anything unexpected in it means rebuild.
 */

/** What the cache holds besides the index: the warnings the build produced. */
export interface BuiltIndex {
  index: KnowledgeIndex;
  warnings: KnowledgeWarning[];
}

export interface CachedIndex extends BuiltIndex {
  fromCache: boolean;
}

interface CacheFile {
  key: string;
  warnings: KnowledgeWarning[];
  index: KnowledgeIndexJSON;
}

const CACHE_FILE = /^index-([0-9a-f]{12})-([0-9a-f]{64})\.json$/;

// A change to the splitter, the term pipeline or the index must never serve an index built
// by the old code, even when INDEX_FORMAT_VERSION was not bumped: the code itself is hashed.
let codeFingerprint: Promise<string> | undefined;
function indexingCodeFingerprint(): Promise<string> {
  codeFingerprint ??= (async () => {
    const folder = new URL('./core/knowledge/', import.meta.url);
    try {
      const hash = createHash('sha256');
      for (const name of (await readdir(folder)).filter((n) => /\.[cm]?[jt]s$/.test(n)).sort()) {
        hash.update(name).update('\0').update(await readFile(new URL(name, folder))).update('\0');
      }
      return hash.digest('hex');
    } catch {
      // Bundled or stripped deployments have no sources to read; the format version still guards them.
      return 'unavailable';
    }
  })();
  return codeFingerprint;
}

/** The cache key: the index format, the indexing code, and each file's path, byte size and content. */
export async function knowledgeCacheKey(files: readonly KnowledgeFile[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ format: INDEX_FORMAT_VERSION, code: await indexingCodeFingerprint() }));
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    // Path and size are framed before the content so no two file lists hash alike by concatenation.
    hash.update(`\0${file.path}\0${Buffer.byteLength(file.text, 'utf8')}\0`).update(file.text);
  }
  return hash.digest('hex');
}

/** Cache files of one knowledge folder share a prefix, so pruning never touches another folder's cache. */
function folderId(dir: string): string {
  return createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 12);
}

/** Where the index for these files lives in cacheDir. */
export function indexCachePath(cacheDir: string, dir: string, key: string): string {
  return join(cacheDir, `index-${folderId(dir)}-${key}.json`);
}

/**
 * Loads the index for files from cacheDir when a valid entry exists; otherwise builds it
 * and saves it. Cache problems (corrupt, stale, unwritable) become warnings, never errors.
 */
export async function withIndexCache(
  cacheDir: string,
  dir: string,
  files: readonly KnowledgeFile[],
  build: () => Promise<BuiltIndex>,
): Promise<CachedIndex> {
  const key = await knowledgeCacheKey(files);
  const path = indexCachePath(cacheDir, dir, key);
  const cacheWarnings: KnowledgeWarning[] = [];

  const cached = await readCacheFile(path, key);
  if ('index' in cached) return { ...cached, fromCache: true };
  if (cached.problem) cacheWarnings.push({ source: path, reason: `index cache ignored (${cached.problem}), rebuilding` });

  const built = await build();
  const problem = await writeCacheFile(cacheDir, dir, path, { key, warnings: built.warnings, index: built.index.toJSON() });
  if (problem) cacheWarnings.push({ source: path, reason: `index cache not saved (${problem}); the next start indexes again` });
  return { index: built.index, warnings: [...built.warnings, ...cacheWarnings], fromCache: false };
}

async function readCacheFile(path: string, key: string): Promise<BuiltIndex | { problem?: string }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No file, or no cache folder at all, is a plain miss; the write reports a bad folder.
    return code === 'ENOENT' || code === 'ENOTDIR' ? {} : { problem: `unreadable: ${code ?? String(error)}` };
  }
  try {
    const data = JSON.parse(raw) as Partial<CacheFile>;
    if (data.key !== key) return { problem: 'written for other knowledge' };
    if (!Array.isArray(data.warnings) || !data.index) return { problem: 'incomplete' };
    return { index: KnowledgeIndex.fromJSON(data.index), warnings: data.warnings };
  } catch (error) {
    return { problem: error instanceof SyntaxError ? 'not valid JSON' : error instanceof Error ? error.message : String(error) };
  }
}

// Written to a temporary name and renamed, so a crash mid-write never leaves a half file
// under the real name; then older entries for the same folder are removed.
async function writeCacheFile(cacheDir: string, dir: string, path: string, data: CacheFile): Promise<string | undefined> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(temp, JSON.stringify(data));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
  const prefix = `index-${folderId(dir)}-`;
  const current = basename(path);
  try {
    for (const name of await readdir(cacheDir)) {
      if (name !== current && name.startsWith(prefix) && CACHE_FILE.test(name)) await rm(join(cacheDir, name), { force: true });
    }
  } catch {
    // Pruning is housekeeping; a leftover old file costs disk space, not correctness.
  }
  return undefined;
}
