import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.js';
import { followUpOf, replayedThread, respond } from '../../../src/core/answer/respond.js';
import { KnowledgeIndex } from '../../../src/core/knowledge/knowledge-index.js';
import { Lexicon } from '../../../src/core/knowledge/lexicon.js';
import { splitFile } from '../../../src/core/knowledge/split.js';
import { evidenceFromIndex } from '../../../src/core/recommend/evidence.js';
import { closesOrLeavesChoice, routeQuestion } from '../../../src/core/recommend/route.js';

const text = readFileSync(new URL('../../../knowledge/containers-vs-vms.md', import.meta.url), 'utf8');
const synonyms = readFileSync(new URL('../../../knowledge/synonyms.txt', import.meta.url), 'utf8');
const index = KnowledgeIndex.build(splitFile({ path: 'containers-vs-vms.md', text }), Lexicon.parse(synonyms));
const evidence = evidenceFromIndex(index);

describe('respond()', () => {
  it('says how sure an answer is when the recommendation answers a choice the look-up alone declines', () => {
    // The look-up declines it for the CVE id, a fact the article never states.
    const question =
      'After CVE-2024-21626 we worry: we run untrusted customer plugins from many tenants on shared hosts, should we use containers or virtual machines?';
    expect(answer(index, question).answered).toBe(false);
    const { answer: shown, recommended } = respond(index, evidence, question);
    expect(recommended?.recommendation.recommendation).toBe('vms');
    expect(shown).toMatchObject({ answered: true });
    expect(shown.confidence).toBe(recommended?.recommendation.confidence === 'low' ? 'low' : 'high');
  });

  it('quotes, for a choice in a thread, the claim of what the thread said the workload needs', () => {
    const { recommended } = respond(index, evidence, 'ok so which one should we pick for our shop?', {
      context: ['whats better when traffic spikes, containers or vms?'],
    });
    expect(recommended?.recommendation.recommendation).toBe('containers');
    expect(recommended?.recommendation.reasons[0]!.evidence.text).toMatch(/scal/i);
  });

  it('answers "why?" after a recommended choice with its reasons where the look-up finds nothing or only guesses', () => {
    const context = ['our donation form sits at 50 req/min all year and then 2500/min during the broadcast. containers or vms?'];
    const { answer: shown, recommended } = respond(index, evidence, 'why?', { context });
    expect(recommended?.recommendation.recommendation).toBe('containers');
    expect(shown.answered).toBe(true);
    // Or only guesses at (a closest match): after the kernel driver's choice, "whyy" had quoted "VMs can
    // be slightly slower to start…".
    const driver = ['our app needs a custom kernel driver loaded. will that fly in docker or do we need a vm'];
    expect(respond(index, evidence, 'whyy', { context: driver }).recommended?.recommendation.recommendation).toBe('vms');
    // Where the look-up answers, it answers; after a look-up question, "why?" is no choice's.
    const looked = respond(index, evidence, 'why?', { context: ['how fast do containers start?'] });
    expect(looked.recommended).toBeUndefined();
    expect(looked.answer.answered).toBe(true);
  });

  it("is as sure as the recommendation, whatever the look-up's closest match was", () => {
    const question = 'our app needs a custom kernel driver loaded. will that fly in docker or do we need a vm';
    // Alone, the look-up offers a closest match; the recommendation for VMs is sure.
    expect(answer(index, question).confidence).toBe('low');
    const { answer: shown, recommended } = respond(index, evidence, question);
    expect(recommended?.recommendation.confidence).toBe('high');
    expect(shown.confidence).toBe('high');
  });

  it('recommends for a need stated after a choice the bot could only offer the flow for, replayed from the thread', () => {
    const context = ['should I pick containers or VMs for a small web app?'];
    expect(replayedThread(index, context)).toEqual({ offered: true });
    const stated = respond(index, evidence, 'traffic is super spiky, and it is all our own code', { context });
    expect(stated.recommended?.recommendation.recommendation).toBe('containers');
    expect(stated.recommended?.recommendation.unanswered).toEqual(['kernel', 'architecture', 'density']);
    // Thanks and a decision reported are no needs; a question after an offer is routed as a question.
    expect(respond(index, evidence, 'thanks! we went with vms in the end, the tenants are happy', { context }).recommended).toBeUndefined();
    expect(followUpOf({ offered: true }, 'if containers share the kernel, is that a security risk?')).toBeUndefined();
  });

  it("recommends for the need told after the round-45 closing A/B check's choices", () => {
    const rec = (context: string[], q: string) => respond(index, evidence, q, { context }).recommended?.recommendation.recommendation;
    expect(
      rec(
        ['should the fencing quote calculator go in a container or a VM?'],
        'oh it also runs little PHP snippets our trade partners paste in, we have no clue what they do',
      ),
    ).toBe('vms');
    // A "when" that tells when, not asks it.
    expect(
      rec(
        ['where should the gritting job tracker live, containers or VMs?'],
        "when snow's forecast it gets about 25x the normal load overnight",
      ),
    ).toBe('containers');
    expect(
      rec(
        ['window cleaning round app: rota, payments, customer texts. containers or VMs?'],
        'the only box we have is a little thing with 1GB RAM',
      ),
    ).toBe('containers');
    expect(
      rec(
        ['for the knife sharpening mail-in service we want a worker per incoming order. container or VM?'],
        'each one has to be ready in about 2.5 seconds',
      ),
    ).toBe('containers');
    expect(
      rec(['fence post stock app, where should it run?', "it's pretty old"], 'actually turns out it only installs on windows server 2003'),
    ).toBe('vms');
    expect(
      rec(
        ['containers or VMs for the window cleaning booking app?', 'ta, useful'],
        'one more, our spring-clean promo makes it jump to 80x traffic for a weekend, same answer?',
      ),
    ).toBe('containers');
    expect(
      rec(
        ['sail plotter control software, container or VM?'],
        "it needs its own kernel module for the plotter's serial card, forgot to mention",
      ),
    ).toBe('vms');
  });

  it('recommends for a need told after where a thing of theirs should run was asked (round-45 A/B check)', () => {
    const rec = (context: string[], q: string) => respond(index, evidence, q, { context }).recommended?.recommendation.recommendation;
    expect(
      rec(['What should the footpath volunteers run their route-mapping tool on?'], 'oh, I should say it only runs on Windows XP'),
    ).toBe('vms');
    expect(
      rec(["Where should the model-rocketry club's telemetry decoder run?"], 'it needs its own kernel module for the radio receiver card'),
    ).toBe('vms');
  });

  it('recommends for a need stated after a plan to put the workload on one side, or after the bot is asked to pick (round-38 closing A/B check)', () => {
    const rec = (context: string[], q: string) => respond(index, evidence, q, { context }).recommended?.recommendation.recommendation;
    expect(rec(["We've been told to put the old billing tool in a container."], 'Thing is, it only runs on Windows NT 4.0.')).toBe('vms');
    expect(rec(["We've been asked to containerise the packet-marking service."], 'It loads its own netfilter kernel module.')).toBe('vms');
    expect(rec(['What would you recommend, VMs or containers?'], 'Everything has to fit on an old Mac mini with 4 GB.')).toBe('containers');
    expect(
      rec(
        ["We're rebuilding the craft-fair stall booking site.", 'Containers or VMs?'],
        'Bookings jump about 20x in the hour applications open.',
      ),
    ).toBe('containers');
    expect(
      rec(["We're planning the new stock-room scanner setup.", 'Containers or VMs?'], 'The console only runs on Windows Server 2003.'),
    ).toBe('vms');
    expect(
      respond(
        index,
        evidence,
        'Ten utilities each insist on their own VM boundary, but our developers want container-based pipelines. What setup fits?',
      ).recommended?.recommendation.recommendation,
    ).toBe('containers-on-vms');
    // Where to host a workload of theirs is the choice too; then shipping containers every day is speed.
    expect(
      rec(
        ['How should we host the partner portals?'],
        'Each of our six joint-venture partners insists on its own VM, and our developers want to keep shipping containers every day.',
      ),
    ).toBe('containers-on-vms');
    expect(routeQuestion('how do we host containers on proxmox?')).toEqual({ kind: 'lookup' });
    // A plan asked about is a question of its own.
    expect(routeQuestion("we're planning to move our app to containers, what should we watch out for?")).toEqual({ kind: 'lookup' });
    // A plan decided asks nothing.
    expect(routeQuestion('we decided to move the wiki into containers')).toEqual({ kind: 'lookup' });
    // Decisions to move it or leave it ask nothing.
    for (const [context, q] of [
      [['Thanks for the comparison.'], "OK, we'll move the internal dashboard into containers next sprint."],
      [['What about the old ERP?', 'Hmm, ok.'], 'Decided: the ERP stays on its VM for now.'],
    ] as const) {
      expect(respond(index, evidence, q, { context: [...context] }).answer.answered, q).toBe(false);
    }
  });

  it('recommends for the needs of the round-43 A/B check’s threads, told after whether one side is fine or the choice', () => {
    const rec = (context: string[], q: string) => respond(index, evidence, q, { context }).recommended?.recommendation.recommendation;
    expect(
      rec(
        ['Is it fine to put everything for our damp-proofing firm on one host using containers?'],
        'One app holds the files for our ongoing legal disputes with customers, the other is the public quote form.',
      ),
    ).toBe('vms');
    expect(
      rec(
        ['Can I test this in a container or do I need a VM?'],
        "It's our bare-metal disaster-recovery restore, which rewrites the boot sector and then reboots.",
      ),
    ).toBe('vms');
    expect(
      rec(['Is it fine to put everything for our damp-proofing firm on one host using containers?'], 'thanks, will read up'),
    ).toBeUndefined();
    expect(
      rec(
        ['Containers or VMs for our machine controller?'],
        "It's a rope-making machine whose twist controller runs a 2 ms loop and can't have any timing jitter.",
      ),
    ).toBe('vms');
    expect(
      rec(
        ['Six calligraphy societies share our hosting. What should we use?'],
        'Each society wants its own VM for peace of mind, and our developers want to deploy with containers every week.',
      ),
    ).toBe('vms');
    // Another workload of theirs, told of in a relative clause after thanks (round-43 closing A/B check: looked up).
    expect(rec(['Thanks for that.'], 'And the booking form for our open-workshop day, which goes about 45x the morning it opens?')).toBe(
      'containers',
    );
    expect(rec(['Thanks for that.'], 'And the booking form for our open-workshop day, which team owns it?')).toBeUndefined();
    // Named after what they host, in the message before.
    expect(rec(['Six calligraphy societies share our hosting.', 'what should we use?'], 'each society insists on its own vm')).toBe('vms');
    // Not a choice of what to use for something else, nor a need then told of it.
    expect(
      rec(['We run kubernetes in prod. What should we use for secrets?'], 'we need per-tenant isolation, audits are strict'),
    ).toBeUndefined();
  });

  it('recommends for the needs of the round-41 A/B check’s threads, told after the choice or a plan', () => {
    const rec = (context: string[], q: string) => respond(index, evidence, q, { context }).recommended?.recommendation.recommendation;
    expect(
      rec(
        ["Should the neighbourhood tool-share's booking site be containers or VMs?"],
        'On the annual open day, reservations jump about 30x for a few hours.',
      ),
    ).toBe('containers');
    expect(
      rec(
        ['Containers or VMs for our mail checker?'],
        'Each uploaded .eml file gets a spam score in about a second, and we want a fresh one for every message.',
      ),
    ).toBe('containers');
    expect(
      rec(
        ['My lead says we should use containers for the radiation logger.'],
        'The Geiger counter interface board needs a custom kernel module.',
      ),
    ).toBe('vms');
    expect(
      rec(
        ["We're sorting out the tailoring shop's computers.", 'Containers or VMs?'],
        'The pattern-grading software only runs on IRIX 6.5.',
      ),
    ).toBe('vms');
    // Whether the need leans the choice, told last or just before an aside (blind thread set seed-24).
    expect(
      rec(
        ["containers vs vms for a vineyard's irrigation controllers? each controller is a little linux board"],
        'the boards are tiny, not much memory or cpu. does that push us one way?',
      ),
    ).toBe('containers');
    expect(
      rec(
        [
          "We're a ferry operator. Ticketing runs on VMs and we're asked whether to move to containers before summer season",
          'summer is 5x the traffic of winter',
          'ops team is 2 people',
        ],
        'does that seasonal swing argue for containers?',
      ),
    ).toBe('containers');
    expect(rec(['what are containers?', 'lunch is at noon'], 'does that push us one way?')).toBeUndefined();
    // Round-41 closing A/B check: a plan told in the past tense, a choice asked without the two, strangers' plugins, a disk unlocked at boot.
    expect(
      rec(
        ['We were told to containerise the lighting software for the community theatre.'],
        "It talks to a DMX PCIe card that needs the vendor's out-of-tree kernel module.",
      ),
    ).toBe('vms');
    expect(
      rec(
        ['What would you pick for our sign-up page?'],
        "It's for a volunteer tree-planting day, and it gets about 30x the normal traffic in the week before the event.",
      ),
    ).toBe('containers');
    expect(
      rec(
        ['What should the hackathon registration run on?', "It's a simple form with a small API."],
        'Traffic is about 30x normal on the day registration opens.',
      ),
    ).toBe('containers');
    expect(
      rec(
        ['Containers or VMs for our chat-bot plugin runner?'],
        'People in our community submit Ruby plugins for the bot and we just run whatever they send.',
      ),
    ).toBe('vms');
    expect(
      rec(
        ['Container or VM for testing this?'],
        "It's our LUKS full-disk-encryption setup, including unlocking at boot and the reboot itself.",
      ),
    ).toBe('vms');
    // A passive plan (second round-41 review).
    expect(
      rec(['I was asked to move our payroll app to containers', 'it needs a custom kernel module'], 'does that change anything?'),
    ).toBe('vms');
    // What a document says to use is no plan of the team's.
    expect(routeQuestion('the docs say to use containers for the demo')).toEqual({ kind: 'lookup' });
  });

  it("changes a thread's recommendation with a need stated after it, but not for a look-up question", () => {
    const context = ['vm or container for our microservices?', "it's all our own code"];
    expect(replayedThread(index, context).recommendation?.answers).toEqual({ architecture: 'microservices', isolation: 'standard' });
    const changed = respond(index, evidence, 'one service needs a custom kernel module', { context });
    expect(changed.recommended?.recommendation.recommendation).not.toBe('containers');
    expect(changed.recommended?.recommendation.unanswered).toEqual(['speed', 'density']);
    // "which is cheaper to run" asks; "cheaper" is no need stated. A need in a when-clause is.
    expect(followUpOf(replayedThread(index, context), 'which is cheaper to run')).toBeUndefined();
    expect(followUpOf(replayedThread(index, context), 'which is better when one service needs a custom kernel module')).toBeDefined();
    // Read as typed past its greeting: "hey, how fast do containers start?" asks (speed is no need stated).
    expect(respond(index, evidence, 'hey, how fast do containers start?', { context }).recommended).toBeUndefined();
    expect(followUpOf(replayedThread(index, context), 'well, how quickly can containers scale out?')).toBeUndefined();
  });

  it("builds a need on the bot's latest reply: a newer offer closes the recommendation before it, a newer answer the offer", () => {
    const recommended = ['vm or container for our microservices?'];
    const offered = [...recommended, 'should we use containers or vms for our new internal wiki?'];
    expect(replayedThread(index, offered)).toEqual({ offered: true });
    const wiki = respond(index, evidence, 'it runs untrusted customer code', { context: offered });
    expect(wiki.recommended?.recommendation.unanswered).toEqual(['kernel', 'speed', 'architecture', 'density']);
    // A question answered after the offer closes it; a statement with no need leaves it open.
    expect(replayedThread(index, [...offered, 'how fast do containers start?'])).toEqual({});
    expect(replayedThread(index, [...offered, 'it is for the whole company'])).toEqual({ offered: true });
  });
});

describe('a place to try a change before the real machine (round-44 closing A/B check, T7)', () => {
  it('offers the flow, so the need told next is recommended on', () => {
    const { recommended } = respond(
      index,
      evidence,
      "it's a new nftables firewall ruleset applied at boot that could lock me out of SSH if I get it wrong",
      {
        context: ['I need somewhere to test a change before it hits the real box'],
      },
    );
    expect(recommended?.recommendation.recommendation).toBe('vms');
  });
});

describe('the needs the round-48 A/B check found declined in threads', () => {
  const recommendation = (context: string[], question: string) =>
    respond(index, evidence, question, { context }).recommended?.recommendation;

  it('recommends on a need told after a choice asked for an online store, after a thanks, or asked with "what then?"', () => {
    const store = "Where should the hat shop's online store run, containers or VMs?";
    expect(routeQuestion(store)).toEqual({ kind: 'offer-flow' });
    expect(recommendation([store, 'thanks!'], 'forgot to say, traffic goes up about 20x during the summer sale')).toMatchObject({
      recommendation: 'containers',
    });
    expect(
      recommendation(
        ["Containers or VMs for the millinery shop's pattern archive?"],
        'Thanks - one more thing, the pattern-grading program only runs on OS/2 Warp, what then?',
      ),
    ).toMatchObject({ recommendation: 'vms' });
    // "what then?" after no choice asked recommends nothing.
    expect(recommendation(['how do containers share a kernel?'], 'the program only runs on OS/2 Warp, what then?')).toBeUndefined();
  });

  it('recommends on a need of the workload the thread introduced, however its owner is named, and kept only until it is wiped', () => {
    expect(
      recommendation(
        ["Planning a server for the e-waste recycler's job tracking app."],
        "It'll also hold recovered data from customers' old hard drives until it's wiped - really sensitive stuff.",
      ),
    ).toMatchObject({ recommendation: 'vms' });
    expect(
      recommendation(
        ["Hosting the vendor software for our spring factory's test bench."],
        "The vendor's installer replaces the kernel, sets up its own init and reboots the machine a couple of times.",
      ),
    ).toMatchObject({ recommendation: 'vms' });
    // Someone else's owner, not the one introduced, is still someone else's; a need gone once something was done is gone.
    expect(
      recommendation(
        ["Hosting the vendor software for our spring factory's test bench."],
        "Our neighbour's installer replaces the kernel.",
      ),
    ).toBeUndefined();
    expect(
      recommendation(
        ["Planning a server for the e-waste recycler's job tracking app."],
        'It needed its own kernel module until we rewrote it.',
      ),
    ).toBeUndefined();
    // First round-48 review: "it's" is no owner, even where the intro says "it"; wiped by us, or the drives wiped, is
    // still to come; another of the owners the intro named is someone else.
    for (const until of ["until it's wiped", 'until we wipe it', 'until the drives are wiped', "until it's archived"])
      expect(
        recommendation(
          ["Planning a server for the recycler's job tracking app, it will run on-site."],
          `It'll also hold recovered data from customers' old hard drives ${until} - really sensitive stuff.`,
        ),
        until,
      ).toMatchObject({ recommendation: 'vms' });
    expect(
      recommendation(
        ['We are setting up a booking site for our clinic.'],
        "The other clinic's booking site gets 40x traffic every January.",
      ),
    ).toBeUndefined();
    // A need gone once something was done is gone, whatever was done (second round-48 review).
    expect(
      recommendation(
        ["Planning a server for the e-waste recycler's job tracking app."],
        'It needed its own kernel module until we deleted the old driver.',
      ),
    ).toBeUndefined();
    expect(
      recommendation(
        ["Hosting the vendor software for our spring factory's test bench."],
        "Another vendor's installer loads its own kernel module.",
      ),
    ).toBeUndefined();
  });

  it('recommends on needs the closing round-48 A/B check found declined after an intro in other words, or after thanks', () => {
    const cases: [string[], string, string][] = [
      [
        ["Moving the thatching firm's quote request form to new hosting."],
        'After a big storm we get about 35x the normal requests within a few hours.',
        'containers',
      ],
      [
        ["I want to run the sail loft's stock tracker in the workshop for now."],
        'The only spare machine is a tiny board with 768 MB of RAM.',
        'containers',
      ],
      [
        ["We have to host a vendor's lift monitoring bundle."],
        'Its installer swaps in its own kernel, rewrites the bootloader config and reboots the machine a few times.',
        'vms',
      ],
      [["Looking at hosting for the sail loft's old sail-cutting software."], 'thanks! oh and it only runs on Windows 98', 'vms'],
      [
        ["Setting up the tattoo studio's booking site.", 'thanks for that'],
        'forgot to say, on flash-sale days traffic goes up about 18x',
        'containers',
      ],
    ];
    for (const [context, told, side] of cases) expect(recommendation(context, told), told).toMatchObject({ recommendation: side });
    // Thanks alone, or what a friend said after it, recommends nothing.
    for (const told of ['thanks!', 'thanks! my friend said her shop gets 40x traffic'])
      expect(recommendation(["Setting up the tattoo studio's booking site."], told), told).toBeUndefined();
  });

  it('hears "Right, containers it is." as a decision, not a question', () => {
    // First round-48 review: other openers; not a need told after it, nor "the vm it is running on".
    for (const decided of ['Alright then, VMs it is.', 'In that case containers it is.', 'Looks like VMs it is.'])
      expect(closesOrLeavesChoice(decided), decided).toBe(true);
    // An emoji, "for now" or thanks after it still report it (second round-48 review).
    for (const decided of ['cool, containers it is 👍', 'containers it is for now', 'containers it is. actually really helpful, thanks'])
      expect(closesOrLeavesChoice(decided), decided).toBe(true);
    for (const told of [
      'so the vm it is running on only has 4gb of ram',
      'fine, containers it is - but the printer driver needs a custom kernel module',
      'right, containers it is. oh wait, the printer driver needs a custom kernel module',
    ])
      expect(closesOrLeavesChoice(told), told).toBe(false);
    for (const decided of ['Right, containers it is. Done.', 'ok, VMs it is.']) {
      const { answer: shown } = respond(index, evidence, decided, {
        context: ["Trying to choose between containers and VMs for the hosiery mill's order site."],
      });
      expect(shown.answered, decided).toBe(false);
      expect(closesOrLeavesChoice(decided), decided).toBe(true);
    }
  });
});
