import type { Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { KNOWLEDGE_FILE } from '../core/knowledge/formats.js';
import type { KnowledgeWarning } from '../core/knowledge/types.js';
import { KnowledgeFolderError } from '../core/errors.js';

// Defined with every other coded error in src/core/errors.ts; exported here for existing importers.
export { KnowledgeFolderError };

/**
 * The one walk of a knowledge folder: the reader, the watcher's folder list and the polling
 * signature all take what it finds, so which entries count is decided here only. Its rule:
 * dot entries are ignored; a symbolic link is followed only when its real path is inside the
 * real knowledge folder (a link to /etc/passwd, to a folder outside or to /proc/self/cwd is
 * skipped with a warning, so the bot can never be made to quote a file outside the folder);
 * each real folder is read once, so a link loop ends.
 */

/** The file names read: .md, .markdown, .mdx, .md.in, .txt, .rst, .adoc and .asciidoc. */
export const KNOWLEDGE_EXTENSIONS = KNOWLEDGE_FILE;

export interface WalkedFolder {
  /** Path as reached from the knowledge folder (through links inside it). */
  path: string;
  /** Relative path with forward slashes; '' for the knowledge folder itself. */
  rel: string;
}

export interface WalkedFile {
  path: string;
  /** The resolved path: read this, not `path`, so a link swapped afterwards is not followed. */
  real: string;
  rel: string;
  stats: Stats;
}

export interface KnowledgeTree {
  /** Real path of the knowledge folder. */
  root: string;
  /** The folder itself first, then breadth first, names in order. */
  folders: WalkedFolder[];
  /** Entries named like knowledge files (KNOWLEDGE_EXTENSIONS), in folder order. */
  files: WalkedFile[];
  warnings: KnowledgeWarning[];
}

const MAX_FOLDER_DEPTH = 32;
const MAX_OPEN_FILES = 32;

/** Runs file-system calls at most MAX_OPEN_FILES at a time, so a big folder cannot exhaust file descriptors. */
export function ioLimiter() {
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

/** Whether real (a resolved path) is root or lies under it; '/kb-evil' is not under '/kb'. */
export function isInside(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

type Resolved =
  | { kind: 'folder'; path: string; real: string; rel: string }
  | { kind: 'file'; file: WalkedFile }
  | { kind: 'warning'; warning: KnowledgeWarning }
  | { kind: 'none' };

/**
 * Walks dir breadth first (so which of two links to one folder is read is the same every
 * time) and returns its folders and knowledge files. Only a missing or unreadable dir is an
 * error (KnowledgeFolderError); every problem below it is a warning.
 */
export async function walkKnowledgeFolder(dir: string): Promise<KnowledgeTree> {
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) throw new KnowledgeFolderError(`Knowledge folder ${dir} is not a directory`);
  } catch (error) {
    if (error instanceof KnowledgeFolderError) throw error;
    throw new KnowledgeFolderError(`Knowledge folder ${dir} cannot be read: ${errorCode(error)}`);
  }
  const tree: KnowledgeTree = { root, folders: [{ path: dir, rel: '' }], files: [], warnings: [] };
  const visited = new Set([root]);
  const io = ioLimiter();
  let level = [{ path: dir, real: root, rel: '' }];

  for (let depth = 0; level.length; depth++) {
    if (depth > MAX_FOLDER_DEPTH) {
      for (const folder of level) tree.warnings.push({ source: folder.rel, reason: `more than ${MAX_FOLDER_DEPTH} folders deep, skipped` });
      break;
    }
    // Entries are resolved concurrently (bounded): one await after another made reading a
    // large folder ten times slower than the disk is. Decisions are then taken in order.
    const listed = await Promise.all(level.map(async (folder) => {
      let entries;
      try {
        entries = await io(() => readdir(folder.path, { withFileTypes: true }));
      } catch (error) {
        const unlisted: Resolved = { kind: 'warning', warning: { source: folder.rel || '.', reason: `cannot list folder: ${errorCode(error)}` } };
        return [unlisted];
      }
      const names = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return Promise.all(names.map((entry) => resolveEntry(io, root, folder, entry)));
    }));
    const next: typeof level = [];
    for (const entry of listed.flat()) {
      if (entry.kind === 'warning') tree.warnings.push(entry.warning);
      else if (entry.kind === 'file') tree.files.push(entry.file);
      else if (entry.kind === 'folder') {
        if (visited.has(entry.real)) {
          tree.warnings.push({ source: entry.rel, reason: 'folder already read through another path (symlink loop), skipped' });
          continue;
        }
        visited.add(entry.real);
        next.push(entry);
        tree.folders.push({ path: entry.path, rel: entry.rel });
      }
    }
    level = next;
  }
  return tree;
}

async function resolveEntry(
  io: ReturnType<typeof ioLimiter>,
  root: string,
  folder: { path: string; real: string; rel: string },
  entry: { name: string; isSymbolicLink(): boolean; isDirectory(): boolean; isFile(): boolean },
): Promise<Resolved> {
  const path = join(folder.path, entry.name);
  const rel = folder.rel ? `${folder.rel}/${entry.name}` : entry.name;
  try {
    if (entry.isSymbolicLink()) {
      let real: string;
      try {
        real = await io(() => realpath(path));
      } catch (error) {
        return { kind: 'warning', warning: { source: rel, reason: `symbolic link cannot be resolved (${errorCode(error)}), skipped` } };
      }
      if (!isInside(real, root)) {
        return { kind: 'warning', warning: { source: rel, reason: 'symbolic link to a path outside the knowledge folder, skipped' } };
      }
      const stats = await io(() => stat(real));
      if (stats.isDirectory()) return { kind: 'folder', path, real, rel };
      return KNOWLEDGE_EXTENSIONS.test(entry.name) ? { kind: 'file', file: { path, real, rel, stats } } : { kind: 'none' };
    }
    // Not a link: its real path is its folder's real path plus its name, inside by construction.
    const real = join(folder.real, entry.name);
    if (entry.isDirectory()) return { kind: 'folder', path, real, rel };
    const typeKnown = entry.isFile() || entry.isSymbolicLink();
    if (typeKnown && !KNOWLEDGE_EXTENSIONS.test(entry.name)) return { kind: 'none' };
    const stats = await io(() => lstat(path));
    // A file system that reports no entry type: the lstat tells.
    if (stats.isDirectory()) return { kind: 'folder', path, real, rel };
    if (stats.isSymbolicLink()) return resolveEntry(io, root, folder, { name: entry.name, isSymbolicLink: () => true, isDirectory: () => false, isFile: () => false });
    if (!KNOWLEDGE_EXTENSIONS.test(entry.name)) return { kind: 'none' };
    return { kind: 'file', file: { path, real, rel, stats } };
  } catch (error) {
    return { kind: 'warning', warning: { source: rel, reason: `cannot read: ${errorCode(error)}` } };
  }
}

export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}
