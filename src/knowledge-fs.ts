import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { KnowledgeFile, KnowledgeWarning } from './core/knowledge/types.js';

/**
 * Reads a knowledge folder into core types. Every problem with one file becomes a
 * warning and the file is skipped; only a missing or unreadable folder is an error.
 */

export const KNOWLEDGE_EXTENSIONS = /\.(md|markdown|txt)$/i;
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ReadKnowledgeOptions {
  maxFileBytes?: number;
}

export interface KnowledgeFolder {
  files: KnowledgeFile[];
  warnings: KnowledgeWarning[];
}

export class KnowledgeFolderError extends Error {
  readonly code = 'KNOWLEDGE_FOLDER_UNREADABLE';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

const MAX_OPEN_FILES = 32;

/** Runs file-system calls at most MAX_OPEN_FILES at a time, so a big folder cannot exhaust file descriptors. */
function ioLimiter() {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(call: () => Promise<T>): Promise<T> => {
    if (active >= MAX_OPEN_FILES) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await call();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/** Reads every .md, .markdown and .txt file under dir, recursively. */
export async function readKnowledgeFolder(dir: string, options: ReadKnowledgeOptions = {}): Promise<KnowledgeFolder> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let rootStat;
  try {
    rootStat = await stat(dir);
  } catch (error) {
    throw new KnowledgeFolderError(`Knowledge folder ${dir} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (!rootStat.isDirectory()) throw new KnowledgeFolderError(`Knowledge folder ${dir} is not a directory`);

  const files: KnowledgeFile[] = [];
  const warnings: KnowledgeWarning[] = [];
  const visited = new Set<string>();
  const io = ioLimiter();

  const walk = async (folder: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(folder);
    } catch (error) {
      warnings.push({ source: rel(dir, folder), reason: `cannot resolve: ${errorCode(error)}` });
      return;
    }
    // A symlink loop would revisit a folder forever; each real folder is read once.
    if (visited.has(real)) {
      warnings.push({ source: rel(dir, folder), reason: 'folder already visited (symlink loop), skipped' });
      return;
    }
    visited.add(real);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      warnings.push({ source: rel(dir, folder), reason: `cannot list folder: ${errorCode(error)}` });
      return;
    }
    // Entries are read concurrently (bounded): one await after another made reading a large
    // folder ten times slower than the disk is.
    await Promise.all(entries.filter((entry) => !entry.name.startsWith('.')).map(async (entry) => {
      const full = join(folder, entry.name);
      let info;
      try {
        info = await io(() => (entry.isSymbolicLink() ? stat(full) : lstat(full)));
      } catch (error) {
        warnings.push({ source: rel(dir, full), reason: `cannot read: ${errorCode(error)}` });
        return;
      }
      if (info.isDirectory()) {
        await walk(full);
        return;
      }
      if (!KNOWLEDGE_EXTENSIONS.test(entry.name)) return;
      const source = rel(dir, full);
      // A pipe or device named like a knowledge file would block or never end if read.
      if (!info.isFile()) {
        warnings.push({ source, reason: 'not a regular file (a pipe, socket or device), skipped' });
        return;
      }
      if (info.size === 0) {
        warnings.push({ source, reason: 'empty file, skipped' });
        return;
      }
      if (info.size > maxFileBytes) {
        warnings.push({ source, reason: `${info.size} bytes is over the ${maxFileBytes}-byte limit (KNOWLEDGE_MAX_FILE_BYTES), skipped` });
        return;
      }
      let bytes: Buffer;
      try {
        bytes = await io(() => readFile(full));
      } catch (error) {
        warnings.push({ source, reason: `cannot read: ${errorCode(error)}` });
        return;
      }
      const decoded = decode(bytes);
      if ('reason' in decoded) {
        warnings.push({ source, reason: decoded.reason });
        return;
      }
      if (!decoded.text.trim()) {
        warnings.push({ source, reason: 'only whitespace, skipped' });
        return;
      }
      files.push({ path: source, text: decoded.text });
    }));
  };
  await walk(dir);
  const byPath = <T extends { path?: string; source?: string }>(a: T, b: T) => {
    const x = a.path ?? a.source ?? '';
    const y = b.path ?? b.source ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return { files: files.sort(byPath), warnings: warnings.sort(byPath) };
}

function decode(bytes: Buffer): { text: string } | { reason: string } {
  // NUL bytes do not occur in text; their presence in the first block marks a binary file.
  if (bytes.subarray(0, 8192).includes(0)) return { reason: 'binary file, skipped' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { reason: 'not valid UTF-8, skipped' };
  }
}

function rel(root: string, full: string): string {
  return relative(root, full).split(sep).join('/') || '.';
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}
