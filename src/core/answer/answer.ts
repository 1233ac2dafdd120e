import { KnowledgeIndex, proseOf, type Hit, type ProcessedQuery } from '../knowledge/knowledge-index.js';
import { foldText, terms, tokenize } from '../knowledge/terms.js';
import { headingOf } from '../knowledge/types.js';
import { answerInContext, dependsOnContext } from './context.js';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import { SYNONYM_WEIGHT, synonymsOf } from './synonyms.js';

const SYNONYM_MATCH_SHARE = 0.5;

/** Questions are cut to this many characters before they reach the index. */
export const MAX_QUESTION_CHARS = 2_000;

/** Options for answer(); the defaults are tuned on the labelled dev questions. */
export interface AnswerOptions {
  /** Passages to return at most (best first). */
  limit: number;
  /** Earlier questions of the conversation, oldest first: context for a follow-up that leans on them (see context.ts). */
  context?: readonly string[];
  /**
   * Share of the question's information (idf-weighted content terms) the top passage
   * must cover. Below it the bot says it does not know rather than quote a passage
   * that merely shares a word.
   */
  minCoverage: number;
  /** Share of the question's content terms the top passage must match strongly (exactly, by synonym or as a near spelling). */
  minMatchedShare: number;
  /** Related passages must reach this share of the top score to be shown. */
  relatedScoreRatio: number;
}

export const defaultAnswerOptions: AnswerOptions = {
  limit: 5,
  minCoverage: 0.4,
  minMatchedShare: 0.5,
  relatedScoreRatio: 0.35,
};

/** One passage of an answer, ready to quote. */
export interface AnswerPassage {
  id: string;
  source: string;
  heading: string;
  headings: string[];
  /** The whole passage, verbatim. */
  text: string;
  /** The sentence or two of the passage that best answer the question. */
  snippet: string;
  score: number;
}

export type AbstainReason = 'empty-question' | 'no-content-terms' | 'no-match' | 'weak-match';

/** What the knowledge says about a question, or why it stays silent. */
export interface Answer {
  question: string;
  /** True when the question was longer than MAX_QUESTION_CHARS and was cut. */
  truncated: boolean;
  answered: boolean;
  /** Best first; empty when answered is false. */
  passages: AnswerPassage[];
  /** Share of the question the top passage covers (0..1). */
  coverage: number;
  abstainReason?: AbstainReason;
}

/** Turns question text into weighted index terms, synonyms included at a lower weight. */
export function processQuestion(question: string): ProcessedQuery {
  const base = [...new Set(terms(question))];
  const weights = new Map<string, number>(base.map((t) => [t, 1]));
  for (const term of base) {
    for (const synonym of synonymsOf(term)) {
      if (!weights.has(synonym)) weights.set(synonym, SYNONYM_WEIGHT);
    }
  }
  return { terms: [...weights.keys()], weights };
}

/** Ranked passages for a question with no abstention; the recommendation engine uses it to find evidence. */
export function searchPassages(index: KnowledgeIndex, question: string, limit = 5): Hit[] {
  const text = question.slice(0, MAX_QUESTION_CHARS);
  return rankedHits(index, processQuestion(text), limit, text);
}

/** How much a section heading that restates the question lifts its passage. */
export const HEADING_MATCH_BOOST = 0.3;
/** How much a passage that defines what a "what is X?" question asks about is lifted. */
export const DEFINITION_BOOST = 0.5;
/** Passages shorter than this many words ("See the docs.") are discounted: they rarely answer anything. */
export const SHORT_PASSAGE_WORDS = 12;
const RERANK_DEPTH = 50;

/**
 * BM25 hits, re-ranked with what BM25 cannot see: a passage whose own section heading
 * says what the question says (an FAQ entry for its question), a passage that defines
 * the thing a "what is X?" question asks about, and the weakness of one-line passages.
 * Only the nearest heading counts; the title is shared by a whole file.
 */
function rankedHits(index: KnowledgeIndex, query: ProcessedQuery, limit: number, question = ''): Hit[] {
  const hits = index.search(query, Math.max(limit, RERANK_DEPTH));
  const asked = new Set([...query.weights].filter(([, w]) => w === 1).map(([t]) => t));
  const definition = definitionPattern(question);
  const rescored = hits.map((hit) => {
    let factor = 1 + HEADING_MATCH_BOOST * headingSimilarity(index, asked, hit.passage.headings);
    if (definition?.test(hit.passage.text)) factor *= 1 + DEFINITION_BOOST;
    const words = hit.passage.text.split(/\s+/).length;
    if (words < SHORT_PASSAGE_WORDS) factor *= Math.sqrt(words / SHORT_PASSAGE_WORDS);
    return { ...hit, score: hit.score * factor };
  });
  return rescored.sort((a, b) => b.score - a.score).slice(0, limit);
}

const DEFINITION_QUESTION = /^\s*(?:what|who)(?:'s|\s+is|\s+are)\s+(?:an?\s+|the\s+)?([\p{L}\p{N}][\p{L}\p{N} .+-]{0,40}?)\s*\??\s*$/iu;

// "What is Firecracker?" is answered by a sentence of the form "Firecracker is ...".
function definitionPattern(question: string): RegExp | null {
  const subject = DEFINITION_QUESTION.exec(foldText(question))?.[1];
  if (!subject || subject.split(/\s+/).length > 4) return null;
  const escaped = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[.!?]\\s+)(an?\\s+|the\\s+)?${escaped}s?\\s+(is|are)\\b`, 'iu');
}

// Dice overlap weighted by idf: sharing "container" with a heading in a folder about
// containers means little, sharing "licensing" means a lot.
function headingSimilarity(index: KnowledgeIndex, asked: Set<string>, headings: readonly string[]): number {
  if (headings.length < 2) return 0;
  const nearest = new Set(terms(headings[headings.length - 1]!));
  if (nearest.size === 0 || asked.size === 0) return 0;
  let common = 0;
  let total = 0;
  for (const term of nearest) {
    const w = index.idf(term);
    total += w;
    if (asked.has(term)) common += w;
  }
  for (const term of asked) total += index.idf(term);
  return total === 0 ? 0 : (2 * common) / total;
}

/** Answers a question from the index: the best passages, or a reasoned abstention. */
export function answer(index: KnowledgeIndex, question: string, options: Partial<AnswerOptions> = {}): Answer {
  const opts = { ...defaultAnswerOptions, ...options };
  const truncated = question.length > MAX_QUESTION_CHARS;
  const text = truncated ? question.slice(0, MAX_QUESTION_CHARS) : question;
  const base = { question: text, truncated, passages: [] as AnswerPassage[], coverage: 0 };
  if (opts.context?.length && dependsOnContext(text)) return { ...answerInContext(index, text, opts.context, { ...opts, context: [] }), truncated };
  if (!text.trim()) return { ...base, answered: false, abstainReason: 'empty-question' };

  const query = processQuestion(text);
  const original = [...query.weights].filter(([, w]) => w === 1).map(([t]) => t);
  if (original.length === 0) return { ...base, answered: false, abstainReason: 'no-content-terms' };

  const hits = rankedHits(index, query, Math.max(opts.limit, 1) * 3, text);
  if (hits.length === 0) return { ...base, answered: false, abstainReason: 'no-match' };

  const top = hits[0]!;
  const { coverage, matchedShare, matched } = coverageOf(index, original, top);
  // One matched word is a coincidence unless the question has only one.
  const enoughTerms = matched >= Math.min(2, original.length);
  if (!enoughTerms || matchedShare < opts.minMatchedShare || coverage < opts.minCoverage) {
    return { ...base, coverage, answered: false, abstainReason: 'weak-match' };
  }

  const floor = top.score * opts.relatedScoreRatio;
  const passages = hits
    .filter((hit, i) => i === 0 || hit.score >= floor)
    .slice(0, opts.limit)
    .map((hit) => toAnswerPassage(hit, text));
  return { ...base, coverage, answered: true, passages };
}

/**
 * How much of the question the passage answers. A term counts when the passage has it,
 * one of its synonyms, or a near spelling of it (a typo or another inflection); a mere
 * prefix ("light" in "lightweight") does not. Terms weigh their idf, so a rare word
 * outweighs a common one; a word the knowledge has never seen weighs as much as the
 * question's known words on average, because in a small knowledge folder many ordinary
 * words are unknown, while in an off-topic question most words are.
 */
function coverageOf(index: KnowledgeIndex, original: string[], hit: Hit): { coverage: number; matchedShare: number; matched: number } {
  const exact = new Set(hit.exactTerms);
  const fuzzyMatched = new Set(hit.matchedTerms);
  const known = original.filter((t) => index.hasTerm(t));
  const unknownWeight = known.length ? known.reduce((sum, t) => sum + index.idf(t), 0) / known.length : 1;
  let total = 0;
  let covered = 0;
  let matched = 0;
  for (const term of original) {
    const weight = index.hasTerm(term) ? index.idf(term) : unknownWeight;
    total += weight;
    const direct = exact.has(term) || (fuzzyMatched.has(term) && hit.passageTerms.some((p) => isNearSpelling(term, p)));
    // A word met only through a synonym counts half: "podman or docker?" both map to
    // "container", which one generic passage about containers should not fully answer.
    const share = direct ? 1 : synonymsOf(term).some((s) => exact.has(s)) ? SYNONYM_MATCH_SHARE : 0;
    covered += weight * share;
    matched += share;
  }
  return { coverage: total === 0 ? 0 : covered / total, matchedShare: matched / original.length, matched };
}

// Typos and inflections stay within two edits of the word and keep its first letter.
function isNearSpelling(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return false;
  return DamerauLevenshteinDistance(a, b) <= (Math.min(a.length, b.length) >= 6 ? 2 : 1);
}

function toAnswerPassage(hit: Hit, question: string): AnswerPassage {
  const { passage } = hit;
  return {
    id: passage.id,
    source: passage.source,
    heading: headingOf(passage),
    headings: [...passage.headings],
    text: passage.text,
    snippet: bestSentences(passage.text, question),
    score: Math.round(hit.score * 1000) / 1000,
  };
}

const TABLE_ROW = /\|.*\|/;
const SENTENCE = /[^.!?\n]+(?:[.!?]+["')\]]*|\n|$)/g;

/** Splits text into sentences, each verbatim (a substring of the text). */
export function sentencesOf(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The sentence of a passage that shares most with the question, plus the next one if it is short. */
export function bestSentences(text: string, question: string): string {
  // A short answer is prose: sentences inside code blocks or table rows are not candidates.
  const sentences = sentencesOf(proseOf(text)).filter((s) => !TABLE_ROW.test(s));
  if (sentences.length === 0) return text.trim();
  if (sentences.length === 1) return sentences[0]!;
  const wanted = new Set(terms(question));
  const rawWanted = new Set(tokenize(question));
  let best = 0;
  let bestScore = -1;
  sentences.forEach((sentence, i) => {
    const sentenceTerms = new Set(terms(sentence));
    let score = 0;
    for (const t of wanted) if (sentenceTerms.has(t)) score += 1;
    for (const t of tokenize(sentence)) if (rawWanted.has(t)) score += 0.01;
    // Earlier sentences usually state the point; later ones elaborate.
    score -= i * 0.001;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const first = sentences[best]!;
  const second = sentences[best + 1];
  if (first.length >= 120 || !second) return first;
  // Quote the two sentences as they stand in the passage, whatever separated them.
  const start = text.indexOf(first);
  const end = text.indexOf(second, start + first.length);
  return start >= 0 && end >= 0 ? text.slice(start, end + second.length) : first;
}
