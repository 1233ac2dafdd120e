import { constants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { KnowledgeFile, KnowledgeWarning } from '../core/knowledge/types.js';
import { errorCode, ioLimiter, walkKnowledgeFolder } from './walk.js';

export { KNOWLEDGE_EXTENSIONS, KnowledgeFolderError } from './walk.js';

/**
 * Reads a knowledge folder into core types. Every problem with one file becomes a
 * warning and the file is skipped; only a missing or unreadable folder is an error.
 * Which files are read, and the rule that keeps links from leaving the folder, is
 * walk.ts's.
 */

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ReadKnowledgeOptions {
  maxFileBytes?: number;
}

export interface KnowledgeFolder {
  files: KnowledgeFile[];
  warnings: KnowledgeWarning[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

// The walk resolved every link; the last step refuses to follow one made since (O_NOFOLLOW),
// and a pipe put in a file's place since cannot block the open (O_NONBLOCK).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Reads every knowledge file (KNOWLEDGE_EXTENSIONS) under dir, recursively, never leaving dir. */
export async function readKnowledgeFolder(dir: string, options: ReadKnowledgeOptions = {}): Promise<KnowledgeFolder> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const tree = await walkKnowledgeFolder(dir);
  const files: KnowledgeFile[] = [];
  const warnings: KnowledgeWarning[] = [...tree.warnings];
  const io = ioLimiter();

  await Promise.all(tree.files.map(async ({ real, rel: source, stats: info }) => {
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
      bytes = await io(() => readFile(real, { flag: READ_FLAGS }));
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
