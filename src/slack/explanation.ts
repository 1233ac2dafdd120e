import { answer, bestSentences, searchPassages, type Answer, type AnswerPassage } from '../core/answer/answer.js';
import type { KnowledgeIndex } from '../core/knowledge/knowledge-index.js';
import { headingOf } from '../core/knowledge/types.js';

/**
 * What a direct message gets: the answer (best passage and the passages that support it),
 * the key takeaway that bears on the question, and whether the question is a choice that
 * `/containers-or-vms` would answer better. Framework-free, so the local chat can reuse it.
 */

export interface Takeaway {
  id: string;
  source: string;
  heading: string;
  headings: string[];
  text: string;
}

export interface Explanation {
  answer: Answer;
  /** Passages beyond the best one that bear on the question (a DM has room for them). */
  supporting: AnswerPassage[];
  takeaway?: Takeaway;
  isChoice: boolean;
}

const TAKEAWAY_HEADING = /key\s+takeaways?|summary|tl;?\s*dr/i;
const CHOICE = /\b(should\s+(i|we|you)|which\s+(one|is|should|to|do)|choose|choosing|pick|better\s+(for|to)|versus|vs\.?|or\s+(a\s+)?(vms?|virtual\s+machines?|containers?))\b/i;
const SEARCH_DEPTH = 30;
const MAX_SUPPORTING = 3;
// A supporting passage must share at least this many of the question's terms with it.
const MIN_SHARED_TERMS = 2;

/** True when the question asks to choose ("should I use…", "containers or VMs?"). */
export function isChoiceQuestion(question: string): boolean {
  return CHOICE.test(question);
}

/** Builds the DM explanation for a question. */
export function explain(index: KnowledgeIndex, question: string): Explanation {
  const result = answer(index, question);
  const isChoice = isChoiceQuestion(result.question);
  if (!result.answered) return { answer: result, supporting: [], isChoice };
  const hits = searchPassages(index, result.question, SEARCH_DEPTH);
  const best = result.passages[0]!;
  const supporting = hits
    .filter((h) => h.passage.id !== best.id && !TAKEAWAY_HEADING.test(headingOf(h.passage)) && h.matchedTerms.length >= MIN_SHARED_TERMS)
    .slice(0, MAX_SUPPORTING)
    .map((h): AnswerPassage => ({
      id: h.passage.id,
      source: h.passage.source,
      heading: headingOf(h.passage),
      headings: [...h.passage.headings],
      text: h.passage.text,
      snippet: bestSentences(h.passage.text, result.question),
      score: h.score,
    }));
  const shown = new Set([best.id, ...supporting.map((p) => p.id)]);
  const hit = hits.find((h) => TAKEAWAY_HEADING.test(headingOf(h.passage)) && !shown.has(h.passage.id));
  const takeaway = hit && {
    id: hit.passage.id,
    source: hit.passage.source,
    heading: headingOf(hit.passage),
    headings: [...hit.passage.headings],
    text: bestSentences(hit.passage.text, result.question),
  };
  return { answer: result, supporting, takeaway, isChoice };
}
