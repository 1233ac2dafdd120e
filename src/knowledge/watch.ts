import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'pino';
import type { KnowledgeBase } from './base.js';
import { NoKnowledgeError } from './base.js';
import { KNOWLEDGE_EXTENSIONS, KnowledgeFolderError, walkKnowledgeFolder } from './walk.js';

/**
 * Hot reload of the knowledge folder. A change is debounced, the index is rebuilt in the
 * background by the loader the bot starts with, and the finished knowledge base is
 * handed over in one assignment. Until then every answer uses the previous, complete
 * index; a rebuild that fails leaves it in place.
 */

/** Holds the knowledge base answers are served from; swapping replaces it whole. */
export class KnowledgeHolder {
  #current: KnowledgeBase;

  constructor(initial: KnowledgeBase) {
    this.#current = initial;
  }

  /** The knowledge base to answer from. Take it once per question and use that one throughout. */
  current(): KnowledgeBase {
    return this.#current;
  }

  /**
   * Whether there is an index to answer from (/healthz fails without one). A folder that loses
   * every usable file fails its rebuild and keeps the previous index, so only an empty knowledge
   * base handed in or swapped in by a caller makes this false.
   */
  loaded(): boolean {
    return this.#current.index.passages.length > 0;
  }

  /** Puts a fully built knowledge base in place; returns the one it replaces. */
  swap(next: KnowledgeBase): KnowledgeBase {
    const previous = this.#current;
    this.#current = next;
    return previous;
  }
}

export interface KnowledgeReload {
  files: number;
  passages: number;
  /** Files skipped with a warning. */
  skipped: number;
  /** The index came from the index cache (the folder matched a previous build). */
  fromCache: boolean;
  ms: number;
}

export type WatchMode = 'watch' | 'poll';

export interface WatchKnowledgeOptions {
  /** Builds a complete knowledge base from the folder (the bot passes its loadKnowledgeBase call). */
  load: () => Promise<KnowledgeBase>;
  /** Receives each successfully rebuilt knowledge base, typically `(kb) => holder.swap(kb)`. */
  onReload: (kb: KnowledgeBase, reload: KnowledgeReload) => void;
  /** Told about each failed rebuild, after it is logged; the previous index stays. */
  onError?: (error: unknown) => void;
  logger?: Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;
  /** The knowledge base being served now, so a reload only logs warnings that are new. */
  initial?: KnowledgeBase;
  /** Quiet time after the last change before rebuilding. */
  debounceMs?: number;
  /** A folder that never stops changing still gets rebuilt this often. */
  maxWaitMs?: number;
  /** 'watch' uses fs.watch (recursive) and falls back to polling when it is unavailable. */
  mode?: WatchMode;
  /** How often the polling fallback looks at the folder. */
  pollMs?: number;
}

export const defaultWatchOptions = {
  debounceMs: 1_000,
  maxWaitMs: 10_000,
  mode: 'watch' as WatchMode,
  pollMs: 2_000,
};

export interface KnowledgeWatch {
  /** How changes are noticed right now ('poll' after a fallback). */
  readonly mode: WatchMode;
  /**
   * Stops watching; resolves once a rebuild in progress has settled (its result is dropped).
   * Watching alone never keeps the process alive.
   */
  close(): Promise<void>;
}

/**
 * Whether a changed path reported by fs.watch can affect the knowledge: dot files and
 * editor leftovers (.swp, ~, .tmp) cannot; a name without an extension may be a folder.
 */
export function isKnowledgeChange(filename: string | null | undefined): boolean {
  if (!filename) return true;
  const parts = filename.split(/[\\/]/).filter(Boolean);
  // readKnowledgeFolder skips dot entries, so their changes cannot alter the index.
  if (parts.some((p) => p.startsWith('.'))) return false;
  const name = parts[parts.length - 1] ?? '';
  if (KNOWLEDGE_EXTENSIONS.test(name)) return true;
  return !/\.[^.]+$/.test(name) && !name.endsWith('~');
}

/** Watches a knowledge folder and rebuilds on change; see the module comment. */
export function watchKnowledge(dir: string, options: WatchKnowledgeOptions): KnowledgeWatch {
  return new KnowledgeWatcher(dir, { ...defaultWatchOptions, ...options });
}

type ResolvedOptions = WatchKnowledgeOptions & typeof defaultWatchOptions;

class KnowledgeWatcher implements KnowledgeWatch {
  mode: WatchMode;
  readonly #dir: string;
  readonly #options: ResolvedOptions;
  readonly #watchers = new Map<string, FSWatcher>();
  #pollTimer?: NodeJS.Timeout;
  #pollSignature?: string;
  #polling = false;
  #debounceTimer?: NodeJS.Timeout;
  #firstChangeAt?: number;
  #building?: Promise<void>;
  #rebuildAgain = false;
  #closed = false;
  #warningKeys: Set<string>;
  /** Polling only because the folder vanished: watch again once it is back. */
  #folderGone = false;
  #syncing: Promise<void> = Promise.resolve();

  constructor(dir: string, options: ResolvedOptions) {
    this.#dir = dir;
    this.#options = options;
    this.#warningKeys = new Set((options.initial?.warnings ?? []).map(warningKey));
    this.mode = options.mode;
    if (options.mode === 'watch') this.#watch();
    else this.#poll();
  }

  #watch(): void {
    try {
      if (NATIVE_RECURSIVE_WATCH) {
        const watcher = watch(this.#dir, { recursive: true, persistent: false }, (_event, filename) => this.#event(filename?.toString()));
        watcher.on('error', (error) => this.#fallBackToPolling(error));
        this.#watchers.set(this.#dir, watcher);
      } else {
        void this.#syncFolderWatchers();
      }
      this.mode = 'watch';
    } catch (error) {
      this.#fallBackToPolling(error);
    }
  }

  #event(filename: string | undefined): void {
    if (isKnowledgeChange(filename)) this.#changed();
  }

  /**
   * Linux: one plain fs.watch per folder. Node 20's own recursive mode there is built in
   * JavaScript on per-file watchers and misses events (a file deleted after an editor's
   * rename-over save goes unreported; nodejs/node#48437), while a folder's inotify watch
   * reports every entry created, changed, renamed or removed in it. The folders are the
   * ones the reader reads (walk.ts: no link out of the folder is watched either).
   * Run before each rebuild, so a new subfolder is watched before the folder is read again;
   * the knowledge folder itself is watched at once, its subfolders as soon as they are listed.
   */
  #syncFolderWatchers(): Promise<void> {
    if (NATIVE_RECURSIVE_WATCH || this.mode === 'poll' || this.#closed) return Promise.resolve();
    if (!this.#watchers.has(this.#dir)) {
      try {
        this.#watchFolder(this.#dir, '');
      } catch (error) {
        this.#fallBackToPolling(error, false);
        return Promise.resolve();
      }
    }
    // One walk at a time, so an older folder list never lands after a newer one.
    this.#syncing = this.#syncing.then(async () => {
      let folders: Map<string, string>;
      try {
        folders = await knowledgeFolders(this.#dir);
      } catch {
        // The folder is gone or unreadable: the rebuild's read fails on it and reports it.
        return;
      }
      if (NATIVE_RECURSIVE_WATCH || this.mode === 'poll' || this.#closed) return;
      try {
        this.#watchFolders(folders);
      } catch (error) {
        this.#fallBackToPolling(error, false);
      }
    });
    return this.#syncing;
  }

  #watchFolders(folders: Map<string, string>): void {
    for (const [folder, watcher] of this.#watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        this.#watchers.delete(folder);
      }
    }
    for (const [folder, prefix] of folders) {
      if (!this.#watchers.has(folder)) this.#watchFolder(folder, prefix);
    }
  }

  #watchFolder(folder: string, prefix: string): void {
    const watcher = watch(folder, { persistent: false }, (_event, filename) => this.#event(filename ? `${prefix}${filename.toString()}` : undefined));
    watcher.on('error', (error) => {
      if (folder === this.#dir) {
        this.#fallBackToPolling(error);
      } else {
        // A subfolder that disappears takes its watcher with it; the parent folder reports the removal.
        watcher.close();
        this.#watchers.delete(folder);
        this.#changed();
      }
    });
    this.#watchers.set(folder, watcher);
  }

  #closeWatchers(): void {
    for (const watcher of this.#watchers.values()) watcher.close();
    this.#watchers.clear();
  }

  // fs.watch can be unavailable (old platforms, inotify watch limit reached) or die with
  // its folder; polling keeps reloads working and notices the folder coming back.
  #fallBackToPolling(error: unknown, rebuild = true): void {
    // However polling began, a folder found gone means watching again once it is back.
    if (error instanceof KnowledgeFolderError) this.#folderGone = true;
    if (this.#closed || this.mode === 'poll') return;
    this.#folderGone = error instanceof KnowledgeFolderError;
    this.#options.logger?.warn(
      { dir: this.#dir, err: error, pollMs: this.#options.pollMs },
      'cannot watch the knowledge folder for changes; polling it instead',
    );
    this.#closeWatchers();
    this.#poll();
    // The folder may have changed while the watcher was failing.
    if (rebuild) this.#changed();
  }

  #poll(): void {
    this.mode = 'poll';
    if (this.#pollTimer) return;
    const tick = async () => {
      if (this.#polling || this.#closed) return;
      this.#polling = true;
      try {
        const signature = await folderSignature(this.#dir);
        // Polling because the folder went away, the first look may find it back already (restored
        // between the failed read and this look): that is a change to load, not the baseline.
        const changed = this.#pollSignature === undefined ? this.#folderGone && !isGone(signature) : signature !== this.#pollSignature;
        if (changed) this.#changed();
        this.#pollSignature = signature;
      } catch (error) {
        this.#options.logger?.warn({ dir: this.#dir, err: error }, 'cannot look at the knowledge folder for changes');
      } finally {
        this.#polling = false;
      }
    };
    void tick();
    this.#pollTimer = setInterval(() => void tick(), this.#options.pollMs);
    this.#pollTimer.unref();
  }

  #changed(): void {
    if (this.#closed) return;
    const now = Date.now();
    this.#firstChangeAt ??= now;
    clearTimeout(this.#debounceTimer);
    const waited = now - this.#firstChangeAt;
    const delay = Math.max(0, Math.min(this.#options.debounceMs, this.#options.maxWaitMs - waited));
    this.#debounceTimer = setTimeout(() => this.#settled(), delay);
    this.#debounceTimer.unref();
  }

  #settled(): void {
    this.#debounceTimer = undefined;
    this.#firstChangeAt = undefined;
    if (this.#closed) return;
    // Changes that arrive during a rebuild fold into one more rebuild after it.
    if (this.#building) {
      this.#rebuildAgain = true;
      return;
    }
    this.#building = this.#rebuild().finally(() => {
      this.#building = undefined;
      if (this.#rebuildAgain && !this.#closed) {
        this.#rebuildAgain = false;
        this.#settled();
      }
    });
  }

  async #rebuild(): Promise<void> {
    const { load, onReload, onError, logger } = this.#options;
    const started = performance.now();
    let kb: KnowledgeBase;
    try {
      await this.#syncFolderWatchers();
      kb = await load();
    } catch (error) {
      if (this.#closed) return;
      const expected = error instanceof NoKnowledgeError || error instanceof KnowledgeFolderError;
      const log = { dir: this.#dir, err: error, ms: Math.round(performance.now() - started) };
      if (expected) logger?.warn(log, `knowledge reload failed, still answering from the previous index: ${(error as Error).message}`);
      else logger?.error(log, 'knowledge reload failed unexpectedly, still answering from the previous index');
      onError?.(error);
      // A watcher dies with its folder; polling notices when the folder is back.
      if (error instanceof KnowledgeFolderError) this.#fallBackToPolling(error, false);
      return;
    }
    if (this.#closed) return;
    const reload: KnowledgeReload = {
      files: kb.files,
      passages: kb.index.passages.length,
      skipped: kb.warnings.length,
      fromCache: kb.fromCache,
      ms: Math.round(performance.now() - started),
    };
    try {
      onReload(kb, reload);
    } catch (error) {
      logger?.error({ dir: this.#dir, err: error }, 'knowledge reload could not be put in place');
      onError?.(error);
      return;
    }
    if (this.#folderGone) this.#watchAgain();
    const keys = new Set(kb.warnings.map(warningKey));
    for (const w of kb.warnings) {
      if (!this.#warningKeys.has(warningKey(w))) logger?.warn({ source: w.source }, `knowledge file skipped: ${w.source}: ${w.reason}`);
    }
    this.#warningKeys = keys;
    logger?.info({ dir: this.#dir, ...reload }, 'knowledge reloaded');
  }

  #watchAgain(): void {
    this.#folderGone = false;
    clearInterval(this.#pollTimer);
    this.#pollTimer = undefined;
    this.#pollSignature = undefined;
    this.mode = 'watch';
    this.#watch();
    // Anything changed between the rebuild's read and the new watchers is caught by one more look.
    if (this.mode === 'watch') this.#changed();
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#debounceTimer);
    clearInterval(this.#pollTimer);
    this.#closeWatchers();
    await this.#building?.catch(() => {});
  }
}

// macOS (FSEvents) and Windows watch a whole tree natively; elsewhere Node emulates it.
const NATIVE_RECURSIVE_WATCH = process.platform === 'darwin' || process.platform === 'win32';

/** The folders readKnowledgeFolder reads, each with its path prefix relative to dir ('sub/'). */
export async function knowledgeFolders(dir: string): Promise<Map<string, string>> {
  const { folders } = await walkKnowledgeFolder(dir);
  return new Map(folders.map((f) => [f.path, f.rel ? `${f.rel}/` : '']));
}

function warningKey(w: { source: string; reason: string }): string {
  return `${w.source}\0${w.reason}`;
}

// The signature of a folder that cannot be read starts with a character no file name has.
const GONE = '\0';
const isGone = (signature: string) => signature.startsWith(GONE);

/**
 * Names, sizes and modification times of what readKnowledgeFolder would read, as one string;
 * the polling fallback rebuilds when it changes. A missing folder has its own signature.
 */
export async function folderSignature(dir: string): Promise<string> {
  let tree;
  try {
    tree = await walkKnowledgeFolder(dir);
  } catch (error) {
    return `${GONE}${(error as Error).message}`;
  }
  return [
    ...tree.folders.map((f) => `${f.rel}/`),
    ...tree.files.map((f) => `${f.rel}:${f.stats.size}:${f.stats.mtimeMs}`),
    ...tree.warnings.map((w) => `!${w.source}:${w.reason}`),
  ].join('\n');
}
