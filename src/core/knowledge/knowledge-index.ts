import type { AsPlainObject } from 'minisearch';
import { Lexicon } from './lexicon.js';
import { RankedMiniSearch } from './ranked-search.js';
import { processToken, terms } from './terms.js';
import { NearSpellings } from './everyday.js';
import { FileEvidence } from './file-evidence.js';
import type { Passage } from './types.js';

/**
 * The full-text index over passages. Text is run through the term pipeline once, here,
 * and MiniSearch receives the finished terms; queries use the same pipeline, so the
 * two sides cannot drift apart.
 */

/** Bump when anything that changes the built index changes; it is part of the cache key. */
export const INDEX_FORMAT_VERSION = 15;

interface IndexedDoc {
  id: number;
  /** The passage's prose. */
  text: string;
  /** The section path below the document title. */
  heading: string;
  /** The file name's words and the document title: what the whole file is about. */
  title: string;
  /** What the lexicon's mappings say the passage's words also mean. */
  lexicon: string;
}

/** One ranked match for a query. */
export interface Hit {
  passage: Passage;
  score: number;
  /** The processed query terms this passage matched (exactly, by prefix or fuzzily). */
  matchedTerms: string[];
  /** The processed query terms this passage contains exactly (in its own words, not through the lexicon). */
  exactTerms: string[];
  /** The processed query terms the passage has only through its lexicon expansions. */
  lexiconTerms: string[];
  /** The passage's own terms that matched the query (exactly, by prefix or fuzzily). */
  passageTerms: string[];
}

/** A query already run through the term pipeline, with per-term weights (synonyms count less). */
export interface ProcessedQuery {
  terms: string[];
  weights: Map<string, number>;
}

/** Serialized form, for the index cache. */
export interface KnowledgeIndexJSON {
  version: number;
  /** The lexicon's source text, so a restored index expands questions as the built one did. */
  lexicon: string;
  /** False when the lexicon leaves the general lexicon out (absent: it has it). */
  generalLexicon?: false;
  passages: Passage[];
  documentFrequency: [string, number][];
  miniSearch: unknown;
}

/**
 * The same data as KnowledgeIndexJSON in parts, for writing an index out piece by piece:
 * the index terms are produced one at a time, so no full copy of the postings is built.
 */
export interface KnowledgeIndexParts {
  /** KnowledgeIndexJSON without its passages, with MiniSearch's data minus its index terms. */
  head: { version: number; lexicon: string; generalLexicon?: false; documentFrequency: [string, number][]; miniSearch: Record<string, unknown> };
  passages: readonly Passage[];
  termCount: number;
  /**
   * MiniSearch's index terms, each as its toJSON() lists it, or with `compact` each field's
   * postings as one flat array [passage, frequency, passage, frequency, …] (ascending), which
   * parses and restores several times faster; only fromJSONAsync reads that form.
   */
  terms(compact?: boolean): Generator<[string, Record<string, Record<string, number> | number[]>]>;
}

type TermEntry = [string, Record<string, Record<string, number> | number[]>];

const SPACE = ' ';
const SEARCH_WEIGHTS = { fuzzy: 0.4, prefix: 0.3 };
/**
 * Field weights, tuned on the seed article and the corpus together (rank of the expected
 * passage on the tuning halves): the passage's words and its file's name and title count
 * fully (a topic often lives only in a file name: ballooning.md); the section path much less (0.4:
 * it repeats over many passages, and an FAQ heading naming both technologies pulled every
 * question to it at 0.6); lexicon expansions least, below the words written.
 */
/** MiniSearch's BM25+ defaults; other values measured no better on the tuning halves. */
export const BM25_PARAMS = { k: 1.2, b: 0.7, d: 0.5 };
export const FIELD_BOOSTS = { text: 1, heading: 0.4, title: 1, lexicon: 0.3 };
const identity = (term: string) => term;
const splitTerms = (text: string) => (text ? text.split(SPACE) : []);

const MINISEARCH_OPTIONS = {
  fields: ['text', 'heading', 'title', 'lexicon'],
  tokenize: splitTerms,
  processTerm: identity,
  searchOptions: { tokenize: splitTerms, processTerm: identity },
};

/**
 * The words of a file's name and its folder: "docs/network-setup.md" says "docs network
 * setup", and "install/README.md" says "install readme" (a README is named by its folder).
 */
export function fileNameWords(source: string): string {
  const folder = source.split('/').at(-2) ?? '';
  return `${folder.replace(/[-_.]+/g, ' ')} ${ownNameWords(source)}`.trim();
}

/** The words of a file's own name, without its folders and extensions: "docs/network-setup.md" says "network setup". */
export function ownNameWords(source: string): string {
  return source
    .slice(source.lastIndexOf('/') + 1)
    .replace(/(\.[a-z0-9]+)+$/i, '')
    .replace(/[-_.]+/g, ' ')
    .trim();
}

/**
 * The terms of what a whole file is about: its name's and title's words, and what the
 * lexicon says they also mean ("Virtual Machines" is also "vm").
 */
export function titleTerms(passage: Passage, lexicon: Lexicon, words = terms(titleText(passage))): Set<string> {
  return new Set([...words, ...lexicon.expandQuestion(titleText(passage)).keys()]);
}

/** What a whole file is about, as words: its name's and folder's, and its title. */
export const titleText = (passage: Pick<Passage, 'source' | 'headings'>): string => `${fileNameWords(passage.source)} ${passage.headings[0] ?? ''}`;

/**
 * A section heading's own terms: without the file's title words, which every section of the
 * file repeats ("How Do Containers Impact Cloud Security Compared to VMs?" in an article on
 * containers vs VMs says "cloud security"), and which the title field already counts.
 */
export function sectionTerms(heading: string, title: ReadonlySet<string>): string[] {
  return terms(heading).filter((t) => !title.has(t));
}

function docFor(passage: Passage, n: number, lexicon: Lexicon): IndexedDoc {
  const text = terms(proseOf(passage.text));
  const title = terms(titleText(passage));
  const heading = sectionTerms(passage.headings.slice(1).join(' '), titleTerms(passage, lexicon, title));
  const expanded = lexicon.expandPassage(`${passage.headings.slice(1).join(' ')}\n${proseOf(passage.text)}`);
  expanded.push(...withoutWords(text));
  return { id: n, text: text.join(SPACE), heading: heading.join(SPACE), title: title.join(SPACE), lexicon: expanded.join(SPACE) };
}

// "daemonless", "rootless", "stateless": a passage that says a thing is without X is about X,
// and answers "does podman need a daemon?". Indexed in the lexicon field, as what the words imply.
const WITHOUT = /^(\p{L}{3,})less$/u;
function withoutWords(text: readonly string[]): string[] {
  const out: string[] = [];
  for (const term of text) {
    const base = term.endsWith('less') ? WITHOUT.exec(term)?.[1] : undefined;
    const stem = base === undefined ? null : processToken(base);
    if (stem) out.push(stem);
  }
  return out;
}

const CODE_FENCE = /```[\s\S]*?(```|$)/g;

/**
 * The words of a passage that describe something. Code blocks are quoted with the passage
 * but not indexed: shell lines and YAML share words like "name" or "cat" with any question.
 */
export function proseOf(text: string): string {
  return text.includes('```') ? text.replace(CODE_FENCE, ' ') : text;
}

/** Fuzzy matching only for terms long enough that one edit is still the same word. */
export function fuzzyFor(term: string): number | false {
  if (term.length >= 8) return 2;
  if (term.length >= 5) return 1;
  return false;
}

/** Prefix expansion of very short terms would match half the vocabulary. */
export function prefixFor(term: string): boolean {
  return term.length >= 5;
}

export class KnowledgeIndex {
  readonly passages: readonly Passage[];
  /** The domain lexicon the index was built with; questions are expanded with the same one. */
  readonly lexicon: Lexicon;
  private readonly miniSearch: RankedMiniSearch<IndexedDoc>;
  private readonly df: Map<string, number>;
  private spellings: NearSpellings | undefined;
  private positions: Map<string, number> | undefined;
  private fileEvidence: FileEvidence | undefined;

  private constructor(passages: readonly Passage[], miniSearch: RankedMiniSearch<IndexedDoc>, df: Map<string, number>, lexicon: Lexicon) {
    this.passages = passages;
    this.miniSearch = miniSearch;
    this.df = df;
    this.lexicon = lexicon;
  }

  /**
   * Builds an index over passages at once. The bot builds with buildAsync, which yields to the
   * event loop; this pure form stays for callers that must stay synchronous (property tests).
   */
  static build(passages: readonly Passage[], lexicon: Lexicon = Lexicon.empty): KnowledgeIndex {
    const miniSearch = new RankedMiniSearch<IndexedDoc>(MINISEARCH_OPTIONS);
    const df = new Map<string, number>();
    passages.forEach((passage, n) => addPassage(miniSearch, df, passage, n, lexicon));
    return new KnowledgeIndex(passages, miniSearch, df, lexicon);
  }

  /** Builds in slices, yielding to the event loop between them so a server stays responsive. */
  static async buildAsync(passages: readonly Passage[], lexicon: Lexicon = Lexicon.empty, sliceSize = 100): Promise<KnowledgeIndex> {
    const miniSearch = new RankedMiniSearch<IndexedDoc>(MINISEARCH_OPTIONS);
    const df = new Map<string, number>();
    for (let start = 0; start < passages.length; start += sliceSize) {
      const end = Math.min(passages.length, start + sliceSize);
      for (let n = start; n < end; n++) addPassage(miniSearch, df, passages[n]!, n, lexicon);
      if (end < passages.length) await new Promise((resolve) => setImmediate(resolve));
    }
    return new KnowledgeIndex(passages, miniSearch, df, lexicon);
  }

  /**
   * Restores an index saved with toJSON (or toJSONParts), in slices: it pauses every so many
   * postings so a server keeps answering while a large index loads. json.miniSearch.index may be any iterable, or async iterable, of
   * [term, postings], so a caller can read and parse terms as they are asked for; postings
   * may be in the compact form of toJSONParts().terms(true). They are restored as MiniSearch's
   * loadJS restores them; its own loadJSAsync pauses with a timer per 1,000 postings and took
   * twice as long as loadJS on corpus x10, hence this loop.
   */
  static async fromJSONAsync(json: KnowledgeIndexJSON, postingsPerSlice = 50_000): Promise<KnowledgeIndex> {
    checkVersion(json);
    const { index: terms, ...rest } = json.miniSearch as AsPlainObject;
    const miniSearch = RankedMiniSearch.restore<IndexedDoc>(rest, MINISEARCH_OPTIONS);
    let sinceYield = 0;
    for await (const [term, data] of terms as Iterable<TermEntry> | AsyncIterable<TermEntry>) {
      const fields = postingsOf(term, data);
      for (const postings of fields.values()) sinceYield += postings.size;
      miniSearch.setTerm(term, fields);
      if (sinceYield >= postingsPerSlice) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return KnowledgeIndex.restored(json, miniSearch);
  }

  private static restored(json: KnowledgeIndexJSON, miniSearch: RankedMiniSearch<IndexedDoc>): KnowledgeIndex {
    if (miniSearch.documentCount !== json.passages.length) {
      throw new Error(`KnowledgeIndex: cache holds ${miniSearch.documentCount} documents for ${json.passages.length} passages`);
    }
    const general = json.generalLexicon !== false;
    const lexicon = json.lexicon || !general ? Lexicon.parse(json.lexicon, { general }) : Lexicon.empty;
    return new KnowledgeIndex(json.passages, miniSearch, new Map(json.documentFrequency), lexicon);
  }

  toJSON(): KnowledgeIndexJSON {
    return {
      version: INDEX_FORMAT_VERSION,
      lexicon: this.lexicon.source,
      ...(this.lexicon.general ? {} : { generalLexicon: false as const }),
      passages: [...this.passages],
      documentFrequency: [...this.df],
      miniSearch: this.miniSearch.toJSON(),
    };
  }

  /**
   * toJSON() in parts, reading MiniSearch's fields the way its toJSON() does, but listing
   * the index terms lazily; reassembled, the parts equal toJSON() (tested).
   */
  toJSONParts(): KnowledgeIndexParts {
    const m = this.miniSearch.state();
    const miniSearch = {
      documentCount: m.documentCount,
      nextId: m.nextId,
      documentIds: Object.fromEntries(m.documentIds),
      fieldIds: m.fieldIds,
      fieldLength: Object.fromEntries(m.fieldLength),
      averageFieldLength: m.avgFieldLength,
      storedFields: Object.fromEntries(m.storedFields),
      dirtCount: m.dirtCount,
      serializationVersion: 2,
    };
    return {
      head: {
        version: INDEX_FORMAT_VERSION,
        lexicon: this.lexicon.source,
        ...(this.lexicon.general ? {} : { generalLexicon: false as const }),
        documentFrequency: [...this.df], miniSearch },
      passages: this.passages,
      termCount: m.index.size,
      *terms(compact = false) {
        for (const [term, fieldIndex] of m.index) {
          const data: Record<string, Record<string, number> | number[]> = {};
          for (const [fieldId, freqs] of fieldIndex) data[fieldId] = compact ? flatPostings(freqs) : Object.fromEntries(freqs);
          yield [term, data];
        }
      },
    };
  }

  get size(): number {
    return this.passages.length;
  }

  /** Inverse document frequency; a term the index has never seen gets the highest value. */
  idf(term: string): number {
    const n = this.passages.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** In how many passages the term occurs (0 when never). */
  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  hasTerm(term: string): boolean {
    return this.df.has(term);
  }

  /** Whether any field of any passage holds the term, its lexicon field included (what rules add to passages). */
  indexes(term: string): boolean {
    return this.df.has(term) || this.miniSearch.state().index.get(term) !== undefined;
  }

  /**
   * Whether the knowledge uses a longer word that begins with the term: "virt" and "perf" are
   * what people type for "virtualization" and "performance".
   */
  hasLongerTerm(prefix: string): boolean {
    for (const [term] of this.miniSearch.state().index.atPrefix(prefix)) if (term !== prefix && this.df.has(term)) return true;
    return false;
  }

  /** Whether the knowledge uses a near spelling of the term (a typo or another inflection of one of its words). */
  hasNearTerm(term: string): boolean {
    // Built on first use: most questions never ask.
    this.spellings ??= new NearSpellings(this.df.keys());
    return this.spellings.has(term);
  }

  /**
   * How well each file as a whole matches the words (BM25 over whole files), by file; empty when
   * the knowledge is one file, where it tells nothing apart.
   */
  fileScores(words: readonly string[]): Map<string, number> {
    // Built on first use, from the postings the index already holds.
    this.fileEvidence ??= new FileEvidence(this.miniSearch.state(), (n) => this.passages[n]?.source);
    return this.fileEvidence.size > 1 ? this.fileEvidence.scores(new Map(words.map((w) => [w, 1]))) : new Map();
  }

  /** Whether the knowledge or its lexicon uses the term: a word of the domain, not a stranger. */
  knows(term: string): boolean {
    return this.df.has(term) || this.lexicon.knows(term);
  }

  /** Whether the knowledge or any lexicon rule (general ones included) uses the term: a word, not a stranger's name. */
  uses(term: string): boolean {
    return this.df.has(term) || this.lexicon.uses(term);
  }

  /** The passage with this id, or undefined when there is none (the knowledge was reloaded since). */
  passageById(id: string): Passage | undefined {
    const at = this.positionOf(id);
    return at === undefined ? undefined : this.passages[at];
  }

  /** The passage right after this one in its file, if any: files are split into passages in order. */
  nextInFile(passage: Passage): Passage | undefined {
    const at = this.positionOf(passage.id);
    const next = at === undefined ? undefined : this.passages[at + 1];
    return next?.source === passage.source ? next : undefined;
  }

  private positionOf(id: string): number | undefined {
    // Built on first use: only answers that are quoted ask.
    this.positions ??= new Map(this.passages.map((p, n) => [p.id, n]));
    return this.positions.get(id);
  }

  /**
   * Runs a processed query; hits come back best first. The passages at the positions in `also`
   * (in index.passages) that match follow them, when they are not among the `limit` best.
   */
  search(query: ProcessedQuery, limit: number, also?: ReadonlySet<number>): Hit[] {
    if (query.terms.length === 0 || this.passages.length === 0) return [];
    // Fuzzy and prefix matching only for words the knowledge does not have: a word it knows
    // is matched as written ("mac" must not find "machine" or "MAC address").
    const options = {
      fuzzy: (term: string) => (this.df.has(term) ? false : fuzzyFor(term)),
      prefix: (term: string) => !this.df.has(term) && prefixFor(term),
      boostTerm: (term: string) => query.weights.get(term) ?? 1,
      boost: FIELD_BOOSTS,
      bm25: BM25_PARAMS,
      weights: SEARCH_WEIGHTS,
    };
    const results = this.miniSearch.rankedSearch(query.terms, options, limit, also);
    const hits: Hit[] = [];
    for (const result of results) {
      const passage = this.passages[result.id as number];
      if (!passage) continue;
      const own = (t: string) => result.match[t]?.some((field) => field !== 'lexicon') ?? false;
      hits.push({
        passage,
        score: result.score,
        matchedTerms: result.queryTerms,
        exactTerms: result.queryTerms.filter(own),
        lexiconTerms: result.queryTerms.filter((t) => result.match[t] !== undefined && !own(t)),
        passageTerms: result.terms,
      });
    }
    return hits;
  }
}

// Ascending by passage, as loadJS restores the object form (its integer keys enumerate in order).
function flatPostings(freqs: Map<number, number>): number[] {
  const flat = new Array<number>(freqs.size * 2);
  let i = 0;
  let ascending = true;
  for (const [id, frequency] of freqs) {
    if (i > 0 && id < flat[i - 2]!) ascending = false;
    flat[i++] = id;
    flat[i++] = frequency;
  }
  return ascending ? flat : [...freqs].sort((a, b) => a[0] - b[0]).flat();
}

// One term's postings as the cache or toJSON() lists them: per field, passage → frequency,
// or the compact flat [passage, frequency, …] form.
function postingsOf(term: string, data: TermEntry[1]): Map<number, Map<number, number>> {
  const fields = new Map<number, Map<number, number>>();
  for (const fieldId of Object.keys(data)) {
    const entry = data[fieldId]!;
    const postings = new Map<number, number>();
    if (Array.isArray(entry)) {
      if (entry.length % 2 !== 0) throw new Error(`KnowledgeIndex: postings of "${term}" are not passage, frequency pairs`);
      for (let i = 0; i < entry.length; i += 2) postings.set(entry[i]!, entry[i + 1]!);
    } else {
      for (const docId of Object.keys(entry)) postings.set(parseInt(docId, 10), entry[docId]!);
    }
    fields.set(parseInt(fieldId, 10), postings);
  }
  return fields;
}

function checkVersion(json: KnowledgeIndexJSON): void {
  if (json.version !== INDEX_FORMAT_VERSION) {
    throw new Error(`KnowledgeIndex: cache format ${String(json.version)}, expected ${INDEX_FORMAT_VERSION}`);
  }
}

function addPassage(miniSearch: RankedMiniSearch<IndexedDoc>, df: Map<string, number>, passage: Passage, n: number, lexicon: Lexicon): void {
  const doc = docFor(passage, n, lexicon);
  countDocumentTerms(df, doc);
  miniSearch.add(doc);
}

function countDocumentTerms(df: Map<string, number>, doc: IndexedDoc): void {
  const seen = new Set<string>();
  for (const term of splitTerms(doc.text)) seen.add(term);
  for (const term of splitTerms(doc.heading)) seen.add(term);
  for (const term of splitTerms(doc.title)) seen.add(term);
  for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
}
