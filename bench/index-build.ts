import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeSet } from './knowledge-sets.js';
import { check, median, ms, type BenchOptions, type ScenarioResult, type TargetCheck } from './measure.js';
import { runChild } from './measure.js';

/**
 * Index build: time and peak memory to load each knowledge set, in a fresh process per
 * measurement. "build" indexes without a cache; "cold" is a first start with an empty
 * cache folder (build and save); "cached" is a restart that loads the saved index.
 */

interface Probe {
  ms: number;
  fromCache: boolean;
  files: number;
  passages: number;
  rssPeakMB: number;
  heapPeakMB: number;
  heapRetainedMB: number;
  maxLoopBlockMs: number;
}

interface ModeFigures {
  runs: number;
  ms: number;
  rssPeakMB: number;
  heapPeakMB: number;
  heapRetainedMB: number;
  maxLoopBlockMs: number;
}

export interface IndexBuildFigures {
  knowledge: string;
  files: number;
  passages: number;
  cacheFileMB: number;
  build: ModeFigures;
  cold: ModeFigures;
  cached: ModeFigures;
}

const PROBE = 'bench/probe-load.ts';

async function probe(dir: string, cacheDir?: string): Promise<Probe> {
  return runChild<Probe>(PROBE, cacheDir ? [dir, cacheDir] : [dir], { timeoutMs: 300_000 });
}

function summarise(probes: Probe[]): ModeFigures {
  return {
    runs: probes.length,
    ms: median(probes.map((p) => p.ms)),
    rssPeakMB: Math.max(...probes.map((p) => p.rssPeakMB)),
    heapPeakMB: Math.max(...probes.map((p) => p.heapPeakMB)),
    heapRetainedMB: median(probes.map((p) => p.heapRetainedMB)),
    maxLoopBlockMs: Math.max(...probes.map((p) => p.maxLoopBlockMs)),
  };
}

async function measureSet(set: KnowledgeSet, runs: number): Promise<IndexBuildFigures> {
  const build: Probe[] = [];
  const cold: Probe[] = [];
  const cached: Probe[] = [];
  let cacheFileMB = 0;
  for (let r = 0; r < runs; r++) {
    build.push(await probe(set.dir));
    const cacheDir = await mkdtemp(join(tmpdir(), 'bench-cache-'));
    try {
      const first = await probe(set.dir, cacheDir);
      if (first.fromCache) throw new Error(`index-build: an empty cache folder served ${set.name} from cache`);
      cold.push(first);
      const again = await probe(set.dir, cacheDir);
      if (!again.fromCache) throw new Error(`index-build: the restart on ${set.name} rebuilt instead of using the cache`);
      cached.push(again);
      const [file] = await readdir(cacheDir);
      cacheFileMB = file ? (await stat(join(cacheDir, file))).size / 2 ** 20 : 0;
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  }
  return {
    knowledge: set.name,
    files: build[0]!.files,
    passages: build[0]!.passages,
    cacheFileMB,
    build: summarise(build),
    cold: summarise(cold),
    cached: summarise(cached),
  };
}

export async function runIndexBuild(sets: KnowledgeSet[], options: BenchOptions): Promise<ScenarioResult> {
  const figures: IndexBuildFigures[] = [];
  for (const set of sets) {
    const runs = options.quick || set.name.includes('×') ? 1 : 3;
    figures.push(await measureSet(set, runs));
  }
  const by = (name: string) => figures.find((f) => f.knowledge === name);
  const corpus = by('corpus');
  const x10 = by('corpus×10');
  const targets: TargetCheck[] = [
    check('corpus: cold index build (build + save cache)', '≤ 3 s', corpus?.cold.ms ?? null, 'ms', (v) => v <= 3000),
    check('corpus: load from cache', '≤ 0.5 s', corpus?.cached.ms ?? null, 'ms', (v) => v <= 500),
    check('corpus: cached vs cold load', '≥ 3× faster', corpus ? corpus.cold.ms / corpus.cached.ms : null, '×', (v) => v >= 3),
    check(
      'corpus ×10: peak RSS (worst of build, cold, cached)',
      '≤ 400 MB',
      x10 ? Math.max(x10.build.rssPeakMB, x10.cold.rssPeakMB, x10.cached.rssPeakMB) : null,
      'MB',
      (v) => v <= 400,
    ),
  ];
  return {
    figures: { indexBuild: figures },
    targets,
    tables: [
      {
        title: 'Index build: load time (median ms, in-process, excluding Node start)',
        columns: [
          'knowledge',
          'files',
          'passages',
          'build (no cache)',
          'cold (build + save)',
          'cached',
          'cold / cached',
          'cache file MB',
          'longest event-loop block: cold / cached',
          'runs',
        ],
        rows: figures.map((f) => [
          f.knowledge,
          f.files,
          f.passages,
          ms(f.build.ms),
          ms(f.cold.ms),
          ms(f.cached.ms),
          `${(f.cold.ms / f.cached.ms).toFixed(1)}×`,
          f.cacheFileMB.toFixed(1),
          `${ms(f.cold.maxLoopBlockMs)} / ${ms(f.cached.maxLoopBlockMs)}`,
          f.build.runs,
        ]),
      },
      {
        title: 'Index build: peak memory (MB; RSS from the OS, heap sampled every 2 ms)',
        columns: [
          'knowledge',
          'RSS build',
          'RSS cold',
          'RSS cached',
          'heap peak build',
          'heap peak cold',
          'heap peak cached',
          'heap retained',
        ],
        rows: figures.map((f) => [
          f.knowledge,
          ms(f.build.rssPeakMB),
          ms(f.cold.rssPeakMB),
          ms(f.cached.rssPeakMB),
          ms(f.build.heapPeakMB),
          ms(f.cold.heapPeakMB),
          ms(f.cached.heapPeakMB),
          ms(f.cached.heapRetainedMB),
        ]),
      },
    ],
  };
}
