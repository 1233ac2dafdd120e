import fc from 'fast-check';
import type MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { fuzzyFor, prefixFor } from '../../../src/core/knowledge/knowledge-index.js';
import { RankedMiniSearch, type RankedResult, type RankedSearchOptions } from '../../../src/core/knowledge/ranked-search.js';

interface Fast {
  search(terms: readonly string[], options: RankedSearchOptions, limit: number): RankedResult[];
}

// The index shape KnowledgeIndex uses: two fields of already-processed, space-separated terms.
interface Doc {
  id: number;
  text: string;
  heading: string;
}
const split = (text: string) => (text ? text.split(' ') : []);
const identity = (t: string) => t;
const OPTIONS = { fields: ['text', 'heading'], tokenize: split, processTerm: identity, searchOptions: { tokenize: split, processTerm: identity } };

function indexOf(docs: Doc[]) {
  // The subclass's own MiniSearch search is the reference its ranked search must equal.
  const mini = new RankedMiniSearch<Doc>(OPTIONS);
  mini.addAll(docs);
  const fast: Fast = { search: (terms, options, limit) => mini.rankedSearch(terms, options, limit) };
  return { mini, fast };
}

function expectSameResults(mini: MiniSearch<Doc>, fast: Fast, terms: string[], options: RankedSearchOptions, limit: number) {
  const expected = mini.search(terms.join(' '), { ...options, combineWith: 'OR' }).slice(0, limit)
    .map(({ id, score, terms: t, queryTerms, match }) => ({ id, score, terms: t, queryTerms, match }));
  expect(fast.search(terms, options, limit)).toEqual(expected);
}

const VOCABULARY = ['contain', 'container', 'containerd', 'virtual', 'virtualis', 'machin', 'kernel', 'kernels', 'isol',
  'isolat', 'secur', 'network', 'networking', 'firecrack', 'vm', 'vms', 'kata', 'podman', 'docker', 'licens', 'licenc', '443', '8'];

const docArb = fc.record({
  text: fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 30, size: 'max' }).map((t) => t.join(' ')),
  heading: fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 4 }).map((t) => t.join(' ')),
});

describe('RankedSearch', () => {
  const docs: Doc[] = [
    { id: 0, text: 'contain share kernel contain', heading: 'contain' },
    { id: 1, text: 'virtual machin own kernel isol', heading: 'virtual machin' },
    { id: 2, text: 'container runtim containerd kernel', heading: 'runtim' },
    { id: 3, text: 'firecrack microvm virtual machin', heading: 'firecrack' },
    { id: 4, text: 'contain share kernel contain', heading: 'contain' },
  ];

  it('returns what MiniSearch returns: ids, scores, order, matched terms', () => {
    const { mini, fast } = indexOf(docs);
    const options = { fuzzy: fuzzyFor, prefix: prefixFor, weights: { fuzzy: 0.4, prefix: 0.3 } };
    expectSameResults(mini, fast, ['contain', 'kernel'], options, 10);
    expectSameResults(mini, fast, ['virtual', 'machin', 'isol'], options, 2);
    expectSameResults(mini, fast, ['firecrackr'], options, 5);
    expectSameResults(mini, fast, ['nothing'], options, 5);
  });

  it('keeps the first-met passage first among equal scores, as a stable sort does', () => {
    const { fast } = indexOf(docs);
    const results = fast.search(['contain'], {}, 5);
    expect(results.map((r) => r.id).slice(0, 2)).toEqual([0, 4]);
    expect(results[0]!.score).toBe(results[1]!.score);
  });

  it('agrees with MiniSearch on random indexes and queries, with prefix, fuzzy and term boosts', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 200, size: 'max' }),
        fc.uniqueArray(fc.oneof(fc.constantFrom(...VOCABULARY), fc.constantFrom('contian', 'kernal', 'netwrk', 'virt', 'conta')), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 20 }),
        fc.boolean(),
        (raw, terms, limit, boosted) => {
          const { mini, fast } = indexOf(raw.map((d, id) => ({ id, ...d })));
          const options: RankedSearchOptions = {
            fuzzy: fuzzyFor,
            prefix: prefixFor,
            weights: { fuzzy: 0.4, prefix: 0.3 },
            ...(boosted ? { boostTerm: (_term: string, i: number) => (i % 2 ? 0.35 : 1), boost: { heading: 2 } } : {}),
          };
          expectSameResults(mini, fast, terms, options, limit);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('returns the documents asked for "also" after the best, with the result MiniSearch gives them, when they match', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 100, size: 'max' }),
        fc.uniqueArray(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 10 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { maxLength: 10 }),
        (raw, terms, limit, wanted) => {
          const { mini } = indexOf(raw.map((d, id) => ({ id, ...d })));
          const all = mini.search(terms.join(' '), { combineWith: 'OR' })
            .map(({ id, score, terms: t, queryTerms, match }) => ({ id, score, terms: t, queryTerms, match }));
          const best = all.slice(0, limit);
          const extra = all.filter((r) => wanted.includes(r.id as number) && !best.some((b) => b.id === r.id));
          const results = mini.rankedSearch(terms, {}, limit, new Set(wanted));
          expect(results.slice(0, best.length)).toEqual(best);
          // The extras in the order the search met them, which need not be score order.
          expect([...results.slice(best.length)].sort((a, b) => (a.id as number) - (b.id as number))).toEqual(
            extra.sort((a, b) => (a.id as number) - (b.id as number)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives the same answers on repeated searches (its scratch space is reset each time)', () => {
    const { fast } = indexOf(docs);
    const first = fast.search(['kernel', 'virtual'], { prefix: true }, 5);
    fast.search(['contain'], { fuzzy: 1 }, 5);
    expect(fast.search(['kernel', 'virtual'], { prefix: true }, 5)).toEqual(first);
  });

  it('matches words named like object members ("constructor", "__proto__") as any other word', () => {
    const { fast } = indexOf([
      { id: 0, text: 'constructor build object', heading: '__proto__' },
      { id: 1, text: 'kernel hasOwnProperty toString', heading: 'valueOf' },
    ]);
    const [hit] = fast.search(['constructor', '__proto__'], {}, 5);
    expect(hit).toMatchObject({ id: 0, queryTerms: ['constructor', '__proto__'] });
    expect(hit!.match.constructor).toEqual(['text']);
    expect(Object.keys(hit!.match).sort()).toEqual(['__proto__', 'constructor']);
    expect(fast.search(['toString', 'valueOf', 'hasOwnProperty'], {}, 5)[0]).toMatchObject({ id: 1, terms: ['toString', 'valueOf', 'hasOwnProperty'] });
  });
});
