import { cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadKnowledgeBase, type KnowledgeBase } from '../src/knowledge/base.js';

/**
 * The knowledge sizes every scenario runs on: the seed knowledge shipped with the bot,
 * the shared corpus of real docs, and that corpus replicated under ten folder names.
 */

export interface KnowledgeSet {
  name: string;
  dir: string;
  /** A cache folder private to the bench run, so scenarios after the first load fast. */
  cacheDir: string;
}

export const DEFAULT_KNOWLEDGE = resolve('knowledge');
export const CORPUS = resolve('../shared/corpus');
export const DEV_QUESTIONS = resolve('../shared/eval/dev-questions.json');
const REPLICAS = 10;

/** The knowledge sets, with corpus ×10 materialised in a temp folder; call cleanup when done. */
export async function prepareKnowledgeSets(options: { quick: boolean }): Promise<{ sets: KnowledgeSet[]; cleanup: () => Promise<void> }> {
  const temp = await mkdtemp(join(tmpdir(), 'bench-knowledge-'));
  const cacheDir = join(temp, 'cache');
  const sets: KnowledgeSet[] = [{ name: 'default', dir: DEFAULT_KNOWLEDGE, cacheDir }];
  const cleanup = async () => {
    loaded.clear();
    await rm(temp, { recursive: true, force: true });
  };
  if (!(await exists(CORPUS))) return { sets, cleanup };
  sets.push({ name: 'corpus', dir: CORPUS, cacheDir });
  if (options.quick) return { sets, cleanup };
  const x10 = join(temp, 'corpus-x10');
  for (let n = 0; n < REPLICAS; n++) {
    const copy = join(x10, `team-${String(n).padStart(2, '0')}`);
    await mkdir(copy, { recursive: true });
    await cp(CORPUS, copy, { recursive: true });
  }
  sets.push({ name: 'corpus×10', dir: x10, cacheDir });
  return { sets, cleanup };
}

const loaded = new Map<string, Promise<KnowledgeBase>>();

/** The set's knowledge base, loaded once per bench run (through the run's own cache). */
export function loadSet(set: KnowledgeSet): Promise<KnowledgeBase> {
  let kb = loaded.get(set.name);
  if (!kb) {
    kb = loadKnowledgeBase(set.dir, { cacheDir: set.cacheDir });
    loaded.set(set.name, kb);
  }
  return kb;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
