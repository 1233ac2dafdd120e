import { processQuestion, searchPassages, sentencesOf } from '../answer/answer.js';
import type { KnowledgeIndex } from '../knowledge/knowledge-index.js';
import { terms, tokenize } from '../knowledge/terms.js';
import { headingOf, type Passage } from '../knowledge/types.js';

/** A verbatim quote from the knowledge: `text` is a substring of the passage at `source` › `heading`. */
export interface Evidence {
  source: string;
  heading: string;
  text: string;
}

/** Where recommendations find their quotes. The core only needs these two questions answered. */
export interface EvidenceSource {
  /** The best quote for a short description of a reason, or null when nothing matches. */
  find(query: string): Evidence | null;
  /** Any quote at all (the opening of the knowledge), or null when the knowledge is empty. */
  first(): Evidence | null;
}

/** Options for evidenceFromIndex. */
export interface EvidenceOptions {
  /** Passages whose sentences compete for the quote. */
  passages: number;
}

export const defaultEvidenceOptions: EvidenceOptions = { passages: 5 };

/**
 * Evidence found through the search core: the passages that best match the query, then
 * the sentence among them that carries most of the query's information (idf-weighted),
 * nudged toward better-ranked passages. Results are cached per query; the queries come
 * from a fixed table, so the cache stays small.
 */
export function evidenceFromIndex(index: KnowledgeIndex, options: Partial<EvidenceOptions> = {}): EvidenceSource {
  const opts = { ...defaultEvidenceOptions, ...options };
  const cache = new Map<string, Evidence | null>();
  return {
    find(query) {
      const cached = cache.get(query);
      if (cached !== undefined) return cached;
      const found = bestQuote(index, query, opts.passages);
      cache.set(query, found);
      return found;
    },
    first() {
      const passage = index.passages[0];
      if (!passage) return null;
      return quote(passage, sentencesOf(passage.text)[0] ?? passage.text.trim());
    },
  };
}

const MIN_QUOTE_WORDS = 5;

function bestQuote(index: KnowledgeIndex, query: string, limit: number): Evidence | null {
  const hits = searchPassages(index, query, limit);
  if (hits.length === 0) return null;
  const weights = processQuestion(query).weights;
  const topScore = hits[0]!.score;
  let best: { passage: Passage; sentence: string; score: number } | null = null;
  for (const hit of hits) {
    const rank = 0.5 + 0.5 * (hit.score / topScore);
    for (const sentence of sentencesOf(hit.passage.text)) {
      // Fragments (table cells, code, labels) make poor quotes even when they match.
      if (tokenize(sentence).length < MIN_QUOTE_WORDS) continue;
      let overlap = 0;
      for (const term of new Set(terms(sentence))) {
        const weight = weights.get(term);
        if (weight !== undefined) overlap += weight * index.idf(term);
      }
      const score = overlap * rank;
      if (!best || score > best.score) best = { passage: hit.passage, sentence, score };
    }
  }
  if (!best || best.score === 0) {
    // The passage matched (fuzzily or through its heading) but no sentence shares a term: quote its opening.
    const passage = hits[0]!.passage;
    return quote(passage, sentencesOf(passage.text)[0] ?? passage.text.trim());
  }
  return quote(best.passage, best.sentence);
}

function quote(passage: Passage, text: string): Evidence {
  return { source: passage.source, heading: headingOf(passage), text };
}
