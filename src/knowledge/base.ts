import { KnowledgeIndex } from '../core/knowledge/knowledge-index.js';
import { Lexicon, LEXICON_FILE } from '../core/knowledge/lexicon.js';
import { passagesFromFilesAsync } from '../core/knowledge/load.js';
import type { KnowledgeFile, KnowledgeWarning } from '../core/knowledge/types.js';
import { withIndexCache } from './cache.js';
import { readKnowledgeFolder, type ReadKnowledgeOptions } from './fs.js';
import { NoKnowledgeError } from '../core/errors.js';

// Defined with every other coded error in src/core/errors.ts; exported here for existing importers.
export { NoKnowledgeError };

/** A loaded knowledge folder: the index, and what was skipped on the way. */
export interface KnowledgeBase {
  dir: string;
  index: KnowledgeIndex;
  files: number;
  warnings: KnowledgeWarning[];
  /** True when the index was loaded from the index cache rather than built. */
  fromCache: boolean;
}

export interface LoadKnowledgeOptions extends ReadKnowledgeOptions {
  /** Folder of the index cache (CACHE_DIR); without it the index is always built. */
  cacheDir?: string;
}

/**
 * The folder's synonyms.txt (at its top level) is its domain lexicon, not a passage: it is
 * taken out of the files to index and read as the lexicon. It stays in the files the index
 * cache is keyed on, so editing it rebuilds the index.
 */
export function lexiconOf(files: readonly KnowledgeFile[]): { lexicon: Lexicon; documents: KnowledgeFile[]; warnings: KnowledgeWarning[] } {
  const file = files.find((f) => f.path === LEXICON_FILE);
  const documents = files.filter((f) => f !== file);
  if (!file) return { lexicon: Lexicon.empty, documents, warnings: [] };
  const lexicon = Lexicon.parse(file.text);
  const warnings = lexicon.problems.map((p) => ({ source: LEXICON_FILE, reason: `line ${p.line}: ${p.reason}; the line is ignored` }));
  return { lexicon, documents, warnings };
}

/** Builds the index for already-read files; throws NoKnowledgeError when nothing is usable. */
export async function indexFiles(dir: string, files: KnowledgeFile[], warnings: KnowledgeWarning[]): Promise<KnowledgeBase> {
  const { lexicon, documents, warnings: lexiconWarnings } = lexiconOf(files);
  const { passages, warnings: splitWarnings } = await passagesFromFilesAsync(documents);
  const all = [...warnings, ...lexiconWarnings, ...splitWarnings];
  if (passages.length === 0) {
    throw new NoKnowledgeError(`Knowledge folder ${dir} has no usable passages (looked for .md, .markdown, .mdx, .md.in, .txt, .rst and .adoc files)`);
  }
  const index = await KnowledgeIndex.buildAsync(passages, lexicon);
  // A mapping to words no passage holds finds nothing: a typo, or the knowledge says it otherwise.
  for (const unused of lexicon.unusedMappings((term) => index.indexes(term))) {
    all.push({ source: LEXICON_FILE, reason: `line ${unused.line}: ${unused.reason}` });
  }
  return { dir, index, files: documents.length, warnings: all, fromCache: false };
}

/** Reads and indexes a knowledge folder, through the index cache when options.cacheDir is set. */
export async function loadKnowledgeBase(dir: string, options: LoadKnowledgeOptions = {}): Promise<KnowledgeBase> {
  const { files, warnings } = await readKnowledgeFolder(dir, options);
  if (options.cacheDir === undefined) return indexFiles(dir, files, warnings);
  const cached = await withIndexCache(options.cacheDir, dir, files, () => indexFiles(dir, files, []));
  return { dir, index: cached.index, files: files.filter((f) => f.path !== LEXICON_FILE).length, warnings: [...warnings, ...cached.warnings], fromCache: cached.fromCache };
}
