import MiniSearch from 'minisearch';
import { answer } from '../src/core/answer/answer.js';
import { phraseHit, scoreRanked, sourceHit } from '../src/core/answer/evaluate.js';
import { headingOf, type Passage } from '../src/core/knowledge/types.js';
import { loadSet, type KnowledgeSet } from './knowledge-sets.js';
import { check, latencyOf, ms, ratio, type BenchOptions, type Latency, type ScenarioResult } from './measure.js';
import { allQuestions, loadDevQuestions, questionWorkload } from './questions.js';
import { timeQueries } from './query-latency.js';

/**
 * The baseline a team would reach for first: plain MiniSearch with its default options
 * (lowercased tokens, no stemming, no stop words, no fuzzy or prefix matching) over the
 * very same passages. It "abstains" only when nothing matches at all. Ours and the
 * baseline answer the same questions, interleaved, so machine noise hits both alike.
 */

interface Quality {
  seedHitAt1: number | null;
  seedHitAt3: number | null;
  corpusHitAt1: number | null;
  corpusHitAt3: number | null;
  offtopicAbstain: number | null;
}

export interface BaselineFigures {
  knowledge: string;
  ours: Latency;
  baseline: Latency;
  buildMs: { baseline: number };
}

function baselineIndex(passages: readonly Passage[]): MiniSearch<{ id: number; text: string; heading: string }> {
  const mini = new MiniSearch<{ id: number; text: string; heading: string }>({ fields: ['text', 'heading'] });
  mini.addAll(passages.map((p, id) => ({ id, text: p.text, heading: headingOf(p) })));
  return mini;
}

function baselineAnswer(mini: MiniSearch, passages: readonly Passage[], q: string, limit = 5) {
  const results = mini.search(q).slice(0, limit);
  return { answered: results.length > 0, passages: results.map((r) => passages[r.id as number]!) };
}

export async function runBaseline(sets: KnowledgeSet[], options: BenchOptions): Promise<ScenarioResult> {
  const dev = await loadDevQuestions();
  const bases = allQuestions(dev);
  const questions = questionWorkload(bases, options.quick ? 300 : 1000);
  const budgetMs = options.quick ? 20_000 : 45_000;
  const latency: BaselineFigures[] = [];
  const minis = new Map<string, MiniSearch>();
  for (const set of sets) {
    const kb = await loadSet(set);
    const t0 = performance.now();
    const mini = baselineIndex(kb.index.passages);
    const buildMs = performance.now() - t0;
    minis.set(set.name, mini);
    const ours: number[] = [];
    const theirs: number[] = [];
    // Interleaved: each question is asked of both before the next one.
    timeQueries(questions, budgetMs, (q) => {
      let s = performance.now();
      answer(kb.index, q);
      ours.push(performance.now() - s);
      s = performance.now();
      mini.search(q);
      theirs.push(performance.now() - s);
    });
    latency.push({ knowledge: set.name, ours: latencyOf(ours), baseline: latencyOf(theirs), buildMs: { baseline: buildMs } });
  }

  const seedSet = sets.find((s) => s.name === 'default');
  const corpusSet = sets.find((s) => s.name === 'corpus');
  const seedKb = seedSet ? await loadSet(seedSet) : null;
  const corpusKb = corpusSet ? await loadSet(corpusSet) : null;
  const quality = (system: 'ours' | 'baseline'): Quality => {
    const ask = (name: string, kb: NonNullable<typeof seedKb>, q: string) =>
      system === 'ours' ? answer(kb.index, q) : baselineAnswer(minis.get(name)!, kb.index.passages, q);
    const seed = seedKb
      ? scoreRanked(dev.seed.map((c) => ({ q: c.q, answer: ask('default', seedKb, c.q), isHit: phraseHit(c.expect) })))
      : null;
    const corpus = corpusKb
      ? scoreRanked(dev.corpus.map((c) => ({ q: c.q, answer: ask('corpus', corpusKb, c.q), isHit: sourceHit(c.expectSource) })))
      : null;
    const abstained = [
      ...(seedKb ? dev.offtopic.map((q) => !ask('default', seedKb, q).answered) : []),
      ...(corpusKb ? dev.offtopic.map((q) => !ask('corpus', corpusKb, q).answered) : []),
    ];
    return {
      seedHitAt1: seed?.hitAt1 ?? null,
      seedHitAt3: seed?.hitAt3 ?? null,
      corpusHitAt1: corpus?.hitAt1 ?? null,
      corpusHitAt3: corpus?.hitAt3 ?? null,
      offtopicAbstain: abstained.length ? abstained.filter(Boolean).length / abstained.length : null,
    };
  };
  const ours = quality('ours');
  const baseline = quality('baseline');
  const f = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  const qualityRow = (label: string, key: keyof Quality) => [label, f(ours[key]), f(baseline[key]), ratio(ours[key], baseline[key])];
  return {
    figures: { baseline: { latency, quality: { ours, baseline } } },
    targets: [
      check('quality: corpus dev questions hit@3', '≥ 0.8', ours.corpusHitAt3, '', (v) => v >= 0.8),
      check(
        'quality: corpus hit@1, ours minus baseline',
        '> 0 (ahead)',
        ours.corpusHitAt1 !== null && baseline.corpusHitAt1 !== null ? ours.corpusHitAt1 - baseline.corpusHitAt1 : null,
        '',
        (v) => v > 0,
      ),
      check(
        'quality: seed hit@1, ours minus baseline',
        '> 0 (ahead)',
        ours.seedHitAt1 !== null && baseline.seedHitAt1 !== null ? ours.seedHitAt1 - baseline.seedHitAt1 : null,
        '',
        (v) => v > 0,
      ),
    ],
    tables: [
      {
        title: 'Baseline: query latency, ours (answer()) vs plain MiniSearch defaults, same questions interleaved, ms',
        columns: [
          'knowledge',
          'ours p50',
          'baseline p50',
          'ratio',
          'ours p99',
          'baseline p99',
          'ratio',
          'ours max',
          'baseline max',
          'queries',
        ],
        rows: latency.map((l) => [
          l.knowledge,
          ms(l.ours.p50),
          ms(l.baseline.p50),
          ratio(l.ours.p50, l.baseline.p50),
          ms(l.ours.p99),
          ms(l.baseline.p99),
          ratio(l.ours.p99, l.baseline.p99),
          ms(l.ours.max),
          ms(l.baseline.max),
          l.ours.count,
        ]),
      },
      {
        title: 'Baseline: quality on the dev questions (off-topic abstain: ours declines, baseline returns nothing)',
        columns: ['measure', 'ours', 'baseline', 'ours / baseline'],
        rows: [
          qualityRow('seed hit@1', 'seedHitAt1'),
          qualityRow('seed hit@3', 'seedHitAt3'),
          qualityRow('corpus hit@1', 'corpusHitAt1'),
          qualityRow('corpus hit@3', 'corpusHitAt3'),
          qualityRow('off-topic abstain', 'offtopicAbstain'),
        ],
      },
    ],
  };
}
