import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { loadKnowledgeBase } from '../src/knowledge/base.js';

/**
 * Child process of the index-build scenario: loads one knowledge folder once and prints
 * what it cost. A fresh process per measurement keeps peak RSS honest (nothing from an
 * earlier run is still resident). Usage: tsx bench/probe-load.ts DIR [CACHE_DIR]
 */

const [dir, cacheDir] = process.argv.slice(2);
if (!dir) throw new Error('probe-load: DIR is required');

// The heap has no peak counter, so it is sampled; loading yields often enough for the timer to run.
// getHeapStatistics stays in the process (memoryUsage() also reads /proc for the RSS every
// time, which cost about 40 ms of a 0.6 s load at this rate).
let heapPeak = 0;
const sample = () => {
  heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
};
const timer = setInterval(sample, 2);

// The longest stretch the event loop was blocked: what a server would stall for during a reload.
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const rssBefore = process.memoryUsage().rss;
const start = performance.now();
const kb = await loadKnowledgeBase(dir, cacheDir ? { cacheDir } : {});
const ms = performance.now() - start;
// Let the monitor's timer fire once more, so a block at the very end is recorded too.
await new Promise((resolve) => setTimeout(resolve, 20));
loopDelay.disable();
sample();
clearInterval(timer);
globalThis.gc?.();

process.stdout.write(
  JSON.stringify({
    ms,
    fromCache: kb.fromCache,
    files: kb.files,
    passages: kb.index.size,
    warnings: kb.warnings.length,
    rssBeforeMB: rssBefore / 2 ** 20,
    rssPeakMB: process.resourceUsage().maxRSS / 1024,
    heapPeakMB: heapPeak / 2 ** 20,
    heapRetainedMB: process.memoryUsage().heapUsed / 2 ** 20,
    heapLimitMB: getHeapStatistics().heap_size_limit / 2 ** 20,
    maxLoopBlockMs: loopDelay.max / 1e6,
  }) + '\n',
);
