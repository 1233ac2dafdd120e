import { describe, expect, it } from 'vitest';
import { answer, KNOWN_WORD_LEXICON_SHARE, LEXICON_WEIGHT, processQuestion, searchPassages } from '../../../src/core/answer/answer.js';
import { KnowledgeIndex } from '../../../src/core/knowledge/knowledge-index.js';
import { GENERAL_LEXICON } from '../../../src/core/knowledge/general-lexicon.js';
import { terms } from '../../../src/core/knowledge/terms.js';
import { Lexicon, parseLexicon } from '../../../src/core/knowledge/lexicon.js';
import type { Passage } from '../../../src/core/knowledge/types.js';

const passage = (n: number, heading: string, text: string): Passage => ({ id: `k.md#${n}`, source: 'k.md', headings: ['K', heading], text });

describe('parseLexicon: the Solr/Elasticsearch synonym format', () => {
  it('reads equivalences, mappings and comments, and reports what it cannot read by line', () => {
    const { rules, problems } = parseLexicon([
      '# a comment line',
      'k8s, kubernetes   # a trailing comment',
      '',
      'boot, spin up, come online => start',
      'lonely',
      ' => start',
      'a => b => c',
      'vm,, virtual machine',
      'bad => the, a',
    ].join('\n'));
    expect(rules).toEqual([
      { from: ['k8s', 'kubernetes'], to: ['k8s', 'kubernetes'], equivalence: true, line: 2 },
      { from: ['boot', 'spin up', 'come online'], to: ['start'], equivalence: false, line: 4 },
      { from: ['vm', 'virtual machine'], to: ['vm', 'virtual machine'], equivalence: true, line: 8 },
    ]);
    expect(problems.map((p) => p.line)).toEqual([5, 6, 7, 9]);
    expect(problems.at(-1)!.reason).toContain('only stop words');
  });

  it('lists the mappings none of whose targets a knowledge uses, never an equivalence or a recommendation cue', () => {
    const lexicon = Lexicon.parse('k8s, kubernetes\nboot => start\ncons, downside => disadvantages, con\nspin up => start fast, warp speed\n');
    const knows = (term: string) => ['start', 'fast'].includes(term);
    expect(lexicon.unusedMappings(knows).map((r) => r.line)).toEqual([3]);
    expect(Lexicon.empty.unusedMappings(() => false)).toEqual([]);
  });

  it('matches whole phrases by their stems, stop words included, and nothing for part of a phrase', () => {
    const lexicon = Lexicon.parse('spin up, come online => start');
    expect([...lexicon.expandQuestion('the VMs are spinning up slowly').keys()]).toContain('start');
    expect([...lexicon.expandQuestion('they come online').keys()]).toContain('start');
    expect([...lexicon.expandQuestion('an online judge').keys()]).toEqual([]);
    expect(lexicon.expandQuestion('kernel modules').has('start')).toBe(false);
  });

  it('finds a phrasal verb whose particle stands up to two words apart, as people write it', () => {
    const MIGRATION = terms('migration')[0]!;
    const lexicon = Lexicon.parse('spin up => start\nmove to, move off, move from => migration');
    expect(lexicon.expandQuestion('spin the vm up').has('start')).toBe(true);
    expect(lexicon.expandQuestion('moving our vms to containers').has(MIGRATION)).toBe(true);
    expect(lexicon.expandQuestion('moving everything off vms').has(MIGRATION)).toBe(true);
    expect(lexicon.expandQuestion('steps for moving an app from a vm').has(MIGRATION)).toBe(true);
    // Three words apart is no phrasal verb; nor is a phrase whose second word is no particle.
    expect(lexicon.expandQuestion('moving all our old vms to containers').has(MIGRATION)).toBe(false);
    expect(Lexicon.parse('come online => start').expandQuestion('come back online').has('start')).toBe(false);
  });
});

describe('a lexicon applied to questions and passages alike', () => {
  const passages = [
    passage(0, 'Startup', 'Containers start in well under a second because there is no operating system to load.'),
    passage(1, 'Hardware', 'A virtual machine must boot its own kernel before the application can run.'),
    passage(2, 'Licences', 'Each guest operating system needs its own licence.'),
  ];
  // Without the general lexicon, which has rules of its own for "spin up".
  const withRule = KnowledgeIndex.build(passages, Lexicon.parse('boot, spin up => start', { general: false }));
  const without = KnowledgeIndex.build(passages, Lexicon.parse('', { general: false }));
  const top = (index: KnowledgeIndex, q: string) => searchPassages(index, q, 3)[0]?.passage.id;

  it('maps the left side to the right: "spin up" finds the passage that says "start"', () => {
    expect(top(without, 'how fast do they spin up')).toBeUndefined();
    expect(top(withRule, 'how fast do they spin up')).toBe('k.md#0');
  });

  it('and the passage side too: "start" finds a passage that only says "boot"', () => {
    const hits = searchPassages(withRule, 'what must a VM start first', 3).map((h) => h.passage.id);
    expect(hits).toContain('k.md#1');
    expect(searchPassages(without, 'what must a VM start first', 3).map((h) => h.passage.id)).not.toContain('k.md#1');
  });

  it('an equivalence works both ways', () => {
    const index = KnowledgeIndex.build(passages, Lexicon.parse('licence, subscription'));
    expect(top(index, 'subscription per guest')).toBe('k.md#2');
    const reverse = KnowledgeIndex.build([passage(0, 'Billing', 'A subscription is charged per socket.')], Lexicon.parse('licence, subscription'));
    expect(top(reverse, 'licence per socket')).toBe('k.md#0');
  });

  it('weighs lexicon words below the words asked', () => {
    const query = processQuestion('spin up', withRule.lexicon);
    expect(query.weights.get('spin')).toBe(1);
    expect(query.weights.get('start')).toBeLessThan(1);
  });

  it('weighs what it adds to a word the knowledge uses below what it adds to a word it never uses', () => {
    const index = KnowledgeIndex.build(passages, Lexicon.parse('guest, seat => licence'));
    const known = processQuestion('guest', index.lexicon, index);
    const unknown = processQuestion('seat', index.lexicon, index);
    expect(index.hasTerm('guest')).toBe(true);
    expect(index.hasTerm('seat')).toBe(false);
    expect(known.weights.get('licenc')).toBeCloseTo(LEXICON_WEIGHT * KNOWN_WORD_LEXICON_SHARE);
    expect(unknown.weights.get('licenc')).toBeCloseTo(LEXICON_WEIGHT);
  });

  it('but what a phrase of known words adds weighs fully: the phrase means more than its words', () => {
    const index = KnowledgeIndex.build(passages, Lexicon.parse('guest operating system => licence', { general: false }));
    expect(['guest', 'oper', 'system'].every((t) => index.hasTerm(t))).toBe(true);
    expect(processQuestion('a guest operating system', index.lexicon, index).weights.get('licenc')).toBeCloseTo(LEXICON_WEIGHT);
  });

  it('weighs the words of an idiom it writes wholly in other words below the words asked', () => {
    const billing = [
      passage(0, 'Cloud security', 'Containers improve cloud security by limiting the attack surface.'),
      passage(1, 'Costs', 'Containers can be more cost effective than one licence per guest.'),
    ];
    const index = KnowledgeIndex.build(billing, Lexicon.parse('cloud bill => cost effective', { general: false }));
    const query = processQuestion('does the cloud bill go down with containers', index.lexicon, index);
    expect(query.weights.get('cloud')).toBeLessThan(1);
    expect(query.weights.get('bill')).toBeLessThan(1);
    expect(query.weights.get('contain')).toBe(1);
    expect(top(index, 'does the cloud bill go down with containers')).toBe('k.md#1');
    // Not when the knowledge writes the phrase itself, nor for a phrase meaning its own word family.
    const written = KnowledgeIndex.build(
      [...billing, passage(2, 'Bills', 'Read the cloud bill monthly.')],
      Lexicon.parse('cloud bill => cost effective\nscale out => scalability', { general: false }),
    );
    expect(processQuestion('does the cloud bill go down', written.lexicon, written).weights.get('cloud')).toBe(1);
    expect(processQuestion('how fast do they scale out', written.lexicon, written).weights.get('scale')).toBe(1);
  });

  it('is kept in the index JSON, so a cached index expands questions the same way', async () => {
    const restored = await KnowledgeIndex.fromJSONAsync(withRule.toJSON());
    expect(restored.lexicon.source).toBe(withRule.lexicon.source);
    expect(answer(restored, 'how fast do they spin up')).toEqual(answer(withRule, 'how fast do they spin up'));
  });
});

describe('the general lexicon (ops words every knowledge shares)', () => {
  const docs = [
    passage(0, 'podman exec', 'Execute a command in a running container with podman exec.'),
    passage(1, 'Memory', 'The --memory option sets the memory limit of a container.'),
  ];

  it('is read without problems, and has rules', () => {
    const parsed = parseLexicon(GENERAL_LEXICON);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rules.length).toBeGreaterThan(100);
  });

  it('maps what people ask to what docs say, in any knowledge, even one with no synonyms.txt', () => {
    const index = KnowledgeIndex.build(docs);
    expect(index.lexicon.expandQuestion('how do i get a shell in it').has('exec')).toBe(true);
    // To cap something is to limit it, whatever is capped.
    for (const q of ['cap a container at 2 cpus', 'how do i cap it', 'can we cap each pod']) {
      expect(index.lexicon.expandQuestion(q).has('limit'), q).toBe(true);
    }
    expect(searchPassages(index, 'how much ram may it use', 3)[0]?.passage.id).toBe('k.md#1');
    // Changing a running container's limits is what "update" does; what uses the disk, what "df" shows.
    expect(index.lexicon.expandQuestion('change the limits of a running container without recreating it').has('updat')).toBe(true);
    expect(index.lexicon.expandQuestion('what is using space on the host').has('df')).toBe(true);
    // A container that is already running has its memory changed by "update"; a non-image file in a registry is an
    // artifact (round-45 A/B check C5, C3).
    expect(index.lexicon.expandQuestion('change the memory limit of a container that is already running').has('updat')).toBe(true);
    // Not every question about a running container (first round-45 review: exec and cp questions).
    expect(index.lexicon.expandQuestion('how do I exec into a container that is already running?').has('updat')).toBe(false);
    expect(index.lexicon.expandQuestion('store a non-image file, like a config bundle, in a registry').has('artifact')).toBe(true);
    // Time to shut down cleanly is a stop timeout.
    expect(index.lexicon.expandQuestion('it needs 60s to shut down cleanly but gets killed too early').has('timeout')).toBe(true);
    // Freezing a running container with its memory state is a checkpoint.
    expect(index.lexicon.expandQuestion('freeze a running container and bring it back with its memory state').has('checkpoint')).toBe(true);
    // Round-46 A/B check: a password handed to a container is a secret, memory got back from a guest the balloon's,
    // a host and guest talking without networking vsock, Kubernetes YAML run without a cluster "kube play".
    const expands = (q: string, term: string) => expect(index.lexicon.expandQuestion(q).has(term), `${q} → ${term}`).toBe(true);
    expands('give a podman container a database password without an env var', 'secret');
    expands('how do I get memory back from a firecracker guest', 'balloon');
    expands('how can a process on the host talk to a guest without networking', 'vsock');
    expands('run a Kubernetes YAML file with podman without a cluster', 'plai');
    expands("save the changes I made inside a container as a new image", 'commit');
    expands("move a named volume's data to another host", 'export');
    // Round-47 A/B check: a guest named by its OS asks which guest operating systems are supported.
    expands('Does firecracker run Windows guests?', 'oper');
    // Containers that reach each other by name communicate over a network's DNS.
    expands('how do two containers reach each other by name', 'commun');
    expands('how do two containers reach each other by name', 'dn');
    const bare = KnowledgeIndex.build(docs, Lexicon.parse('', { general: false }));
    expect(searchPassages(bare, 'how much ram may it use', 3)).toEqual([]);
  });

  it('applies to questions only: a passage that says "get a shell" gains no "exec"', () => {
    expect(Lexicon.empty.expandPassage('To get a shell, attach to the console.')).not.toContain('exec');
    expect(Lexicon.parse('get a shell => exec').expandPassage('To get a shell, attach to the console.')).toContain('exec');
  });

  it('names no concept of the domain, so the gate does not count it as one', () => {
    const lexicon = Lexicon.empty;
    expect(lexicon.expandQuestion('my box ran out of ram').size).toBeGreaterThan(0);
    expect(lexicon.conceptsIn('my box ran out of ram')).toBe(0);
    expect(lexicon.knows('exec')).toBe(false);
    expect(lexicon.targetsByTerm('how much ram', true).size).toBe(0);
    expect(lexicon.targetsByTerm('how much ram').get('ram')).toContain('memori');
    // "app" is documentation's "application", to find passages, but no concept of the domain.
    expect(lexicon.targetsByTerm('which apps need their own os').get('app')).toContain('applic');
    expect(lexicon.conceptsIn('a dockerfile for a python flask app')).toBe(0);
  });

  it('is kept out of a restored index when it was left out of the built one', async () => {
    const bare = KnowledgeIndex.build(docs, Lexicon.parse('', { general: false }));
    const restored = await KnowledgeIndex.fromJSONAsync(bare.toJSON());
    expect(restored.lexicon.general).toBe(false);
    expect((await KnowledgeIndex.fromJSONAsync(KnowledgeIndex.build(docs).toJSON())).lexicon.general).toBe(true);
  });
});
