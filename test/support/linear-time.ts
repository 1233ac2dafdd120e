import { expect } from 'vitest';

/**
 * Crafted input must cost time in proportion to its size. A shape is run at 100 KB and at 1 MB
 * and the two times are compared: linear work gives a ratio near 10, quadratic near 100, cubic
 * 1,000. No fixed time limit. Going from 100 KB to 1 MB also leaves the CPU caches, which alone
 * can double or triple a ratio; so each ratio is divided by the ratio of ordinary text of the
 * same sizes, run through the same work: linear lands near 1, quadratic near 10.
 */

export const SMALL = 100_000;
export const LARGE = 1_000_000;
export const MAX_RELATIVE_RATIO = 4;

/** Best of five runs (the least disturbed by other work), in milliseconds. */
export function cost(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  // Below a twentieth of a millisecond the clock says nothing; count it as that.
  return Math.max(best, 0.05);
}

/** How much longer `work` takes on the 1 MB input than on the 100 KB one (or on `large` than on a tenth of it). */
export function timeRatio(make: (size: number) => string, work: (text: string) => unknown, largeSize = LARGE): number {
  const small = make(largeSize / 10);
  const large = make(largeSize);
  work(small); // warm up the compiled code, so the first measurement is not the slow one
  return cost(() => work(large)) / cost(() => work(small));
}

/** `unit` repeated to exactly `size` characters. */
export const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * Measurements per shape at most. Superlinear work is over the mark every time (quadratic lands
 * near 10); a machine busy with other work (CI runs test files in parallel) can push one linear
 * measurement past it (4.1 seen), never three in a row. A shape over the mark is measured again
 * with the baseline, so a disturbed baseline does not count against it either.
 */
export const ATTEMPTS = 3;

/**
 * Asserts each shape scales like `ordinary` text does under the same work. `baseline`, ordinary
 * text's ratio measured once for many shapes, saves measuring it again for each; a shape over the
 * mark is measured again with the baseline all the same.
 */
export function expectLinearTime(
  work: (text: string) => unknown,
  shapes: ((n: number) => string)[],
  ordinary: (n: number) => string,
  baseline = timeRatio(ordinary, work),
): void {
  expectShapes(work, shapes, ordinary, baseline, LARGE, '1 MB');
}

/**
 * expectLinearTime for work that reads at most `limit` characters of its input (routing reads 2,000):
 * at 100 KB and 1 MB it would time the same prefix twice. Measured at a tenth of the limit and at the
 * limit instead, where a shape that costs the square of a run of spaces still shows.
 */
export function expectLinearTimeUpTo(
  limit: number,
  work: (text: string) => unknown,
  shapes: ((n: number) => string)[],
  ordinary: (n: number) => string,
): void {
  // Many runs of the small input, so each measurement is well above the clock's resolution.
  const repeated = (text: string) => {
    for (let i = 0; i < REPEATS; i++) work(text);
  };
  expectShapes(repeated, shapes, ordinary, timeRatio(ordinary, repeated, limit), limit, `${limit} characters`);
}
const REPEATS = 20;

// Each shape's ratio against ordinary text's, measured again (with the baseline) while over the mark.
function expectShapes(
  work: (text: string) => unknown,
  shapes: ((n: number) => string)[],
  ordinary: (n: number) => string,
  baseline: number,
  large: number,
  size: string,
): void {
  for (const shape of shapes) {
    let relative = timeRatio(shape, work, large) / baseline;
    for (let attempt = 1; attempt < ATTEMPTS && relative >= MAX_RELATIVE_RATIO; attempt++) {
      relative = Math.min(relative, timeRatio(shape, work, large) / timeRatio(ordinary, work, large));
    }
    expect(
      relative,
      `${JSON.stringify(shape(12))}…: ${size} costs ${relative.toFixed(1)}x what ordinary text's ratio predicts`,
    ).toBeLessThan(MAX_RELATIVE_RATIO);
  }
}
