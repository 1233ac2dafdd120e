import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, processQuestion } from '../../../src/core/answer/answer.js';
import { KnowledgeIndex, sectionTerms, titleTerms, type KnowledgeIndexJSON } from '../../../src/core/knowledge/knowledge-index.js';
import { Lexicon } from '../../../src/core/knowledge/lexicon.js';
import { passagesFromFilesAsync } from '../../../src/core/knowledge/load.js';
import type { KnowledgeFile } from '../../../src/core/knowledge/types.js';

const seedText = readFileSync(new URL('../../../knowledge/containers-vs-vms.md', import.meta.url), 'utf8');
// The seed article cut at its second-level headings, so the index spans several files.
const files: KnowledgeFile[] = seedText.split(/^(?=## )/m).map((text, n) => ({ path: `part-${String(n).padStart(2, '0')}.md`, text }));
const questions = ['How do performance metrics vary under high load?', 'do containers share the kernel of the host?', 'licensing of virtual machines'];
let index: KnowledgeIndex;

beforeAll(async () => {
  index = KnowledgeIndex.build((await passagesFromFilesAsync(files)).passages);
});

/** toJSONParts put back together the way the index cache stores it. */
function reassembled(source: KnowledgeIndex): KnowledgeIndexJSON {
  const { head, passages, terms } = source.toJSONParts();
  const { miniSearch, ...rest } = head;
  return { ...rest, passages: [...passages], miniSearch: { ...miniSearch, index: [...terms()] } };
}

describe('KnowledgeIndex serialization in parts', () => {
  it('gives exactly what toJSON gives, term by term', () => {
    expect(files.length).toBeGreaterThan(3);
    const parts = index.toJSONParts();
    expect([...parts.terms()]).toHaveLength(parts.termCount);
    expect(JSON.parse(JSON.stringify(reassembled(index)))).toStrictEqual(JSON.parse(JSON.stringify(index.toJSON())));
  });

  it('restores asynchronously from parts, with the index terms as a lazy iterable', async () => {
    const { head, passages, terms } = index.toJSONParts();
    const { miniSearch, ...rest } = head;
    const json = JSON.parse(JSON.stringify({ ...rest, passages, miniSearch })) as KnowledgeIndexJSON;
    const lazyTerms = (function* () {
      for (const term of terms()) yield JSON.parse(JSON.stringify(term)) as unknown;
    })();
    const restored = await KnowledgeIndex.fromJSONAsync({ ...json, miniSearch: { ...(json.miniSearch as object), index: lazyTerms } });
    for (const q of questions) expect(answer(restored, q)).toEqual(answer(index, q));
  });

  it('restores the same index from compact postings as from toJSON postings', async () => {
    const { head, passages, terms } = index.toJSONParts();
    const { miniSearch, ...rest } = head;
    const restore = (compact: boolean) => KnowledgeIndex.fromJSONAsync(JSON.parse(JSON.stringify({ ...rest, passages, miniSearch: { ...miniSearch, index: [...terms(compact)] } })) as KnowledgeIndexJSON);
    const compact = [...terms(true)];
    expect(compact.every(([, fields]) => Object.values(fields).every((p) => Array.isArray(p) && p.length % 2 === 0))).toBe(true);
    expect(JSON.stringify((await restore(true)).toJSON())).toBe(JSON.stringify((await restore(false)).toJSON()));
    for (const q of questions) expect(answer(await restore(true), q)).toEqual(answer(index, q));
    const [term, fields] = compact[0]!;
    const odd = { ...rest, passages, miniSearch: { ...miniSearch, index: [[term, { ...fields, 0: [1, 2, 3] }]] } };
    await expect(KnowledgeIndex.fromJSONAsync(odd as unknown as KnowledgeIndexJSON)).rejects.toThrow(/pairs/);
  });

  it('answers the same after fromJSONAsync as the index it was saved from', async () => {
    const restored = await KnowledgeIndex.fromJSONAsync(JSON.parse(JSON.stringify(index.toJSON())) as KnowledgeIndexJSON);
    for (const q of questions) expect(answer(restored, q)).toEqual(answer(index, q));
  });

  it('refuses data of another format version or with passages missing', async () => {
    await expect(KnowledgeIndex.fromJSONAsync({ ...index.toJSON(), version: -1 })).rejects.toThrow(/format/);
    const json = JSON.parse(JSON.stringify(index.toJSON())) as KnowledgeIndexJSON;
    await expect(KnowledgeIndex.fromJSONAsync({ ...json, passages: json.passages.slice(1) })).rejects.toThrow(/documents/);
  });
});

describe('building in slices', () => {
  it('splits files into the same passages and warnings, whatever the slice size', async () => {
    const withBlank = [...files, { path: 'blank.md', text: '   \n' }].reverse();
    const whole = await passagesFromFilesAsync(withBlank, 1e9);
    expect(whole.warnings.map((w) => w.source)).toEqual(['blank.md']);
    for (const sliceMs of [0, 5]) expect(await passagesFromFilesAsync(withBlank, sliceMs)).toEqual(whole);
  });

  it('builds the same index, whatever the slice size', async () => {
    const { passages } = await passagesFromFilesAsync(files);
    const expected = JSON.stringify(index.toJSON());
    for (const sliceSize of [1, 7, 100_000]) expect(JSON.stringify((await KnowledgeIndex.buildAsync(passages, undefined, sliceSize)).toJSON())).toBe(expected);
  });
});

describe('section headings', () => {
  // Every FAQ heading of an article on containers vs VMs names both: that says nothing about
  // the section, and used to pull any question naming both to the FAQ over the passage that answers it.
  const article = [
    '# Containers vs Virtual Machines',
    '## Key Takeaways',
    'Container security is complex due to shared kernel vulnerabilities, whereas VMs isolate workloads more securely.',
    '## How Do Containers Compare to Virtual Machines on Licensing?',
    'Containers often have simpler licensing because they share the host OS. Security audits differ too.',
  ].join('\n\n');
  const lexicon = Lexicon.parse('vm, vms, virtual machine, virtual machines');

  it('leave out the words of the document title, which the title field already counts', async () => {
    const { passages } = await passagesFromFilesAsync([{ path: 'containers-vs-vms.md', text: article }]);
    const faq = passages.find((p) => p.headings.at(-1)!.includes('Licensing'))!;
    const title = titleTerms(faq, lexicon);
    expect([...title]).toEqual(expect.arrayContaining(['contain', 'virtual', 'machin', 'vm']));
    expect(sectionTerms(faq.headings.slice(1).join(' '), title)).toEqual(['compar', 'licens']);
    const built = KnowledgeIndex.build(passages, lexicon);
    const best = built.search(processQuestion('which is more secure, vm or container', lexicon), 1)[0]!;
    expect(best.passage.headings.at(-1)).toBe('Key Takeaways');
  });
});

describe('words of the form "X-less"', () => {
  it('index the X they are without, at the lexicon weight: "does podman need a daemon?" finds "daemonless"', () => {
    const passages = [
      { id: 'a#0', source: 'a.md', headings: ['Podman'], text: 'Podman is a daemonless container engine for developing and running containers.' },
      { id: 'b#0', source: 'b.md', headings: ['Podman'], text: 'Podman needs a user account with subordinate ids to run rootless containers.' },
    ];
    const built = KnowledgeIndex.build(passages);
    const hits = built.search(processQuestion('does podman need a daemon', built.lexicon, built), 2);
    expect(hits[0]!.passage.id).toBe('a#0');
    expect(hits[0]!.lexiconTerms).toContain('daemon');
  });
});
