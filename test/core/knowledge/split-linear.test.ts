import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { scrubSecrets } from '../../../src/core/secrets.js';
import { cleanInline, MAX_STRUCTURE_LINE, splitFile } from '../../../src/core/knowledge/split.js';
import { isHelpRequest } from '../../../src/slack/answering.js';
import { clip, mrkdwn, plainText, withoutBotMention } from '../../../src/slack/render/mrkdwn.js';
import { cost, expectLinearTime, fill, timeRatio } from '../../support/linear-time.js';

// Linear time is judged against ordinary text of the same sizes: see test/support/linear-time.ts.

const seed = readFileSync(new URL('../../../knowledge/containers-vs-vms.md', import.meta.url), 'utf8');
const prose = 'Containers share the host kernel, start in seconds and pack densely; virtual machines bring their own kernel. ';
let splitBaseline = 0;
let textBaseline = 0;
const ordinaryMarkdown = (n: number) => fill(seed, n);
const ordinaryText = (n: number) => fill(prose, n);
beforeAll(() => {
  splitBaseline = timeRatio(ordinaryMarkdown, (text) => splitFile({ path: 'ordinary.md', text }));
  textBaseline = timeRatio(ordinaryText, (text) => clip(mrkdwn(plainText(text)), 3000));
});

// The shapes an attack review used (a 3 KB heading line froze the bot for 9 s, 40 KB of `[` for 15 s), and relatives.
const markdownShapes: Record<string, (size: number) => string> = {
  'heading lines of spaces just under the line cap': (n) => fill(`# a${' '.repeat(MAX_STRUCTURE_LINE - 8)}b\n`, n),
  'one huge heading line': (n) => `# a${' '.repeat(n)}b\n`,
  'heading of # and spaces': (n) => `# ${fill('# ', n)}x\n`,
  'a line of [': (n) => `x ${fill('[', n)}\n`,
  'lines of [': (n) => fill(`${'['.repeat(1000)}\n`, n),
  'a line of ![': (n) => `x ${fill('![', n)}\n`,
  'links never closed: [a](': (n) => `x ${fill('[a](', n)}\n`,
  'reference links never closed: [a][': (n) => `x ${fill('[a][', n)}\n`,
  '[ then one label with a far target': (n) => `x ${'['.repeat(n / 2)}a][${'x'.repeat(n / 2)}\n`,
  'emphasis: a run of *': (n) => `x ${fill('*', n)}\n`,
  'emphasis: ** a': (n) => `x ${fill('**a ', n)}\n`,
  'emphasis: __ a': (n) => `x ${fill('__a ', n)}\n`,
  'emphasis: * a (never closed)': (n) => `x ${fill('* a', n)}\n`,
  'a run of backticks': (n) => `x ${fill('`', n)}\n`,
  'backtick then text': (n) => `x ${fill('`a', n)}\n`,
  'comments never closed': (n) => `x ${fill('<!--', n)}\n`,
  '<script never closed': (n) => `x ${fill('<script', n)}\n`,
  'tags never closed': (n) => `x ${fill('<b ', n)}\n`,
  'a long autolink never closed': (n) => `x <http://${'a'.repeat(n)}\n`,
  'a table row of pipes and spaces': (n) => `| ${fill('| ', n)}x |\n|---|\n`,
  'spaces before no list marker': (n) => `${' '.repeat(n)}x\n`,
  'rule of * and spaces, not closed': (n) => `${fill('* ', n)}x\n`,
  'code block with a line of spaces': (n) => `\`\`\`\na${' '.repeat(n)}b\n\`\`\`\n`,
  'fences': (n) => fill('```\n', n),
  'front matter never closed': (n) => `---\n${fill('title: x\n---  x\n', n)}`,
  'one long paragraph': (n) => `${fill('word ', n)}\n`,
  'underscores never closed': (n) => `x ${fill(' _a', n)}\n`,
  'a loose table of pipes': (n) => `a | b\n--|--\n${fill('x | y\n', n)}`,
  'template choices never closed': (n) => `####> x\n${fill("<< 'a' if b else '", n)}\n`,
  'template conditions never closed': (n) => fill('<< if is_quadlet >>\nx\n', n),
  'blockquote markers': (n) => `${fill('> ', n)}x\n`,
  'backslash escapes': (n) => `x ${fill('\\-\\*\\', n)}\n`,
  'images never closed': (n) => `${fill('[![a](', n)}\n`,
  'a paragraph of images': (n) => `${fill('[![a](b)](c) ', n)}\n`,
};

describe('a line checked against a pattern costs about what ordinary text does', () => {
  // A line's cost is capped by MAX_STRUCTURE_LINE, so a pattern quadratic in the line stays
  // linear in the file, only far slower: these compare with ordinary text of the same size.
  const ordinary = fill(seed, 100_000);
  const shapes: Record<string, string> = {
    'a table row over a line of spaces': fill(`a|b\n${' '.repeat(4000)}x\n`, 100_000),
    'a table row over a delimiter row ending in spaces': fill(`a|b\n-|-${' '.repeat(4000)}x\n`, 100_000),
  };
  for (const [shape, text] of Object.entries(shapes)) {
    it(shape, () => {
      splitFile({ path: 'warm.md', text: ordinary });
      splitFile({ path: 'warm.md', text });
      const relative = cost(() => splitFile({ path: 'crafted.md', text })) / cost(() => splitFile({ path: 'ordinary.md', text: ordinary }));
      expect(relative).toBeLessThan(20);
    });
  }
});

describe('the splitter runs in linear time on crafted Markdown', () => {
  for (const [shape, make] of Object.entries(markdownShapes)) {
    it(shape, () => {
      expectLinearTime((text) => splitFile({ path: 'crafted.md', text }), [make], ordinaryMarkdown, splitBaseline);
    });
  }

  const otherFormats: Record<string, [string, (size: number) => string]> = {
    'rst: roles never closed': ['crafted.rst', (n) => `x ${fill(':a:b:`', n)}\n`],
    'rst: link labels never closed': ['crafted.rst', (n) => `x ${fill('`a <', n)}\n`],
    'rst: adornment lines and words': ['crafted.rst', (n) => fill('Title\n=====\n', n)],
    'rst: comment blocks': ['crafted.rst', (n) => fill('.. x\n   y\n', n)],
    'rst: a long rule of spaced adornments': ['crafted.rst', (n) => `${fill('= ', n)}x\n`],
    'adoc: link macros never closed': ['crafted.adoc', (n) => `x ${fill('link:a[', n)}\n`],
    'adoc: a run of [': ['crafted.adoc', (n) => `x ${fill('[', n)}\n`],
    'adoc: delimiters never closed': ['crafted.adoc', (n) => fill('----\n====\n....\n', n)],
    'adoc: cross references never closed': ['crafted.adoc', (n) => `x ${fill('<<a,', n)}\n`],
    'mdx: component-like lines': ['crafted.mdx', (n) => fill(`<A ${'b '.repeat(100)}\n`, n)],
  };
  for (const [shape, [path, make]] of Object.entries(otherFormats)) {
    it(shape, () => {
      expectLinearTime((text) => splitFile({ path, text }), [make], ordinaryMarkdown, splitBaseline);
    });
  }

  it('plain text: many short lines between blank lines', () => {
    expectLinearTime((text) => splitFile({ path: 'crafted.txt', text }), [(n) => fill('a\n\n\n', n)], ordinaryMarkdown, splitBaseline);
  });
});

describe('the question path runs in linear time on crafted messages', () => {
  const shapes: Record<string, [(size: number) => string, (text: string) => unknown]> = {
    'isHelpRequest: help, spaces, then a word': [(n) => `help${' '.repeat(n)}x`, isHelpRequest],
    'isHelpRequest: spaces and punctuation': [(n) => `${fill(' !', n)}x`, isHelpRequest],
    'withoutBotMention: <@U|<@U|…': [(n) => fill('<@UBOT0001|', n), (t) => withoutBotMention(t, 'UBOT0001')],
    'withoutBotMention without a bot id': [(n) => `<@UBOT0001|${' '.repeat(n)}`, (t) => withoutBotMention(t, undefined)],
    'plainText: < never closed': [(n) => fill('<', n), plainText],
    'plainText: <@U| never closed': [(n) => fill('<@U1|', n), plainText],
    'mrkdwn and clip': [(n) => fill('&@channel<', n), (t) => clip(mrkdwn(t), 3000)],
    'scrubSecrets: xoxb- runs': [(n) => fill('xoxb-', n), scrubSecrets],
    'scrubSecrets: hex runs': [(n) => fill('0123456789abcdef', n), scrubSecrets],
    'scrubSecrets: xox without dash': [(n) => fill('xoxb ', n), scrubSecrets],
  };
  for (const [shape, [make, work]] of Object.entries(shapes)) {
    it(shape, () => {
      expectLinearTime(work, [make], ordinaryText, textBaseline);
    });
  }
});

describe('the hand-written scanners read normal Markdown as the patterns did', () => {
  // The patterns the scanners replaced: same matches, left to right, as String.replace makes them.
  const linkPatterns = (text: string) => text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  const tidy = (text: string) => text.replace(/[ \t]+/g, ' ').trim();

  it('links, images and reference links, on any mix of brackets and parentheses', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('[', ']', '(', ')', '!', 'a', 'b', ' '), { maxLength: 40 }), (chars) => {
      const text = chars.join('');
      expect(cleanInline(text)).toBe(tidy(linkPatterns(text)));
    }), { numRuns: 3000 });
  });

  it('comments and scripts, on any mix of their pieces', () => {
    const pieces = ['<!--', '-->', '<script>', '</script>', '<style>', '</style>', 'a', ' b '];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const text = `# T\n\nx ${parts.join('')} y\n`;
      const expected = splitWithPatterns(text);
      expect(splitFile({ path: 'p.md', text }).map((p) => p.text)).toEqual(expected);
    }), { numRuns: 1000 });
  });

  // What the old comment and <script>/<style> patterns gave, for the single paragraph above.
  function splitWithPatterns(text: string): string[] {
    const body = text.replace(/<!--[\s\S]*?-->/g, '').split('\n').slice(2).join(' ').trim();
    const out = body.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ');
    const cleaned = cleanInline(out);
    return cleaned && /[\p{L}\p{N}]/u.test(cleaned) ? [cleaned] : [];
  }

  it('ATX headings: levels, closing #s after a space, and a # that belongs to the text', () => {
    const headings = (line: string) => splitFile({ path: 'h.md', text: `${line}\n\nBody.\n` })[0]!.headings;
    expect(headings('## Why containers ##')).toEqual(['h', 'Why containers']);
    expect(headings('  ### Spaced   #   ')).toEqual(['h', 'Spaced']);
    expect(headings('# Learning C#')).toEqual(['Learning C#']);
    expect(headings('#NoSpace')).toEqual(['h']);
    expect(headings('####### seven')).toEqual(['h']);
  });

  it('a line longer than the cap is paragraph text, whatever it starts with', () => {
    const long = `# ${'word '.repeat(MAX_STRUCTURE_LINE / 5 + 10)}`;
    const [passage] = splitFile({ path: 'l.md', text: `# Title\n\n${long}\n` });
    expect(passage!.headings).toEqual(['Title']);
    expect(passage!.text.startsWith('# word word')).toBe(true);
  });
});
