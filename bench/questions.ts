import { readFile } from 'node:fs/promises';
import { QuestionSetSchema, type QuestionSet } from '../src/core/answer/evaluate.js';
import { DEV_QUESTIONS } from './knowledge-sets.js';

/**
 * Query workloads: the dev questions, and realistic variations of them the way people
 * type in Slack (typos, lowercase without punctuation, filler words, rewording).
 * Deterministic: a seeded generator, so every run asks the same questions.
 */

export async function loadDevQuestions(): Promise<QuestionSet> {
  return QuestionSetSchema.parse(JSON.parse(await readFile(DEV_QUESTIONS, 'utf8')));
}

export function allQuestions(set: QuestionSet): string[] {
  return [...set.seed.map((c) => c.q), ...set.corpus.map((c) => c.q), ...set.offtopic];
}

// mulberry32: small, fast and good enough to pick variations reproducibly.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = ['hey, ', 'quick question: ', 'so ', 'I was wondering, ', 'hi team - ', '@bot '];
const SUFFIXES = [' thanks!', ' in production', ' for our team?', ' on AWS', ' please', ' asap', ' (asking for a new project)'];
const REWORDINGS: [RegExp, string][] = [
  [/^what (is|are) (.+?)\??$/i, 'can you explain $2?'],
  [/^how do i (.+?)\??$/i, "what's the way to $1?"],
  [/^how does (.+?)\??$/i, 'explain how $1'],
  [/^why (are|do|is) (.+?)\??$/i, 'reason $2'],
  [/^which (.+?)\??$/i, 'tell me which $1'],
  [/^does (.+?)\??$/i, 'is it true that $1?'],
];

type Variation = (q: string, rnd: () => number) => string;

const pick = <T>(items: readonly T[], rnd: () => number): T => items[Math.floor(rnd() * items.length)]!;

const typo: Variation = (q, rnd) => {
  const words = q.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
  if (!candidates.length) return q;
  const [word, i] = pick(candidates, rnd);
  const at = 1 + Math.floor(rnd() * (word.length - 2));
  const kind = Math.floor(rnd() * 3);
  words[i] =
    kind === 0
      ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) // swapped letters
      : kind === 1
        ? word.slice(0, at) + word.slice(at + 1) // dropped letter
        : word.slice(0, at) + word[at] + word.slice(at); // doubled letter
  return words.join(' ');
};
const lower: Variation = (q) => q.toLowerCase().replace(/[?!.,]/g, '');
const extraWords: Variation = (q, rnd) => (rnd() < 0.5 ? pick(PREFIXES, rnd) + q : q + pick(SUFFIXES, rnd));
const reworded: Variation = (q) => {
  for (const [pattern, replacement] of REWORDINGS) if (pattern.test(q)) return q.replace(pattern, replacement);
  return `question about ${q[0]!.toLowerCase()}${q.slice(1).replace(/\?$/, '')}`;
};

/** n questions: each base question as written once, then variations (one or two applied). */
export function questionWorkload(bases: readonly string[], n: number, seed = 7): string[] {
  const rnd = random(seed);
  const variations = [typo, lower, extraWords, reworded];
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const base = bases[i % bases.length]!;
    if (i < bases.length) {
      out.push(base);
      continue;
    }
    let q = pick(variations, rnd)(base, rnd);
    if (rnd() < 0.4) q = pick(variations, rnd)(q, rnd);
    out.push(q);
  }
  return out;
}
