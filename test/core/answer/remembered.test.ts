import { describe, expect, it } from 'vitest';
import { remembered, type Remembered } from '../../../src/core/answer/remembered.js';

describe('remembered', () => {
  it('looks a key up once per owner and keeps owners apart', () => {
    const cache: Remembered<string, number, object> = new WeakMap();
    const a = {};
    const b = {};
    let looks = 0;
    const look = () => ++looks;
    expect(remembered(cache, a, 'k', look)).toBe(1);
    expect(remembered(cache, a, 'k', look)).toBe(1);
    // A reloaded knowledge (a new owner) works it out afresh.
    expect(remembered(cache, b, 'k', look)).toBe(2);
    expect(looks).toBe(2);
  });

  it('remembers false and empty values, not only truthy ones', () => {
    const cache: Remembered<string, boolean, object> = new WeakMap();
    const owner = {};
    let looks = 0;
    for (let i = 0; i < 3; i++)
      remembered(cache, owner, 'k', () => {
        looks++;
        return false;
      });
    expect(looks).toBe(1);
  });

  it('keeps at most max keys per owner', () => {
    const cache: Remembered<number, number, object> = new WeakMap();
    const owner = {};
    for (let i = 0; i < 25; i++) remembered(cache, owner, i, () => i, 10);
    expect(cache.get(owner)!.size).toBeLessThanOrEqual(10);
  });
});
