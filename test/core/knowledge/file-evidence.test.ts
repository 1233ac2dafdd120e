import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileNameWords, KnowledgeIndex, proseOf } from '../../../src/core/knowledge/knowledge-index.js';
import { passagesFromFilesAsync } from '../../../src/core/knowledge/load.js';
import { terms } from '../../../src/core/knowledge/terms.js';
import type { Passage } from '../../../src/core/knowledge/types.js';

const seedText = readFileSync(new URL('../../../knowledge/containers-vs-vms.md', import.meta.url), 'utf8');

// BM25 over whole files written out plainly (k1 1.2, b 0.75): a file's words are its passages'
// prose and, once, its name and title; its length counts each passage's distinct words, as
// MiniSearch measures a field.
function referenceScores(passages: readonly Passage[], question: Map<string, number>): Map<string, number> {
  const files = new Map<string, { words: string[]; length: number }>();
  for (const p of passages) {
    let file = files.get(p.source);
    if (!file) {
      const title = terms(`${fileNameWords(p.source)} ${p.headings[0] ?? ''}`);
      files.set(p.source, (file = { words: [...new Set(title)], length: new Set(title).size }));
    }
    const prose = terms(proseOf(p.text));
    file.words.push(...prose);
    file.length += new Set(prose).size;
  }
  const average = [...files.values()].reduce((sum, file) => sum + file.length, 0) / files.size;
  const scores = new Map<string, number>();
  for (const [term, weight] of question) {
    const holding = [...files].filter(([, file]) => file.words.includes(term));
    const idf = Math.log(1 + (files.size - holding.length + 0.5) / (holding.length + 0.5));
    for (const [source, file] of holding) {
      const tf = file.words.filter((w) => w === term).length;
      const score = (weight * idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * file.length) / average));
      scores.set(source, (scores.get(source) ?? 0) + score);
    }
  }
  return scores;
}

describe('KnowledgeIndex.fileScores', () => {
  it('is BM25 over whole files, from the passage index alone', async () => {
    // The article cut at its second-level headings: several files of different lengths.
    const files = seedText.split(/^(?=## )/m).map((text, n) => ({ path: `part-${String(n).padStart(2, '0')}.md`, text }));
    const index = KnowledgeIndex.build((await passagesFromFilesAsync(files)).passages);
    for (const question of ['are vms more secure than containers?', 'licensing costs of virtual machines', 'migrating to containers']) {
      const words = terms(question);
      const scores = index.fileScores(words);
      const expected = referenceScores(index.passages, new Map(words.map((w) => [w, 1])));
      expect([...scores.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [source, score] of expected) expect(scores.get(source)).toBeCloseTo(score, 9);
      // Asked again, from the per-file postings kept from the first time.
      expect(index.fileScores(words)).toEqual(scores);
    }
  });

  it('tells nothing apart in a knowledge of one file', async () => {
    const index = KnowledgeIndex.build((await passagesFromFilesAsync([{ path: 'containers-vs-vms.md', text: seedText }])).passages);
    expect(index.fileScores(terms('are vms more secure than containers?')).size).toBe(0);
  });
});
