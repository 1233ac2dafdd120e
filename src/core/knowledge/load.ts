import { splitFile } from './split.js';
import type { KnowledgeFile, KnowledgeWarning, Passage } from './types.js';

/** Passages from every file, in a stable order; files that yield nothing are reported. */
export function passagesFromFiles(files: readonly KnowledgeFile[]): { passages: Passage[]; warnings: KnowledgeWarning[] } {
  const passages: Passage[] = [];
  const warnings: KnowledgeWarning[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const filePassages = splitFile(file);
    if (filePassages.length === 0) {
      warnings.push({ source: file.path, reason: 'no text passages (only markup or whitespace)' });
      continue;
    }
    for (const passage of filePassages) passages.push(passage);
  }
  return { passages, warnings };
}
