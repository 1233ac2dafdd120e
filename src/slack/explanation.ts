import { answer, bestSentences, searchPassages, type Answer } from '../core/answer/answer.js';
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
  takeaway?: Takeaway;
  isChoice: boolean;
}

const TAKEAWAY_HEADING = /key\s+takeaways?|summary|tl;?\s*dr/i;
const CHOICE = /\b(should\s+(i|we|you)|which\s+(one|is|should|to|do)|choose|choosing|pick|better\s+(for|to)|versus|vs\.?|or\s+(a\s+)?(vms?|virtual\s+machines?|containers?))\b/i;
const TAKEAWAY_SEARCH_DEPTH = 30;

/** True when the question asks to choose ("should I use…", "containers or VMs?"). */
export function isChoiceQuestion(question: string): boolean {
  return CHOICE.test(question);
}

/** Builds the DM explanation for a question. */
export function explain(index: KnowledgeIndex, question: string): Explanation {
  const result = answer(index, question);
  const isChoice = isChoiceQuestion(result.question);
  if (!result.answered) return { answer: result, isChoice };
  const shown = new Set(result.passages.map((p) => p.id));
  const hit = searchPassages(index, result.question, TAKEAWAY_SEARCH_DEPTH)
    .find((h) => TAKEAWAY_HEADING.test(headingOf(h.passage)) && !shown.has(h.passage.id));
  const takeaway = hit && {
    id: hit.passage.id,
    source: hit.passage.source,
    heading: headingOf(hit.passage),
    headings: [...hit.passage.headings],
    text: bestSentences(hit.passage.text, result.question),
  };
  return { answer: result, takeaway, isChoice };
}
