import type { KnowledgeIndex } from '../knowledge/knowledge-index.js';

/**
 * What was worked out once per index (or lexicon) and key, kept for the next question: a busy
 * channel asks about the same releases, settings and labels again and again, and the passages near
 * the top for one question are near it for the next. Keyed by the index, so a reloaded knowledge
 * starts afresh.
 */
export type Remembered<K, V, Of extends object = KnowledgeIndex> = WeakMap<Of, Map<K, V>>;

/** The value remembered for the key, looked up (and kept, at most `max` per index) when there is none. */
export function remembered<K, V, Of extends object>(cache: Remembered<K, V, Of>, of: Of, key: K, look: () => V, max = 1_000): V {
  let known = cache.get(of);
  if (!known) cache.set(of, (known = new Map()));
  let found = known.get(key);
  if (found === undefined) {
    found = look();
    // Clearing, not evicting one by one: the bound only has to stop a long-running bot growing.
    if (known.size >= max) known.clear();
    known.set(key, found);
  }
  return found;
}
