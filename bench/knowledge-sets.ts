import { cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The knowledge sizes every scenario runs on: the seed knowledge shipped with the bot,
 * the shared corpus of real docs, and that corpus replicated under ten folder names.
 */

export interface KnowledgeSet {
  name: string;
  dir: string;
}

export const DEFAULT_KNOWLEDGE = resolve('knowledge');
export const CORPUS = resolve('../shared/corpus');
export const DEV_QUESTIONS = resolve('../shared/eval/dev-questions.json');
const REPLICAS = 10;

/** The knowledge sets, with corpus ×10 materialised in a temp folder; call cleanup when done. */
export async function prepareKnowledgeSets(options: { quick: boolean }): Promise<{ sets: KnowledgeSet[]; cleanup: () => Promise<void> }> {
  const sets: KnowledgeSet[] = [{ name: 'default', dir: DEFAULT_KNOWLEDGE }];
  if (!(await exists(CORPUS))) return { sets, cleanup: async () => undefined };
  sets.push({ name: 'corpus', dir: CORPUS });
  if (options.quick) return { sets, cleanup: async () => undefined };
  const temp = await mkdtemp(join(tmpdir(), 'bench-corpus-x10-'));
  for (let n = 0; n < REPLICAS; n++) {
    const copy = join(temp, `team-${String(n).padStart(2, '0')}`);
    await mkdir(copy);
    await cp(CORPUS, copy, { recursive: true });
  }
  sets.push({ name: 'corpus×10', dir: temp });
  return { sets, cleanup: () => rm(temp, { recursive: true, force: true }) };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
