import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf } from '../../../src/core/knowledge/formats.js';
import { splitFile } from '../../../src/core/knowledge/split.js';
import { headingOf } from '../../../src/core/knowledge/types.js';
import { isKnowledgeChange } from '../../../src/knowledge/watch.js';
import { readKnowledgeFolder } from '../../../src/knowledge/fs.js';

/** The other text forms documentation folders hold, read from real files in test/fixtures/knowledge/formats. */

const folder = new URL('../../fixtures/knowledge/formats/', import.meta.url);
const split = (name: string) => splitFile({ path: name, text: readFileSync(new URL(name, folder), 'utf8') });
const all = (name: string) => split(name).map((p) => `${headingOf(p)} :: ${p.text}`).join('\n');

describe('knowledge file types', () => {
  it('the folder reader takes .md.in, .mdx, .rst and .adoc files', async () => {
    const { files } = await readKnowledgeFolder(folder.pathname);
    expect(files.map((f) => f.path)).toEqual(['firecracker.adoc', 'isolation.rst', 'podman-machine-list.1.md.in', 'sandboxes.mdx']);
    expect(['a.rst', 'b.adoc', 'c.asciidoc', 'd.mdx', 'e.md.in', 'f.MD'].every(isKnowledgeChange)).toBe(true);
    expect(isKnowledgeChange('notes.in')).toBe(false);
  });

  it('names each format by its extension', () => {
    expect(['a.md', 'a.markdown', 'a.mdx', 'a.1.md.in', 'a.txt', 'a.rst', 'a.adoc', 'a.asciidoc'].map(formatOf))
      .toEqual(['markdown', 'markdown', 'mdx', 'markdown-template', 'text', 'rst', 'asciidoc', 'asciidoc']);
  });
});

describe('reStructuredText', () => {
  const passages = split('isolation.rst');

  it('takes sections from adornments: the overlined title, then = and - levels in order of appearance', () => {
    const boundary = passages.find((p) => p.text.startsWith('Containers share the host kernel'));
    expect(boundary!.headings).toEqual(['Isolation for the platform', 'Choosing a boundary']);
    const sandbox = passages.find((p) => p.text.startsWith('Untrusted code'));
    expect(sandbox!.headings).toEqual(['Isolation for the platform', 'Choosing a boundary', 'When do sandboxes help?']);
  });

  it('keeps the words of links, roles and literals, and the text of a note', () => {
    expect(all('isolation.rst')).toContain('See the hardening guide and isolation-guide for the details, and run `podman info` to see your runtime.');
    expect(all('isolation.rst')).toContain('Kata Containers runs each pod inside a lightweight virtual machine');
  });

  it('fences literal and code blocks, and drops comments, targets, images and rules', () => {
    const sandbox = passages.find((p) => p.text.startsWith('Untrusted code'))!;
    expect(sandbox.text).toContain('Start one like this:\n```\npodman run --runtime kata --rm -it fedora bash\n```');
    expect(sandbox.text).toContain('```\nruntimeClassName: kata\n# not a heading\n```');
    const text = all('isolation.rst');
    for (const dropped of ['This comment is not knowledge', '_isolation-guide:', 'diagram.png', 'boundary diagram', ':linenos:', '=====', '----']) {
      expect(text).not.toContain(dropped);
    }
  });
});

describe('AsciiDoc', () => {
  const passages = split('firecracker.adoc');

  it('takes = headings (with or without closing =) under the document title', () => {
    expect(passages.map((p) => headingOf(p))).toEqual([
      'Firecracker in production › Why microVMs?',
      'Firecracker in production › Why microVMs? › How do I start one?',
      'Firecracker in production › The jailer',
    ]);
  });

  it('keeps link text and cross-reference labels, example blocks, and list items', () => {
    const text = all('firecracker.adoc');
    expect(text).toContain('Read the Firecracker site or the jailer section for details.');
    expect(text).toContain('A microVM needs KVM on the host; nested virtualization works but costs speed.');
    expect(text).toContain('Configure the kernel and root file system. Point boot-source at the uncompressed kernel.');
  });

  it('fences listing blocks, and drops attributes, comments and anchors', () => {
    const text = all('firecracker.adoc');
    expect(text).toContain('```\nfirecracker --api-sock /tmp/firecracker.socket\n== not a heading inside a listing\n```');
    for (const dropped of [':toc:', 'line comment', 'comment block', '[source,bash]', '[[jailer]]', '[NOTE]', '====']) expect(text).not.toContain(dropped);
  });
});

describe('MDX and Markdown templates', () => {
  it('MDX: front matter title, no import/export lines or component tags, prose between them kept', () => {
    const passages = split('sandboxes.mdx');
    expect(passages[0]!.headings).toEqual(['Sandboxes', 'What is gVisor?']);
    const text = all('sandboxes.mdx');
    expect(text).toContain('Install runsc and set it as the Docker runtime.');
    for (const dropped of ['import {', 'export const', '<Tabs>', '</TabItem>']) expect(text).not.toContain(dropped);
  });

  it('.md.in (podman man-page templates): read as Markdown, without the @@option include lines', () => {
    const passages = split('podman-machine-list.1.md.in');
    expect(passages.find((p) => p.text.startsWith('Only print the name of the machine'))!.headings)
      .toEqual(['podman machine list.1', 'OPTIONS', '--quiet, -q']);
    expect(all('podman-machine-list.1.md.in')).not.toContain('@@option');
  });

  it("podman's shared option files: the man page's branch of each condition, its flag of each choice, no notes to editors", () => {
    const text = [
      '####> This option file is used in:',
      '####>   podman create, run',
      '<< if is_quadlet >>',
      '### `UserNS=mode`',
      '<< else >>',
      '#### **--userns**=*mode*',
      '<< endif >>',
      '',
      'Set the user namespace mode for the <<container|pod>>.',
      '',
      "This option is incompatible with << '**UIDMap=**' if is_quadlet else '**--uidmap**' >>.",
      '<< if not is_quadlet >>',
      'Only for the command line.',
      '<< endif >>',
    ].join('\n');
    const passages = splitFile({ path: 'options/userns.container.md', text });
    // Only podman's option files and templates: other Markdown and inline code keep their "<<".
    const other = splitFile({ path: 'notes.md', text: 'Append with `cat <<EOF >> /etc/hosts` or <<container|pod>> as written.\n' });
    expect(other[0]!.text).toBe('Append with `cat <<EOF >> /etc/hosts` or <<container|pod>> as written.');
    const negated = splitFile({ path: 'options/x.md', text: '####> note\n#### **--x**\n\nSee << "--a" if not is_quadlet else "A=" >> and `<<a|b>>`.\n' });
    expect(negated[0]!.text).toBe('See --a and `<<a|b>>`.');
    // A branch may hold inline code.
    const coded = splitFile({ path: 'options/file.md', text: "####> note\n#### **--file**\n\nSpecifying << 'File=-' if is_quadlet else '`-f -`' >> reads stdin.\n" });
    expect(coded[0]!.text).toBe('Specifying `-f -` reads stdin.');
    const quoted = splitFile({ path: 'options/log-opt.md', text: `####> note\n#### **--log-opt**\n\nFor example << 'LogOpt=tag="{{.ImageName}}"' if is_quadlet else '--log-opt tag="{{.ImageName}}"' >>.\n` });
    expect(quoted[0]!.text).toBe('For example --log-opt tag="{{.ImageName}}".');
    expect(passages.map((p) => p.headings)).toEqual([['userns.container', '--userns=mode']]);
    expect(passages[0]!.text).toBe('Set the user namespace mode for the container.\nThis option is incompatible with --uidmap. Only for the command line.');
  });
});
