import { z } from 'zod';
import type { Answer } from './answer.js';

/** The labelled question set format (shared/eval/dev-questions.json). */
export const QuestionSetSchema = z.object({
  seed: z.array(z.object({ q: z.string(), expect: z.array(z.string()).min(1), answer: z.string().optional() })).default([]),
  corpus: z.array(z.object({ q: z.string(), expectSource: z.array(z.string()).min(1), answer: z.string().optional() })).default([]),
  offtopic: z.array(z.string()).default([]),
});
export type QuestionSet = z.infer<typeof QuestionSetSchema>;

export interface RankedScores {
  questions: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  answered: number;
  /** Share of the questions with an `answer` phrase whose first short answer contains it (null: none had one). */
  answerAt1: number | null;
  misses: { q: string; rank: number | null }[];
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ');

/** Whether a passage is a hit for a seed question: it contains one of the expected phrases. */
export function phraseHit(expect: string[]) {
  const wanted = expect.map(fold);
  return (p: { text: string }) => wanted.some((w) => fold(p.text).includes(w));
}

/** Whether a passage is a hit for a corpus question: it comes from one of the expected files. */
export function sourceHit(expectSource: string[]) {
  return (p: { source: string }) => expectSource.some((s) => p.source.endsWith(s));
}

/** hit@1, hit@3, MRR and answered rate over answers, given a hit test per question. */
export function scoreRanked<P extends { text: string; source: string; snippet?: string }>(
  cases: { q: string; answer: Pick<Answer, 'answered'> & { passages: P[] }; isHit: (p: P) => boolean; expectAnswer?: string }[],
): RankedScores {
  let withAnswer = 0;
  let answerHits = 0;
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  let answered = 0;
  const misses: RankedScores['misses'] = [];
  for (const c of cases) {
    if (c.answer.answered) answered++;
    if (c.expectAnswer !== undefined) {
      withAnswer++;
      const first = c.answer.answered ? c.answer.passages[0]?.snippet : undefined;
      if (first !== undefined && fold(first).includes(fold(c.expectAnswer))) answerHits++;
    }
    const rank = c.answer.passages.findIndex(c.isHit);
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0) misses.push({ q: c.q, rank: rank >= 0 ? rank + 1 : null });
  }
  const n = cases.length || 1;
  return {
    questions: cases.length,
    hitAt1: hit1 / n,
    hitAt3: hit3 / n,
    mrr: rr / n,
    answered: answered / n,
    answerAt1: withAnswer ? answerHits / withAnswer : null,
    misses,
  };
}

/**
 * Tuning-half questions asked again in other people's words (eval/reworded/): by set file, then
 * list (seed, corpus, offtopic), then the question's position in it, its rewordings. Scored with
 * the original question's labels, so a gain there is a gain in words nobody tuned on.
 */
export const RewordingsSchema = z.record(
  z.string(),
  z
    .object({
      seed: z.record(z.string(), z.array(z.string())),
      corpus: z.record(z.string(), z.array(z.string())),
      offtopic: z.record(z.string(), z.array(z.string())),
    })
    .partial(),
);
export type Rewordings = z.infer<typeof RewordingsSchema>;

/**
 * Follow-ups as posted in a thread (eval/conversations/): the questions asked before it, latest
 * last, and the follow-up, labelled for what answers it in that context: on the seed knowledge
 * (`conversations`) like a seed question, on the corpus (`corpus`) by the files that answer it.
 * `chatter`: follow-ups nobody asked the bot ("thanks!", "brb meeting"), on the seed knowledge,
 * which it should leave unanswered.
 */
export const ConversationSetSchema = z
  .object({
    conversations: z
      .array(
        z.object({ context: z.array(z.string()).min(1), q: z.string(), expect: z.array(z.string()).min(1), answer: z.string().optional() }),
      )
      .default([]),
    corpus: z.array(z.object({ context: z.array(z.string()).min(1), q: z.string(), expectSource: z.array(z.string()).min(1) })).default([]),
    chatter: z.array(z.object({ context: z.array(z.string()).min(1), q: z.string() })).default([]),
  })
  .refine((set) => set.conversations.length + set.corpus.length + set.chatter.length > 0, { message: 'no threads' });
export type ConversationSet = z.infer<typeof ConversationSetSchema>;

/** Splits a labelled list by position: even-numbered (0, 2, …) to tune on, odd-numbered to check. */
export function halves<T>(list: readonly T[]): { tune: T[]; check: T[] } {
  return { tune: list.filter((_, i) => i % 2 === 0), check: list.filter((_, i) => i % 2 === 1) };
}

/**
 * The same question as people also type it in chat, for `npm run eval -- --typing`: one typo,
 * capitals, Title Case, an emoji code, a chat opener, a closing thanks, a pasted log, a link,
 * a greeting and sign-off with a name, and Slack emphasis. Deterministic, so two runs compare.
 */
export const TYPING_VARIANTS: Record<string, (question: string) => string> = {
  'as written': (q) => q,
  'one typo': withTypo,
  capitals: (q) => q.toUpperCase(),
  'Title Case': (q) => q.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()),
  'emoji code': (q) => `${q} :thinking_face:`,
  'chat opener': (q) => `hey folks, quick question: ${q}`,
  'closing thanks': (q) => `${q} thanks in advance!`,
  'pasted log': (q) => `${q}\n\`\`\`\nError: exit status 1 at step 3\n\`\`\``,
  link: (q) => `${q} (saw this on https://blog.example.com/2024/03/why-we-moved-everything)`,
  'signed with a name': (q) => `Hi team,\n\n${q}\n\nThanks,\nPriya`,
  'Slack emphasis': (q) => q.replace(/\b(containers?|vms?|podman|kata|firecracker)\b/i, '*$1*'),
};

// Two neighbouring letters swapped in the middle of the longest lower-case word of six or more letters.
function withTypo(question: string): string {
  const words = question.match(/\b[a-z]{6,}\b/g);
  if (!words) return question;
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const i = Math.floor(longest.length / 2) - 1;
  const typo = longest.slice(0, i) + longest[i + 1] + longest[i] + longest.slice(i + 2);
  return question.replace(new RegExp(`\\b${longest}\\b`), typo);
}
