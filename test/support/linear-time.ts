import { expect } from 'vitest';

/**
 * Asserts that `run` scales linearly on each input shape: the cost of a 10x larger input is
 * compared with the cost of the smaller one, never with a fixed time. Quadratic work shows as
 * ~100x (and a backtracking regex as far more), so a bound of 40x leaves linear code room for
 * a busy machine. Sizes are large enough that one run is milliseconds, not timer noise, and each
 * cost is the fastest of several runs, the one least disturbed by other work.
 */
export function expectLinearTime(run: (input: string) => unknown, shapes: ((n: number) => string)[], { small = 200_000, runs = 5 } = {}): void {
  const cost = (input: string) => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      run(input);
      best = Math.min(best, Number(process.hrtime.bigint() - start));
    }
    return Math.max(best, 1);
  };
  for (const shape of shapes) {
    const smallInput = shape(small);
    const largeInput = shape(small * 10);
    cost(smallInput); // warm the JIT on this shape
    const ratio = cost(largeInput) / cost(smallInput);
    expect(ratio, `${JSON.stringify(shape(12))}…: ${small * 10} chars cost ${ratio.toFixed(1)}x ${small}`).toBeLessThan(40);
  }
}
