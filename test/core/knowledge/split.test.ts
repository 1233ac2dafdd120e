import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutLong, splitFile } from '../../../src/core/knowledge/split.js';
import { proseOf } from '../../../src/core/knowledge/knowledge-index.js';
import { headingOf } from '../../../src/core/knowledge/types.js';

const seed = readFileSync(new URL('../../../knowledge/containers-vs-vms.md', import.meta.url), 'utf8');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('splitting the seed article', () => {
  const passages = splitFile({ path: 'containers-vs-vms.md', text: seed });

  it('gives every paragraph and takeaway its own passage under its heading path', () => {
    const takeaways = passages.filter((p) => p.headings.includes('Key Takeaways'));
    expect(takeaways).toHaveLength(5);
    expect(takeaways[0]!.text).toMatch(/^Containers share the host OS kernel/);
    expect(passages.every((p) => p.headings[0] === 'Containers vs. Virtual Machines')).toBe(true);
  });

  it('puts each FAQ answer under its question', () => {
    const faq = passages.find((p) => p.text.startsWith('Yes, containers can run seamlessly'));
    expect(headingOf(faq!)).toBe('Containers vs. Virtual Machines › Frequently Asked Questions › Can Containers Run on Virtual Machines Seamlessly?');
  });

  it('keeps the words exactly: every passage is verbatim in the source', () => {
    const source = norm(seed);
    for (const p of passages) expect(source).toContain(norm(p.text));
    expect(passages.some((p) => p.text.includes('waters—migration'))).toBe(true);
  });

  it('reads the same article as plain text, finding its headings by shape', () => {
    const txt = readFileSync(new URL('../../../knowledge/containers-vs-vms.md', import.meta.url), 'utf8')
      .split('\n').filter((l) => l.trim()).map((l) => l.replace(/^#+ /, '')).join('\n');
    const plain = splitFile({ path: 'article.txt', text: txt });
    const faq = plain.find((p) => p.text.startsWith('You’ll find that licensing'));
    expect(faq!.headings.slice(-2)).toEqual(['Frequently Asked Questions', 'What Are the Licensing Differences Between Containers and VMS?']);
    expect(plain.filter((p) => p.headings.includes('Key Takeaways'))).toHaveLength(5);
  });
});

describe('splitting real-world Markdown', () => {
  it('skips YAML front matter and takes its title', () => {
    const [first] = splitFile({ path: 'a.md', text: '---\ntitle: "Guide"\ndraft: false\n---\n# Guide\n\nBody text here.\n' });
    expect(first).toMatchObject({ headings: ['Guide'], text: 'Body text here.' });
  });

  it('skips TOML front matter, handles CRLF and a BOM', () => {
    const passages = splitFile({ path: 'b.md', text: '\uFEFF+++\r\ntitle = "T"\r\n+++\r\n\r\nLine one\r\nline two\r\n' });
    expect(passages).toEqual([{ id: 'b.md#0', source: 'b.md', headings: ['T'], text: 'Line one line two' }]);
  });

  it('keeps code fences as code and does not read headings inside them', () => {
    const text = '# Doc\n\nRun this first, it prepares everything you need for the rest of the guide:\n\n```sh\n# not a heading\npodman run -it fedora\n```\n\n## Next\n\nAfter.\n';
    const passages = splitFile({ path: 'c.md', text });
    expect(passages.map((p) => p.headings.join('/'))).toEqual(['Doc', 'Doc/Next']);
    expect(passages[0]!.text).toContain('```\n# not a heading\npodman run -it fedora\n```');
  });

  it("reads a man page's pandoc title block ('% podman-run 1') as no passage, and only a man page's", () => {
    for (const path of ['podman-run.1.md', 'podman-run.1.md.in']) {
      const passages = splitFile({ path, text: '% podman-run 1\n\n## NAME\n\npodman-run - Run a process in a new container\n' });
      expect(passages.map((p) => p.text), path).toEqual(['podman-run - Run a process in a new container']);
    }
    const notes = splitFile({ path: 'notes.md', text: '% CPU is measured per core.\n\nMore text here.\n' });
    expect(notes.map((p) => p.text).join(' ')).toContain('% CPU is measured per core.');
  });

  it('reads a GFM table without outer pipes as a table, rows in order and no delimiter row', () => {
    const text = '# Keys\n\nRootless user mappings:\n\nKey      | Host User | Container User\n---------|-----------|---------------\nauto     | $UID      | nil\nkeep-id  | $UID      | $UID\n\nAfter the table, prose.\n';
    const passages = splitFile({ path: 'keys.md', text });
    expect(passages.map((p) => p.text)).toEqual([
      // A short section is one passage.
      'Rootless user mappings:\nKey | Host User | Container User\nauto | $UID | nil\nkeep-id | $UID | $UID\nAfter the table, prose.',
    ]);
  });

  it('drops the delimiter row of a one-column table, and keeps one captioned image', () => {
    const [table] = splitFile({ path: 'one.md', text: '| Supported runtimes |\n|---|\n| runc |\n| crun |\n' });
    expect(table!.text).toBe('Supported runtimes\nrunc\ncrun');
    const [figure] = splitFile({ path: 'fig.md', text: '![CRI API to Kata Constructs](arch.png)\n' });
    expect(figure!.text).toBe('CRI API to Kata Constructs');
  });

  it('reads _emphasis_ as its words and leaves snake_case and _UPPER_CASE_ names alone', () => {
    const [passage] = splitFile({ path: 'e.md', text: 'Valid _mode_ values: huge_pages, size=_SIZE_ and _CONTAINER_GID:HOST_GID_.\n' });
    expect(passage!.text).toBe('Valid mode values: huge_pages, size=SIZE and _CONTAINER_GID:HOST_GID_.');
  });

  it("reads blockquotes without their markers, nested or in a list item, and GitHub's alert marker as its label", () => {
    const text = '# T\n\n> [!NOTE]\n> Podman needs subordinate ids.\n> > A nested quote.\n\nAnother paragraph follows here, long enough to stand as a passage of its own in the section.\n\n- An item\n  > with a quoted continuation line.\n';
    const passages = splitFile({ path: 'alerts.md', text });
    // A short section is one passage, a block a line.
    expect(passages.map((p) => p.text.split('\n'))).toEqual([
      [
        'Note: Podman needs subordinate ids. A nested quote.',
        'Another paragraph follows here, long enough to stand as a passage of its own in the section.',
        'An item with a quoted continuation line.',
      ],
    ]);
  });

  it('reads CommonMark backslash escapes as the characters they escape, outside inline code', () => {
    const [passage] = splitFile({ path: 'podman-rm.1.md', text: '## NAME\n\npodman\\-rm \\- Remove containers; see \\*not emphasis\\* and `a\\-b`.\n' });
    expect(passage!.text).toBe('podman-rm - Remove containers; see *not emphasis* and `a\\-b`.');
    // A backslash at the end of a line is a hard line break.
    const [broken] = splitFile({ path: 'squash.md', text: 'Squash newly built layers into a single new layer.\\\nThe default is false.\n' });
    expect(broken!.text).toBe('Squash newly built layers into a single new layer. The default is false.');
  });

  it('drops a paragraph of badges (images alone, linked or not) and keeps images inside prose', () => {
    const text =
      '# Tool\n\n![License](https://img.shields.io/badge/x.svg)\n[![Go Report Card](https://goreportcard.com/badge/x)](https://goreportcard.com/x)\n\nTool runs containers ![logo](l.png) fast.\n';
    expect(splitFile({ path: 'README.md', text }).map((p) => p.text)).toEqual(['Tool runs containers logo fast.']);
  });

  it('leaves out link reference definitions, keeping footnotes that say something', () => {
    const text = '# Doc\n\nKata runs each pod in a [KVM][kvm] guest under [QEMU][1].\n\n[kvm]: https://en.wikipedia.org/wiki/KVM\n[1]: <https://www.qemu.org> "QEMU"\n\n[^1]: QEMU is the best supported hypervisor.\n';
    const passages = splitFile({ path: 'c.md', text });
    expect(passages.map((p) => p.text).join('\n')).not.toContain('wikipedia');
    expect(passages.map((p) => p.text).join('\n')).not.toContain('qemu.org');
    expect(passages.map((p) => p.text).join('\n')).toContain('QEMU is the best supported hypervisor.');
    // Not a note that only looks like one, nor a line inside a paragraph, nor a footnote.
    const notes = splitFile({ path: 'n.md', text: '# N\n\n[Note]: deprecated\n\nText continues\n[WARNING]: https://example.com\n\n[^1]: Firecracker\n' });
    const all = notes.map((p) => p.text).join('\n');
    for (const kept of ['[Note]: deprecated', 'example.com', 'Firecracker']) expect(all).toContain(kept);
  });

  it('reads a line of inline code between triple backticks as a paragraph, not a fence that never closes', () => {
    // podman's troubleshooting.md: the rest of the file used to be swallowed as code, its "# …" shell lines read as headings.
    const text = '# Doc\n\n## 18) bpf fails\n\n```Error: bpf create : Operation not permitted```\n\n## 19) Next problem\n\nAfter.\n';
    const passages = splitFile({ path: 'c.md', text });
    expect(passages.map((p) => p.headings.join('/'))).toEqual(['Doc/18) bpf fails', 'Doc/19) Next problem']);
    expect(passages[0]!.text).toContain('Operation not permitted');
  });

  it('turns tables into rows of cells and drops the separator row', () => {
    const [p] = splitFile({ path: 'd.md', text: '# T\n\n| Name | Value |\n|---|:---:|\n| a | 1 |\n' });
    expect(p!.text).toBe('Name | Value\na | 1');
  });

  it('makes each list item a passage, with its continuation and nested items', () => {
    const long = 'x'.repeat(200);
    const text = `# L\n\n- first item ${long}\n  continued\n  - nested child\n- second item ${long}\n`;
    const passages = splitFile({ path: 'e.md', text });
    expect(passages.map((p) => p.text)).toEqual([`first item ${long} continued nested child`, `second item ${long}`]);
  });

  it('strips HTML tags and comments but keeps their text', () => {
    const [p] = splitFile({ path: 'f.md', text: '# H\n\n<!-- hidden -->\n<p align="center">Shown <b>bold</b></p>\n' });
    expect(p!.text).toBe('Shown bold');
  });

  it('keeps angle-bracketed words, autolinks and inline code verbatim', () => {
    const [p] = splitFile({ path: 'h.md', text: '# H\n\nRun `docker run <image>` now. See <https://x.io/a>, a List<String> and ssh <username>@host, `a*b*c`.\n' });
    expect(p!.text).toBe('Run `docker run <image>` now. See https://x.io/a, a List<String> and ssh <username>@host, `a*b*c`.');
  });

  it('uses the folder name as the title of a README without a heading', () => {
    const [p] = splitFile({ path: 'firecracker/README.md', text: 'Intro text.\n' });
    expect(p!.headings).toEqual(['firecracker']);
  });

  it('yields nothing for markup-only files', () => {
    expect(splitFile({ path: 'g.md', text: '---\ntitle: x\n---\n<!-- nothing -->\n' })).toEqual([]);
  });
});

describe('cutting long passages', () => {
  it('cuts a 100 KB paragraph at sentence boundaries, losing no words', () => {
    const sentence = 'Containers share the host kernel and start quickly. ';
    const text = sentence.repeat(Math.ceil(100_000 / sentence.length)).trim();
    const pieces = cutLong(text, 1200);
    expect(pieces.length).toBeGreaterThan(80);
    expect(pieces.every((p) => p.length <= 1200 && p.endsWith('.'))).toBe(true);
    expect(pieces.join(' ')).toBe(text);
  });

  it('cuts text with no sentence ends at spaces, or mid-word as a last resort', () => {
    expect(cutLong('word '.repeat(600).trim(), 100).every((p) => p.length <= 100)).toBe(true);
    expect(cutLong('x'.repeat(250), 100).map((p) => p.length)).toEqual([100, 100, 50]);
  });

  it('cuts a long code block at line ends and fences every piece, so no piece is read as prose', () => {
    const lines = Array.from({ length: 80 }, (_, i) => `  container-${i}  docker.io/library/busybox  sleep ${i}`);
    const text = '```\n' + lines.join('\n') + '\n```';
    const pieces = cutLong(text, 1200);
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(1200);
      expect(piece.startsWith('```\n  container-')).toBe(true);
      expect(piece.endsWith('\n```')).toBe(true);
    }
    const inner = pieces.map((p) => p.slice(4, -4)).join('\n');
    expect(inner).toBe(lines.join('\n'));
  });

  it('makes no empty piece of a code block with long runs of blank lines', () => {
    const lines = Array.from({ length: 40 }, (_, i) => (i % 10 === 0 ? `step ${i}` : ' '.repeat(60)));
    const pieces = cutLong('```\n' + lines.join('\n') + '\n```', 300);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.slice(4, -4).trim()).not.toBe('');
  });

  it('leaves the words of a cut code block out of the index', () => {
    const code = '```\n' + Array.from({ length: 60 }, (_, i) => `cat /run/secrets/key-${i} > /tmp/out-${i}`).join('\n') + '\n```';
    const passages = splitFile({ path: 'c.md', text: `# Secrets\n\nRead a secret.\n\n${code}\n` });
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages) expect(proseOf(p.text)).not.toMatch(/\bcat\b/);
  });
});
