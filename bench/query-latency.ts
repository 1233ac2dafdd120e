import { answer } from '../src/core/answer/answer.js';
import type { KnowledgeIndex } from '../src/core/knowledge/knowledge-index.js';
import { loadSet, type KnowledgeSet } from './knowledge-sets.js';
import { check, latencyOf, ms, type BenchOptions, type Latency, type ScenarioResult } from './measure.js';
import { allQuestions, loadDevQuestions, questionWorkload } from './questions.js';

/**
 * Query latency of answer() — the whole pipeline a Slack question goes through — on each
 * knowledge size, over the dev questions and their variations, after a short warm-up.
 */

export interface QueryLatencyFigures extends Latency {
  knowledge: string;
  passages: number;
  answeredShare: number;
  cappedAfterMs: number | null;
}

const WARM_UP = 50;

/** Runs fn over the questions until done or the time budget is spent; returns per-call ms. */
export function timeQueries(
  questions: readonly string[],
  budgetMs: number,
  fn: (q: string) => unknown,
): { samples: number[]; capped: boolean } {
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (const q of questions) {
    const start = performance.now();
    fn(q);
    const end = performance.now();
    samples.push(end - start);
    if (end > deadline) return { samples, capped: samples.length < questions.length };
  }
  return { samples, capped: false };
}

export async function runQueryLatency(sets: KnowledgeSet[], options: BenchOptions): Promise<ScenarioResult> {
  const bases = allQuestions(await loadDevQuestions());
  const count = options.quick ? 300 : 1000;
  const budgetMs = options.quick ? 20_000 : 60_000;
  const questions = questionWorkload(bases, count);
  const figures: QueryLatencyFigures[] = [];
  for (const set of sets) {
    const kb = await loadSet(set);
    const measure = (index: KnowledgeIndex): QueryLatencyFigures => {
      for (const q of questionWorkload(bases, WARM_UP, 99)) answer(index, q);
      let answered = 0;
      const { samples, capped } = timeQueries(questions, budgetMs, (q) => {
        if (answer(index, q).answered) answered++;
      });
      return {
        knowledge: set.name,
        passages: index.size,
        ...latencyOf(samples),
        answeredShare: answered / samples.length,
        cappedAfterMs: capped ? budgetMs : null,
      };
    };
    figures.push(measure(kb.index));
  }
  const by = (name: string) => figures.find((f) => f.knowledge === name);
  const row = (f: QueryLatencyFigures) => [
    f.knowledge,
    f.passages,
    f.count + (f.cappedAfterMs ? ` (stopped at ${f.cappedAfterMs / 1000} s)` : ''),
    ms(f.p50),
    ms(f.p95),
    ms(f.p99),
    ms(f.max),
    ms(f.mean),
    f.answeredShare.toFixed(2),
  ];
  return {
    figures: { queryLatency: figures },
    targets: [
      check('corpus: query p99', '≤ 10 ms', by('corpus')?.p99 ?? null, 'ms', (v) => v <= 10),
      check('corpus ×10: query p99', '≤ 50 ms', by('corpus×10')?.p99 ?? null, 'ms', (v) => v <= 50),
    ],
    tables: [
      {
        title: `Query latency: answer() per question, ms (${count} questions: dev set + typos, lowercase, filler, rewording)`,
        columns: ['knowledge', 'passages', 'queries', 'p50', 'p95', 'p99', 'max', 'mean', 'answered'],
        rows: figures.map(row),
      },
    ],
  };
}
