import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, MAX_QUESTION_CHARS } from '../../../src/core/answer/answer.js';
import { KnowledgeIndex } from '../../../src/core/knowledge/knowledge-index.js';
import { splitFile } from '../../../src/core/knowledge/split.js';

/** Hostile and odd questions through answer(): full Unicode, control characters, empty and huge input. */

let index: KnowledgeIndex;
beforeAll(() => {
  const text = readFileSync(new URL('../../../knowledge/containers-vs-vms.md', import.meta.url), 'utf8');
  index = KnowledgeIndex.build(splitFile({ path: 'containers-vs-vms.md', text }));
});

const control = fc
  .integer({ min: 0, max: 0x1f })
  .chain((c) => fc.constantFrom(String.fromCharCode(c), '\u007f', '\u0085', '\u200b', '\u202e', '\ufeff', '\u2028'));
const word = fc.constantFrom('containers', 'virtual', 'machines', 'kernel', 'VMs', 'isolation', 'docker', 'hypervisor', '?', 'the', 'run');

/** Questions: any Unicode (lone surrogates included), control characters mixed with real words, blanks, and huge pastes. */
const oddQuestion = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(word, control, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.constantFrom('', ' ', '\n\n\t', '\u0000', '\u200b\u200b', '?'.repeat(5000)),
  fc
    .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.integer({ min: MAX_QUESTION_CHARS, max: 120_000 }))
    .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length)),
);

describe('answer(): any question', () => {
  it('never throws; cuts to MAX_QUESTION_CHARS and says so; answered results carry verbatim snippets', () => {
    fc.assert(
      fc.property(oddQuestion, (question) => {
        const result = answer(index, question);
        expect(result.truncated).toBe(question.length > MAX_QUESTION_CHARS);
        expect(result.question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
        expect(question.startsWith(result.question)).toBe(true);
        expect(result.coverage).toBeGreaterThanOrEqual(0);
        expect(result.coverage).toBeLessThanOrEqual(1);
        if (!result.answered) expect(result.passages).toEqual([]);
        for (const passage of result.passages) {
          expect(Number.isFinite(passage.score)).toBe(true);
          expect(passage.text).toContain(passage.snippet);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answers a real question even when control characters and zero-width spaces surround it', () => {
    const result = answer(index, '\u0000\u200b\tCan containers run on virtual machines?\u0007\r\n\ufeff');
    expect(result.answered).toBe(true);
    expect(result.passages[0]!.heading).toContain('Can Containers Run on Virtual Machines');
  });
});
