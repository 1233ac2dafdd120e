import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';

/**
 * MiniSearch's OR search, computed the fast way. MiniSearch scores a query by building a
 * Map entry and a `match` object for every (passage, term) pair it touches and merging
 * those maps term by term; on thousands of passages that allocation is most of the
 * query time. This reads the same postings and sums the same BM25+ scores into typed
 * arrays, keeps only the best `limit` passages, and builds result objects for those.
 * Scores, order (ties included) and matched terms are those MiniSearch returns.
 */

type Postings = Map<number, Map<number, number>>;

/** What this module uses of MiniSearch's term tree (its SearchableMap), checked against it at compile time. */
export interface TermIndex extends Iterable<[string, Postings]> {
  readonly size: number;
  get(term: string): Postings | undefined;
  set(term: string, postings: Postings): unknown;
  atPrefix(prefix: string): Iterable<[string, Postings]>;
  fuzzyGet(term: string, maxEditDistance: number): Map<string, [Postings, number]>;
}

/** The parts of a MiniSearch index the scores are computed from, and the index cache saves. */
export interface MiniSearchState {
  index: TermIndex;
  fieldIds: Record<string, number>;
  fieldLength: Map<number, number[]>;
  avgFieldLength: number[];
  documentCount: number;
  documentIds: Map<number, unknown>;
  storedFields: Map<number, Record<string, unknown>>;
  nextId: number;
  dirtCount: number;
  fields: string[];
  searchOptions: SearchOptions;
}

const numericMap = <V>(object: Record<string, V>): Map<number, V> => {
  const map = new Map<number, V>();
  for (const key of Object.keys(object)) map.set(parseInt(key, 10), object[key]!);
  return map;
};

/**
 * MiniSearch with the fast ranked search. MiniSearch 7 declares its index fields protected;
 * a subclass reads them type-checked, so a MiniSearch upgrade that changes them fails to
 * compile instead of silently falling back to a slower path.
 */
export class RankedMiniSearch<T> extends MiniSearch<T> {
  private ranked: RankedSearch | undefined;

  /** An empty index restored from MiniSearch's toJSON() data without its terms (add them with setTerm). */
  static restore<T>(js: Omit<AsPlainObject, 'index'>, options: Options<T>): RankedMiniSearch<T> {
    if (js.serializationVersion !== 2) throw new Error(`RankedMiniSearch: MiniSearch data version ${String(js.serializationVersion)}, expected 2`);
    const miniSearch = new RankedMiniSearch<T>(options);
    miniSearch._documentCount = js.documentCount;
    miniSearch._nextId = js.nextId;
    miniSearch._fieldIds = js.fieldIds;
    miniSearch._avgFieldLength = js.averageFieldLength;
    miniSearch._dirtCount = js.dirtCount ?? 0;
    miniSearch._documentIds = numericMap(js.documentIds);
    miniSearch._fieldLength = numericMap(js.fieldLength);
    miniSearch._storedFields = numericMap(js.storedFields);
    miniSearch._idToShortId = new Map([...miniSearch._documentIds].map(([shortId, id]) => [id, shortId]));
    return miniSearch;
  }

  /** Restores one term's postings (field id → passage → frequency), as MiniSearch's loadJS does. */
  setTerm(term: string, fields: Postings): void {
    this.ranked = undefined;
    this._index.set(term, fields);
  }

  override add(document: T): void {
    this.ranked = undefined;
    super.add(document);
  }

  /** The index's state, read-only by convention. */
  state(): MiniSearchState {
    return {
      index: this._index,
      fieldIds: this._fieldIds,
      fieldLength: this._fieldLength,
      avgFieldLength: this._avgFieldLength,
      documentCount: this.documentCount,
      documentIds: this._documentIds,
      storedFields: this._storedFields,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      fields: this._options.fields,
      searchOptions: this._options.searchOptions,
    };
  }

  /** MiniSearch's OR search over processed terms, computed the fast way: same results, best `limit`. */
  rankedSearch(terms: readonly string[], options: RankedSearchOptions, limit: number, also?: ReadonlySet<unknown>): RankedResult[] {
    this.ranked ??= new RankedSearch(this.state());
    return this.ranked.search(terms, options, limit, also);
  }
}

/** The subset of MiniSearch's search options this search supports. */
export interface RankedSearchOptions {
  fuzzy?: boolean | number | ((term: string, i: number, terms: string[]) => boolean | number);
  prefix?: boolean | ((term: string, i: number, terms: string[]) => boolean);
  boostTerm?: (term: string, i: number, terms: string[]) => number;
  boost?: Record<string, number>;
  weights?: { fuzzy: number; prefix: number };
  maxFuzzy?: number;
  bm25?: { k: number; b: number; d: number };
}

/** One result, shaped like MiniSearch's SearchResult. */
export interface RankedResult {
  id: unknown;
  score: number;
  /** The passage's terms that matched (exactly, by prefix or fuzzily), in MiniSearch's order. */
  terms: string[];
  /** The query terms this passage matched. */
  queryTerms: string[];
  match: Record<string, string[]>;
}

interface Derived {
  term: string;
  weight: number;
  postings: Postings;
}

const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const EXPANSION_CACHE_LIMIT = 5_000;
// Long posting lists are flattened into typed arrays with their BM25+ parts precomputed;
// short ones are cheap to walk as they are. The cap bounds the memory this takes.
const FLATTEN_MIN_POSTINGS = 64;
const FLATTENED_POSTINGS_LIMIT = 4_000_000;

interface FlatPostings {
  docs: Int32Array;
  /** BM25+ of each posting before the term weight and boosts are applied. */
  raw: Float64Array;
}

export class RankedSearch {
  private readonly state: MiniSearchState;
  private readonly fields: string[];
  private readonly fieldIds: number[];
  private readonly size: number;
  /** fieldLength[fieldIndex * size + shortId]; NaN where a passage does not exist. */
  private readonly fieldLength: Float64Array;
  // Per-passage scratch, reused by every search (JavaScript runs one search at a time).
  private readonly total: Float64Array;
  private readonly termScore: Float64Array;
  private readonly matchedTerms: Int32Array;
  private readonly seenIn: Uint32Array;
  private readonly termSeenIn: Uint32Array;
  private readonly touched: Int32Array;
  private readonly termTouched: Int32Array;
  private touchedCount = 0;
  private termTouchedCount = 0;
  private generation = 0;
  private termGeneration = 0;
  // Prefix and fuzzy expansion walk the vocabulary tree; questions repeat their words.
  private readonly expansions = new Map<string, Derived[]>();
  private flattened = new WeakMap<Map<number, number>, FlatPostings>();
  private flattenedPostings = 0;
  private flattenedParams = '';

  constructor(state: MiniSearchState) {
    this.state = state;
    const s = state;
    this.fields = s.fields;
    this.fieldIds = this.fields.map((f) => s.fieldIds[f]!);
    this.size = s.nextId;
    this.fieldLength = new Float64Array(this.fields.length * this.size).fill(Number.NaN);
    for (const [shortId, lengths] of s.fieldLength) {
      if (!s.documentIds.has(shortId)) continue;
      this.fieldIds.forEach((fieldId, f) => {
        this.fieldLength[f * this.size + shortId] = lengths[fieldId] ?? 0;
      });
    }
    this.total = new Float64Array(this.size);
    this.termScore = new Float64Array(this.size);
    this.matchedTerms = new Int32Array(this.size);
    this.seenIn = new Uint32Array(this.size);
    this.termSeenIn = new Uint32Array(this.size);
    this.touched = new Int32Array(this.size);
    this.termTouched = new Int32Array(this.size);
  }

  /**
   * The best `limit` results of an OR search over already-processed terms, best first.
   * A repeated term counts once (MiniSearch would add its score twice). The documents whose ids
   * are in `also` come after them when they match and are not among the best.
   */
  search(queryTerms: readonly string[], options: RankedSearchOptions, limit: number, also?: ReadonlySet<unknown>): RankedResult[] {
    const terms = [...new Set(queryTerms)];
    const s = this.state;
    const globalOptions = s.searchOptions ?? {};
    const weights = { ...DEFAULT_WEIGHTS, ...(options.weights ?? globalOptions.weights) };
    const bm25 = options.bm25 ?? DEFAULT_BM25;
    const maxFuzzy = options.maxFuzzy ?? globalOptions.maxFuzzy ?? 6;
    const fieldBoosts = this.fields.map((f) => options.boost?.[f] || 1);
    this.generation = this.generation >= 0xfffffff0 ? this.resetStamps() : this.generation + 1;
    this.touchedCount = 0;
    const perTerm: Derived[][] = [];

    terms.forEach((term, i) => {
      const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms) : (options.fuzzy || false);
      const prefix = typeof options.prefix === 'function' ? options.prefix(term, i, terms) : options.prefix === true;
      const termBoost = options.boostTerm ? options.boostTerm(term, i, terms) : 1;
      let maxDistance = 0;
      if (fuzzy) {
        const f = fuzzy === true ? 0.2 : fuzzy;
        maxDistance = f < 1 ? Math.min(maxFuzzy, Math.round(term.length * f)) : f;
      }
      const derived = this.expand(term, prefix, maxDistance, weights);
      perTerm.push(derived);
      this.termGeneration = this.termGeneration >= 0xfffffff0 ? this.resetStamps() : this.termGeneration + 1;
      this.termTouchedCount = 0;
      for (const d of derived) this.addScores(d, termBoost, fieldBoosts, bm25);
      // Each term's sum is added to the total in one step, as MiniSearch's OR does, so the
      // floating-point sums (and therefore ties) come out the same.
      for (let t = 0; t < this.termTouchedCount; t++) {
        const doc = this.termTouched[t]!;
        this.total[doc] = this.total[doc]! + this.termScore[doc]!;
        this.termScore[doc] = 0;
      }
    });

    // Best first; among equal scores the passage met first wins, as with a stable sort.
    const top: number[] = [];
    const topScore: number[] = [];
    const extra: number[] = [];
    const wanted = also?.size ? also : undefined;
    for (let t = 0; t < this.touchedCount; t++) {
      const doc = this.touched[t]!;
      const score = this.total[doc]! * (this.matchedTerms[doc]! || 1);
      if (wanted?.has(s.documentIds.get(doc))) extra.push(doc);
      if (top.length === limit && score <= topScore[limit - 1]!) continue;
      let at = top.length;
      while (at > 0 && topScore[at - 1]! < score) at--;
      top.splice(at, 0, doc);
      topScore.splice(at, 0, score);
      if (top.length > limit) {
        top.pop();
        topScore.pop();
      }
    }
    const results = top.map((doc, n) => this.result(doc, topScore[n]!, terms, perTerm));
    for (const doc of extra) {
      if (!top.includes(doc)) results.push(this.result(doc, this.total[doc]! * (this.matchedTerms[doc]! || 1), terms, perTerm));
    }
    return results;
  }

  private resetStamps(): number {
    this.seenIn.fill(0);
    this.termSeenIn.fill(0);
    this.termGeneration = 1;
    return 1;
  }

  private expand(term: string, prefix: boolean, maxDistance: number, weights: { fuzzy: number; prefix: number }): Derived[] {
    const key = `${prefix ? 1 : 0}${maxDistance}${weights.fuzzy}/${weights.prefix}:${term}`;
    const cached = this.expansions.get(key);
    if (cached) return cached;
    const index = this.state.index;
    const derived: Derived[] = [];
    const exact = index.get(term);
    if (exact) derived.push({ term, weight: 1, postings: exact });
    const fuzzyMatches = maxDistance ? index.fuzzyGet(term, maxDistance) : undefined;
    if (prefix) {
      for (const [other, postings] of index.atPrefix(term)) {
        const distance = other.length - term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(other);
        derived.push({ term: other, weight: (weights.prefix * other.length) / (other.length + 0.3 * distance), postings });
      }
    }
    if (fuzzyMatches) {
      for (const [other, [postings, distance]] of fuzzyMatches) {
        if (!distance) continue;
        derived.push({ term: other, weight: (weights.fuzzy * other.length) / (other.length + distance), postings });
      }
    }
    if (this.expansions.size >= EXPANSION_CACHE_LIMIT) this.expansions.clear();
    this.expansions.set(key, derived);
    return derived;
  }

  private addScores(d: Derived, termBoost: number, fieldBoosts: number[], bm25: { k: number; b: number; d: number }): void {
    const s = this.state;
    const n = s.documentCount;
    for (let f = 0; f < this.fieldIds.length; f++) {
      const fieldId = this.fieldIds[f]!;
      const freqs = d.postings.get(fieldId);
      if (!freqs) continue;
      const matching = freqs.size;
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      const avg = s.avgFieldLength[fieldId]!;
      // Same operation order as MiniSearch: weight × term boost × field boost × BM25+.
      const factor = d.weight * termBoost * fieldBoosts[f]!;
      const lengths = f * this.size;
      if (freqs.size >= FLATTEN_MIN_POSTINGS) {
        const { docs, raw } = this.flatten(freqs, idf, avg, lengths, bm25);
        for (let p = 0; p < docs.length; p++) this.addScore(docs[p]!, factor * raw[p]!);
        continue;
      }
      for (const [doc, tf] of freqs) {
        const length = this.fieldLength[lengths + doc];
        if (length === undefined || Number.isNaN(length)) continue;
        this.addScore(doc, factor * (idf * (bm25.d + (tf * (bm25.k + 1)) / (tf + bm25.k * (1 - bm25.b + (bm25.b * length) / avg)))));
      }
    }
  }

  private addScore(doc: number, score: number): void {
    if (this.seenIn[doc] !== this.generation) {
      this.seenIn[doc] = this.generation;
      this.total[doc] = 0;
      this.matchedTerms[doc] = 0;
      this.touched[this.touchedCount++] = doc;
    }
    if (this.termSeenIn[doc] !== this.termGeneration) {
      this.termSeenIn[doc] = this.termGeneration;
      this.termScore[doc] = 0;
      this.matchedTerms[doc] = this.matchedTerms[doc]! + 1;
      this.termTouched[this.termTouchedCount++] = doc;
    }
    this.termScore[doc] = this.termScore[doc]! + score;
  }

  // Same formula and operation order as MiniSearch's calcBM25Score, so the values are identical.
  private flatten(freqs: Map<number, number>, idf: number, avg: number, lengths: number, bm25: { k: number; b: number; d: number }): FlatPostings {
    // The precomputed parts hold for one set of BM25 parameters; others start the cache afresh.
    const params = `${bm25.k}/${bm25.b}/${bm25.d}`;
    if (params !== this.flattenedParams) {
      this.flattened = new WeakMap();
      this.flattenedPostings = 0;
      this.flattenedParams = params;
    }
    const known = this.flattened.get(freqs);
    if (known) return known;
    const { k, b, d } = bm25;
    const docs: number[] = [];
    const raw: number[] = [];
    for (const [doc, tf] of freqs) {
      const length = this.fieldLength[lengths + doc];
      if (length === undefined || Number.isNaN(length)) continue;
      docs.push(doc);
      raw.push(idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avg))));
    }
    const flat = { docs: Int32Array.from(docs), raw: Float64Array.from(raw) };
    if (this.flattenedPostings + docs.length > FLATTENED_POSTINGS_LIMIT) {
      this.flattened = new WeakMap();
      this.flattenedPostings = 0;
    }
    this.flattened.set(freqs, flat);
    this.flattenedPostings += docs.length;
    return flat;
  }

  // Terms and match are rebuilt for the few results returned, in the order MiniSearch records them.
  private result(doc: number, score: number, terms: string[], perTerm: Derived[][]): RankedResult {
    const queryTerms: string[] = [];
    // Keyed by the documents' own words, which may be "constructor" or "toString": no prototype.
    const match: Record<string, string[]> = Object.create(null);
    terms.forEach((term, i) => {
      let matched = false;
      const own: Record<string, string[]> = Object.create(null);
      for (const d of perTerm[i]!) {
        this.fieldIds.forEach((fieldId, f) => {
          if (!d.postings.get(fieldId)?.has(doc)) return;
          matched = true;
          const fields = own[d.term] ?? (own[d.term] = []);
          fields.push(this.fields[f]!);
        });
      }
      if (matched && !queryTerms.includes(term)) queryTerms.push(term);
      Object.assign(match, own);
    });
    return { id: this.state.documentIds.get(doc), score, terms: Object.keys(match), queryTerms, match };
  }
}
