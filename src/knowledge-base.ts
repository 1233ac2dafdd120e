import { KnowledgeIndex } from './core/knowledge/knowledge-index.js';
import { passagesFromFiles } from './core/knowledge/load.js';
import type { KnowledgeFile, KnowledgeWarning } from './core/knowledge/types.js';
import { readKnowledgeFolder, type ReadKnowledgeOptions } from './knowledge-fs.js';

/** A loaded knowledge folder: the index, and what was skipped on the way. */
export interface KnowledgeBase {
  dir: string;
  index: KnowledgeIndex;
  files: number;
  warnings: KnowledgeWarning[];
}

export class NoKnowledgeError extends Error {
  readonly code = 'KNOWLEDGE_EMPTY';
}

/** Builds the index for already-read files; throws NoKnowledgeError when nothing is usable. */
export async function indexFiles(dir: string, files: KnowledgeFile[], warnings: KnowledgeWarning[]): Promise<KnowledgeBase> {
  const { passages, warnings: splitWarnings } = passagesFromFiles(files);
  const all = [...warnings, ...splitWarnings];
  if (passages.length === 0) {
    throw new NoKnowledgeError(`Knowledge folder ${dir} has no usable passages (looked for .md, .markdown and .txt files)`);
  }
  const index = await KnowledgeIndex.buildAsync(passages);
  return { dir, index, files: files.length, warnings: all };
}

/** Reads and indexes a knowledge folder. */
export async function loadKnowledgeBase(dir: string, options: ReadKnowledgeOptions = {}): Promise<KnowledgeBase> {
  const { files, warnings } = await readKnowledgeFolder(dir, options);
  return indexFiles(dir, files, warnings);
}
