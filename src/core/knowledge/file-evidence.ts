import type { MiniSearchState } from './ranked-search.js';

/**
 * BM25 over whole files, computed from the passage index's own postings: a file's term
 * frequency is the sum over its passages' prose, its length the sum of their lengths. A how-to
 * answered by one man page ("copy a log file out of a running container" → podman-cp) is told
 * apart from a passage elsewhere that happens to share the question's words by the rest of
 * its file, which keeps saying "copy", "container" and "host".
 */
export class FileEvidence {
  /** The file (number) of each passage, by MiniSearch's short id. */
  private readonly fileOf: Int32Array;
  private readonly length: Float64Array;
  private readonly averageLength: number;
  private readonly files: number;
  private readonly names: string[] = [];
  private readonly textField: number;
  private readonly titleField: number;
  /** The query term that last counted each file's title (by generation), so it counts once. */
  private readonly titled: Uint32Array;
  private generation = 1;
  // Terms already summed per file (null: no passage has the term), and how many entries they hold.
  private readonly cache = new Map<string, FilePostings | null>();
  private cached = 0;
  // Scratch reused by every query (JavaScript runs one at a time).
  private readonly tf: Float64Array;
  private readonly score: Float64Array;
  private readonly touched: Int32Array;

  /**
   * @param state the passage index
   * @param sourceOfPassage the file of the passage at a position of the knowledge's passages
   */
  constructor(
    private readonly state: MiniSearchState,
    sourceOfPassage: (position: number) => string | undefined,
  ) {
    const numbers = new Map<string, number>();
    this.textField = state.fieldIds['text']!;
    this.titleField = state.fieldIds['title']!;
    this.fileOf = new Int32Array(state.nextId).fill(-1);
    const lengths: number[] = [];
    for (const [shortId, position] of state.documentIds) {
      const source = sourceOfPassage(position as number);
      if (source === undefined) continue;
      const fieldLengths = state.fieldLength.get(shortId);
      let file = numbers.get(source);
      if (file === undefined) {
        numbers.set(source, (file = numbers.size));
        this.names.push(source);
        // The file's name and title, which every passage repeats, count once.
        lengths.push(fieldLengths?.[this.titleField] ?? 0);
      }
      this.fileOf[shortId] = file;
      lengths[file]! += fieldLengths?.[this.textField] ?? 0;
    }
    this.files = numbers.size;
    this.length = Float64Array.from(lengths);
    this.averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.files);
    this.tf = new Float64Array(this.files);
    this.score = new Float64Array(this.files);
    this.touched = new Int32Array(this.files);
    this.titled = new Uint32Array(this.files);
  }

  /** How many files the knowledge has. */
  get size(): number {
    return this.files;
  }

  /**
   * Each matching file's BM25 score for the weighted terms. Exact terms only: fuzzy and
   * prefix matches are the passage search's.
   */
  scores(weights: ReadonlyMap<string, number>): Map<string, number> {
    const n = this.files;
    this.score.fill(0);
    for (const [term, weight] of weights) {
      const postings = this.filePostings(term);
      if (!postings) continue;
      const { files, tf } = postings;
      const idf = Math.log(1 + (n - files.length + 0.5) / (files.length + 0.5));
      for (let i = 0; i < files.length; i++) {
        const file = files[i]!;
        const norm = tf[i]! + K1 * (1 - B + (B * this.length[file]!) / this.averageLength);
        this.score[file] = this.score[file]! + (weight * idf * tf[i]! * (K1 + 1)) / norm;
      }
    }
    const out = new Map<string, number>();
    for (let f = 0; f < n; f++) if (this.score[f]! > 0) out.set(this.names[f]!, this.score[f]!);
    return out;
  }

  /**
   * A term's postings summed per file, kept for the next question: questions repeat their
   * words, and a common word's passage postings are many times its file postings (on ten
   * copies of the corpus, "container" is in 60,000 passages of 6,890 files).
   */
  private filePostings(term: string): FilePostings | undefined {
    const known = this.cache.get(term);
    if (known !== undefined) return known ?? undefined;
    const fields = this.state.index.get(term);
    let postings: FilePostings | null = null;
    if (fields) {
      let touched = 0;
      for (const [shortId, frequency] of fields.get(this.textField) ?? []) {
        const file = this.fileOf[shortId] ?? -1;
        if (file < 0) continue;
        if (this.tf[file] === 0) this.touched[touched++] = file;
        this.tf[file] = this.tf[file]! + frequency;
      }
      // Every passage repeats its file's name and title: they count once per file.
      for (const shortId of fields.get(this.titleField)?.keys() ?? []) {
        const file = this.fileOf[shortId] ?? -1;
        if (file < 0 || this.titled[file] === this.generation) continue;
        this.titled[file] = this.generation;
        if (this.tf[file] === 0) this.touched[touched++] = file;
        this.tf[file] = this.tf[file]! + 1;
      }
      this.generation++;
      postings = { files: this.touched.slice(0, touched), tf: new Float64Array(touched) };
      for (let t = 0; t < touched; t++) {
        postings.tf[t] = this.tf[this.touched[t]!]!;
        this.tf[this.touched[t]!] = 0;
      }
    }
    const size = postings?.files.length ?? 0;
    if (this.cached + size > CACHED_POSTINGS_LIMIT) {
      this.cache.clear();
      this.cached = 0;
    }
    this.cache.set(term, postings);
    this.cached += size + 1;
    return postings ?? undefined;
  }
}

interface FilePostings {
  files: Int32Array;
  tf: Float64Array;
}

// The cache of per-file postings is emptied when it would hold more entries than this (~24 MB).
const CACHED_POSTINGS_LIMIT = 2_000_000;

// The usual BM25 constants: files vary in length far more than passages, and full length
// normalisation keeps a long guide from winning on its size alone.
const K1 = 1.2;
const B = 0.75;
