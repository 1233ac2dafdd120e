import { closeSync, mkdirSync, openSync, unlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FolderError } from './core/errors.js';

// Defined with every other coded error in src/core/errors.ts; exported here for existing importers.
export { FolderError };

/**
 * Folders the bot writes to (DATA_DIR, CACHE_DIR), checked once at start so a bad one ends
 * the start with a message rather than failing later.
 */

/**
 * Creates `path` (and its parents) and checks a file can be written in it; throws FolderError
 * naming the variable and the reason. Each level is created on its own: Node's recursive
 * mkdir never returns for a path under /proc, while a single mkdir fails at once. The folder
 * itself, when the bot creates it, is its owner's only (0700): it holds the index cache, the
 * feedback database and the hash key; folders above it get the usual mode.
 */
export function ensureWritableFolder(path: string, variable: string): void {
  const absolute = resolve(path);
  const missing: string[] = [];
  for (let p = absolute; ; p = dirname(p)) {
    missing.unshift(p);
    if (dirname(p) === p) break;
  }
  try {
    for (const level of missing) {
      try {
        mkdirSync(level, level === absolute ? 0o700 : undefined);
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST') throw error;
      }
    }
    const probe = `${absolute}/.write-check-${process.pid}`;
    closeSync(openSync(probe, 'wx', 0o600));
    unlinkSync(probe);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new FolderError(
      `${variable}=${path} cannot be used as a writable folder (${code ?? (error as Error).message}). Set ${variable} to a folder the bot can write to.`,
      { cause: error },
    );
  }
}
