import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEnglish, isEveryday, withinEdits } from '../../../src/core/knowledge/everyday.js';
import { processToken } from '../../../src/core/knowledge/terms.js';
import { EVERYDAY_WORDS_FILE, everydayWordsModule } from '../../../scripts/everyday-words.js';

const term = (word: string) => processToken(word)!;

describe('everyday words', () => {
  it('knows common spoken English and not the words of the domain', () => {
    for (const word of ['name', 'cat', 'people', 'password', 'network', 'container']) expect(isEveryday(term(word)), word).toBe(true);
    for (const word of ['kernel', 'hypervisor', 'kubernetes', 'subuid', 'firecracker', 'namespace']) {
      expect(isEveryday(term(word)), word).toBe(false);
    }
  });

  it('tells English words, rare and written ones included, from the names of tools', () => {
    for (const word of ['overkill', 'bulletproof', 'malware', 'latency', 'idempotent', 'kernel', 'zebra']) expect(isEnglish(term(word)), word).toBe(true);
    for (const word of ['terraform', 'kubectl', 'istio', 'grafana', 'gitops']) expect(isEnglish(term(word)), word).toBe(false);
  });

  it('is generated from the installed word counts with the current term pipeline', () => {
    expect(readFileSync(EVERYDAY_WORDS_FILE, 'utf8')).toBe(everydayWordsModule());
  });

  it('counts edits as the optimal string alignment distance does, stopping early', () => {
    // The whole table, no early stop: the reference.
    const distance = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const word = () => Array.from({ length: next() % 8 }, () => 'abcd'[next() % 4]).join('');
    for (let n = 0; n < 3000; n++) {
      const [a, b, limit] = [word(), word(), next() % 4];
      expect(withinEdits(a, b, limit), `${a} ${b} ${limit}`).toBe(distance(a, b) <= limit);
    }
    expect(withinEdits('kernel', 'kenrel', 1)).toBe(true);
    expect(withinEdits('containers', 'containres', 1)).toBe(true);
  });
});
