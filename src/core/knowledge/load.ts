import { scrubSecrets } from '../secrets.js';
import { splitFile } from './split.js';
import type { KnowledgeFile, KnowledgeWarning, Passage } from './types.js';

interface SplitFiles {
  passages: Passage[];
  warnings: KnowledgeWarning[];
}

/** Passages from every file, in a stable order; files that yield nothing are reported. */
export function passagesFromFiles(files: readonly KnowledgeFile[]): SplitFiles {
  const result: SplitFiles = { passages: [], warnings: [] };
  for (const file of byPath(files)) addFile(result, file);
  return result;
}

/**
 * passagesFromFiles, pausing after every sliceChars of text so a server keeps answering
 * while a large folder is split. Same passages, same order.
 */
export async function passagesFromFilesAsync(files: readonly KnowledgeFile[], sliceChars = 256 * 1024): Promise<SplitFiles> {
  const result: SplitFiles = { passages: [], warnings: [] };
  let sinceYield = 0;
  for (const file of byPath(files)) {
    addFile(result, file);
    sinceYield += file.text.length;
    if (sinceYield >= sliceChars) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return result;
}

function byPath(files: readonly KnowledgeFile[]): KnowledgeFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function addFile(result: SplitFiles, file: KnowledgeFile): void {
  // A credential in the knowledge never enters a passage, the index or its cache.
  const text = scrubSecrets(file.text);
  if (text !== file.text) result.warnings.push({ source: file.path, reason: 'held a Slack token or secret-shaped string; it was replaced by [Redacted]' });
  const filePassages = splitFile(text === file.text ? file : { path: file.path, text });
  if (filePassages.length === 0) {
    result.warnings.push({ source: file.path, reason: 'no text passages (only markup or whitespace)' });
    return;
  }
  for (const passage of filePassages) result.passages.push(passage);
}
