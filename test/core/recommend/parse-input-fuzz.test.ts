import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../../src/core/recommend/factors.js';
import { MAX_INPUT_CHARS, parseFactorInput } from '../../../src/core/recommend/parse-input.js';

/** The factor parser on full Unicode, control characters, empty and huge input. */

const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  fc.constantFrom('kernel=custom', 'isolation=strong', 'kernel = shared', 'speed:', '=', ':', 'help', 'untrusted', 'autoscaling', ' ', ','),
  control,
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const input = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(piece, { maxLength: 50 }).map((p) => p.join('')),
  fc.constantFrom('', '   ', '\u0000', '\n\t\r', 'help\u0000'),
  fc
    .tuple(
      fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join('') || 'x'),
      fc.integer({ min: MAX_INPUT_CHARS, max: 100_000 }),
    )
    .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length)),
);

describe('parseFactorInput(): any input', () => {
  it('never throws, returns valid answers, and bounded error messages, whatever the input', () => {
    fc.assert(
      fc.property(input, (text) => {
        const result = parseFactorInput(text);
        expect(['empty', 'help', 'answers', 'error']).toContain(result.kind);
        if (result.kind === 'answers') expect(answersSchema.safeParse(result.answers).success).toBe(true);
        // Messages echo part of the input; the cap on input keeps them short enough for one block.
        if (result.kind === 'error') {
          expect(result.message.length).toBeGreaterThan(0);
          expect(result.message.length).toBeLessThan(MAX_INPUT_CHARS + 1_000);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('treats blank and control-only input as empty or an error, never as answers', () => {
    for (const text of ['', ' \t\n', '\u0000\u0001', '\u001b[31m']) expect(['empty', 'error']).toContain(parseFactorInput(text).kind);
  });
});
