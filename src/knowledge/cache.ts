import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DamagedCacheError } from '../core/errors.js';
import { INDEX_FORMAT_VERSION, KnowledgeIndex, type KnowledgeIndexJSON } from '../core/knowledge/knowledge-index.js';
import type { KnowledgeFile, KnowledgeWarning, Passage } from '../core/knowledge/types.js';

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

const CACHE_FILE = /^index-([0-9a-f]{12})-([0-9a-f]{64})\.json$/;
const TEMP_FILE = /^index-([0-9a-f]{12})-([0-9a-f]{64})\.json\.\d+\.[0-9a-f]+\.tmp$/;
const STALE_TEMP_MS = 60 * 60 * 1000;

// A change to the splitter, the term pipeline or the index must never serve an index built
// by the old code, even when INDEX_FORMAT_VERSION was not bumped: the code itself is hashed.
let codeFingerprint: Promise<string> | undefined;
function indexingCodeFingerprint(): Promise<string> {
  codeFingerprint ??= (async () => {
    const folder = new URL('../core/knowledge/', import.meta.url);
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
  let sinceYield = 0;
  for (const file of sorted) {
    // Path and size are framed before the content so no two file lists hash alike by concatenation.
    hash.update(`\0${file.path}\0${Buffer.byteLength(file.text, 'utf8')}\0`).update(file.text);
    sinceYield += file.text.length;
    if (sinceYield >= HASH_SLICE_BYTES) {
      sinceYield = 0;
      await yieldToEventLoop();
    }
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
  const problem = await writeCacheFile(cacheDir, dir, path, key, built);
  if (problem) cacheWarnings.push({ source: path, reason: `index cache not saved (${problem}); the next start indexes again` });
  return { index: built.index, warnings: [...built.warnings, ...cacheWarnings], fromCache: false };
}

/*
 * The file holds one JSON value per line: a header, then each passage, then each term of
 * the MiniSearch index (postings as flat passage, frequency pairs), then an end marker. Line by line, neither writing nor loading ever
 * holds the whole index as one string or one parsed tree (on 100,000 passages that halves
 * the memory a start needs), and a file cut short lacks the end marker.
 */
const CACHE_FORMAT = 3;
const END_LINE = '{"end":true}';
// Small enough that the chunks are short-lived young objects, not large ones kept to a full GC.
const WRITE_CHUNK_CHARS = 1 << 16;
const READ_BLOCK_BYTES = 1 << 20;
// Lines parsed, and bytes hashed, between pauses that let a server answer meanwhile.
const PARSE_SLICE = 2_000;
const HASH_SLICE_BYTES = 4 << 20;

interface CacheHeader {
  format: number;
  key: string;
  warnings: KnowledgeWarning[];
  passages: number;
  terms: number;
  /** KnowledgeIndex.toJSON() without its passages and MiniSearch data (the head of toJSONParts()). */
  index: Record<string, unknown>;
  /** MiniSearch's toJSON() without its index terms. */
  miniSearch: Record<string, unknown>;
}

/**
 * The cache file's lines, read a block at a time: loading never holds the whole file (62 MB
 * on corpus x10) in memory at once, only the block and the line being parsed.
 */
class CacheLines {
  private block = Buffer.alloc(0);
  private at = 0;
  private position = 0;

  constructor(private readonly handle: FileHandle, private readonly size: number) {}

  async next(): Promise<string> {
    for (;;) {
      const newline = this.block.indexOf(10, this.at);
      if (newline >= 0) {
        const line = this.block.toString('utf8', this.at, newline);
        this.at = newline + 1;
        return line;
      }
      if (this.position >= this.size) {
        if (this.at >= this.block.length) throw new DamagedCacheError('incomplete: fewer entries than its header says');
        // The last line, without a newline after it.
        const line = this.block.toString('utf8', this.at);
        this.at = this.block.length;
        return line;
      }
      const read = Buffer.allocUnsafe(Math.min(READ_BLOCK_BYTES, this.size - this.position));
      const { bytesRead } = await this.handle.read(read, 0, read.length, this.position);
      if (bytesRead === 0) throw new DamagedCacheError('incomplete: fewer entries than its header says');
      this.position += bytesRead;
      this.block = Buffer.concat([this.block.subarray(this.at), read.subarray(0, bytesRead)]);
      this.at = 0;
    }
  }

  /** Whether the file ends with these bytes (read from the end, without reading the rest). */
  async endsWith(tail: Buffer): Promise<boolean> {
    if (this.size < tail.length) return false;
    const bytes = Buffer.alloc(tail.length);
    await this.handle.read(bytes, 0, tail.length, this.size - tail.length);
    return bytes.equals(tail);
  }
}

async function readCacheFile(path: string, key: string): Promise<BuiltIndex | { problem?: string }> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No file, or no cache folder at all, is a plain miss; the write reports a bad folder.
    return code === 'ENOENT' || code === 'ENOTDIR' ? {} : { problem: `unreadable: ${code ?? String(error)}` };
  }
  try {
    const info = await handle.stat();
    // A file written before caches were private (0644) is tightened on first use.
    if (info.mode & 0o077) await handle.chmod(0o600).catch(() => undefined);
    const lines = new CacheLines(handle, info.size);
    const header = JSON.parse(await lines.next()) as Partial<CacheHeader>;
    if (header.format !== CACHE_FORMAT) return { problem: 'written in another cache format' };
    if (header.key !== key) return { problem: 'written for other knowledge' };
    if (!(await lines.endsWith(Buffer.from(`\n${END_LINE}\n`)))) return { problem: 'incomplete: cut short' };
    if (!Array.isArray(header.warnings) || !Number.isInteger(header.passages) || !Number.isInteger(header.terms) || !header.index || !header.miniSearch) {
      return { problem: 'incomplete: header' };
    }
    const passages: unknown[] = [];
    for (let n = 0; n < header.passages!; n++) {
      passages.push(JSON.parse(await lines.next()));
      if (n % PARSE_SLICE === PARSE_SLICE - 1) await yieldToEventLoop();
    }
    // The index is restored from any iterable of [term, postings]; parsing one term at a
    // time as it asks keeps only one term's JSON alive.
    const terms = async function* () {
      for (let n = 0; n < header.terms!; n++) {
        const entry = JSON.parse(await lines.next()) as unknown;
        if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') throw new DamagedCacheError('damaged: an index entry is not [term, postings]');
        yield entry;
      }
    };
    // Parsed from the file, not yet checked: fromJSONAsync checks the format version and the passages.
    const head = header.index as Omit<KnowledgeIndexJSON, 'passages' | 'miniSearch'>;
    const json: KnowledgeIndexJSON = { ...head, passages: passages as Passage[], miniSearch: { ...header.miniSearch, index: terms() } };
    const index = await KnowledgeIndex.fromJSONAsync(json);
    if ((await lines.next()) !== END_LINE) return { problem: 'incomplete: more entries than its header says' };
    return { index, warnings: header.warnings };
  } catch (error) {
    if (error instanceof DamagedCacheError) return { problem: error.message };
    return { problem: error instanceof SyntaxError ? 'not valid JSON' : error instanceof Error ? error.message : String(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

// Written to a temporary name and renamed, so a crash mid-write never leaves a half file
// under the real name; then older entries for the same folder are removed.
async function writeCacheFile(cacheDir: string, dir: string, path: string, key: string, built: BuiltIndex): Promise<string | undefined> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  let handle: FileHandle | undefined;
  try {
    // The index holds the knowledge's text: readable by the bot's user only.
    await mkdir(cacheDir, { recursive: true, mode: 0o700 });
    handle = await open(temp, 'wx', 0o600);
    await writeLines(handle, key, built);
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
  const prefix = `index-${folderId(dir)}-`;
  const current = basename(path);
  try {
    for (const name of await readdir(cacheDir)) {
      if (name === current || !name.startsWith(prefix)) continue;
      if (CACHE_FILE.test(name)) {
        await rm(join(cacheDir, name), { force: true });
      } else if (TEMP_FILE.test(name) && Date.now() - (await stat(join(cacheDir, name))).mtimeMs > STALE_TEMP_MS) {
        // Left by a process that died mid-write; a younger one may still be another process writing.
        await rm(join(cacheDir, name), { force: true });
      }
    }
  } catch {
    // Pruning is housekeeping; a leftover old file costs disk space, not correctness.
  }
  return undefined;
}

async function writeLines(handle: FileHandle, key: string, built: BuiltIndex): Promise<void> {
  // The parts give the index terms one at a time: writing never holds a second copy of the postings.
  const { head, passages, termCount, terms } = built.index.toJSONParts();
  const { miniSearch, ...index } = head;
  let chunk = '';
  const add = async (value: unknown) => {
    chunk += JSON.stringify(value) + '\n';
    if (chunk.length >= WRITE_CHUNK_CHARS) {
      await handle.write(chunk);
      chunk = '';
    }
  };
  const header: CacheHeader = { format: CACHE_FORMAT, key, warnings: built.warnings, passages: passages.length, terms: termCount, index, miniSearch };
  await add(header);
  for (const passage of passages) await add(passage);
  let written = 0;
  for (const term of terms(true)) {
    await add(term);
    written++;
  }
  if (written !== termCount) throw new Error(`index changed while being written (${written} of ${termCount} terms)`);
  await handle.write(chunk + END_LINE + '\n');
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
