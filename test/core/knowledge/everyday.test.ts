import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEnglish, isEveryday } from '../../../src/core/knowledge/everyday.js';
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
});
