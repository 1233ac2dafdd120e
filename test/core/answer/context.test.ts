import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, processQuestion } from '../../../src/core/answer/answer.js';
import {
  answerInContext,
  CONTEXT_WEIGHT,
  dependsOnContext,
  isQuestion,
  withContext,
  withSidesExchanged,
} from '../../../src/core/answer/context.js';
import { readQuestion, sumsUpThread, wantsOneAspect, withoutFormWanted } from '../../../src/core/answer/reading.js';
import { KnowledgeIndex } from '../../../src/core/knowledge/knowledge-index.js';
import { Lexicon } from '../../../src/core/knowledge/lexicon.js';
import { splitFile } from '../../../src/core/knowledge/split.js';

let index: KnowledgeIndex;
// The same article with the knowledge folder's lexicon, as the bot reads it.
let withLexicon: KnowledgeIndex;
beforeAll(() => {
  const text = readFileSync(new URL('../../../knowledge/containers-vs-vms.md', import.meta.url), 'utf8');
  index = KnowledgeIndex.build(splitFile({ path: 'containers-vs-vms.md', text }));
  const lexicon = Lexicon.parse(readFileSync(new URL('../../../knowledge/synonyms.txt', import.meta.url), 'utf8'));
  withLexicon = KnowledgeIndex.build(splitFile({ path: 'containers-vs-vms.md', text }), lexicon);
});

describe('isQuestion()', () => {
  it('reads "when" as a question only before an auxiliary (round-45 closing A/B check)', () => {
    for (const text of ['when does it start', "when's the next release", 'when is it better to use vms'])
      expect(isQuestion(text), text).toBe(true);
    for (const text of ["when snow's forecast it gets about 25x the normal load overnight", 'when we deploy it crashes'])
      expect(isQuestion(text), text).toBe(false);
  });

  it('reads a word of the thread then "how" as a question, and not "i know how" or "no idea how"', () => {
    expect(isQuestion('lighter how exactly')).toBe(true);
    for (const text of ['i know how', 'no idea how', 'dunno how', 'thats how', 'see how', 'lol how']) {
      expect(isQuestion(text), text).toBe(false);
    }
    // However many spaces follow, it is read at once (a pattern with three adjacent runs had taken
    // seconds on a few hundred).
    expect(isQuestion(`lighter how${' '.repeat(5000)}z`)).toBe(false);
  });

  it('reads "why vms" as the case for that side, asked alone or as the same of another (blind thread set seed-27)', () => {
    for (const [q, context] of [
      ['why vms', undefined],
      ['now the same for vms', ['tweet length: why containers']],
    ] as const) {
      const reply = answer(withLexicon, q, context ? { context: [...context] } : {});
      expect(reply.answered, q).toBe(true);
      expect(reply.passages[0]!.snippet, q).toMatch(/stronger isolation/);
    }
  });

  it('reads "3 bullets for the VM side" as its case, and "reword it with no jargon" as the answer again, plainer (blind thread set seed-28)', () => {
    const side = answer(withLexicon, 'give me 3 bullets for the VM side', {
      context: ['do VMs have any advantage anymore or is everyone just on containers'],
    });
    expect(side.answered).toBe(true);
    expect(side.passages[0]!.snippet).toMatch(/stronger isolation/);
    const plainer = answer(withLexicon, 'can you reword it with no jargon at all', {
      context: ['In one sentence, the downside of VMs for my manager?'],
    });
    expect(plainer.answered).toBe(true);
    expect(plainer.passages[0]!.snippet).toMatch(/VMs/);
    expect(answer(withLexicon, 'less jargon pls', { context: ['In one sentence, the downside of VMs for my manager?'] }).answered).toBe(
      true,
    );
    // Weak points are no case for the side (first round-45 review).
    expect(
      answer(withLexicon, 'what are the weak points for the VM side?', { context: ['do VMs have any advantage anymore'] }).passages[0]
        ?.snippet,
    ).not.toMatch(/^Container security is complex due to shared kernel vulnerabilities, whereas VMs/);
    // Who will read it, after the ask; the answer alone in a word (blind thread set seed-29: declined).
    for (const q of ['reword that without any jargon please, the owner will read it', 'just the answer, one word'])
      expect(answer(withLexicon, q, { context: ['containers or VMs for our booking app? one central API'] }).answered, q).toBe(true);
    expect(answer(withLexicon, 'just the answer to my question about dns', { context: ['what is a hypervisor?'] }).answered).toBe(false);
    // Where it is going, a real scenario (blind thread set seed-19: declined).
    expect(sumsUpThread('3 bullets max, going in a board deck')).toBe(true);
    expect(sumsUpThread('the report is going in a deck')).toBe(false);
    // Too long, then how short (blind thread set seed-31: declined); not something else that takes too long.
    for (const q of ['TOO LONG. THREE BULLETS MAX.', "too long, didn't read", 'too long, tl;dr?']) expect(sumsUpThread(q), q).toBe(true);
    // Nor (second round-48 review) a reaction to a duration: "that's way too long" after "they take 4 minutes each".
    for (const q of ['too long a wait for the build', 'the build takes too long', "that's way too long", 'way too long'])
      expect(sumsUpThread(q), q).toBe(false);
    expect(answer(withLexicon, 'name one real scenario', { context: ['why would anyone still pick a VM in 2026?'] }).answered).toBe(true);
    // Only who will read it: what the board wants or the client's site being down is told, not asked (first round-46 review).
    for (const q of ['in simple terms, the board wants everything on VMs', "shorter, the client's site is down again"])
      expect(sumsUpThread(q), q).toBe(false);
    // Jargon told of, not asked away, is no re-ask.
    expect(answer(withLexicon, 'our wiki is full of jargon', { context: ['what is a hypervisor?'] }).answered).toBe(false);
  });

  it('reads "why containers?" after a failure there as why it fails, and judges wording only as the whole follow-up (first round-44 review)', () => {
    const crash = answer(withLexicon, 'why containers?', { context: ['our app crashes only inside the container, not on the vm'] });
    expect(crash.passages[0]!.snippet).not.toMatch(/^Containers offer lightweight, rapid deployment/);
    // A move away from the other side's failures still asks the case for the side (second round-44 review).
    const moving = answer(withLexicon, 'why containers?', { context: ["our VMs keep crashing at night, so we're moving to containers"] });
    expect(moving.passages[0]!.snippet).not.toMatch(/Keep backups handy/);
    const cgroups = answer(withLexicon, 'is there a good description of cgroups somewhere?', {
      context: ['how do containers limit memory?'],
    });
    expect(cgroups.answered).toBe(false);
  });

  it("reads a request for one aspect of the thread's answer as a question, its layout no word of its own", () => {
    // Blind thread set seed-23: "just the cons, as bullets" after "pros and cons of VMs?" was declined.
    for (const text of [
      'just the cons',
      'only the downsides pls',
      'the risks only',
      'just the cons, as bullets',
      'ok just the cons then',
      'give me just the cons',
    ]) {
      expect(wantsOneAspect(text), text).toBe(true);
    }
    for (const text of ['just the usual', 'only the best', 'the cons of remote work, as bullets please'])
      expect(wantsOneAspect(text), text).toBe(false);
    // Alone in a channel it asks nothing (first round-44 review: "the advantages only" had been answered unasked).
    expect(isQuestion('the advantages only')).toBe(false);
    // The layout is read at the end of a message only, however long (first round-44 review: seconds on 40,000 characters).
    const long = `a${' '.repeat(40_000)}as a table${' '.repeat(40_000)}z`;
    expect(withoutFormWanted(long)).toBe(long);
    for (const q of ['just the cons, as bullets', 'just the cons', 'only the downsides, as a list']) {
      const reply = answer(withLexicon, q, { context: ['pros and cons of VMs?'] });
      expect(reply.answered, q).toBe(true);
      expect(reply.passages[0]!.text, q).toMatch(/VMs (?:may experience performance drops|can be slightly slower)/);
    }
  });

  it('leaves chatter ending in "how" unanswered in a thread', () => {
    for (const text of ['thats how', 'see how', 'anyway how', 'exactly how']) {
      expect(answer(withLexicon, text, { context: ['are containers lighter than vms?'] }).answered, text).toBe(false);
    }
    expect(answer(withLexicon, `wasteful how${' '.repeat(5000)}z?`, { context: ['vms are so wasteful'] }).answered).toBe(true);
  });

  it('leaves a message that says it is not for the thread unanswered', () => {
    // Blind thread set seed-22: its "windows" had found the OS-compatibility line.
    const context = ['do VMs each need their own OS install?'];
    const aside = "sorry wrong thread but whoever keeps opening the windows in the server room, please stop, it's freezing";
    expect(answer(withLexicon, aside, { context }).answered).toBe(false);
    expect(answer(withLexicon, 'oops, wrong channel', { context }).answered).toBe(false);
    // Without the words that say so, the same thread's follow-up is answered.
    expect(answer(withLexicon, 'and do containers need one too?', { context }).answered).toBe(true);
  });
});

describe('dependsOnContext()', () => {
  it.each([
    'does that need any special configuration?',
    'what about cost?',
    'why?',
    'and licensing?',
    'is it safe?',
    'what do i need to watch out for networking-wise?',
    'what do we need to watch for networking wise',
    // Kinds or ones of what the thread named.
    'what kinds dont fit well',
    'which ones need kernel modules',
    // More of what the thread is about.
    'ok what else should i harden on the host itself',
  ])('"%s" leans on what came before', (q) => {
    expect(dependsOnContext(q)).toBe(true);
  });
  it.each([
    'Can containers run on virtual machines?',
    'How do containers impact cloud security compared to VMs?',
    // "wise" the adjective, not an aspect.
    'would sharing one kernel across tenants be wise?',
    'is sharing the kernel across tenants wise?',
    'what kinds of workloads need kernel modules?',
    // Someone else, not more of the thread.
    'is the vpn down for anyone else',
  ])('"%s" stands on its own', (q) => {
    expect(dependsOnContext(q)).toBe(false);
  });
});

describe('withContext()', () => {
  it('adds the earlier question below the words asked, older questions lower still, and keeps the own words', () => {
    const own = processQuestion('what about cost?');
    const query = withContext(own, [processQuestion('are hypervisors secure?'), processQuestion('why are containers lightweight?')]);
    expect(query.weights.get('cost')).toBe(1);
    expect(query.weights.get('lightweight')).toBe(CONTEXT_WEIGHT);
    expect(query.weights.get('hypervisor')).toBe(CONTEXT_WEIGHT / 2);
    expect(query.terms).toEqual([...query.weights.keys()]);
  });

  it('does not change its inputs', () => {
    const own = processQuestion('why?');
    const before = processQuestion('are VMs more secure than containers?');
    const size = before.weights.size;
    withContext(own, [before]);
    expect(own.terms).toEqual([]);
    expect(before.weights.size).toBe(size);
  });
});

describe('answer() with context', () => {
  const earlier = 'Can containers run on virtual machines?';

  it('answers a follow-up that needs the earlier question, and only with it', () => {
    const alone = answer(index, 'does that need any special configuration?');
    const followUp = answer(index, 'does that need any special configuration?', { context: [earlier] });
    expect(alone.answered).toBe(false);
    expect(followUp.answered).toBe(true);
    expect(followUp.passages[0]!.heading).toMatch(/Can Containers Run on Virtual Machines/);
    expect(followUp.passages[0]!.snippet).toMatch(/configuration/);
  });

  it("says only the follow-up's own typos, not those of the question before it", () => {
    const earlier = 'can contianers run on virtual machnies?';
    expect(answer(index, 'does that need any special configuration?', { context: [earlier] }).corrections).toBeUndefined();
    expect(answer(index, 'does that need any special confgiuration?', { context: [earlier] }).corrections).toEqual([
      { from: 'confgiuration', to: 'configuration' },
    ]);
  });

  it('answers "why?" as the earlier question', () => {
    const result = answer(index, 'why?', { context: ['are VMs more secure than containers?'] });
    expect(answer(index, 'why?').answered).toBe(false);
    expect(result.answered).toBe(true);
    // With no words of its own, its short answer is the earlier question's reason.
    const synonyms = readFileSync(new URL('../../../knowledge/synonyms.txt', import.meta.url), 'utf8');
    const shipped = KnowledgeIndex.build(index.passages, Lexicon.parse(synonyms));
    const why = answer(shipped, 'why is that?', { context: ['are containers secure enough for untrusted code'] });
    expect(why.passages[0]!.snippet).toMatch(/stronger isolation because each VM runs its own complete OS/);
  });

  it("ranks a follow-up with no words of its own as its thread's question is ranked", () => {
    const thread = ['is the container approach good for microservices?'];
    const alone = answer(withLexicon, thread[0]!);
    const why = answer(withLexicon, 'why specifically', { context: thread });
    // Not the migration FAQ's "This strategic approach helps you…", which only shares "approach".
    expect(why.passages[0]!.heading).toBe(alone.passages[0]!.heading);
    expect(why.passages[0]!.snippet).toMatch(/microservices/);
  });

  it('answers "and each container?" as the question before, asked of the other thing', () => {
    const other = answer(withLexicon, 'and each container?', { context: ['does each vm run its own full os'] });
    expect(other.passages[0]!.snippet).toMatch(/^Containers\b.*share the host/);
    const vms = answer(withLexicon, 'and for vms?', { context: ['are containers a good fit for microservices'] });
    expect(vms.passages[0]!.snippet).toMatch(/virtual machines serve well/);
  });

  it('answers "what\'s the equivalent for containers?" as what the thread named, asked of the other thing', () => {
    const thread = ['vms are managed by a hypervisor', 'right, the hypervisor carves up the physical hardware'];
    for (const q of ["what's the equivalent for containers", 'and the counterpart for containers?']) {
      const a = answer(withLexicon, q, { context: thread });
      expect(a.answered, q).toBe(true);
      expect(a.passages[0]!.snippet, q).toMatch(/containers use orchestration platforms, while VMs rely on hypervisors/);
    }
    // Alone it names nothing the knowledge answers.
    expect(answer(withLexicon, "what's the equivalent for containers").answered).toBe(false);
  });

  it('answers no thanks or decision reported in a thread, and offers no closest match to one alone', () => {
    const thread = ['Can you summarise when to pick VMs over containers?'];
    for (const q of [
      "Thanks a lot, I'll share this with the team.",
      "We've decided: containers for the web tier, starting next sprint.",
      // Or to leave it where it runs (round-38 A/B check: answered with three passages).
      "Right, we'll just leave it on the VM it's on",
    ]) {
      expect(answer(withLexicon, q, { context: thread }).answered, q).toBe(false);
    }
    expect(answer(withLexicon, "We've decided: containers for the web tier, starting next sprint.").answered).toBe(false);
    // One that says what it is about alone is still answered; a question after thanks still is.
    expect(answer(withLexicon, 'thanks, that clears up the shared kernel thing')).toMatchObject({ answered: true, confidence: 'high' });
    expect(answer(withLexicon, 'thanks! and do containers start faster?', { context: thread }).answered).toBe(true);
    // Nor one that asks, hedges or worries after it (round-37 review).
    for (const q of [
      'thanks. explain how containers share the host kernel',
      "ok we'll go with vms. how do we handle licensing",
      'thinking of going with containers, but the shared kernel worries me',
      'we went with containers. any gotchas with networking',
    ]) {
      expect(answer(withLexicon, q, { context: thread }).answered, q).toBe(true);
    }
    // Thanks that only say what the asker will do next are still thanks (second review).
    for (const q of ["thanks, I'll also share it with the ops team", 'thanks, now I know which one to pick']) {
      expect(answer(withLexicon, q, { context: thread }).answered, q).toBe(false);
    }
  });

  it('answers "is this a normal thing people do?" as what the thread named', () => {
    const thread = ['is possible to run many containers inside one VM?', 'yes we do that'];
    for (const q of ['and is this normal thing people do or weird?', 'do people actually do that?', 'is that a weird setup?']) {
      const a = answer(withLexicon, q, { context: thread });
      expect(a.answered, q).toBe(true);
      expect(a.passages[0]!.heading, q).toMatch(/Can Containers Run on Virtual Machines/);
    }
    // Of something else, what is usual is chatter.
    expect(answer(withLexicon, 'is that normal?', { context: ['lunch is at noon today'] }).answered).toBe(false);
    expect(answer(withLexicon, 'is this normal weather?', { context: ['is it cold in the office'] }).answered).toBe(false);
  });

  it("answers whether the thread's claim holds, however the follow-up judges it (blind thread set seed-21)", () => {
    const heard = ['heard on a podcast that regulated industries avoid containers because the isolation is weaker'];
    const fair = answer(withLexicon, 'is that a fair point or outdated', { context: heard });
    expect(fair.answered).toBe(true);
    expect(
      fair.passages
        .slice(0, 3)
        .map((p) => p.snippet)
        .join(' '),
    ).toMatch(/isolat/i);
    const vendor = ['a vendor told us their appliance has to be a VM, not a container'];
    const legit = answer(withLexicon, 'is that a legit requirement or are they just lazy?', { context: vendor });
    expect(legit.answered).toBe(true);
    expect(legit.passages[0]!.snippet).toMatch(/better suited for applications requiring full OS compatibility/);
    // Blind thread set seed-25: declined.
    const story = answer(withLexicon, 'is that really the whole story or is my coworker oversimplifying', {
      context: ['tl;dr containers vs vms?', 'containers = light, VMs = isolated, basically'],
    });
    expect(story.answered).toBe(true);
    // Blind thread set seed-26: declined.
    const hype = answer(withLexicon, 'is he right or is that just hype', {
      context: ['our tech lead said in standup that VMs are dead and containers won'],
    });
    expect(hype.answered).toBe(true);
    expect(answer(withLexicon, 'is that just hype?', { context: ['the new coffee machine makes great espresso'] }).answered).toBe(false);
    // After a question, not a claim, the same words ask what they say (round-38 review).
    expect(answer(withLexicon, 'how accurate is it?', { context: ['how do containers limit CPU?'] }).confidence).not.toBe('high');
    // Of something else, a fair point is chatter.
    expect(answer(withLexicon, 'is that a fair point?', { context: ['the canteen should open earlier'] }).answered).toBe(false);
    // Whether the wording holds, after a question put as a claim, and from a joke to the question (blind thread set seed-27).
    const joke = ['sarcasm incoming: so containers are just vms that forgot their kernel at home?'];
    for (const q of ['genuinely tho, is that a fair way to put it', 'jokes aside, is that a fair description?']) {
      const reply = answer(withLexicon, q, { context: joke });
      expect(reply.answered, q).toBe(true);
      expect(
        reply.passages
          .slice(0, 2)
          .map((p) => p.text)
          .join(' '),
        q,
      ).toMatch(/share the host OS kernel/);
    }
    expect(answer(withLexicon, 'is that a fair way to put it', { context: ['the canteen should open earlier'] }).answered).toBe(false);
  });

  it('reads past a pause, who else holds the claim, and "FUD" (blind thread set seed-24)', () => {
    const claim = ['containers are just faster VMs right'];
    expect(answer(withLexicon, 'wait is that actually wrong? my tech lead says exactly that', { context: claim }).answered).toBe(true);
    const kernel = ['so containers are less secure', 'kind of, they share a kernel'];
    const fud = answer(withLexicon, 'that sounds like FUD honestly. plenty of banks run containers in prod', { context: kernel });
    expect(fud.answered).toBe(true);
    expect(fud.passages[0]!.snippet).toMatch(/least privileges/);
    // A pause before chatter is still chatter.
    expect(answer(withLexicon, 'wait, is the canteen open today?', { context: claim }).answered).toBe(false);
  });

  it("reads a name only the thread's earlier messages say as where it stands, and one the follow-up says as what it asks", () => {
    const context = ['licences for our vm hosts are getting pricey', 'per-core Zorbware pricing got brutal after the Zorbcom deal'];
    const followUp = answer(withLexicon, 'would containers help with that?', { context });
    expect(followUp.answered).toBe(true);
    expect(followUp.passages[0]!.heading).toMatch(/Licensing/);
    expect(answer(withLexicon, 'would Zorbcom help with that?', { context })).toMatchObject({
      answered: false,
      abstainReason: 'unknown-entity',
    });
  });

  it('answers "and the reverse?" as the thread\'s question with its two sides exchanged', () => {
    expect(withSidesExchanged('what are the advantages of VMs over containers?')).toBe('what are the advantages of containers over VMs?');
    expect(withSidesExchanged('can containers run inside virtual machines?')).toBe('can virtual machines run inside containers?');
    // One side written two ways is still one side; a verb that stems as a side is none.
    expect(withSidesExchanged('what are the advantages of virtual machines (VMs) over containers?')).toBe(
      'what are the advantages of containers (containers) over virtual machines?',
    );
    expect(withSidesExchanged('are docker containers lighter than vms?')).toBe('are vms lighter than docker containers?');
    expect(withSidesExchanged('how fast do containers start?')).toBeUndefined();
    const context = ['what are the advantages of VMs over containers?'];
    for (const q of ['and the reverse?', 'vice versa?', 'and the other way round?']) {
      const reverse = answer(withLexicon, q, { context });
      expect(reverse.answered, q).toBe(true);
      expect(reverse.passages[0]!.snippet, q).not.toMatch(/virtual machines offer a different set of advantages/);
      expect(reverse.passages[0]!.id, q).toBe(answer(withLexicon, 'what are the advantages of containers over VMs?').passages[0]!.id);
      expect(reverse.passages[0]!.snippet, q).toMatch(/^You might choose containers when you need agility and speed/);
    }
    // Exchanged, a question the knowledge answers with the same quote tells nothing new: a closest match at most.
    for (const q of ['the opposite?', 'vice versa?']) {
      const opposite = answer(withLexicon, q, { context: ['can containers run inside virtual machines?'] });
      expect(opposite.confidence, q).not.toBe('high');
    }
  });

  it('answers "and vms?" after a question on containers with a sentence about VMs, not one about containers naming VMs too', () => {
    const vms = answer(withLexicon, 'and vms?', { context: ['how fast do containers start?'] });
    expect(vms.answered).toBe(true);
    expect(vms.passages[0]!.snippet).toMatch(/^VMs\b.*slower/);
  });

  it('reads an autoscaling group ("asg") as scaling: "but vms autoscale too? asg exists" gets the VMs\' slower scaling', () => {
    const asg = answer(withLexicon, 'but vms autoscale too? asg exists', { context: ['@bot VMs vs containers for spiky traffic'] });
    expect(asg.answered).toBe(true);
    expect(asg.passages[0]!.snippet).toMatch(/VMs may experience performance drops/);
  });

  it('answers "and for vms?" after the downside of containers with a drawback of VMs', () => {
    const vms = answer(withLexicon, 'and for vms?', { context: ["what's the main downside of containers"] });
    expect(vms.answered).toBe(true);
    expect(vms.passages[0]!.snippet).toMatch(/^VMs may experience performance drops/);
    // A question of its own after the side is its own.
    const own = answer(withLexicon, "and for vms, what's the licensing story?", { context: ['what are the benefits of containers?'] });
    expect(own.passages[0]!.heading).toMatch(/Licensing/);
    // "same question but for containers" asks it so too (blind thread set seed-25: the load passage).
    const same = answer(withLexicon, 'same question but for containers', {
      context: ['what are the main downsides of VMs', "mostly they're heavy and slow to boot"],
    });
    expect(same.passages[0]!.snippet).toMatch(/security/i);
    for (const q of [
      'same question, but for containers',
      'now same question re containers',
      // Second round-42 review.
      'same question for containers pls',
      'and the same question for containers',
      'same qn for containers',
      'what about the same for containers',
    ]) {
      const again = answer(withLexicon, q, { context: ['what are the main downsides of VMs', "mostly they're heavy and slow to boot"] });
      expect(again.passages[0]!.snippet, q).toMatch(/security/i);
    }
  });

  it('answers "can that happen with vms too?" as "and for vms?" asks it', () => {
    const context = ["what's a container escape?"];
    for (const q of ['can that happen with vms too?', 'does that happen with vms as well?', 'is that a problem with vms too?']) {
      const vms = answer(withLexicon, q, { context });
      expect(vms.answered, q).toBe(true);
      expect(vms.passages[0]!.snippet, q).toMatch(/contain security breaches/);
    }
    // Alone it asks nothing the knowledge answers.
    expect(answer(withLexicon, 'can that happen with vms too?').answered).toBe(false);
  });

  it('reads a drawn-out "whyy" or "reallyyy?" as the word it draws out, not a name, flag or address', () => {
    const context = ['are vms more secure than containers'];
    for (const q of ['whyy', 'reallyyy?']) expect(answer(withLexicon, q, { context }).answered, q).toBe(true);
    for (const q of ['Soo-jin said so', 'podman --noo', 'see fooo.io']) expect(readQuestion(withLexicon, q).text, q).toBe(q);
  });

  it('answers "explain like im not technical", "for a non technical person" as the thread\'s question again', () => {
    const context = ['how many containers can I fit on a host vs VMs?'];
    const thread = answer(withLexicon, context[0]!);
    for (const q of ['explain like im not technical', 'explain it for a non technical person']) {
      expect(answer(withLexicon, q, { context }).passages[0]?.id, q).toBe(thread.passages[0]!.id);
    }
  });

  it('answers "give an example", "like what?" as the thread\'s question again', () => {
    const context = ['why do VMs use more memory than containers?'];
    const thread = answer(withLexicon, context[0]!);
    expect(thread.answered).toBe(true);
    for (const q of ['give an example', 'example pls', 'can you give a concrete example?', 'like what?']) {
      const again = answer(withLexicon, q, { context });
      expect(again.answered, q).toBe(true);
      expect(again.passages[0]!.id, q).toBe(thread.passages[0]!.id);
    }
    // An example of something else asks about that; alone, or after chatter, it asks nothing.
    expect(answer(withLexicon, 'an example of a hypervisor?', { context }).passages[0]?.id ?? '').not.toBe(thread.passages[0]!.id);
    expect(answer(withLexicon, 'give an example').answered).toBe(false);
    expect(answer(withLexicon, 'give an example', { context: ['lunch at 12?'] }).answered).toBe(false);
  });

  it('answers "gimme the top reason", "whats the main reason" as the thread\'s question again', () => {
    const context = ['why would anyone still use vms in 2024'];
    const thread = answer(withLexicon, context[0]!);
    expect(thread.passages[0]!.snippet).toMatch(/virtual machines offer a different set of advantages/);
    for (const q of ['gimme the top reason', 'whats the main reason', 'short version?', 'name one real reason. just one']) {
      const again = answer(withLexicon, q, { context });
      expect(again.answered, q).toBe(true);
      expect(again.passages[0]!.id, q).toBe(thread.passages[0]!.id);
    }
    // Alone, or after chatter, it asks nothing the knowledge answers.
    expect(answer(withLexicon, 'gimme the top reason').answered).toBe(false);
    expect(answer(withLexicon, 'whats the main reason', { context: ['lunch at 12?'] }).answered).toBe(false);
  });

  it('answers "tl;dr pls", "eli5", "in english pls, im not infra" as the thread\'s question again', () => {
    const context = ['@bot what is the density difference containers vs vms'];
    const thread = answer(withLexicon, context[0]!);
    expect(thread.answered).toBe(true);
    for (const q of [
      'tl;dr pls',
      'eli5',
      'in english pls, im not infra',
      'can u give shorter, my manager will read',
      'simpler pls',
      'in one line?',
      'in a nutshell',
      'one word',
      // How short, after it or instead of it; for whom, without a comma.
      'shorter. 2 lines max',
      'shorter, 3 sentences tops',
      'give me 3 bullets for my manager',
      'give me 3 bullets for my manager pls',
      'shorter, 3 bullet points',
      '2 lines max',
      'tl;dr in one line',
      'bottom line, in 2 sentences',
      // For someone with no jargon at all, "now" first.
      "now explain it like i'm my grandma",
      // Or for someone outside engineering.
      "explain like I'm a product manager pls",
      "like i'm a cfo?",
      "explain like I'm an executive",
      // Politeness before how short; who reads it, with how long they have (blind thread set seed-22).
      'tl;dr plz, 2 lines max',
      'explain like im a sales manager who has 20 seconds',
      // Laid out, for someone outside the trade, or a manager's version after a murmur (blind thread set seed-24).
      'put that in a 2 column table plz',
      'as bullets?',
      "explain it like I'm a ferry ticket clerk",
      'mm ok. can you give me the manager version in two sentences',
      // Its reason in brief, or as a checklist for where it will be pasted (blind thread set seed-25).
      'explain why in one sentence',
      'make it a checklist i can paste into our wiki',
      'can u turn that into a checklist so i can paste it into confluence',
      'checklist version pls',
      // How short as an answer's length (blind thread set seed-26).
      'one word answer',
      'shorter. tweet length',
      'in a tweet',
      'lol ok explain it like im five, with a lunchbox or something',
      'explain it using a car analogy',
      'got an analogy?',
      // Spelt with a hyphen, "pls" before the length, a laugh after (first round-43 review).
      'one-word answer',
      'tweet-sized version?',
      'shorter pls, tweet length',
      'in a tweet lol',
      // Asked plainly (second round-43 review).
      'an analogy pls',
      'elevator pitch?',
      'make it a tweet',
    ]) {
      const again = answer(withLexicon, q, { context });
      expect(again.answered, q).toBe(true);
      expect(again.passages[0]!.id, q).toBe(thread.passages[0]!.id);
    }
    // Not a frame around thanks, a yes, or a topic of its own; and a thread question declined stays declined.
    for (const q of [
      'in short, thanks!',
      'a tweet about the outage',
      'tweet',
      'the headline',
      'nice analogy',
      'weird metaphor',
      'in a nutshell, yes',
      'shorter, the standup got moved to 3pm',
      "in one line. she's out today anyway",
      '1 point?',
      "briefly, i'm out tomorrow",
      'give me 3 bullets for the lunch order',
      'one line for a sec',
      'a few words for the team',
      'put the table by the window',
      "explain it like I'm a clerk who needs the vpn password",
      // A remark about a table, a summary or being a customer (first round-41 review).
      "the table, it's broken on mobile",
      'the board summary, they want it by monday',
      "like I'm the customer",
      'make it a checklist for the move on friday',
    ]) {
      expect(answer(withLexicon, q, { context }).passages[0]?.id ?? '', q).not.toBe(thread.passages[0]!.id);
    }
    expect(answer(withLexicon, 'eli5: hypervisors', { context: ['are vms more secure than containers?'] }).passages[0]!.snippet).toMatch(
      /hypervisors/,
    );
    expect(answer(withLexicon, 'in a nutshell', { context: ['how many vcpus can a vm have in virtualbox 7'] }).answered).toBe(false);
    // A thread's follow-up asked again is read in its thread.
    const followUp = answer(withLexicon, 'in short?', {
      context: ['how many containers can I fit on a host vs VMs?', 'why so many more containers'],
    });
    expect(followUp.passages[0]!.snippet).toMatch(/more containers on the same hardware/);
    // With the asker's reason in a sentence of its own, after a request several messages up.
    const requested = [
      'sum up the density difference containers vs vms',
      'she decides on the hosting budget next week',
      "she's not technical",
    ];
    const summary = answer(withLexicon, requested[0]!);
    expect(summary.answered).toBe(true);
    expect(answer(withLexicon, 'shorter. she has 10 seconds', { context: requested }).passages[0]?.id).toBe(summary.passages[0]!.id);
    // After chatter it asks nothing; a frame before a question of its own is that question's.
    expect(answer(withLexicon, 'tldr', { context: ['we should grab lunch at 12'] }).answered).toBe(false);
    expect(answer(withLexicon, 'in simple terms, what does a hypervisor do', { context }).passages[0]!.snippet).toMatch(/hypervisors/);
  });

  it('answers "by a lot?" after a comparison as how far the thread\'s claim goes, as a closest match', () => {
    const far = answer(withLexicon, 'by a lot?', { context: ['which one is cheaper to run'] });
    expect(far).toMatchObject({ answered: true, confidence: 'low' });
    expect(answer(withLexicon, 'by a lot?', { context: ['lunch at noon?'] }).answered).toBe(false);
  });

  it('answers "every single one??" after a claim as how far the claim goes, as a closest match (blind thread set seed-17)', () => {
    for (const q of ['every single one??', 'all of them?', 'always?', 'literally every one of them?']) {
      const far = answer(withLexicon, q, { context: ['vms need their own os?'] });
      // As surely as the claim's own answer (first round-43 review: it had been made a closest match).
      expect(far, q).toMatchObject({ answered: true, confidence: answer(withLexicon, 'vms need their own os?').confidence });
      expect(far.passages[0]!.text, q).toMatch(/full OS instance|own complete OS|separate OS/);
    }
    expect(answer(withLexicon, 'every single one??', { context: ['are the printers on floor 3 broken?'] }).answered).toBe(false);
    // Of a problem the asker reports, chatter.
    expect(answer(withLexicon, 'every time?', { context: ['my docker builds keep failing with no space left on device'] }).answered).toBe(
      false,
    );
    // What the asker keeps hearing is a claim; "lol every time" is chatter (second round-43 review).
    expect(answer(withLexicon, 'always?', { context: ['i keep hearing containers start faster than vms'] }).answered).toBe(true);
    expect(answer(withLexicon, 'lol every time', { context: ['are containers lighter than vms?'] }).answered).toBe(false);
  });

  it('answers "why so many more containers" with the sentence stating the thread\'s claim', () => {
    const context = ['@bot how many containers can I fit on a host vs VMs?'];
    const why = answer(withLexicon, 'why so many more containers', { context });
    expect(why.answered).toBe(true);
    expect(why.passages[0]!.snippet).toMatch(/more containers on the same hardware/);
    // A why of words the thread's answer never said asks something else.
    expect(answer(withLexicon, 'why so many security issues', { context }).passages[0]?.snippet ?? '').not.toMatch(
      /more containers on the same hardware/,
    );
  });

  it('answers "why would that be better" after a side put forward for a workload with that side\'s merits', () => {
    const why = answer(withLexicon, 'why would that be better', { context: ["we're thinking VMs for the customer database"] });
    expect(why.answered).toBe(true);
    expect(why.passages[0]!.snippet).toMatch(/stronger isolation/);
  });

  it('answers "which reacts faster" as a choice between what the thread named', () => {
    const context = ['How do containers and VMs compare for scaling?', "we're thinking of autoscaling on queue depth"];
    const which = answer(withLexicon, 'which reacts faster', { context });
    expect(which).toMatchObject({ answered: true, confidence: 'low' });
    expect(which.passages[0]!.snippet).toMatch(/faster scaling/);
    expect(answer(withLexicon, 'which boots quickest?', { context: ['how fast do containers and vms start?'] }).answered).toBe(true);
    // A "which" that compares nothing is chatter.
    for (const q of ['which PR broke staging?', 'which region are we deploying to?', 'which dashboard were you looking at?']) {
      expect(answer(withLexicon, q, { context: ['are vms more secure than containers?'] }).answered, q).toBe(false);
    }
    // Alone it names nothing the knowledge is about.
    expect(answer(withLexicon, 'which reacts faster').answered).toBe(false);
  });

  it('answers "what about the downsides?" with the drawbacks of the side its thread asked about', () => {
    const downsides = answer(withLexicon, 'what about the downsides?', { context: ['what are the benefits of vms'] });
    expect(downsides.answered).toBe(true);
    expect(downsides.passages[0]!.snippet).toMatch(/^VMs\b.*\b(?:slower|heavier)\b/);
  });

  it('offers "how slow?" after a claim the passage stating the claim, as a closest match', () => {
    const a = answer(withLexicon, 'how slow?', { context: ['vms are slow to boot'] });
    expect(a).toMatchObject({ answered: true, confidence: 'low' });
    expect(a.passages[0]!.snippet).toMatch(/VMs .*(?:slower to start|longer startup)/);
    expect(answer(withLexicon, 'by how much roughly', { context: ['vms are slow to boot'] })).toMatchObject({
      answered: true,
      confidence: 'low',
    });
    // "how come" asks why, not how far.
    expect(answer(withLexicon, 'how come?', { context: ['vms need a full guest os each'] }).confidence).toBe('high');
  });

  it('reads the risks of containers asked after a thread about them as their vulnerabilities', () => {
    const a = answer(withLexicon, 'what are the risks then?', { context: ['we plan to move to containers'] });
    expect(a.answered).toBe(true);
    expect(a.passages[0]!.text).toMatch(/vulnerabilit/);
  });

  it('reads a weak spot as a vulnerability: "so whats the weak spot exactly" after asking how isolated containers are', () => {
    const a = answer(withLexicon, 'so whats the weak spot exactly', { context: ['are containers as isolated as vms?'] });
    expect(a.answered).toBe(true);
    expect(a.passages[0]!.text).toMatch(/vulnerabilit/);
  });

  it('answers "whats the first step" after a plan to move an app into containers with where to start', () => {
    const a = answer(withLexicon, 'whats the first step', { context: ['we want to containerize our old java app'] });
    expect(a.answered).toBe(true);
    expect(a.passages[0]!.snippet).toMatch(/^Start by planning/);
  });

  it('offers "in what way exactly" after a claim the passage stating the claim, as a closest match', () => {
    const a = answer(withLexicon, 'lighter in what way exactly', { context: ['i heard containers are lighter'] });
    expect(a).toMatchObject({ answered: true, confidence: 'low' });
    expect(a.passages[0]!.snippet).toMatch(/lightweight/);
  });

  it('offers "lighter how, concretely?" after a claim the passage stating the claim', () => {
    const a = answer(withLexicon, 'lighter how, concretely?', { context: ['i heard containers are lighter'] });
    expect(a.answered).toBe(true);
    expect(a.passages[0]!.snippet).toMatch(/lightweight/);
    // Only an opener before it: how, of the claim itself.
    expect(answer(withLexicon, 'and how?', { context: ['i heard containers are lighter'] }).passages[0]?.snippet ?? '').toMatch(
      /lightweight/,
    );
    // A word the thread did not say asks how that works.
    const networking = answer(withLexicon, 'networking how?', { context: ['can containers run inside vms?'] });
    expect(networking.passages[0]!.snippet).toMatch(/network/i);
    // Without its mark, and echoing a message before the last: another's reply came in between.
    const echo = answer(withLexicon, 'lighter how exactly', { context: ['are containers lighter than vms?', 'containers, obviously'] });
    expect(echo.answered).toBe(true);
    expect(echo.passages[0]!.snippet).toMatch(/lightweight/);
  });

  it('offers "does that even matter on a 16gb box?" the passage stating the thread\'s claim, as a closest match', () => {
    const context = ['do vms have more overhead?'];
    const thread = answer(withLexicon, context[0]!);
    const a = answer(withLexicon, 'does that even matter on a 16gb box?', { context });
    expect(a).toMatchObject({ answered: true, confidence: 'low' });
    expect(a.passages[0]!.id).toBe(thread.passages[0]!.id);
    // Or a product's name; not of something else.
    const inVms = ['is it ok to run containers inside vms?'];
    expect(answer(withLexicon, 'would that make sense on our 3 node proxmox cluster?', { context: inVms }).passages[0]!.id).toBe(
      answer(withLexicon, inVms[0]!).passages[0]!.id,
    );
    expect(answer(withLexicon, 'does that matter for the lunch order?', { context }).answered).toBe(false);
  });

  it('reads "eli5" after a thread that only said things with what it said, as a closest match', () => {
    const a = answer(withLexicon, 'eli5', { context: ['containers share the host kernel', 'sounds risky'] });
    expect(a).toMatchObject({ answered: true, confidence: 'low' });
    expect(a.passages[0]!.text).toMatch(/kernel/);
    // Not by its own words ("simpler licensing") where what the thread said is nothing the knowledge answers.
    expect(answer(withLexicon, 'simpler pls', { context: ['the onboarding doc is too long', 'yeah'] }).answered).toBe(false);
    // A request ("tell me …") is the thread's question too; a request to wait is not.
    const told = ['tell me the difference between containers and vms', 'my boss asked', 'she has a budget meeting'];
    expect(answer(withLexicon, 'shorter', { context: told }).passages[0]?.id).toBe(answer(withLexicon, told[0]!).passages[0]!.id);
  });

  it('reads chat\'s "wat" as "what"', () => {
    const typed = answer(withLexicon, 'wat makes it so hard', { context: ['is it hard to migrate an app from vms to containers?'] });
    const spelled = answer(withLexicon, 'what makes it so hard', { context: ['is it hard to migrate an app from vms to containers?'] });
    expect(typed.answered).toBe(true);
    expect(typed.passages[0]!.id).toBe(spelled.passages[0]!.id);
  });

  it('answers "how so?" after a claim it answers surely as surely', () => {
    const a = answer(withLexicon, 'how so?', { context: ['are containers lighter than vms?'] });
    expect(a).toMatchObject({ answered: true, confidence: 'high' });
    expect(a.passages[0]!.text).toMatch(/lightweight/);
  });

  it('answers "is that a problem?" with a warning of what the thread said', () => {
    for (const q of ['is that a problem?', "isn't that risky?", 'would that be an issue for us']) {
      const a = answer(withLexicon, q, { context: ['containers share the host kernel'] });
      expect(a.answered, q).toBe(true);
      expect(a.passages[0]!.snippet, q).toMatch(/vulnerabilit|security (?:flaw|consideration)|affect (?:other|many) containers/i);
    }
  });

  it('answers "so whats the risk" with a passage warning of what the thread is about, in whatever words it warns', () => {
    const risk = answer(withLexicon, 'so whats the risk', { context: ['containers share the host kernel right'] });
    expect(risk.answered).toBe(true);
    expect(risk.passages[0]!.text).toMatch(/sharing of the kernel introduces specific security considerations/);
  });

  it('quotes what the thread is about for "what does that mean for security", not a sentence that says "means"', () => {
    const meant = answer(withLexicon, 'so what does that mean for security', { context: ['containers share the host kernel right'] });
    expect(meant.answered).toBe(true);
    expect(meant.passages[0]!.snippet).toMatch(/secur/i);
    expect(meant.passages[0]!.snippet).not.toMatch(/This efficiency means/);
  });

  it('quotes the other side for the thread question asked of it ("and vms, can they …", "vs containers?")', () => {
    const vms = answer(withLexicon, 'and vms, can they scale that fast?', { context: ['can i scale containers to zero?'] });
    expect(vms.answered).toBe(true);
    expect(vms.passages[0]!.snippet).toMatch(/^VMs may experience performance drops/);
    const versus = answer(withLexicon, 'vs containers?', { context: ['how many vms can one host typically run?'] });
    expect(versus.passages[0]!.snippet).toMatch(/^Containers/);
    // Compared with a thread that prefers VMs for tenants, the thread's VM still chooses the sentence:
    // the shared host OS, not "Containers improve cloud security…" alone.
    const tenants = answer(withLexicon, 'vs containers?', { context: ['our security team wants every tenant in its own vm'] });
    expect(tenants.passages[0]!.snippet).toMatch(/containers share the host OS/);
  });

  it('leans on the question asked in the thread, not on the remark made after it', () => {
    const instead = answer(withLexicon, 'ok so what do i use instead', {
      context: ['can i load a custom kernel module inside a container?', 'need it for a custom network driver'],
    });
    expect(instead.answered).toBe(true);
    expect(instead.passages[0]!.snippet).toMatch(/kernel modules that containers might not support/);
    // A remark that names what the knowledge is about turns the thread: it stays the latest.
    const turned = answer(withLexicon, 'and the downsides?', {
      context: ['how fast do vms boot?', 'tell me about container security instead'],
    });
    expect(turned.passages[0]!.snippet).toMatch(/security/);
  });

  it('offers the drawbacks of the side a thread praised as the closest match to "what could go wrong"', () => {
    const wrong = answer(withLexicon, 'ok and what could go wrong?', { context: ['containers look great for our team'] });
    expect(wrong).toMatchObject({ answered: true, confidence: 'low' });
    expect(wrong.passages[0]!.text).toMatch(/could potentially affect many containers simultaneously/);
    // A drawback of something else the thread never named is no question about that side.
    expect(
      answer(withLexicon, 'any downsides to the new on-call rota?', { context: ['containers look great for our team'] }).answered,
    ).toBe(false);
    // Not a passage saying containers scale "with less overhead": a small cost is a merit.
    expect(wrong.passages.map((p) => p.text).join(' ')).not.toMatch(/^Under high load/m);
  });

  it('reads "the hardest part" of what the thread asks as its challenges', () => {
    const hardest = answer(withLexicon, 'ok and the trickiest part?', {
      context: ['we want to shift our vm estate over to containers next year'],
    });
    expect(hardest.answered).toBe(true);
    expect(hardest.passages[0]!.snippet).toMatch(/^Address migration challenges/);
  });

  it('reads security slang for a compromise ("gets popped", "pwned") as a security breach', () => {
    const popped = answer(withLexicon, 'so what happens if the kernel gets popped', { context: ['do all containers share one kernel?'] });
    expect(popped.answered).toBe(true);
    expect(popped.passages.map((p) => p.text).join(' ')).toMatch(/could potentially affect many containers simultaneously/);
    expect(answer(withLexicon, 'if one container on the host gets pwned can it get to the others').answered).toBe(true);
    // Getting a shell of one's own is no breach.
    expect(answer(withLexicon, 'how do i get a root shell inside a container?').confidence).not.toBe('high');
  });

  it('does not take a shop\'s sale days ("black friday") for high load: everyday questions name them too', () => {
    expect(answer(withLexicon, 'what time does the black friday sale start').answered).toBe(false);
  });

  it('reads "what bites people", "what trips people up" as the challenges', () => {
    const bites = answer(withLexicon, "we're about to move ~60 apps from vms to containers, what usually bites people");
    expect(bites.answered).toBe(true);
    expect(bites.passages[0]!.snippet).toMatch(/^Address migration challenges/);
  });

  it('reads compliance regimes for card, health and personal data (PCI, HIPAA, GDPR) as sensitive workloads', () => {
    const pci = answer(withLexicon, 'we need PCI compliance for the card data environment, does that push us toward vms');
    expect(pci.passages[0]!.text).toMatch(/untrusted or sensitive workloads/);
  });

  it('answers a question that stands on its own exactly as without context', () => {
    const question = 'How do containers impact cloud security compared to VMs?';
    expect(answer(index, question, { context: [earlier] })).toEqual(answer(index, question));
  });

  it('answers "what is X?" as itself, however short: it asks about a thing of its own', () => {
    const question = 'what is a hypervisor?';
    expect(answer(index, question, { context: ['is a vm more secure than a container?'] })).toEqual(answer(index, question));
    // "what is it?" still leans on the question before.
    expect(answer(index, 'what is it?', { context: [earlier] }).answered).toBe(true);
    // So does a question pointing back at it ("its"): alone it is declined.
    expect(answer(index, 'what are its limitations?').answered).toBe(false);
    expect(answer(index, 'what are its limitations?', { context: [earlier] }).answered).toBe(true);
  });

  it('keeps a follow-up about its own words: context alone does not answer it', () => {
    const result = answer(index, 'what about the moon landing?', { context: [earlier] });
    expect(result.answered).toBe(false);
  });

  it('answers chatter in a thread as itself: it says several things the knowledge never does, or one only a near spelling meets', () => {
    // "it" points back, but meetings and recordings are no follow-up to containers on VMs.
    for (const q of ['is the all-hands meeting recorded? i missed it', 'how many PTO days do we get, cant find it in the handbook']) {
      expect(answer(index, q, { context: [earlier] }).answered, q).toBe(false);
    }
    // "lunch" is not "launching": nothing meets it, so it is at most the thread's closest match,
    // labelled uncertain (never posted in a thread that did not mention the bot).
    const lunch = answer(index, 'lol ok. lunch?', { context: [earlier] });
    expect(lunch.confidence).not.toBe('high');
    expect(lunch.passages.map((p) => p.text).join(' ')).not.toMatch(/launch/i);
  });

  it("answers the catch of a move onto containers the thread states with the migration's challenges", () => {
    for (const context of [
      ['we run 40 microservices on vms, thinking about moving to containers', 'mostly java services, nothing fancy'],
      ['we want to move the billing monolith off the old vmware cluster into containers'],
    ]) {
      const result = answer(withLexicon, "what's the catch?", { context });
      expect(result.answered, context[0]).toBe(true);
      expect(result.passages[0]!.text, context[0]).toMatch(/migration challenges/);
    }
    // A catch with words of its own, or in a thread that moves nothing, is not the move's.
    expect(
      answer(withLexicon, "what's the catch with the new expense tool?", { context: ['we are moving to containers'] }).passages[0]?.text ??
        '',
    ).not.toMatch(/migration challenges/);
    expect(
      answer(withLexicon, "what's the catch?", { context: ['we run 40 microservices in containers'] }).passages[0]?.text ?? '',
    ).not.toMatch(/migration challenges/);
    // First round-48 review: not a port forwarded, a move between container tools, one done, nor one the thread has
    // moved on from; and offered as a closest match where the thread's closest match is asked for.
    for (const context of [
      ['we forward port 8443 to the container and it works fine'],
      ['we are migrating from docker swarm to kubernetes'],
      ['we moved everything to containers two years ago', "now we're thinking about running a few VMs for the windows-only tools"],
      ['we are moving the billing app to containers', 'separately, the ERP is getting its own dedicated VM with strict isolation'],
    ])
      expect(answer(withLexicon, 'any gotchas?', { context }).passages[0]?.text ?? '', context.join(' / ')).not.toMatch(
        /migration challenges/,
      );
    // Second round-48 review: a move onto kubernetes or a containerise plan, and a thread that then only describes
    // today's VMs, are the move's.
    for (const context of [
      ["we're planning to migrate our payroll app off vmware and onto kubernetes next quarter"],
      ['we want to containerise the old invoicing service this year'],
      ["we're moving the billing app from vms to containers next quarter", "it's a java app on 3 vms today"],
    ])
      expect(answer(withLexicon, 'any gotchas?', { context }).passages[0]?.text ?? '', context.join(' / ')).toMatch(/migration challenges/);
    expect(
      answerInContext(
        withLexicon,
        "what's the catch?",
        ['we want to move the billing monolith off the old vmware cluster into containers'],
        {},
        {
          asClosestMatch: true,
        },
      ).confidence,
    ).toBe('low');
  });

  it('offers a follow-up of words the knowledge never uses ("what\'s the catch?") the thread\'s closest match, labelled uncertain', () => {
    const catchAnswer = answer(index, "ok but what's the catch", { context: ['can we run our containers inside vms?'] });
    expect(catchAnswer).toMatchObject({ answered: true, confidence: 'low' });
    expect(catchAnswer.passages[0]!.heading).toMatch(/Virtual Machines Seamlessly/);
    expect(catchAnswer.nearTopics!.length).toBeGreaterThan(0);
    // Alone it is nothing.
    expect(answer(index, "ok but what's the catch").answered).toBe(false);
    // "what's the catch?" names nothing of the knowledge in everyday words: not a thing to define.
    const bare = answer(index, "what's the catch?", { context: ['how many more containers than vms fit on one host?'] });
    expect(bare).toMatchObject({ answered: true, confidence: 'low' });
    // A word the knowledge's passages never use, though a lexicon phrase has it ("step by step"),
    // and chat's "whats" for "what's".
    const step = answer(withLexicon, 'ok whats step one', { context: ['what are best practices for the migration'] });
    expect(step).toMatchObject({ answered: true, confidence: 'low' });
    expect(step.passages[0]!.text).toMatch(/migration challenges/);
    // With its apostrophe too: "step one" is no thing to define.
    const apostrophe = answer(withLexicon, "ok what's step one", { context: ['what are best practices for the migration'] });
    expect(apostrophe).toMatchObject({ answered: true, confidence: 'low' });
    expect(apostrophe.passages[0]!.text).toMatch(/migration challenges/);
    // A question that opens with what it asks about, in a word the lexicon knows only in phrases.
    // (In what respect a claim holds: as surely as the claim's own passage answers it.)
    const lighter = answer(withLexicon, 'lighter in what way exactly', { context: ['containers are lighter weight than vms, right?'] });
    expect(lighter).toMatchObject({ answered: true, confidence: 'high' });
    expect(lighter.passages[0]!.text).toMatch(/lightweight/);
    // Kinds of what the thread named, which do not fit: where the other one is better suited.
    const kinds = answer(withLexicon, 'what kinds dont fit well', { context: ['can containers run any app'] });
    expect(kinds.answered).toBe(true);
    expect(kinds.passages.slice(0, 3).some((p) => /kernel modules that containers might not support easily/.test(p.text))).toBe(true);
    // A sudden spike is the lexicon's load spike: the follow-up is answered from its thread's passage.
    const spikes = answer(withLexicon, 'how do we handle sudden spikes', {
      context: ['how do containers perform under high load', 'and vms?'],
    });
    expect(spikes.answered).toBe(true);
    expect(spikes.passages[0]!.text).toMatch(/during spikes/);
    // "easier" says nothing of what: the thread's patching does, not the licences' "easier to license".
    const easier = answer(withLexicon, 'which is easier?', { context: ['how do you patch containers vs vms'] });
    expect(easier.passages[0]?.heading ?? '').not.toMatch(/Licensing/);
    // "yet" only steers: "is it friday yet?" is not met by "Yet, they excel…".
    expect(answer(index, 'is it friday yet?', { context: ['are vms more stable than containers?'] }).confidence).not.toBe('high');
  });

  it("meets a follow-up's words through the lexicon: 'gotchas' asks about the challenges the knowledge names", () => {
    const result = answer(withLexicon, 'any gotchas with that?', {
      context: ['migrating from VMs to containers, what are the main steps'],
    });
    expect(result.answered).toBe(true);
    expect(result.passages[0]!.text).toContain('migration challenges');
    // An English synonym means what the knowledge says; a technical name the lexicon files under a
    // broader concept (cgroups under isolation) is met only as that concept: labelled uncertain.
    expect(result.confidence).toBe('high');
    const cgroups = answer(withLexicon, 'and cgroups do what', { context: ['how do containers get isolated, namespaces?'] });
    expect(cgroups).toMatchObject({ answered: true, confidence: 'low' });
    expect(cgroups.nearTopics!.length).toBeGreaterThan(0);
  });

  it('reads "how do we mitigate that?" as asking of what the thread is about, not as a task of other docs', () => {
    const load = 'how do containers perform under high load?';
    // Its words tell no passage from another: the thread's closest match, quoting what to do there.
    const mitigate = answer(withLexicon, 'how do we mitigate that?', { context: [load] });
    expect(mitigate).toMatchObject({ answered: true, confidence: 'low' });
    expect(mitigate.passages[0]!.heading).toMatch(/High Load/);
    expect(mitigate.passages[0]!.snippet).toMatch(/^You should monitor metrics/);
    // Never the security practices "mitigate" could mean alone, and a statement is chatter.
    expect(answer(withLexicon, 'any way to mitigate that on vms?', { context: [load] }).passages[0]?.text).not.toMatch(/strict security/);
    expect(answer(withLexicon, "noted, we'll mitigate that", { context: ['do containers start faster than vms?'] }).confidence).not.toBe(
      'high',
    );
    // After a risk, how to deal with it is what to do, not the risk again.
    for (const q of ['and how do i deal with that', 'how do we mitigate it?']) {
      expect(answer(withLexicon, q, { context: ['what are the security risks of containers'] }).passages[0]!.snippet, q).toMatch(
        /^You must implement strict security practices/,
      );
    }
  });

  it('answers "so what do we do about it" with what to do about what the thread is about', () => {
    const boundary = ["our security team says containers are 'not a security boundary'", 'is that overblown?'];
    for (const q of ['so what do we do about it', 'what can we do about that?']) {
      const result = answer(withLexicon, q, { context: boundary });
      expect(result.answered, q).toBe(true);
      expect(result.passages[0]!.snippet, q).toMatch(/^You must implement strict security practices/);
    }
    // What to do about a move off VMs is said of migration, which "moving" means: related, not certain.
    const move = answer(withLexicon, 'how do we mitigate the risk', { context: ["we're moving our monolith from vms to containers"] });
    expect(move.passages[0]!.heading).toMatch(/Migrating/);
    // A fix asked of its own topic, in the lexicon's words too, is answered on it, not on the thread's.
    const boots = answer(withLexicon, 'what can we do about slow boots?', {
      context: ["our security team says containers are 'not a security boundary'"],
    });
    expect(boots.passages[0]?.snippet ?? '').not.toMatch(/strict security practices/);
    const kernel = answer(withLexicon, 'how do we handle the shared kernel risk?', {
      context: ['we are moving our monolith from vms to containers'],
    });
    expect(kernel.passages[0]!.text).toMatch(/sharing of the kernel/);
    // Nothing says what to do about slow VM boots: never the security practices, never for sure.
    const boot = answer(withLexicon, 'what can we do about it', { context: ['vms take ages to boot'] });
    expect(boot.passages[0]?.snippet ?? '').not.toMatch(/strict security/);
    expect(boot.confidence).not.toBe('high');
  });

  it('offers a follow-up met only in the commonest words of speech as a closest match: chatter meets them too', () => {
    for (const [q, earlier] of [
      ['what time is it?', 'are vms more secure than containers?'],
      ['is it lunch time yet?', 'do containers start faster than vms?'],
      ['whats the plan?', 'how do we migrate from vms to containers?'],
    ] as const) {
      expect(answer(index, q, { context: [earlier] }).confidence, q).not.toBe('high');
    }
    // A word of the knowledge's own is a follow-up: "how do we test it before cutting over?".
    const test = answer(withLexicon, 'and how do we test it before cutting over?', {
      context: ['we are moving to containers, what should we containerize first'],
    });
    expect(test.confidence).toBe('high');
  });

  it('reads "a bit", "at the end of the day" and "works out" as steering a follow-up only where they do', () => {
    const start = 'do containers start faster than vms?';
    for (const q of [
      'does anyone have a bit of time?',
      'at the end of the day who cares?',
      'did it work out?',
      'does that give you a headache too?',
    ]) {
      expect(answer(index, q, { context: [start] }).confidence, q).not.toBe('high');
    }
    const safer = answer(index, 'at the end of the day which is safer?', { context: ['are containers less isolated than vms'] });
    expect(safer.passages[0]?.text).toMatch(/secur|isolat/i);
  });

  it('answers a follow-up made of words that only steer it from its thread ("why though?", "the other way round?", "in the end?", "a bit more", "first?")', () => {
    const why = answer(index, 'why though?', { context: ['do containers start faster than vms?'] });
    expect(why.answered).toBe(true);
    expect(why.passages[0]!.text).toMatch(/faster to start|quick to start/);
    const other = answer(index, 'and the other way round?', { context: ['when would i pick a vm over a container'] });
    expect(other.answered).toBe(true);
    const end = answer(index, 'which works out cheaper in the end?', {
      context: ['how do licensing costs compare for vms vs containers?'],
    });
    expect(end.passages[0]?.text).toMatch(/licens/i);
    const more = answer(index, 'can you explain that a bit more', { context: ['why do containers start faster than vms?'] });
    expect(more.answered).toBe(true);
    const first = answer(index, 'what should we do first?', { context: ['migrating from vms to containers: best practices?'] });
    expect(first.passages[0]?.snippet).toMatch(/^Start by planning/);
    // A word of its own it still has to meet: lunch is no follow-up to containers on VMs, and gets
    // the thread's closest match at most.
    expect(answer(index, 'and lunch then?', { context: [earlier] }).confidence).not.toBe('high');
  });

  it('judges a follow-up to a follow-up with the question before that too', () => {
    // "what would you use instead" says little itself; the thread's first question says what about.
    const thread = ['is it safe to run untrusted workloads in containers', 'what would you use instead'];
    const why = answer(index, 'why?', { context: thread });
    expect(why.answered).toBe(true);
    expect(why.passages.map((p) => p.text).join(' ')).toMatch(/isolation/);
  });

  it('does not answer again a message after an answer that asks nothing and says no word of its own', () => {
    const thread = ['can containers run on vms?'];
    for (const q of ['thanks!', 'lol ok', 'ok', '👍', ':+1:']) {
      expect(answer(index, q, { context: thread }), q).toMatchObject({ answered: false, abstainReason: 'no-content-terms' });
    }
    // Nor thanks and agreement in words ("helps", "sense"), after one question or two.
    for (const q of ['thanks that helps', 'cool, that makes sense', 'got it, very helpful!']) {
      expect(answer(index, q, { context: [...thread, 'and for prod?'] }), q).toMatchObject({
        answered: false,
        abstainReason: 'no-content-terms',
      });
    }
    // A question of no words of its own still leans on its thread, and thanks before a question is the question.
    expect(answer(index, 'why?', { context: thread }).answered).toBe(true);
    expect(answer(index, 'thanks! and what about licensing?', { context: thread }).answered).toBe(true);
  });

  it('leaves chatter opened with "so" or "ok" in a thread alone, and a message starting "hows" is no question', () => {
    const thread = ['are containers faster to start than vms?'];
    for (const q of ['ok so what is the plan for lunch?', 'so should we schedule a meeting?', 'so when is the deploy happening?']) {
      expect(answer(index, q, { context: thread }).confidence, q).not.toBe('high');
    }
    expect(isQuestion('hows everyone doing')).toBe(false);
  });

  it('offers a bare "why?" the closest match of what its thread said, when the two read as one match only partly', () => {
    // "disk" the article never says: both had been declined, having no words of their own.
    for (const q of ['how come', 'why?']) {
      const why = answer(withLexicon, q, { context: ['containers use less disk'] });
      expect(why, q).toMatchObject({ answered: true, confidence: 'low' });
      expect(why.passages[0]!.snippet, q).toMatch(/^Containers, by design, are lightweight/);
    }
    // Chatter before it is no claim to explain.
    expect(answer(withLexicon, 'why?', { context: ['lunch at noon today'] }).answered).toBe(false);
  });

  it('asks the merits or drawbacks of the one side the thread stated something of, naming neither side itself', () => {
    // It had quoted the containers' security considerations.
    const downside = answer(withLexicon, 'and the downside of that?', { context: ['vms run a whole guest os each'] });
    expect(downside.passages[0]!.snippet).toMatch(/^VMs run separate OS instances, offering stronger isolation but slower startup/);
    // It had been declined: no word of it points back, and only "advantages", of VMs, met "benefits".
    const benefits = answer(withLexicon, 'what are the benefits for the team', {
      context: ["we're moving our whole stack onto containers"],
    });
    expect(benefits).toMatchObject({ answered: true, confidence: 'low' });
    expect(benefits.passages[0]!.snippet).toMatch(/^Containers, by design, are lightweight/);
    const flag = answer(withLexicon, 'any drawbacks we should flag', { context: ["we're moving our whole stack onto containers"] });
    expect(flag.answered).toBe(true);
    expect(flag.passages[0]!.text).toMatch(/Container security can be more complex/);
    // What a sentence says is avoided is no drawback: it had quoted "Keep backups handy, and monitor
    // performance closely. This strategic approach helps you sail smoothly into container adoption, avoiding pitfalls…".
    const kata = answer(withLexicon, 'any downsides?', { context: ['we want kata containers for the untrusted workloads'] });
    expect(kata.passages[0]!.snippet).not.toMatch(/Keep backups handy/);
    expect(kata.passages[0]!.snippet).toMatch(/Container security can be more complex/);
    // The sentence stating the drawback of no side by name leads the one naming the side.
    expect(
      answer(withLexicon, 'is that a security risk', { context: ['so containers all use the host kernel?'] }).passages[0]!.snippet,
    ).toMatch(/^However, this sharing of the kernel introduces specific security considerations\. Container security can be more complex/);
    // A thread naming both sides asks of the two together.
    expect(
      answer(withLexicon, "ok but what's the catch", { context: ['can we run our containers inside vms?'] }).passages[0]!.heading,
    ).toMatch(/Virtual Machines Seamlessly/);
  });

  it("offers a question declined alone that does not point back its thread's closest match, when it says little and only in the domain's words", () => {
    const thread = ['we use vsphere today, if we go containers what replaces it', 'is k8s the only option'];
    expect(answer(withLexicon, 'what does orchestration actually give you?').answered).toBe(false);
    const gives = answer(withLexicon, 'what does orchestration actually give you?', { context: thread });
    expect(gives).toMatchObject({ answered: true, confidence: 'low' });
    expect(gives.passages[0]!.text).toMatch(/orchestration/i);
    expect(gives.nearTopics!.length).toBeGreaterThan(0);
    // "watch out for" and "during the move" mean challenges and migration in the lexicon: domain words.
    const move = answer(withLexicon, 'anything to watch out for on security during the move?', {
      context: ['should we migrate our monolith from vms to containers', 'where would you start'],
    });
    // It asks what can go wrong and names neither side: a follow-up, answered with the thread.
    expect(move.answered).toBe(true);
    expect(move.passages[0]!.text).toMatch(/migration challenges/);
    // A question of its own says a word the domain never uses, or more than a follow-up does.
    for (const q of [
      'tell me a joke about kubernetes',
      'what is the speed of light?',
      "what's the max vCPU quota on our azure subscription?",
    ]) {
      expect(answer(withLexicon, q, { context: thread }).answered, q).toBe(false);
    }
  });

  it('answers "yeah why tho" after a claim from the thread, as a closest match', () => {
    const why = answer(withLexicon, 'yeah why tho', {
      context: ['sec team says containers are less isolated', "i mean they're namespaced, what's the issue"],
    });
    expect(why).toMatchObject({ answered: true, confidence: 'low' });
  });

  it('reads "where do we even start" as a follow-up: it names nothing of its own', () => {
    expect(dependsOnContext('where do we even start')).toBe(true);
    expect(dependsOnContext('where do we start the migration of our databases')).toBe(false);
  });

  it('is pure: the same input gives the same answer', () => {
    const a = answer(index, 'what about licensing?', { context: [earlier] });
    const b = answer(index, 'what about licensing?', { context: [earlier] });
    expect(a).toEqual(b);
    expect(a.passages[0]!.heading).toMatch(/Licensing/);
  });
});

describe('isQuestion()', () => {
  it.each([
    'why?',
    'what about cost?',
    'does that need any special configuration',
    'and how do they scale',
    'thanks! is it safe though?',
    'Can containers run on VMs',
    'whats the first step',
    'ok whys that',
    'lighter in what way exactly',
    'faster how so',
    // Chat's "yeah", "yep", "right" before the question.
    'yeah why tho',
    'yep, what about cost',
    // The two alone, offered as alternatives, without a question mark.
    'vms or containers',
    'so containers vs vms then',
    'by how much roughly',
    'will docker work for this',
    'have you tried kata for that',
  ])('"%s" is a question', (text) => {
    expect(isQuestion(text)).toBe(true);
  });
  it.each([
    'thanks!',
    'ok',
    'Thank you, that helps.',
    ':+1:',
    '🙏',
    '👍 :tada:',
    '...',
    "it's all our own code",
    'we run it on EC2',
    'we use vms or containers depending on the team',
    // Chat's "I will" and "I can".
    'ok will do',
    'will do!',
    'sure, can do',
    'have a good weekend',
  ])('"%s" is not', (text) => {
    expect(isQuestion(text)).toBe(false);
  });
});
