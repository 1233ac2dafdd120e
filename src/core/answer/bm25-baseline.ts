import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { headingOf, type Passage } from '../knowledge/types.js';

/**
 * A plain BM25 ranking over the same passages, for `npm run eval` to print beside ours: the
 * yardstick any tuning has to beat. Deliberately untuned: Lucene's 33 English stop words,
 * the Porter stemmer, k1 = 1.5, b = 0.75, heading path and body as one text, no synonyms,
 * no fuzzy or prefix matching, no abstention.
 */

const LUCENE_STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);
const K1 = 1.5;
const B = 0.75;

function bm25Terms(text: string): string[] {
  const out: string[] = [];
  for (const token of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!token || LUCENE_STOP_WORDS.has(token)) continue;
    out.push(/^[a-z]+$/.test(token) ? PorterStemmer.stem(token) : token);
  }
  return out;
}

/** An in-memory BM25 index over passages. */
export class Bm25Baseline {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private readonly avgLength: number;

  constructor(readonly passages: readonly Passage[]) {
    passages.forEach((passage, n) => {
      const words = bm25Terms(`${headingOf(passage)} ${passage.text}`);
      this.lengths.push(words.length);
      for (const word of words) {
        const list = this.postings.get(word) ?? new Map<number, number>();
        list.set(n, (list.get(n) ?? 0) + 1);
        this.postings.set(word, list);
      }
    });
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  /** The best `limit` passages for a question, best first (ties keep passage order). */
  search(question: string, limit: number): Passage[] {
    const n = this.passages.length;
    const scores = new Map<number, number>();
    for (const term of new Set(bm25Terms(question))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
      for (const [doc, tf] of list) {
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]!) / this.avgLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc]) => this.passages[doc]!);
  }
}
