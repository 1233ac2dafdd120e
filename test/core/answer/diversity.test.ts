import { describe, expect, it } from 'vitest';
import { diversified } from '../../../src/core/answer/answer.js';

const hit = (source: string, score: number) => ({ score, passage: { source } });
const order = (hits: ReturnType<typeof hit>[]) => diversified(hits).map((h) => `${h.passage.source}${h.score}`);

describe('passages from several files', () => {
  it("puts another file's passage before a file's further passages when it is at least half as good", () => {
    expect(order([hit('a', 10), hit('a', 9), hit('a', 8), hit('b', 7)])).toEqual(['a10', 'b7', 'a9', 'a8']);
  });

  it('keeps a far weaker file behind, and the best passage first', () => {
    expect(order([hit('a', 10), hit('a', 9), hit('a', 8), hit('b', 3)])).toEqual(['a10', 'a9', 'a8', 'b3']);
    expect(order([hit('a', 10), hit('a', 9), hit('b', 4.4), hit('a', 4)])).toEqual(['a10', 'a9', 'b4.4', 'a4']);
  });

  it('leaves a single file in score order', () => {
    expect(order([hit('a', 3), hit('a', 2), hit('a', 1)])).toEqual(['a3', 'a2', 'a1']);
  });
});
