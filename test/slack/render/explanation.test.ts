import { describe, expect, it } from 'vitest';
import type { AnswerPassage } from '../../../src/core/answer/answer.js';
import { renderExplanation } from '../../../src/slack/render/explanation.js';

const passage = (text: string, snippet: string): AnswerPassage => ({
  id: 'kb.md#1',
  source: 'kb.md',
  heading: 'KB › Key Takeaways',
  headings: ['KB', 'Key Takeaways'],
  text,
  snippet,
  score: 3,
});

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('renderExplanation', () => {
  it('says a one-sentence passage once, not as the answer and again as its quote', () => {
    const sentence = 'Containers share the host OS kernel, making them lightweight and faster to start.';
    const best = passage(sentence, sentence);
    const { blocks } = renderExplanation({
      answer: { question: 'why are containers lightweight?', truncated: false, answered: true, passages: [best], coverage: 1 },
      supporting: [],
      isChoice: false,
    });
    expect(occurrences(JSON.stringify(blocks), sentence)).toBe(1);
  });

  it('quotes the whole passage under its best sentences when the passage says more', () => {
    const snippet = 'Containers share the host OS kernel.';
    const text = `${snippet} VMs run separate OS instances.`;
    const { blocks } = renderExplanation({
      answer: { question: 'what do containers share?', truncated: false, answered: true, passages: [passage(text, snippet)], coverage: 1 },
      supporting: [],
      isChoice: false,
    });
    const json = JSON.stringify(blocks);
    expect(json).toContain(`*${snippet}*`);
    expect(json).toContain(`> ${text}`);
  });

  it('shows a snippet that spans lines or opens a code fence as one bold line', () => {
    const snippet = 'Restart the Docker daemon and launch a Kata container:\n```\nsudo systemctl restart docker';
    const { blocks } = renderExplanation({
      answer: {
        question: 'kata?',
        truncated: false,
        answered: true,
        passages: [passage(`${snippet}\n\`\`\`\nMore.`, snippet)],
        coverage: 1,
      },
      supporting: [],
      isChoice: false,
    });
    expect((blocks[0] as { text: { text: string } }).text.text).toBe(
      '*Restart the Docker daemon and launch a Kata container: sudo systemctl restart docker*',
    );
  });
});
