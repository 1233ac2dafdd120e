import { scrubSecrets } from '../secrets.js';
import { splitFileInSteps } from './split.js';
import type { KnowledgeFile, KnowledgeWarning, Passage } from './types.js';

interface SplitFiles {
  passages: Passage[];
  warnings: KnowledgeWarning[];
}

/**
 * Passages from every file, in a stable order; files that yield nothing are reported. It pauses
 * whenever it has worked sliceMs without a pause (between files and between the steps of one
 * large file), so a server keeps answering while a large folder, or one crafted file, is split.
 * Same passages, same order, whatever sliceMs.
 */
export async function passagesFromFilesAsync(files: readonly KnowledgeFile[], sliceMs = 10): Promise<SplitFiles> {
  const result: SplitFiles = { passages: [], warnings: [] };
  let sliceStart = performance.now();
  const pauseIfDue = async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
  for (const file of byPath(files)) {
    const steps = fileSteps(result, file);
    for (let step = steps.next(); !step.done; step = steps.next()) await pauseIfDue();
    await pauseIfDue();
  }
  return result;
}

function byPath(files: readonly KnowledgeFile[]): KnowledgeFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function* fileSteps(result: SplitFiles, file: KnowledgeFile): Generator<void, void, void> {
  // A credential in the knowledge never enters a passage, the index or its cache.
  const text = scrubSecrets(file.text);
  if (text !== file.text) result.warnings.push({ source: file.path, reason: 'held a Slack token or secret-shaped string; it was replaced by [Redacted]' });
  const filePassages = yield* splitFileInSteps(text === file.text ? file : { path: file.path, text });
  if (filePassages.length === 0) {
    result.warnings.push({ source: file.path, reason: 'no text passages (only markup or whitespace)' });
    return;
  }
  for (const passage of filePassages) result.passages.push(passage);
}
