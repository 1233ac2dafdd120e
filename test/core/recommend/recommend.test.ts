import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../../../src/core/knowledge/knowledge-index.js';
import { passagesFromFilesAsync } from '../../../src/core/knowledge/load.js';
import type { Passage } from '../../../src/core/knowledge/types.js';
import { evidenceFromIndex, type Evidence, type EvidenceSource } from '../../../src/core/recommend/evidence.js';
import { FACTORS, FACTOR_VALUES, type Answers } from '../../../src/core/recommend/factors.js';
import { recommend } from '../../../src/core/recommend/recommend.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge/base.js';
import { allAnswerSets } from './answer-sets.js';

let kb: KnowledgeBase;
let source: EvidenceSource;
beforeAll(async () => {
  kb = await loadKnowledgeBase('knowledge');
  source = evidenceFromIndex(kb.index);
});

/** True when the evidence is a verbatim substring of the passage it names. */
function isVerbatim(evidence: Evidence, passages: readonly Passage[]): boolean {
  return passages.some(
    (p) => p.source === evidence.source && p.headings.join(' › ') === evidence.heading && p.text.includes(evidence.text),
  );
}

const answersArbitrary: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(FACTORS.map((f) => [f, fc.option(fc.constantFrom(...FACTOR_VALUES[f]), { nil: undefined })])),
) as fc.Arbitrary<Answers>;

describe('recommend over the real knowledge folder', () => {
  it('every answer set, the empty one included, gets a reason quoting knowledge/ verbatim; so does every caveat and counter-reason', () => {
    const sets = allAnswerSets();
    expect(sets).toHaveLength(432);
    for (const answers of sets) {
      const result = recommend(answers, source);
      expect(result.reasons.length, JSON.stringify(answers)).toBeGreaterThanOrEqual(1);
      for (const item of [...result.reasons, ...result.caveats, ...(result.closeCall?.against ?? [])]) {
        expect(isVerbatim(item.evidence, kb.index.passages), `${JSON.stringify(answers)}: ${item.evidence.text}`).toBe(true);
        expect(item.evidence.text.length).toBeGreaterThan(20);
      }
    }
  });

  it('quotes text that stands in the Markdown file itself, not only in the parsed passage', () => {
    const file = readFileSync('knowledge/containers-vs-vms.md', 'utf8');
    const result = recommend({ isolation: 'high', speed: 'high', density: 'high' }, source);
    for (const item of [...result.reasons, ...result.caveats]) expect(file).toContain(item.evidence.text);
  });

  it('reports unanswered factors in flow order and echoes the rule that decided', () => {
    const result = recommend({ speed: 'high', density: 'high' }, source);
    expect(result.unanswered).toEqual(['isolation', 'kernel', 'architecture']);
    expect(result.rule).toBe('container-fit');
    expect(result.reasons.map((r) => r.factor)).toEqual(['speed', 'density']);
  });

  it('cites the knowledge on what each reason is about', () => {
    const kernel = recommend({ kernel: 'custom' }, source).reasons[0]!;
    expect(kernel.factor).toBe('kernel');
    expect(kernel.evidence.text).toMatch(/kernel/i);
    const isolation = recommend({ isolation: 'high' }, source).reasons[0]!;
    expect(isolation.evidence.text).toMatch(/isolat|untrusted|sensitive/i);
    const bridge = recommend({ isolation: 'high', architecture: 'microservices' }, source);
    expect(bridge.reasons.some((r) => /run .*on virtual machines|within a VM/i.test(r.evidence.text))).toBe(true);
    // That containers run on VMs, which it recommends, right after the need that rules out containers
    // alone (round-38 A/B check: quoted last).
    const both = recommend({ isolation: 'high', speed: 'high' }, source);
    expect(both.reasons.map((r) => r.factor ?? 'bridge')).toEqual(['isolation', 'bridge', 'speed']);
    expect(both.reasons[1]!.evidence.text).toMatch(/containers can run seamlessly on virtual machines/i);
    // A mixed estate's reason keeps its own quote, which the bridge would otherwise take (round-38 review).
    expect(recommend({ architecture: 'mixed' }, source).reasons[0]!.evidence.text).toMatch(
      /containers can run seamlessly on virtual machines/i,
    );
  });

  it('quotes the claim of a reason the question asked about: packing more on less hardware, or fewer licences', () => {
    const density = (asked?: string) => recommend({ density: 'high' }, source, asked).reasons[0]!.evidence.text;
    expect(density('we run our ml inference on vms, how much overhead are we paying vs containers')).toMatch(/resource-efficient/);
    expect(density('do we pay licensing per VM or per host, and does containerizing change that')).toMatch(/licens/i);
    expect(density('for a dozen tiny internal tools, what costs us less to run: vms or containers?')).toMatch(/more cost-effective/);
    // "shared" of a calendar asks nothing of licences (round-38 A/B check).
    expect(density('a single 2 GB Raspberry Pi for its booking page, stock list and shared calendar. Containers or VMs?')).toMatch(
      /resource-efficient/,
    );
    // No question (the decision flow): the reason's main claim.
    expect(density()).toMatch(/resource-efficient/);
  });

  it('quotes full OS compatibility for another operating system, and kernel modules for a module', () => {
    const kernel = (asked?: string) => recommend({ kernel: 'custom' }, source, asked).reasons[0]!.evidence.text;
    expect(kernel('our bookkeeping software is windows only. can it go in a container on our linux box or does it need a vm')).toMatch(
      /full OS compatibility/,
    );
    expect(kernel('our app needs a custom kernel driver loaded. will that fly in docker or do we need a vm')).toMatch(/kernel modules/);
    // No question (the decision flow): the reason's main claim.
    expect(kernel()).toMatch(/kernel modules/);
  });

  it('quotes scaling under load for a question about spikes, and quick start-up otherwise', () => {
    const speed = (asked?: string) => recommend({ speed: 'high' }, source, asked).reasons[0]!.evidence.text;
    expect(speed('for nightly batch spikes is it easier to scale out containers or vms?')).toMatch(/scal/i);
    expect(speed('for nightly batch spikes is it easier to scale out containers or vms?')).not.toMatch(/spin up and shut down/);
    // The sentence that says which scales more easily, not the one on how each performs under load.
    expect(speed('our signups arrive in sudden rushes, can containers or vms scale out faster?')).toMatch(
      /^Scalability challenges are easier with containers/,
    );
    // A surge of traffic, however many times the usual, is load to scale out for.
    expect(speed('our ticket shop sees a 30x traffic surge when sales open, containers or vms?')).toMatch(
      /^Scalability challenges are easier with containers/,
    );
    // So is a load called spiky.
    expect(speed('players club app gets super spiky on friday nights, containers or vms to handle that')).toMatch(
      /^Scalability challenges are easier with containers/,
    );
    // So is a rush of requests, or a crowd refreshing, in the words people use for load.
    expect(speed('the booking app goes mental when the pubs shut, like 10x the requests at 2am. containers or vms')).toMatch(
      /^Scalability challenges are easier with containers/,
    );
    expect(speed('thousands of learners smash refresh at 6am, containers or vms for the slot api')).toMatch(
      /^Scalability challenges are easier with containers/,
    );
    // How each performs under load is a third claim of the same reason, at peak load too.
    expect(speed('how do containers and vms perform at peak load for our shop?')).toMatch(/^Under high load/);
    expect(speed('which performs better under high load, containers or vms?')).toMatch(/^Under high load/);
    expect(speed('we need containers or vms for fast startup')).toMatch(/spin up and shut down/);
    expect(speed()).toMatch(/spin up and shut down/);
  });

  it('draws caveats from the knowledge: least privilege, slower startup and licences, configuration care', () => {
    const texts = (answers: Answers) =>
      recommend(answers, source)
        .caveats.map((c) => c.evidence.text)
        .join(' ');
    expect(texts({ speed: 'high' })).toMatch(/least privilege/i);
    expect(texts({ isolation: 'high' })).toMatch(/slower to start|slower startup/i);
    expect(texts({ isolation: 'high' })).toMatch(/licens/i);
    expect(texts({ isolation: 'high', speed: 'high' })).toMatch(/configuration/i);
  });

  it('explains a close call with the answer that would tip it and the knowledge behind the other side', () => {
    const result = recommend({ speed: 'high', architecture: 'monolith' }, source);
    expect(result.closeCall?.summary).toMatch(/close call/);
    expect(result.closeCall?.summary).toContain('speed=low');
    expect(result.closeCall?.against[0]?.factor).toBe('architecture');
  });
});

describe('citations follow the knowledge', () => {
  const index = async (texts: string[]) => {
    const files = texts.map((text, i) => ({ path: `k${i}.md`, text }));
    return KnowledgeIndex.build((await passagesFromFilesAsync(files)).passages);
  };

  it('quotes a replaced knowledge folder, not a copy in the code', async () => {
    const custom = await index([
      '# Notes\n\n## Kernels\n\nOnly a virtual machine lets a workload load its own kernel modules; zebra crossings aside.\n\n## Start\n\nContainers start in milliseconds, which suits bursty scaling.\n',
    ]);
    const result = recommend({ kernel: 'custom' }, evidenceFromIndex(custom));
    expect(result.reasons[0]!.evidence).toEqual({
      source: 'k0.md',
      heading: 'Notes › Kernels',
      text: 'Only a virtual machine lets a workload load its own kernel modules; zebra crossings aside.',
    });
  });

  it('passes over a quote already used when another nearly as apt exists, and repeats it otherwise', async () => {
    const knowledge = await index([
      '# Notes\n\nContainers can run on virtual machines in most clouds. Containers on virtual machines need careful configuration.\n\nBananas are yellow and grow in bunches.\n',
    ]);
    const source = evidenceFromIndex(knowledge);
    const query = 'containers run on virtual machines';
    const best = source.find(query)!.text;
    expect(best).toBe('Containers can run on virtual machines in most clouds.');
    expect(source.find(query, new Set([best]))!.text).toBe('Containers on virtual machines need careful configuration.');
    const both = new Set([best, 'Containers on virtual machines need careful configuration.']);
    expect(source.find(query, both)!.text).toBe(best);
  });

  it('quotes a sentence that points back ("This isolation…") with the sentence it points at', async () => {
    const knowledge = await index([
      '# Notes\n\nVMs start slowly. Each VM runs its own kernel, which keeps tenants apart. This separation suits untrusted workloads from customers.\n',
    ]);
    expect(evidenceFromIndex(knowledge).find('untrusted workloads')!.text).toBe(
      'Each VM runs its own kernel, which keeps tenants apart. This separation suits untrusted workloads from customers.',
    );
    const reason = recommend({ isolation: 'high' }, evidenceFromIndex(knowledge)).reasons[0]!.evidence;
    expect(reason.text).toBe(
      'Each VM runs its own kernel, which keeps tenants apart. This separation suits untrusted workloads from customers.',
    );
    expect(isVerbatim(reason, knowledge.passages)).toBe(true);
  });

  it('falls back to whatever the knowledge holds when nothing matches', async () => {
    const unrelated = await index(['# Fruit\n\nBananas are yellow and grow in bunches on large plants.\n']);
    for (const answers of [{}, { kernel: 'custom' }, { speed: 'high', density: 'high' }] as Answers[]) {
      const result = recommend(answers, evidenceFromIndex(unrelated));
      expect(result.reasons.length).toBeGreaterThanOrEqual(1);
      expect(result.reasons[0]!.evidence.text).toBe('Bananas are yellow and grow in bunches on large plants.');
    }
  });

  it('still decides with empty knowledge, leaving out what it cannot quote', () => {
    const result = recommend({ kernel: 'custom' }, evidenceFromIndex(KnowledgeIndex.build([])));
    expect(result.recommendation).toBe('vms');
    expect(result.reasons).toEqual([]);
  });

  it('property: for any answers and any non-empty part of the knowledge, a reason quotes that part verbatim', () => {
    const passages = kb.index.passages;
    fc.assert(
      fc.property(answersArbitrary, fc.subarray([...passages], { minLength: 1 }), (answers, subset) => {
        const result = recommend(answers, evidenceFromIndex(KnowledgeIndex.build(subset)));
        expect(result.reasons.length).toBeGreaterThanOrEqual(1);
        for (const reason of result.reasons) expect(isVerbatim(reason.evidence, subset)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
