import { answer, bestSentences, searchPassages, type Answer, type AnswerPassage, type AnswerOptions } from './answer.js';
import type { KnowledgeIndex } from '../knowledge/knowledge-index.js';
import { headingOf } from '../knowledge/types.js';
import { readQuestion } from './reading.js';

/**
 * What a direct message gets: the answer (best passage and the passages that support it),
 * the key takeaway that bears on the question, and whether the question is a choice that
 * `/containers-or-vms` would answer better.
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
const CHOICE =
  /\b(should\s+(i|we|you)|which\s+(one|is|should|to|do)|choose|choosing|pick|better\s+(for|to)|versus|vs\.?|or\s+(a\s+)?(vms?|virtual\s+machines?|containers?))\b/i;
const TAKEAWAY_SEARCH_DEPTH = 30;
const MAX_SUPPORTING = 3;
// A DM has room for passages that bear on the question less directly than a channel reply's.
const SUPPORTING_SCORE_RATIO = 0.15;

/** True when the question asks to choose ("should I use…", "containers or VMs?"). */
export function isChoiceQuestion(question: string): boolean {
  return CHOICE.test(question);
}

/**
 * Builds the DM explanation for a question. The supporting passages are the answer's own
 * runners-up (they passed the same relevance floor), so a DM never pads with passages that
 * merely share a word; the takeaway is the best-matching passage under a summary heading.
 */
export function explain(index: KnowledgeIndex, question: string, options: Partial<AnswerOptions> = {}): Explanation {
  const result = answer(index, question, { limit: MAX_SUPPORTING + 2, relatedScoreRatio: SUPPORTING_SCORE_RATIO, ...options });
  const read = readQuestion(index, result.question).text;
  const isChoice = isChoiceQuestion(read);
  if (!result.answered) return { answer: result, supporting: [], isChoice };
  const [best, ...rest] = result.passages;
  const supporting = rest.filter((p) => !TAKEAWAY_HEADING.test(p.heading)).slice(0, MAX_SUPPORTING);
  const shown = new Set([best!.id, ...supporting.map((p) => p.id)]);
  const hit = searchPassages(index, read, TAKEAWAY_SEARCH_DEPTH).find(
    (h) => TAKEAWAY_HEADING.test(headingOf(h.passage)) && !shown.has(h.passage.id),
  );
  const takeaway = hit && {
    id: hit.passage.id,
    source: hit.passage.source,
    heading: headingOf(hit.passage),
    headings: [...hit.passage.headings],
    text: bestSentences(hit.passage.text, read),
  };
  return { answer: result, supporting, takeaway, isChoice };
}
