import { processQuestion, proseSentences, searchPassages, sentencesOf, withAntecedent } from '../answer/answer.js';
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
  /**
   * The best quote for a short description of a reason, or null when nothing matches.
   * Quotes in `avoid` are passed over for the next best, unless nothing else matches.
   */
  find(query: string, avoid?: ReadonlySet<string>): Evidence | null;
  /** Any quote at all (the opening of the knowledge), or null when the knowledge is empty. */
  first(): Evidence | null;
  /**
   * Of several queries for one reason, the one the question asked says most of (the first on a
   * tie). Optional: a source without it cites the first.
   */
  closestTo?(queries: readonly string[], asked: string): string;
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
  const cache = new Map<string, ScoredQuote[]>();
  return {
    find(query, avoid) {
      let ranked = cache.get(query);
      if (ranked === undefined) {
        ranked = rankedQuotes(index, query, opts.passages);
        if (cache.size >= MAX_CACHED_QUERIES) cache.clear();
        cache.set(query, ranked);
      }
      const best = ranked[0];
      if (!best) return null;
      // Another quote only when it is nearly as apt; repeating a quote beats quoting something off the point.
      const fresh = ranked.find((q) => !avoid?.has(q.evidence.text) && q.score >= best.score * MIN_ALTERNATIVE_SHARE);
      return (fresh ?? best).evidence;
    },
    first() {
      const passage = index.passages[0];
      if (!passage) return null;
      return firstSentence(passage);
    },
    closestTo(queries, asked) {
      // The question's words and what the lexicon says they mean ("overhead": resources), by rarity.
      const weights = processQuestion(asked, index.lexicon, index).weights;
      let best = queries[0]!;
      let most = 0;
      for (const query of queries) {
        let said = 0;
        for (const term of new Set(terms(query))) said += (weights.get(term) ?? 0) * index.idf(term);
        if (said > most) [best, most] = [query, said];
      }
      return best;
    },
  };
}

// The fallback when no sentence answers a query: the passage's opening sentence.
function firstSentence(passage: Passage): Evidence {
  return quote(passage, proseSentences(passage.text)[0] ?? sentencesOf(passage.text)[0] ?? passage.text.trim());
}

const MIN_QUOTE_WORDS = 5;
const MAX_CACHED_QUERIES = 5_000;
const MAX_QUOTES_PER_QUERY = 8;
const MIN_ALTERNATIVE_SHARE = 0.5;

interface ScoredQuote {
  evidence: Evidence;
  score: number;
}

/** Quotes for a query, best first; empty when nothing matches. */
function rankedQuotes(index: KnowledgeIndex, query: string, limit: number): ScoredQuote[] {
  const hits = searchPassages(index, query, limit);
  if (hits.length === 0) return [];
  const weights = processQuestion(query, index.lexicon, index).weights;
  const topScore = hits[0]!.score;
  const candidates: { passage: Passage; sentence: string; score: number }[] = [];
  for (const hit of hits) {
    const rank = 0.5 + 0.5 * (hit.score / topScore);
    // Prose only: a code line or a table row makes a poor quote, and a poor antecedent.
    const sentences = proseSentences(hit.passage.text);
    sentences.forEach((sentence, i) => {
      // Fragments (table cells, code, labels) make poor quotes even when they match.
      if (tokenize(sentence).length < MIN_QUOTE_WORDS) return;
      let overlap = 0;
      for (const term of new Set(terms(sentence))) {
        const weight = weights.get(term);
        if (weight !== undefined) overlap += weight * index.idf(term);
      }
      // Scored on its own words; quoted with what it points back at.
      if (overlap > 0)
        candidates.push({ passage: hit.passage, sentence: withAntecedent(hit.passage.text, sentences, i), score: overlap * rank });
    });
  }
  if (candidates.length === 0) {
    // The passage matched (fuzzily or through its heading) but no sentence shares a term: quote its opening.
    const passage = hits[0]!.passage;
    return [{ evidence: firstSentence(passage), score: 0 }];
  }
  // Stable sort: on equal scores the better-ranked passage and the earlier sentence win.
  candidates.sort((a, b) => b.score - a.score);
  return candidates.slice(0, MAX_QUOTES_PER_QUERY).map((c) => ({ evidence: quote(c.passage, c.sentence), score: c.score }));
}

function quote(passage: Passage, text: string): Evidence {
  return { source: passage.source, heading: headingOf(passage), text };
}
