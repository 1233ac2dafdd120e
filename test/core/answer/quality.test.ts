import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.js';
import { ConversationSetSchema, phraseHit, QuestionSetSchema, scoreRanked, TYPING_VARIANTS } from '../../../src/core/answer/evaluate.js';
import { KnowledgeIndex } from '../../../src/core/knowledge/knowledge-index.js';
import { Lexicon } from '../../../src/core/knowledge/lexicon.js';
import { splitFile } from '../../../src/core/knowledge/split.js';

// A regression gate on retrieval quality over the project's own labelled sets (the shared
// dev set is scored by `npm run eval`). Thresholds sit a little under today's figures.
// hit@1 went from 0.97 to 0.87 with the domain lexicon (measured): these questions use the
// article's own words, and the lexicon's expansions trade a few first places here for
// paraphrase-dev seed hit@3 0.05 -> 0.70 on its tuning half.
const load = (name: string) =>
  QuestionSetSchema.parse(JSON.parse(readFileSync(new URL(`../../fixtures/eval/${name}`, import.meta.url), 'utf8')));
const sets = [load('tuning-questions.json'), load('validation-questions.json')];
let index: KnowledgeIndex;

beforeAll(() => {
  const text = readFileSync(new URL('../../../knowledge/containers-vs-vms.md', import.meta.url), 'utf8');
  const lexicon = Lexicon.parse(readFileSync(new URL('../../../knowledge/synonyms.txt', import.meta.url), 'utf8'));
  index = KnowledgeIndex.build(splitFile({ path: 'containers-vs-vms.md', text }), lexicon);
});

describe('retrieval quality on the seed article', () => {
  it('puts the right passage first for at least 85% of questions and in the top 3 for 95%', () => {
    const scores = scoreRanked(
      sets.flatMap((s) => s.seed).map((c) => ({ q: c.q, answer: answer(index, c.q), isHit: phraseHit(c.expect) })),
    );
    expect(scores.hitAt1).toBeGreaterThanOrEqual(0.85);
    expect(scores.hitAt3).toBeGreaterThanOrEqual(0.95);
  });

  it('abstains on at least 95% of off-topic questions', () => {
    const off = sets.flatMap((s) => s.offtopic);
    const abstained = off.filter((q) => !answer(index, q).answered);
    expect(abstained.length / off.length).toBeGreaterThanOrEqual(0.95);
  });

  it('answers questions as people also type them in chat about as well as written out, and stays silent off-topic', () => {
    const seed = sets.flatMap((s) => s.seed);
    const off = sets.flatMap((s) => s.offtopic);
    const hitAt3 = (typed: (q: string) => string) =>
      scoreRanked(seed.map((c) => ({ q: c.q, answer: answer(index, typed(c.q)), isHit: phraseHit(c.expect) }))).hitAt3;
    const written = hitAt3((q) => q);
    for (const [variant, typed] of Object.entries(TYPING_VARIANTS)) {
      expect(hitAt3(typed), variant).toBeGreaterThanOrEqual(written - 0.05);
      expect(off.filter((q) => !answer(index, typed(q)).answered).length / off.length, variant).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('types each variant as described, the same way every time', () => {
    const q = 'why do containers start faster than virtual machines?';
    expect(TYPING_VARIANTS['one typo']!(q)).toBe('why do contianers start faster than virtual machines?');
    expect(TYPING_VARIANTS['Title Case']!(q)).toBe('Why Do Containers Start Faster Than Virtual Machines?');
    expect(TYPING_VARIANTS['Slack emphasis']!(q)).toBe('why do *containers* start faster than virtual machines?');
  });
});

describe('the shipped lexicon (knowledge/synonyms.txt)', () => {
  it('reads no hypervisor into every "virtual machine": the sentence about hypervisors answers what they do', () => {
    // "virtualization" stems to "virtual": as a left-hand word it made every VM sentence imply hypervisors.
    expect(index.lexicon.expandPassage('virtual machine performance')).not.toContain('hypervisor');
    const first = answer(index, 'what job does the hypervisor perform?').passages[0];
    expect(first?.snippet).toContain('hypervisors, which play a crucial role');
  });

  it('reads "less secure" as the shared-kernel risk, not as any sentence that says "security concerns"', () => {
    expect(answer(index, 'is it true containers are less secure?').passages[0]?.snippet).toContain('shared kernel vulnerabilities');
  });

  it('reads a "perf penalty" as the bottlenecks and performance drops the article warns of', () => {
    const nested = answer(index, 'any perf penalty if we nest containers in vms?').passages[0]!;
    expect(nested.text).toContain('bottlenecks');
  });

  it('reads "moving from VMs" as a migration', () => {
    expect(answer(index, 'what should we watch out for when moving from vms?').passages[0]?.headings.at(-1)).toMatch(/migrating/i);
  });

  it('reads moving VMs "into" containers as a migration, surely', () => {
    const a = answer(index, 'move vms into containers as-is or refactor first?');
    expect(a).toMatchObject({ answered: true, confidence: 'high' });
    expect(a.passages[0]!.heading).toMatch(/Migrating/);
  });

  it('reads a compromise spreading to the other containers, and a worry about the shared kernel, as the risk the article warns of', () => {
    for (const q of [
      'if one container gets ransomware can it spread to the other containers on the same host?',
      'is it safe to run the erp and the guest wifi portal on the same host as containers? shared kernel thing worries me',
    ]) {
      expect(answer(index, q).passages[0]!.snippet, q).toMatch(/affect (other|many) containers/);
    }
  });

  it("reads students' homework code as an untrusted workload, not as a question off the topic", () => {
    const a = answer(index, "is a container enough for running students' homework code?");
    expect(a).toMatchObject({ answered: true, confidence: 'high' });
    expect(a.passages[0]!.snippet).toMatch(/stronger isolation/);
  });

  it('reads disaster recovery as no migration: the backups the article keeps are for the move', () => {
    const a = answer(index, 'for disaster recovery, are vms or containers easier to bring back?');
    expect(a.passages[0]?.heading ?? '').not.toMatch(/Migrating/);
    expect(a.confidence).not.toBe('high');
  });

  it('reads "hardware-level isolation" as the stronger isolation of dedicated resources', () => {
    const a = answer(index, 'my lead says VMs give "hardware-level isolation", what does that mean');
    expect(
      a.passages
        .slice(0, 3)
        .map((p) => p.snippet)
        .join(' '),
    ).toMatch(/stronger isolation/);
  });

  it('reads a workload that cannot have hiccups as asking for consistent performance', () => {
    const a = answer(
      index,
      'fermenter temp control polls the PLCs every few ms and cant have hiccups. container or vm for the controller sw?',
    );
    expect(a.passages[0]!.text).toMatch(/consistent performance/);
  });

  it('reads "cheapest" as cost, as "cheaper" is', () => {
    expect(answer(index, 'whats the cheapest option, containers or vms?').passages[0]?.headings.at(-1)).toMatch(/Licensing/);
  });

  it('reads "the worst of both worlds", as "the best of both", as containers run on VMs', () => {
    const q = 'isnt that the worst of both worlds';
    expect(answer(index, q, { context: ['should i run containers inside my vms'] }).passages[0]?.headings.at(-1)).toMatch(/Seamlessly/);
  });

  it('reads containers "inside our vms" as the question whether containers run on VMs, which the article answers under that heading', () => {
    for (const q of [
      'does it make sense to run containers inside vms?',
      'containers inside our vms: real boundary or overhead?',
      'containers on top of our vms, good idea?',
      'when is it worth using containers and vms together?',
    ]) {
      expect(answer(index, q).passages[0]?.headings.at(-1), q).toMatch(/Seamlessly/);
    }
  });

  it('reads "a bug in the linux kernel" as the shared-kernel vulnerability the article warns of', () => {
    expect(
      answer(index, "if there's a bug in the linux kernel, are all the containers on that host exposed?").passages[0]?.snippet,
    ).toMatch(/vulnerabilities in the host OS/);
  });

  it('reads "steadier" as the consistent performance the article credits VMs with, not as their performance drops', () => {
    expect(answer(index, 'why would a vm give steadier performance than a container?').passages[0]?.snippet).toMatch(
      /consistent performance/,
    );
  });

  it('reads containers on our existing VMs as containers on VMs, and nothing else on them', () => {
    expect(index.lexicon.expandQuestion('can we run containers on our existing vms?').has('seamlessli')).toBe(true);
    expect(index.lexicon.expandQuestion('can i run docker inside the vms we already have?').has('seamlessli')).toBe(true);
    expect(index.lexicon.expandQuestion('can we keep running windows server on our existing vms?').has('seamlessli')).toBe(false);
    expect(index.lexicon.expandQuestion('all we have is vms, how do we secure them?').has('seamlessli')).toBe(false);
  });

  it('reads "wasteful" as the resources VMs consume', () => {
    expect(answer(index, 'wasteful how, concretely?', { context: ['vms are so wasteful'] }).passages[0]?.snippet).toMatch(
      /consume more resources/,
    );
  });

  it('reads "mgmt overhead" as the management effort the article weighs', () => {
    expect(answer(index, 'how much mgmt overhead do containers add compared to vms?').passages[0]?.snippet).toMatch(/management effort/);
  });

  it('reads "day to day" as running things, not as a day', () => {
    expect(answer(index, 'what extra tooling do vms need day to day that containers dont').passages[0]?.snippet).toMatch(
      /^Deployment tools differ/,
    );
  });

  it('reads a container taking the others down, extra memory per VM, and an app run unchanged (round-45 A/B check)', () => {
    expect(
      answer(index, 'Can one misbehaving container crash the whole host and take the others down with it?').passages[0]?.snippet,
    ).toMatch(/affect many containers simultaneously/);
    expect(answer(index, 'How much extra memory does each VM use compared with a container?').passages[0]?.text).toMatch(
      /full OS instance/,
    );
    expect(answer(index, 'Will our 10-year-old Java app run in a container unchanged?').passages[0]?.snippet).toMatch(/applications/);
    // Not "as is" or "unchanged" of everyday English, nor a VM's image patched (first round-45 review).
    expect(index.lexicon.expandQuestion('is it true containers are lighter, as is often claimed?').has('compat')).toBe(false);
    expect(index.lexicon.expandQuestion('costs stayed unchanged after we moved to VMs, why?').has('compat')).toBe(false);
    expect(index.lexicon.expandQuestion('how do we patch the image of our VMs?').has('regularli')).toBe(false);
  });

  it('reads no management into "operating system" and no configuration into "a set of"', () => {
    expect(index.lexicon.expandPassage('the host operating system')).not.toContain('manag');
    expect(index.lexicon.expandPassage('a different set of advantages')).not.toContain('configur');
  });
});

describe('follow-ups in a thread (eval/conversations/seed.json, tuning half)', () => {
  const conversations = ConversationSetSchema.parse(
    JSON.parse(readFileSync(new URL('../../../eval/conversations/seed.json', import.meta.url), 'utf8')),
  ).conversations.filter((_, i) => i % 2 === 0);

  it('finds what answers a follow-up in its thread in the top 3 for at least 80%, far more often than asked alone (52%)', () => {
    const score = (withThread: boolean) =>
      scoreRanked(
        conversations.map((c) => ({
          q: c.q,
          answer: answer(index, c.q, withThread ? { context: c.context } : {}),
          isHit: phraseHit(c.expect),
        })),
      ).hitAt3;
    const inThread = score(true);
    expect(inThread).toBeGreaterThanOrEqual(0.8);
    // Asked alone, "why?" or "how do we mitigate that?" may hit by luck: the thread must be what finds most.
    expect(inThread - score(false)).toBeGreaterThanOrEqual(0.3);
  });

  it('stays silent on off-topic messages posted in a thread, however they point back', () => {
    const off = [...sets.flatMap((s) => s.offtopic), 'is the all-hands meeting recorded? i missed it'];
    // One word the knowledge never uses is at most the thread's closest match: a thread that did
    // not mention the bot never sees one.
    const chatter = ['lol ok. lunch?', 'anyone up for coffee?', 'is it friday yet?'];
    for (const earlier of [
      'can containers run on vms?',
      'why do containers start faster than vms?',
      'are vms more secure than containers?',
    ]) {
      const answered = off.filter((q) => answer(index, q, { context: [earlier] }).answered);
      expect(answered, earlier).toEqual([]);
      const confident = chatter.filter((q) => answer(index, q, { context: [earlier] }).confidence === 'high');
      expect(confident, earlier).toEqual([]);
    }
  });
});
