import type MiniSearch from 'minisearch';
import { answer } from '../src/core/answer/answer.js';
import type { KnowledgeIndex } from '../src/core/knowledge/knowledge-index.js';
import { RankedSearch, type RankedSearchOptions } from '../src/core/knowledge/ranked-search.js';
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
export function timeQueries(questions: readonly string[], budgetMs: number, fn: (q: string) => unknown): { samples: number[]; capped: boolean } {
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

// Until KnowledgeIndex searches through RankedSearch itself, this measures what it would
// give: a copy of the index whose MiniSearch answers through RankedSearch (same results).
const PROPOSAL_DEPTH = 100;
function withRankedSearch(index: KnowledgeIndex): KnowledgeIndex | null {
  const mini = (index as unknown as { miniSearch?: MiniSearch<never> }).miniSearch;
  if (!mini || typeof mini.search !== 'function') return null;
  const ranked = RankedSearch.over(mini);
  const proxy = Object.create(mini) as MiniSearch<never>;
  proxy.search = ((query: string, options: RankedSearchOptions) => ranked.search(query ? query.split(' ') : [], options, PROPOSAL_DEPTH)) as never;
  const copy = Object.create(index) as KnowledgeIndex;
  Object.defineProperty(copy, 'miniSearch', { value: proxy });
  return copy;
}

export async function runQueryLatency(sets: KnowledgeSet[], options: BenchOptions): Promise<ScenarioResult> {
  const bases = allQuestions(await loadDevQuestions());
  const count = options.quick ? 300 : 1000;
  const budgetMs = options.quick ? 20_000 : 60_000;
  const questions = questionWorkload(bases, count);
  const figures: QueryLatencyFigures[] = [];
  const proposal: QueryLatencyFigures[] = [];
  for (const set of sets) {
    const kb = await loadSet(set);
    const measure = (index: KnowledgeIndex): QueryLatencyFigures => {
      for (const q of questionWorkload(bases, WARM_UP, 99)) answer(index, q);
      let answered = 0;
      const { samples, capped } = timeQueries(questions, budgetMs, (q) => {
        if (answer(index, q).answered) answered++;
      });
      return { knowledge: set.name, passages: index.size, ...latencyOf(samples), answeredShare: answered / samples.length, cappedAfterMs: capped ? budgetMs : null };
    };
    figures.push(measure(kb.index));
    const ranked = withRankedSearch(kb.index);
    if (ranked) proposal.push(measure(ranked));
  }
  const by = (name: string) => figures.find((f) => f.knowledge === name);
  const row = (f: QueryLatencyFigures, suffix: string) => [f.knowledge + suffix, f.passages, f.count + (f.cappedAfterMs ? ` (stopped at ${f.cappedAfterMs / 1000} s)` : ''),
    ms(f.p50), ms(f.p95), ms(f.p99), ms(f.max), ms(f.mean), f.answeredShare.toFixed(2)];
  return {
    figures: { queryLatency: figures, ...(proposal.length ? { queryLatencyWithRankedSearch: proposal } : {}) },
    targets: [
      check('corpus: query p99', '≤ 10 ms', by('corpus')?.p99 ?? null, 'ms', (v) => v <= 10),
      check('corpus ×10: query p99', '≤ 50 ms', by('corpus×10')?.p99 ?? null, 'ms', (v) => v <= 50),
    ],
    tables: [{
      title: `Query latency: answer() per question, ms (${count} questions: dev set + typos, lowercase, filler, rewording)`,
      columns: ['knowledge', 'passages', 'queries', 'p50', 'p95', 'p99', 'max', 'mean', 'answered'],
      rows: [...figures.map((f) => row(f, '')), ...proposal.map((f) => row(f, ' + RankedSearch'))],
      note: proposal.length ? '"+ RankedSearch": the same answer() with MiniSearch\'s search computed by src/core/knowledge/ranked-search.ts (identical results), not yet wired into KnowledgeIndex.' : undefined,
    }],
  };
}
