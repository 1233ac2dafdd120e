import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEveryday } from '../../../src/core/knowledge/everyday.js';
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

  it('is generated from the installed word counts with the current term pipeline', () => {
    expect(readFileSync(EVERYDAY_WORDS_FILE, 'utf8')).toBe(everydayWordsModule());
  });
});
