import { describe, expect, it } from 'vitest';
import { diversified, withoutRepeats } from '../../../src/core/answer/answer.js';

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

  it('drops a passage that repeats a better one, keeping order', () => {
    const passage = (text: string) => ({ passage: { text } });
    const run = 'In order for users to run rootless, there must be an entry for their username in /etc/subuid and /etc/subgid.';
    const create = 'In order for users to run rootless, there must be an entry for their username in _/etc/subuid_ and _/etc/subgid_.';
    const other = 'Rootless Podman works better if the fuse-overlayfs package is installed.';
    const kept = withoutRepeats([passage(run), passage(create), passage(other)]).map((h) => h.passage.text);
    expect(kept).toEqual([run, other]);
    expect(withoutRepeats([passage(other), passage(run)]).map((h) => h.passage.text)).toEqual([other, run]);
  });
});
