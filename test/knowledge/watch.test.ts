import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/core/answer/answer.js';
import { KnowledgeIndex } from '../../src/core/knowledge/knowledge-index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/base.js';
import { folderSignature, isKnowledgeChange, KnowledgeHolder, watchKnowledge, type KnowledgeWatch, type WatchKnowledgeOptions } from '../../src/knowledge/watch.js';
import { createLogger } from '../../src/logger.js';
import { startBot } from '../support/bot-harness.js';

const CONTAINERS = `# Containers

## What is a container?

A container packages an application with its libraries and shares the kernel of its host.
`;

const ZEBRAS = `# Zebras

## Why do zebras have stripes?

Zebras have stripes to confuse biting flies and to stay cool in the savanna heat.
`;

const ZEBRAS_CHANGED = `# Zebras

## Why do zebras have stripes?

Zebras have stripes because the pattern keeps horseflies from landing on them.
`;

const CONTAINER_QUESTION = 'What is a container?';
const ZEBRA_QUESTION = 'Why do zebras have stripes?';

/** Polls until check() passes, at most ~10 s; the watcher works in the background meanwhile. */
async function eventually<T>(check: () => T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function logCapture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let dir: string;
let watches: KnowledgeWatch[] = [];

function start(holder: KnowledgeHolder, options: Partial<WatchKnowledgeOptions> = {}) {
  const errors: unknown[] = [];
  const swaps = { count: 0 };
  const w = watchKnowledge(dir, {
    debounceMs: 100,
    load: () => loadKnowledgeBase(dir),
    onReload: (kb) => {
      swaps.count++;
      holder.swap(kb);
    },
    onError: (error) => errors.push(error),
    initial: holder.current(),
    ...options,
  });
  watches.push(w);
  return { watch: w, errors, swaps };
}

const ask = (holder: KnowledgeHolder, question: string) => answer(holder.current().index, question, { limit: 3 });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'knowledge-watch-'));
  writeFileSync(join(dir, 'containers.md'), CONTAINERS);
});

afterEach(async () => {
  await Promise.all(watches.map((w) => w.close()));
  watches = [];
  rmSync(dir, { recursive: true, force: true });
});

describe('hot reload through the real watcher', () => {
  it('picks up an added, a changed and a deleted file, one log line per reload', async () => {
    const holder = new KnowledgeHolder(await loadKnowledgeBase(dir));
    const { logger, lines } = logCapture();
    const { watch, swaps } = start(holder, { logger });
    expect(watch.mode).toBe('watch');
    expect(ask(holder, ZEBRA_QUESTION).answered).toBe(false);

    // Someone keeps asking throughout: every answer must come from a complete index.
    const asked = { times: 0, failures: [] as unknown[] };
    const asking = setInterval(() => {
      try {
        asked.times++;
        if (!ask(holder, CONTAINER_QUESTION).answered) asked.failures.push('not answered');
      } catch (error) {
        asked.failures.push(error);
      }
    }, 5);

    mkdirSync(join(dir, 'animals'));
    writeFileSync(join(dir, 'animals', 'zebras.md'), ZEBRAS);
    const added = await eventually(() => {
      const result = ask(holder, ZEBRA_QUESTION);
      expect(result.answered).toBe(true);
      return result;
    });
    expect(added.passages[0]!.source).toBe('animals/zebras.md');
    expect(added.passages[0]!.text).toContain('biting flies');

    // Written the way editors save: a temporary file renamed over the old one.
    writeFileSync(join(dir, 'animals', '.zebras.md.swp'), ZEBRAS_CHANGED);
    renameSync(join(dir, 'animals', '.zebras.md.swp'), join(dir, 'animals', 'zebras.md'));
    await eventually(() => expect(ask(holder, ZEBRA_QUESTION).passages[0]?.text).toContain('horseflies'));

    rmSync(join(dir, 'animals', 'zebras.md'));
    await eventually(() => expect(ask(holder, ZEBRA_QUESTION).answered).toBe(false));
    expect(ask(holder, CONTAINER_QUESTION).answered).toBe(true);
    clearInterval(asking);
    expect(asked.times).toBeGreaterThan(0);
    expect(asked.failures).toEqual([]);

    const reloads = lines.filter((l) => l.msg === 'knowledge reloaded');
    expect(reloads.length).toBe(swaps.count);
    expect(reloads.at(-1)).toMatchObject({ level: 'info', files: 1, passages: holder.current().index.passages.length, skipped: 0 });
    expect(reloads.every((l) => typeof l.ms === 'number')).toBe(true);
  });

  it('keeps the old index when every file turns bad, and when the folder is emptied', async () => {
    const holder = new KnowledgeHolder(await loadKnowledgeBase(dir));
    const served = holder.current();
    const { logger, lines } = logCapture();
    const { errors } = start(holder, { logger });

    // Binary content: the only file is skipped, so the rebuild has no passages.
    writeFileSync(join(dir, 'containers.md'), Buffer.from([0, 1, 2, 3, 0, 255]));
    await eventually(() => expect(errors.length).toBeGreaterThanOrEqual(1));
    expect(holder.current()).toBe(served);
    expect(ask(holder, CONTAINER_QUESTION).answered).toBe(true);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: expect.stringMatching(/knowledge reload failed.*no usable passages/) }));

    const failures = errors.length;
    rmSync(join(dir, 'containers.md'));
    await eventually(() => expect(errors.length).toBeGreaterThan(failures));
    expect(holder.current()).toBe(served);
    expect(ask(holder, CONTAINER_QUESTION).answered).toBe(true);

    // And it recovers once there is knowledge again.
    writeFileSync(join(dir, 'zebras.md'), ZEBRAS);
    await eventually(() => expect(ask(holder, ZEBRA_QUESTION).answered).toBe(true));
    expect(ask(holder, CONTAINER_QUESTION).answered).toBe(false);
  });

  it('logs a newly skipped file once, without failing the reload', async () => {
    const holder = new KnowledgeHolder(await loadKnowledgeBase(dir));
    const { logger, lines } = logCapture();
    start(holder, { logger });
    writeFileSync(join(dir, 'broken.md'), Buffer.from([0xc3, 0x28, 0x41]));
    writeFileSync(join(dir, 'zebras.md'), ZEBRAS);
    await eventually(() => expect(ask(holder, ZEBRA_QUESTION).answered).toBe(true));
    writeFileSync(join(dir, 'zebras.md'), ZEBRAS_CHANGED);
    await eventually(() => expect(ask(holder, ZEBRA_QUESTION).passages[0]?.text).toContain('horseflies'));
    expect(lines.filter((l) => String(l.msg).includes('skipped: broken.md'))).toHaveLength(1);
  });

  it('notices changes by polling when asked to (the fallback)', async () => {
    const holder = new KnowledgeHolder(await loadKnowledgeBase(dir));
    const { watch } = start(holder, { mode: 'poll', pollMs: 100 });
    expect(watch.mode).toBe('poll');
    await new Promise((resolve) => setTimeout(resolve, 150));
    writeFileSync(join(dir, 'zebras.md'), ZEBRAS);
    await eventually(() => expect(ask(holder, ZEBRA_QUESTION).answered).toBe(true));
  });

  it('falls back to polling when the folder itself goes away, and reloads when it is back', async () => {
    const holder = new KnowledgeHolder(await loadKnowledgeBase(dir));
    const { watch, errors } = start(holder, { pollMs: 100 });
    rmSync(dir, { recursive: true });
    await eventually(() => expect(watch.mode).toBe('poll'));
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(ask(holder, CONTAINER_QUESTION).answered).toBe(true);
    mkdirSync(dir);
    writeFileSync(join(dir, 'zebras.md'), ZEBRAS);
    await eventually(() => expect(ask(holder, ZEBRA_QUESTION).answered).toBe(true));
    expect(watch.mode).toBe('watch');
    writeFileSync(join(dir, 'zebras.md'), ZEBRAS_CHANGED);
    await eventually(() => expect(ask(holder, ZEBRA_QUESTION).passages[0]?.text).toContain('horseflies'));
  });

  it('reports a failure of the reload callback and keeps watching', async () => {
    const holder = new KnowledgeHolder(await loadKnowledgeBase(dir));
    const { logger, lines } = logCapture();
    let calls = 0;
    const { errors } = start(holder, {
      logger,
      onReload: (kb) => {
        if (++calls === 1) throw new Error('swap refused');
        holder.swap(kb);
      },
    });
    writeFileSync(join(dir, 'zebras.md'), ZEBRAS);
    await eventually(() => expect(errors).toHaveLength(1));
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'knowledge reload could not be put in place' }));
    writeFileSync(join(dir, 'zebras.md'), ZEBRAS_CHANGED);
    await eventually(() => expect(ask(holder, ZEBRA_QUESTION).passages[0]?.text).toContain('horseflies'));
  });
});

describe('rebuild scheduling', () => {
  const tiny = (text: string): KnowledgeBase => ({
    dir: 'mem',
    files: 1,
    warnings: [],
    fromCache: false,
    index: KnowledgeIndex.build([{ id: 'k.md#0', source: 'k.md', headings: ['K'], text }]),
  });

  it('serves the complete old index during a rebuild and folds changes made meanwhile into one more rebuild', async () => {
    const holder = new KnowledgeHolder(tiny('old passage about containers'));
    const old = holder.current();
    const builds: ReturnType<typeof deferred<KnowledgeBase>>[] = [];
    let running = 0;
    let maxRunning = 0;
    start(holder, {
      load: () => {
        const d = deferred<KnowledgeBase>();
        builds.push(d);
        maxRunning = Math.max(maxRunning, ++running);
        return d.promise.finally(() => running--);
      },
    });

    writeFileSync(join(dir, 'one.md'), 'first change');
    await eventually(() => expect(builds).toHaveLength(1));
    // The rebuild is under way: answers still come from the old, complete index.
    expect(holder.current()).toBe(old);

    writeFileSync(join(dir, 'two.md'), 'second change');
    writeFileSync(join(dir, 'three.md'), 'third change');
    // Give the debounce time to fire while the first build is still running.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(builds).toHaveLength(1);

    builds[0]!.resolve(tiny('first build'));
    await eventually(() => expect(builds).toHaveLength(2));
    expect(holder.current().index.passages[0]!.text).toBe('first build');
    builds[1]!.resolve(tiny('second build'));
    await eventually(() => expect(holder.current().index.passages[0]!.text).toBe('second build'));
    expect(maxRunning).toBe(1);
    expect(builds).toHaveLength(2);
  });

  it('keeps the old index and logs at error level when the loader fails unexpectedly', async () => {
    const holder = new KnowledgeHolder(tiny('still here'));
    const { logger, lines } = logCapture();
    const { errors } = start(holder, { logger, load: () => Promise.reject(new Error('disk on fire')) });
    writeFileSync(join(dir, 'x.md'), 'change');
    await eventually(() => expect(errors).toHaveLength(1));
    expect(holder.current().index.passages[0]!.text).toBe('still here');
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', msg: expect.stringContaining('knowledge reload failed unexpectedly') }));
  });

  it('drops a rebuild that finishes after close', async () => {
    const holder = new KnowledgeHolder(tiny('before close'));
    const build = deferred<KnowledgeBase>();
    let loads = 0;
    const { watch } = start(holder, { load: () => (loads++, build.promise) });
    writeFileSync(join(dir, 'x.md'), 'change');
    await eventually(() => expect(loads).toBe(1));
    const closing = watch.close();
    build.resolve(tiny('after close'));
    await closing;
    expect(holder.current().index.passages[0]!.text).toBe('before close');
  });
});

describe('the lexicon reloads with the knowledge', () => {
  it('an edited synonyms.txt changes how questions are matched, without a restart', async () => {
    const holder = new KnowledgeHolder(await loadKnowledgeBase(dir));
    start(holder);
    const wakeUp = () => holder.current().index.lexicon.expandQuestion('wake up').has('start');
    expect(wakeUp()).toBe(false);
    writeFileSync(join(dir, 'synonyms.txt'), 'wake up => start\n');
    await eventually(() => expect(wakeUp()).toBe(true));
    expect(holder.current().index.passages.map((p) => p.source)).toEqual(['containers.md']);
  });
});

describe('KnowledgeHolder.loaded', () => {
  const empty = (): KnowledgeBase => ({ dir: 'mem', files: 0, warnings: [], fromCache: false, index: KnowledgeIndex.build([]) });

  it('says whether there is an index to answer from, and /healthz follows it', async () => {
    const holder = new KnowledgeHolder(empty());
    expect(holder.loaded()).toBe(false);
    const bot = await startBot({ receiver: { ready: () => holder.loaded() } });
    try {
      expect((await fetch(`${bot.origin}/healthz`)).status).toBe(503);
      holder.swap(await loadKnowledgeBase(dir));
      expect(holder.loaded()).toBe(true);
      expect((await fetch(`${bot.origin}/healthz`)).status).toBe(200);
    } finally {
      await bot.stop();
    }
  });
});

describe('isKnowledgeChange', () => {
  it('ignores dot files and editor leftovers, keeps knowledge files and possible folders', () => {
    expect(isKnowledgeChange('guide.md')).toBe(true);
    expect(isKnowledgeChange('sub/notes.TXT')).toBe(true);
    expect(isKnowledgeChange('sub/deeper')).toBe(true);
    expect(isKnowledgeChange(null)).toBe(true);
    expect(isKnowledgeChange('.git/index')).toBe(false);
    expect(isKnowledgeChange('sub/.guide.md.swp')).toBe(false);
    expect(isKnowledgeChange('guide.md~')).toBe(false);
    expect(isKnowledgeChange('image.png')).toBe(false);
  });
});

describe('folderSignature', () => {
  it('changes when a knowledge file is added, edited or removed, not for other files', async () => {
    const before = await folderSignature(dir);
    writeFileSync(join(dir, 'picture.png'), 'x');
    expect(await folderSignature(dir)).toBe(before);
    writeFileSync(join(dir, 'more.md'), 'x');
    const added = await folderSignature(dir);
    expect(added).not.toBe(before);
    writeFileSync(join(dir, 'more.md'), 'longer text');
    expect(await folderSignature(dir)).not.toBe(added);
    rmSync(join(dir, 'more.md'));
    expect(await folderSignature(dir)).toBe(before);
  });
});
