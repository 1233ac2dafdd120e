import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../../../src/core/knowledge/knowledge-index.js';
import { splitFile } from '../../../src/core/knowledge/split.js';
import { evidenceFromIndex } from '../../../src/core/recommend/evidence.js';
import { recommend } from '../../../src/core/recommend/recommend.js';
import {
  asksToChoose,
  closesOrLeavesChoice,
  introducesWorkload,
  offersTheTwoAlone,
  quotedPassages,
  routeQuestion,
} from '../../../src/core/recommend/route.js';
import { expectLinearTime, expectLinearTimeUpTo, fill } from '../../support/linear-time.js';
import { MAX_INPUT_CHARS } from '../../../src/core/recommend/parse-input.js';

describe('routeQuestion()', () => {
  it.each([
    ['our app needs a custom kernel driver loaded. will that fly in docker or do we need a vm', { kernel: 'custom' }],
    ['vm or container for a multi-tenant SaaS?', { isolation: 'high' }],
    ['Which is better for microservices: containers or VMs?', { architecture: 'microservices' }],
    ['we run customer-submitted code. one sandbox per submission: vm or container?', { isolation: 'high' }],
    // No "we" or "our": the workload is named in a label the parser reads.
    ['multi tenant: vm or container?', { isolation: 'high' }],
    ['custom kernel modules - containers or vms?', { kernel: 'custom' }],
    ['hi! multi tenant: k8s pods or vms?? thanks', { isolation: 'high' }],
    ['custom kernel modules—containers or vms.', { kernel: 'custom' }],
    // Or in the question itself, with the alternatives.
    ['multi-tenant saas: isolate tenants with containers or vms?', { isolation: 'high' }],
    ['running untrusted customer code in containers or vms?', { isolation: 'high' }],
    // What customers upload, supply or provide is untrusted too.
    ['which is more secure, a vm or a container, for running stuff customers upload', { isolation: 'high' }],
    ['we run user-provided scripts, containers or vms?', { isolation: 'high' }],
    // What is said before the two are offered, where the parser reads a workload's needs in it.
    [
      'shared hosting where customers upload arbitrary php, can they share a host in containers or do they each need a vm',
      { isolation: 'high' },
    ],
    ['black friday traffic triples for the weekend, vms or containers to absorb that', { speed: 'high' }],
    // A workload named by what it is (jobs, agents, a database), not whose it is.
    ['what about running ci build agents, spin up a vm per job or containers?', { speed: 'high' }],
    // A VM platform's name is the VM side.
    ['we run untrusted customer code: k8s or esxi?', { isolation: 'high' }],
    // A yes or no about one side chooses when the other is offered as the alternative.
    ['are containers good enough for our multi-tenant saas or do we need vms?', { isolation: 'high' }],
    ['is a vm or a container better for our untrusted code?', { isolation: 'high' }],
    // "what's" that asks what is best for the asker, or offers the two for its own situation, chooses.
    ["what's cheaper for our batch jobs: vms or containers?", { density: 'high' }],
    ["what's the right call for our multi-tenant saas, vms or containers?", { isolation: 'high' }],
    ['what is a better fit for our microservices: containers or vms?', { architecture: 'microservices' }],
    // Neither side named: what to run one's own workload on is the choice this bot helps with.
    ['our traffic is bursty, what fits best?', { speed: 'high' }],
    ['we run customer code, what should we use?', { isolation: 'high' }],
    ['our app runs code customers upload, what to run it on?', { isolation: 'high' }],
    ['we are building CTF boxes players are supposed to hack their way to root on, what do we host them on', { isolation: 'high' }],
    ['what fits best for bursty traffic?', { speed: 'high' }],
    ['which is better for our vpn gateway that needs a custom kernel module?', { kernel: 'custom' }],
    ['which should we pick for an ephemeral test fleet?', { speed: 'high' }],
    // What the workload does, after a comma, offers nothing else.
    ['which should we pick for our trading app, it needs a custom kernel module for nic timestamping', { kernel: 'custom' }],
    ['which should we pick for the course autograder, it runs whatever code the students submit', { isolation: 'high' }],
    // In this bot's channel "which one" for a workload of one's own, asked on its own, is
    // containers or VMs (round-28 blind A/B check: looked up, declined).
    ['which one should we pick for a bursty api?', { speed: 'high' }],
    // Or as its last words, or with "approach", and with the workload as what should run on something.
    [
      "we host game servers and customers upload whatever mods they like, what should each customer's server run in?",
      { isolation: 'high' },
    ],
    [
      '5 customers each demand to be isolated from the others and we ship 20 microservices a day, how should we host that?',
      { isolation: 'high', architecture: 'microservices' },
    ],
    ["we process patients' genome data on a cluster other groups also use, containers or vms?", { isolation: 'high' }],
    // Other alternatives offered without an "or" do not stop the older unnamed choices.
    ['our traffic is bursty or spiky, what fits best?', { speed: 'high' }],
    // Alternatives in a list that runs on from one side, or the other side offered after a word of the workload's.
    ['vms, serverless or containers for our untrusted customer code?', { isolation: 'high', speed: 'high' }],
    ['should we run our untrusted customer code in containers for now or vms?', { isolation: 'high' }],
    // Which one copes with or handles what the workload goes through (blind set piers: looked up, declined).
    ['our ticket sales spike 20x when a tour is announced, which one copes better with that?', { speed: 'high' }],
    ['at month end our orders jump 15x, which setup handles it best?', { speed: 'high' }],
    // "or" in an amount or between days offers nothing else.
    ['when a sale starts our orders jump 15x for an hour or so, which one copes better?', { speed: 'high' }],
    ['our api gets 10x traffic on friday or saturday, which one copes better?', { speed: 'high' }],
    // Whether one side can take a workload whose need rules it out, or fits it.
    ['can i run a windows-only label printing tool in a linux container', { kernel: 'custom' }],
    ['can i run a windows-only label printing tool in a container on our linux box?', { kernel: 'custom' }],
    ['could we put the customer-uploaded plugins in a docker container?', { isolation: 'high' }],
  ])('recommends for a choice with a workload it understands: "%s"', (question, answers) => {
    const route = routeQuestion(question);
    expect(route.kind).toBe('recommend');
    if (route.kind === 'recommend') {
      expect(route.answers).toEqual(answers);
      expect(route.understood.length).toBeGreaterThan(0);
    }
  });

  it('reads no choice into "which one should we use?" with nothing of a workload, or between other things', () => {
    for (const q of [
      'which one should we use?',
      'nginx or haproxy, which one should we use?',
      'we run untrusted code. which region should we use?',
      'our api is a monolith, how should we deploy it?',
      // Nor asked only at the end, after what the workload needs: what else may be chosen there is not
      // known ("…, nginx and haproxy both look fine, which one should we use?"; round-34 reviews).
      'our rebooking page gets 30x the usual traffic within minutes, which one should we use?',
      'our app stores medical records. for logging which option works best?',
      'we handle patient records; nginx or haproxy, which one should we use?',
      'we handle patient records. for the reverse proxy, which one should we use?',
      'we run untrusted code. for the message queue, which approach works?',
      'we handle patient data, what does our staging cluster run on today?',
      'our untrusted-code sandbox runs on firecracker today, how do we host that?',
      // Which copes better, with no workload of one's own; whether one side takes a thing with no need read.
      'which one copes better with heat, copper or aluminium?',
      // Another pair offered; a side to run on asked of a thing that is no container (round-39 review).
      'our queue depth spikes 20x at night, keda or hpa, which one handles that better?',
      'can i run a windows-only tool in windows containers?',
      'can you run a legacy monolith in a container?',
      'what about our tenants, do they share a kernel?',
      // Something asked after it, with or without its mark; another pair set against each other with "vs".
      'what about our payment service, it handles card data. is it pci compliant yet',
      'how about my laptop: only 4gb of ram, will docker desktop even start',
      'our orders jump 15x at month end, keda vs hpa, which one copes better?',
      'can i run postgres in a container?',
      'can we run the nightly report in a vm?',
    ])
      expect(routeQuestion(q), q).toEqual({ kind: 'lookup' });
  });

  it.each([
    'should we use docker or a vm',
    'Should I use containers or VMs for cloud security?',
    'k8s vs vmware for a small team',
    // A workload named by what it is: a tool, a system (round-38 A/B check: looked up).
    'Should the file-audit tool be containerised or run in a VM?',
    // A plan for all of theirs on one side (round-39 A/B check).
    'My manager told me to containerise all our apps by the end of the quarter.',
    // Round-39 closing A/B check: a plan said, and where to run a thing of theirs asked.
    'The boss says containerise the lot.',
    // Round-40 A/B check: said "to" do it, or that we should.
    'Our lead said to containerise the new data logger.',
    'The architect said we should containerise the ticketing app.',
    'My colleague says we should just put everything in containers.',
    // Round-40 closing A/B check: a rule for all of them; where to host, run or test a thing of theirs.
    'Management says all new services go into containers.',
    "What's the best way to host our trade union branch's systems?",
    'Where should we test our server hardening script?',
    'How should we run the checker for uploaded PCB design files?',
    'What should we run the test lab on?',
  ])('offers the flow for a choice whose workload it cannot read: "%s"', (question) => {
    expect(routeQuestion(question)).toEqual({ kind: 'offer-flow' });
  });

  it.each([
    // What docs and tutorials say to do is no plan of the team's (first round-40 review).
    'the README says to dockerize the app before running the tests',
    'the tutorial said to containerize the app with a multi-stage build',
  ])('looks up what a document says to do: "%s"', (question) => {
    expect(routeQuestion(question)).toEqual({ kind: 'lookup' });
  });

  it('looks up how to run a container or the tests, and a decision reported (round-40 closing A/B check)', () => {
    for (const q of [
      "what's the way to run a container in the background?",
      'where can I run the tests?',
      'we decided all new services go into containers',
    ])
      expect(routeQuestion(q), q).toEqual({ kind: 'lookup' });
  });

  it('recommends on a need told after a plan, asked whether it still works (round-40 closing A/B check)', () => {
    expect(
      routeQuestion('One of our apps only runs on Windows Vista. Does that still work?', [
        "I've been told to containerise everything we run.",
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    expect(
      routeQuestion("Our FPGA board's PCIe driver is a vendor kernel module. Is that going to be a problem?", [
        'Management says all new services go into containers.',
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
  });

  it('recommends on the best option asked after what the message says it needs (round-40 closing A/B check)', () => {
    expect(
      routeQuestion(
        "Each committee insists on its own VM so nobody can see anyone else's stuff, but our developers want to ship through container pipelines. What's the sensible setup?",
      ),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high', speed: 'high' } });
  });

  it('routes the second round-43 review’s neighbours: a side word beside a need, secrets, backups on their servers', () => {
    expect(routeQuestion('can we run our kubernetes operator that needs a custom kernel module in a container?')).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    for (const q of ['is it safe to keep our secrets in a container?', 'The backups on our servers keep failing. What should we use?'])
      expect(routeQuestion(q), q).toEqual({ kind: 'lookup' });
  });

  it('reads what a workload needs from words in brackets ("software (windows server 2012 only)"; blind set jetties)', () => {
    expect(routeQuestion('could we run the old practice management software (windows server 2012 only) in a container')).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
  });

  it('routes the bare choice or how to host it after what the workload needs (round-43 closing A/B check)', () => {
    expect(
      routeQuestion(
        'We sharpen knives by post. Normally quiet, but when a popular blog featured us the order site got roughly 35x traffic for three days. How should we host it so it copes next time?',
      ),
    ).toMatchObject({ kind: 'recommend', answers: { speed: 'high' } });
    expect(
      routeQuestion(
        "We're three people running a shoe-repair ticket app, pushing changes 20 times a day, and we want to roll back in seconds when something breaks. Which should we use?",
      ),
    ).toMatchObject({ kind: 'recommend', answers: { speed: 'high' } });
    expect(routeQuestion('We use Jira. Which should we use?')).toEqual({ kind: 'lookup' });
    // A public site attacked all the time wants its breach contained.
    expect(
      routeQuestion('Our public website gets poked at by bots constantly. Is it safer to host it in a container or a VM?'),
    ).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
  });

  it('routes whether one side is fine for a workload of theirs (round-43 A/B check)', () => {
    const asked = 'Is it fine to put everything for our damp-proofing firm on one host using containers?';
    expect(routeQuestion(asked)).toEqual({ kind: 'offer-flow' });
    expect(routeQuestion('would it be ok to run our booking app in a vm?')).toEqual({ kind: 'offer-flow' });
    expect(routeQuestion('is it safe to run customer-uploaded scripts in containers?')).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    // What the thread said it needs decides it.
    expect(routeQuestion(asked, ['our intake app needs a custom kernel module'])).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    // What to use, after a sentence on what they host, in the message or the one before; not what to use for
    // something else (first round-43 review).
    expect(routeQuestion('Six calligraphy societies share our hosting. What should we use?')).toEqual({ kind: 'offer-flow' });
    expect(routeQuestion('what should we use?', ['Six calligraphy societies share our hosting.'])).toEqual({ kind: 'offer-flow' });
    for (const q of [
      'We use Jira at work. What should we use for the wiki?',
      'Our servers keep dropping packets. What should we use to debug this?',
      'I run a small bakery. What should I use for invoicing?',
      'We run kubernetes in prod. What should we use for secrets?',
    ])
      expect(routeQuestion(q), q).toEqual({ kind: 'lookup' });
    // One side put forward after a statement whose "when" is of time (blind set jetties: looked up).
    expect(
      routeQuestion(
        'monday mornings the booking site gets slammed when ppl book in after weekend football injuries, can containers handle that better',
      ),
    ).toMatchObject({ kind: 'recommend', answers: { speed: 'high' } });
    expect(routeQuestion('our printer jams a lot, can containers handle that better')).toEqual({ kind: 'lookup' });
    expect(routeQuestion('containers or vms?', ['the site gets slammed when the newsletter goes out'])).toMatchObject({
      kind: 'recommend',
    });
    expect(routeQuestion('is it ok if we run our booking app in a vm?')).toEqual({ kind: 'offer-flow' });
    // Not one side asked of something else, of the other side, of no workload of theirs, nor lunch (first
    // round-43 review).
    for (const q of [
      'is it ok to keep lunch in the fridge?',
      'is it fine to ask about containers?',
      'is it ok to post vm questions here?',
      'is it safe to run docker in a vm?',
      'is it ok to run postgres in docker?',
      'is it ok to deploy on a friday using docker?',
    ])
      expect(routeQuestion(q), q).toEqual({ kind: 'lookup' });
  });

  it('routes the round-41 A/B check’s choices: a long name, "what setup do you suggest", whether to containerise one', () => {
    expect(asksToChoose("Should the neighbourhood tool-share's booking site be containers or VMs?")).toBe(true);
    expect(
      routeQuestion(
        'We host six model-engineering societies; each society insists on its own VM, but our volunteer developers want container build pipelines. What setup do you suggest?',
      ),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high', speed: 'high' } });
    expect(routeQuestion('what setup do you suggest?')).toEqual({ kind: 'lookup' });
    expect(routeQuestion('Should we containerise our Windows Active Directory domain controller?')).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    for (const q of ['should we containerize our web app?', 'should we containerise it?'])
      expect(routeQuestion(q), q).toEqual({ kind: 'lookup' });
    // Blind set wharves: one side instead of the other; a clause asked without its mark.
    for (const q of [
      'kids photos are sensitive, should the proof gallery service get its own vm instead of sharing a host with other containers',
      'the cctv capture software at the weighbridge is windows only, is a container even possible',
      'our historian needs a custom kernel module for the serial card, can that run in a container',
      // Whether it works on a side, without its mark, after a comma or a full stop (blind set moorings).
      'the diagnostic tool needs a kernel module for the usb-can adapter, will that work in a container',
      'the diagnostic tool needs a kernel module for the usb-can adapter. will that work in a container',
    ])
      expect(routeQuestion(q), q).toMatchObject({ kind: 'recommend' });
    // One side ruled out by the need sets the two against each other (blind set moorings: looked up).
    for (const q of [
      'our fuel delivery reporting only runs on windows server, does that rule out containers',
      'the tool only runs on windows server. does that rule containers out?',
    ])
      expect(routeQuestion(q), q).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    expect(routeQuestion('does that rule out containers for us', ['the tool only runs on windows server'])).toMatchObject({
      kind: 'recommend',
    });
    // Not without a need told, nor after chatter.
    expect(routeQuestion('does that rule out containers?')).toEqual({ kind: 'lookup' });
    expect(routeQuestion('we use slack a lot. does that rule out containers?')).toEqual({ kind: 'lookup' });
    // Kept apart by VMs, with a need read (blind set moorings); not logs kept apart.
    expect(
      routeQuestion("we run two councils' leisure contracts on the same servers, should their data be kept apart with vms"),
    ).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    expect(routeQuestion('should the logs be kept separate in vms')).toEqual({ kind: 'lookup' });
    // Round-44 A/B check: where "should" puts a form; a need told against containers just decided on.
    expect(routeQuestion("should the tree surgery firm's quote form be on containers or VMs?")).toEqual({ kind: 'offer-flow' });
    expect(
      routeQuestion("the wax-temperature PCIe card needs the vendor's out-of-tree kernel module though", [
        "We're going with containers for the candle workshop.",
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    // Not a need told without a word against the decision, nor after VMs were chosen.
    expect(routeQuestion('the card needs a kernel module', ["We're going with containers for the candle workshop."])).toEqual({
      kind: 'lookup',
    });
    expect(routeQuestion('the card needs a kernel module though', ["We're going with vms for the candle workshop."])).toEqual({
      kind: 'lookup',
    });
    // Blind thread set seed-27: "still fine?" of what the thread said fits, after a need; a need demanded in a "what if".
    const site = ['rowing club here, we want an erg leaderboard site, tiny', 'A small site like that runs fine in a single container.'];
    expect(routeQuestion('we also want to let members upload their own scripts for custom workouts, still fine?', site)).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    expect(routeQuestion('we also want to let members upload their own scripts, still fine?', ['rowing club here'])).toEqual({
      kind: 'lookup',
    });
    const saas = ['containers vs vms for a multi tenant saas?', 'we are doing a bakery ordering platform'];
    expect(routeQuestion('ok and if one bakery demands their data be fully separate?', saas)).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    // First round-44 review: a need negated, past, someone else's or the desks', a content question, a boss's wish.
    const decided = ["We're going with containers for the candle workshop."];
    for (const q of [
      "but the PCIe card doesn't need any custom kernel module anymore",
      "but the old PCIe card needed the vendor's kernel module, we replaced it last year",
      "but the other team's scanner needs a custom kernel module, that's on their own box anyway",
      'but the dev laptops need windows though',
    ])
      expect(routeQuestion(q, decided), q).not.toMatchObject({ kind: 'recommend' });
    expect(routeQuestion("ah wait, the PCIe card needs the vendor's out-of-tree kernel module", decided)).toMatchObject({
      kind: 'recommend',
    });
    for (const earlier of [
      "our app doesn't need windows or any special kernel",
      "the other team's reporting app only runs on windows server",
    ])
      expect(routeQuestion('does that rule out containers?', [earlier]), earlier).toEqual({ kind: 'lookup' });
    for (const q of [
      'Our old billing app needed windows server 2008 until we rewrote it. Is docker fine for it now',
      'our devs need windows laptops for office, will that work in a container',
      'should the dashboard be showing container or vm metrics by default?',
      'should the wiki page be about containers or vms first?',
    ])
      expect(routeQuestion(q), q).not.toMatchObject({ kind: 'recommend' });
    expect(routeQuestion('should the dashboard be showing container or vm metrics by default?')).toEqual({ kind: 'lookup' });
    expect(
      routeQuestion('still fine?', [
        'A small site like that runs fine in a single container.',
        'we no longer need the custom kernel module',
      ]),
    ).toEqual({
      kind: 'lookup',
    });
    expect(routeQuestion('what if our boss insists on windows everywhere?', ['we host apps for 30 customers. containers or vms?'])).toEqual(
      {
        kind: 'lookup',
      },
    );
    // Round-44 closing A/B check: the choice for a thing of theirs, the two unnamed, offers the flow; not between other things.
    for (const q of [
      'shopfitting firm here, which should the quote portal use?',
      "what should I use for the gilding workshop's two little apps?",
      "which one for the circus school's rigging load monitor?",
    ])
      expect(routeQuestion(q), q).toEqual({ kind: 'offer-flow' });
    // A place to try a change before the real machine (T7), not somewhere to test code with nothing after it.
    expect(routeQuestion('I need somewhere to test a change before it hits the real box')).toEqual({ kind: 'offer-flow' });
    expect(routeQuestion('I need somewhere to test my code')).toEqual({ kind: 'lookup' });
    for (const q of ['which should the quote portal use, stripe or paypal?', 'which one for lunch?'])
      expect(routeQuestion(q), q).toEqual({ kind: 'lookup' });
    // Second round-44 review: a question or a kept decision after "wait"; a regulator's or a developer's demand; a
    // harmless need after "still fine?"; content placed on a page.
    for (const q of [
      'wait, does the card need a custom kernel module?',
      'wait, the card needs the vendor kernel module, but the host already has it loaded so containers are fine',
    ])
      expect(routeQuestion(q, decided), q).toEqual({ kind: 'lookup' });
    for (const q of ['what if a regulator demands an audit trail?', 'what if one developer insists on using windows laptops?'])
      expect(routeQuestion(q, ['we host apps for 30 customers. containers or vms?']), q).toEqual({ kind: 'lookup' });
    expect(
      routeQuestion('still fine?', [
        'A small site like that runs fine in a single container.',
        "it's a plain linux app with no special kernel needs",
      ]),
    ).toEqual({ kind: 'lookup' });
    expect(routeQuestion('should the signup form be on the containers page or the vms page?')).toEqual({ kind: 'lookup' });
    expect(routeQuestion('does that rule out containers?', ['the reporting app needed windows server until the 2023 rewrite'])).toEqual({
      kind: 'lookup',
    });
    // Not what would follow: "would" of a saving asks nothing of a side.
    expect(routeQuestion('we run 30 small services on vms, would it save anything')).toEqual({ kind: 'lookup' });
    expect(routeQuestion('how do i run containers instead of vms on proxmox?')).toEqual({ kind: 'lookup' });
    // "Instead of" offers the two only asked with "should", and not with a question of its own after it;
    // a plan not denied, abandoned or someone else's; containerising what the OS word is, not what it looks
    // after (first round-41 review).
    for (const q of [
      "our tenants get containers instead of vms, what's the best seccomp profile for them?",
      'can I use podman instead of a vm for testing our kernel module?',
      'our team moved the untrusted code runner to containers instead of vms last year',
      'we were going to switch to vms but the budget got cut',
      'nobody wants to move to kubernetes here',
      'chatgpt said to use containers for it',
      'everyone says use containers for the frontend',
      'we plan to move to podman from docker desktop',
      'should we dockerise the app that monitors our windows servers?',
      'should we containerise our windows build agents?',
      'should the docs site have a container or a vm example first?',
    ])
      expect(routeQuestion(q), q).not.toMatchObject({ kind: 'recommend' });
    expect(routeQuestion('we plan to move to podman from docker desktop')).toEqual({ kind: 'lookup' });
    // A pick asked for a thing of theirs that runs offers the flow; lunch or a tool does not.
    expect(routeQuestion('What would you pick for our sign-up page?')).toEqual({ kind: 'offer-flow' });
    for (const q of ['what would you pick for lunch?', 'what should we use for monitoring?'])
      expect(routeQuestion(q), q).toEqual({ kind: 'lookup' });
    expect(routeQuestion('our laptops only have 8gb of ram', ['I want to go to docker con this year'])).not.toMatchObject({
      kind: 'recommend',
    });
    // Whether a need leans the choice reaches past an aside, not past a question or a retraction.
    const thread = ['containers or vms for our api?', 'it runs customer code'];
    expect(routeQuestion('does that still work?', [...thread, 'what does seccomp do?'])).not.toMatchObject({ kind: 'recommend' });
    expect(routeQuestion('does that change anything?', [...thread, 'actually no, that was the old version'])).not.toMatchObject({
      kind: 'recommend',
    });
    expect(routeQuestion('does that blog argue for containers?', thread)).not.toMatchObject({ kind: 'recommend' });
    expect(routeQuestion('does that lean towards containers?', thread)).toMatchObject({ kind: 'recommend' });
    expect(routeQuestion('what setup would you go with?', thread)).toMatchObject({ kind: 'recommend' });
    // A bare suggestion asked only where the thread offered the two; a lean of "it" is the aside's (second review).
    expect(routeQuestion('what do you suggest?', ['our traffic spikes 10x at lunch and the nginx cache keeps missing'])).not.toMatchObject({
      kind: 'recommend',
    });
    expect(routeQuestion('what do you suggest?', ['containers or vms for our api?', 'our traffic spikes 10x at lunch'])).toMatchObject({
      kind: 'recommend',
    });
    expect(routeQuestion('does it favour containers?', [...thread, 'I just read the gVisor whitepaper'])).not.toMatchObject({
      kind: 'recommend',
    });
    // The can-it-run form reads the thing's own name again; the containerise form keeps what it looks after apart.
    expect(routeQuestion('can we run our windows-only management console in a container?')).toMatchObject({ kind: 'recommend' });
    expect(routeQuestion('should we containerise the exporter for our windows event logs?')).not.toMatchObject({ kind: 'recommend' });
    // What the two do to a count is a fact to look up, not a choice (round-41 A/B check).
    expect(routeQuestion('Does running Windows Server in VMs or in containers change how many licences we have to buy?')).toEqual({
      kind: 'lookup',
    });
    expect(routeQuestion('should we run windows server in vms or containers?')).toMatchObject({ kind: 'recommend' });
    // "would" weighs what would follow.
    expect(routeQuestion('our app is windows only, would we save anything with a container')).not.toMatchObject({ kind: 'recommend' });
  });

  it('recommends VMs for pfSense asked about as the workload, not the firewall in front (second round-40 review)', () => {
    for (const q of ['should pfSense go in a VM or a container?', 'our pfSense box needs to move off the old hardware. vm or container?'])
      expect(routeQuestion(q), q).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    expect(routeQuestion('the tutorial I followed said to containerize the app')).toEqual({ kind: 'lookup' });
    expect(
      routeQuestion('container?', ['i read an article comparing container vs vm for a batch job that runs 5 min a day']),
    ).not.toMatchObject({
      kind: 'recommend',
    });
  });

  it('leaves "which makes more sense" to another pair the thread offered', () => {
    expect(routeQuestion('which makes more sense', ['kubernetes or nomad for our cluster?'])).toEqual({ kind: 'lookup' });
  });

  it.each([
    'Can containers run on virtual machines?',
    'are VMs more secure than containers?',
    'which is cheaper, containers or vms?',
    'What are the differences between containers and virtual machines?',
    'why did our containers handle the surge better than our vms?',
    'how do I migrate a monolith from VMs to containers?',
    'what is a kernel module?',
    'containers vs vms',
    // A factor's words that name what the two are compared on, not a workload.
    'container vs vm licensing costs?',
    'containers vs VMs: overhead?',
    'vm vs container cold start times?',
    'container or vm: which has lower overhead?',
    'VMs or containers, which has the stronger security boundary?',
    'Which gives stronger isolation, containers or VMs?',
    'is isolation stronger in containers or vms?',
    'is a kata container a sandbox or a vm?',
    'windows containers or hyper-v vms - what is the difference?',
    // What something is, for the asker or not, is explained: "windows" and "licensing" are no workload.
    "what's the licensing story for windows vms vs containers",
    // A yes or no about one side, beside the other: "windows" there is a bill, not a workload.
    'do containers save money on licensing vs vms, our windows server bill is huge',
    'do containers save money on licensing vs vms, or not really, our windows server bill is huge',
    'what are the tradeoffs of containers vs vms for our team?',
    // A label naming what they are compared on asks which is better at it.
    'cost: vm or container?',
    'cold start: vm or container?',
    'density: containers or vms?',
    // Neither side named: only a workload of the asker's own that the parser reads is a choice between them.
    'which db fits better for analytics?',
    // Something else offered: a choice between those, not containers or VMs.
    'which is better for untrusted code, gvisor or seccomp profiles?',
    'which is better for our untrusted tenants, gvisor?',
    'which is better for our ci runners, github actions?',
    'which is better for our tenants, with gvisor?',
    'which should we pick for our ci runners, and what about github actions?',
    "which should we pick for our api, it's between fargate and cloud run",
    'which is better for our untrusted tenants: gvisor, kata, firecracker?',
    'which one for loop handles untrusted input',
    'why does our bursty traffic fit containers best?',
    // The "or" sets another technology beside one side: WSL or Hyper-V, not podman or a VM.
    'podman on windows - does it need WSL or hyper-v?',
    'our app runs in docker on windows, should it use WSL or a hyper-v vm?',
    // Tools or systems that work with either (round-38 review).
    'Which monitoring tools support both containers and VMs?',
    'Which software runs better in containers or VMs?',
    'should the default be containers or vms in general?',
    'should the hosts run containers or VMs?',
  ])('looks up a question that does not ask to choose for a workload: "%s"', (question) => {
    expect(asksToChoose(question)).toBe(false);
    expect(routeQuestion(question)).toEqual({ kind: 'lookup' });
  });
});

describe('routeQuestion() in a thread', () => {
  const earlier = ['why do containers start faster than vms?'];

  it('recommends for a follow-up that asks to choose for a workload, the sides named earlier in the thread', () => {
    expect(routeQuestion('ok, which one should we pick for a bursty api?', earlier)).toMatchObject({
      kind: 'recommend',
      answers: { speed: 'high' },
    });
    expect(routeQuestion('so what should we use for untrusted plugins then?', earlier)).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    expect(asksToChoose('which one should we pick for a bursty api?', earlier)).toBe(true);
    // "so which for …?", the verb left out, is no choice: "so which for the hipaa training slides?".
    for (const q of [
      'and which for the logs, loki or elasticsearch?',
      'so which for lunch, tacos or pizza?',
      'so which for lunch?',
      'so which for the hipaa training slides?',
    ])
      expect(routeQuestion(q, ['containers or vms for our multi-tenant saas?']), q).toEqual({ kind: 'lookup' });
    // What the thread said of the workload counts with what the follow-up says, which wins.
    expect(
      routeQuestion('which one should we pick for our trusted internal batch jobs?', [
        'we run untrusted customer code, containers or vms?',
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'standard' } });
    expect(
      routeQuestion('ok so which one should we pick for our batch jobs?', ['whats better for density, containers or vms']),
    ).toMatchObject({
      kind: 'recommend',
      answers: { density: 'high' },
      understood: [{ factor: 'density', words: 'density' }],
    });
  });

  it('recommends for a side ruled out or a place to run asked, after what the workload needs', () => {
    // A side ruled out, asked, after what the workload needs: a kernel release it needs.
    expect(routeQuestion("so containers won't help?", ['our app needs kernel 6.8 features but the hosts run 5.15'])).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    expect(routeQuestion("so containers won't help?", ['containers start fast'])).toEqual({ kind: 'lookup' });
    // A side put forward as the one it is, after what the workload needs, in the thread or the message.
    expect(routeQuestion("so that one's a vm then?", ['the payroll export agent only runs on windows'])).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    expect(routeQuestion("the payroll export agent only runs on windows. so it's a vm then?")).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    expect(routeQuestion("so that one's a vm then?")).toEqual({ kind: 'lookup' });
    // Told, not asked (round-39 review).
    expect(routeQuestion('those are vms', ['the payroll export agent only runs on windows'])).toEqual({ kind: 'lookup' });
    // "that one" among two workloads is the last one told (second round-39 review: VMs for the Windows job).
    const thatOne = routeQuestion("so that one's a container then?", [
      'our payroll export only runs on windows',
      'and the website spikes 10x at lunch',
    ]);
    expect(thatOne.kind === 'recommend' && thatOne.answers).toEqual({ speed: 'high' });
    // "what should we run it on" after what the workload needs.
    expect(
      routeQuestion('ok so what should we run it on', ['our signup page gets 20x traffic whenever a celebrity posts about us']),
    ).toMatchObject({ kind: 'recommend', answers: { speed: 'high' } });
    expect(routeQuestion('ok so what should we run it on', ['how do containers start so fast?'])).toEqual({ kind: 'lookup' });
    // Not what it runs on now.
    expect(routeQuestion('what does it run on today?', ['our app stores patient records'])).toEqual({ kind: 'lookup' });
    // A statement after the choice is no question: asides, decisions and needs alike are left to the
    // look-up (round-34 reviews: thanks, a decision reported and an aside had been recommended for).
    for (const q of [
      'cool, see you at standup',
      'thanks! we went with vms in the end, the tenants are happy',
      'great, I will start a fresh doc with the findings',
      'fyi the new hire installs random npm packages on his laptop',
      'btw our marketing site got 10x traffic yesterday',
      'the builds run random npm packages though',
    ])
      expect(routeQuestion(q, ['containers or vms for our ci runners?']), q).toEqual({ kind: 'lookup' });
    // The other choice asked, for something else: no choice between the two.
    expect(routeQuestion('for the team offsite, what should we do instead?', ['we run untrusted customer code'])).toEqual({
      kind: 'lookup',
    });
  });

  it('recommends for "which should we use" after a thread that said what the workload needs, sides named or not', () => {
    expect(routeQuestion('so which should we use', ['we need strong isolation for multi-tenant customers'])).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    // A thread that compared the two on something other than a workload's needs has no workload to choose for.
    expect(routeQuestion('so which should we use', earlier)).toEqual({ kind: 'lookup' });
    expect(routeQuestion('which one is faster?', ['we need strong isolation for multi-tenant customers'])).toEqual({ kind: 'lookup' });
  });

  it('recommends for a follow-up putting one side forward ("so vms?", "container ok?") after a thread that said what the workload needs', () => {
    const cases: [string, string, Record<string, string>][] = [
      ['our security team wants hard isolation', 'so vms?', { isolation: 'high' }],
      ['need a custom kernel module for the capture card', 'container ok?', { kernel: 'custom' }],
      ['we run untrusted customer code', 'can that be a container?', { isolation: 'high' }],
      ['we run untrusted customer code', 'would containers be ok?', { isolation: 'high' }],
      ['we run untrusted customer code', 'containers then?', { isolation: 'high' }],
      ['we run untrusted customer code', 'containers ok for this?', { isolation: 'high' }],
      // Whether it changes the choice.
      ['we need a custom kernel driver for our app', 'does that change the answer vm vs container?', { kernel: 'custom' }],

      ['our app uses the windows registry heavily', 'can we just containerise it on our linux cluster?', { kernel: 'custom' }],
      ['we need strong isolation between our customers workloads', 'so vm or container, just pick one', { isolation: 'high' }],
      ['we need strong isolation between our customers workloads', 'vms or containers, which one?', { isolation: 'high' }],
      ['legal wants tenant data separated harder', 'vm per customer?', { isolation: 'high' }],
      ['students will upload and run arbitrary code', 'container per submission enough?', { isolation: 'high' }],
      // A workload the follow-up names, whose needs it says itself.
      ['which one is better for isolation?', 'so should the sandbox box for our interns be a vm?', { isolation: 'high' }],
      // Several customers' workloads on one host are tenants.
      [
        'is it safe to run multiple customers workloads in containers on one host?',
        'what would you recommend for us then',
        { isolation: 'high' },
      ],
      // With the asker's aside after it.
      [
        'need to keep an old delphi app alive that only runs on windows xp',
        'can containers do it tho, docker is everywhere',
        { kernel: 'custom' },
      ],
      // The two offered with words of their own, for the workload the thread described.
      ['our legacy erp needs a specific old kernel module loaded', 'can we containerize it or stick w/ a vm?', { kernel: 'custom' }],
      // A side put forward with a hedge.
      ['the fax server only runs on an old windows build', 'vm i guess?', { kernel: 'custom' }],
      ['we run untrusted customer code', 'probably containers, right?', { isolation: 'high' }],
      ['we run untrusted customer code', 'i reckon containers?', { isolation: 'high' }],
      ['we run untrusted customer code', 'a vm, maybe?', { isolation: 'high' }],
      // What the thread says beside the need does not hide it.
      ['we run untrusted customer code on a few raspberry pis', 'containers then?', { isolation: 'high', density: 'high' }],
      // How fast it must scale or how small it must be, said of the asker's own workload; the two
      // offered again with a why.
      ['we run an ML model inference API, bursty during business hours', 'container or vm, and why', { speed: 'high' }],
      ['our traffic is super bursty', 'containers then?', { speed: 'high' }],
      ['our edge boxes only have 2gb of ram', 'so containers?', { density: 'high' }],
      // One side said not to fit, asked back (blind thread set seed-24).
      [
        'we need to run a legacy windows-only accounting package',
        "so that one can't just be a container on our linux boxes, right?",
        { kernel: 'custom' },
      ],
      // A choice asked for a workload whose speed need it reads (blind thread set seed-23).
      ['container vs vm for a batch job that runs 5 min a day', 'container?', { speed: 'high' }],
      // Which fits, for what the question or the thread says it needs (blind thread set seed-23).
      ['a results page, used on race day', 'for something idle 360 days a year, which makes more sense', { speed: 'high' }],
      ['we run untrusted customer code', 'which fits better?', { isolation: 'high' }],
      // A plan told after the need (first round-40 review).
      ['we have a data logger that needs a custom kernel module', 'Our lead said to containerise the data logger.', { kernel: 'custom' }],
      // The best option asked, with what the question weighs.
      ['we run untrusted customer code', 'cheapest option?', { isolation: 'high', density: 'high' }],
      ['we run untrusted customer code', "what's the best bet here", { isolation: 'high' }],
      ['we run untrusted customer code', 'best option if budget is tight?', { isolation: 'high', density: 'high' }],
      // The two, given what the thread said.
      ["we've got ~300 microservices, all stateless", 'containers or vms, given that', { architecture: 'microservices' }],
      ["we're building a platform for students to run code in the browser", 'container per student ok?', { isolation: 'high' }],
      // The other choice asked, for the workload the thread named.
      ['are containers secure enough for multi-tenant stuff?', 'what would you do instead then', { isolation: 'high' }],
      ['are containers secure enough for multi-tenant stuff?', "so what's the alternative?", { isolation: 'high' }],
    ];
    for (const [thread, q, answers] of cases) expect(routeQuestion(q, [thread]), q).toMatchObject({ kind: 'recommend', answers });
    // The same in one message: what the workload needs, then one side put forward.
    expect(
      routeQuestion('networking wants to test a patched kernel with their own TCP congestion module. containers ok for this?'),
    ).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    expect(routeQuestion('containers start in seconds. so vms?')).toEqual({ kind: 'lookup' });
    // The best option asked after a thread that said nothing of a workload, or alone, is no choice.
    expect(routeQuestion('cheapest option?', ['lunch at 12?'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('cheapest option?', ['how do containers start so fast?'])).toEqual({ kind: 'lookup' });
    // Nor where the thread offered something else.
    expect(routeQuestion('cheapest option?', ['untrusted code sandbox: gvisor or firecracker?'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('vm i guess?', ['containers start in seconds right'])).toEqual({ kind: 'lookup' });
    // Speed said of containers, not of a workload of the asker's; heard, or said of the two.
    expect(routeQuestion('container or vm, and why', ['containers scale out fast under bursty load'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('container or vm, and why', ['i read that containers scale out fast under bursty load'])).toEqual({
      kind: 'lookup',
    });
    expect(routeQuestion('so containers?', ['vms give stronger isolation but containers are cheaper'])).toEqual({ kind: 'lookup' });
    // A thread that asked between other things, not one saying "or" in passing.
    expect(routeQuestion('cheapest option?', ['choosing between lambda and fargate'])).toEqual({ kind: 'lookup' });
    // An alternative to something named is no choice between the two.
    expect(routeQuestion("what's the alternative to kubernetes?", ['we run untrusted customer code'])).toEqual({ kind: 'lookup' });
    for (const q of ['what should we do instead of polling the api?', 'what do you do instead on weekends?'])
      expect(routeQuestion(q, ['we run untrusted customer code']), q).toEqual({ kind: 'lookup' });
    expect(routeQuestion('cheapest option?', ['our ci runs untrusted PRs from forks, 2 or 3 jobs at a time'])).toMatchObject({
      kind: 'recommend',
    });
    // Only asked: a stack named after a need says what they run.
    expect(routeQuestion('We need strong isolation for tenants. Kubernetes.')).toEqual({ kind: 'lookup' });
    // Containerising asked about, not put forward: how, where else, or when.
    for (const q of ['can i containerise it on a mac?', 'can we containerize it without downtime?'])
      expect(routeQuestion(q, ['our app uses the windows registry heavily']), q).toEqual({ kind: 'lookup' });
    // "that" is the message before it, and the answer one to a choice.
    expect(routeQuestion('does that change the answer?', ['we handle hipaa data', 'ok thanks'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('does that change the answer?', ['is there a sla for cloud run?', 'we handle hipaa data'])).toEqual({
      kind: 'lookup',
    });
    expect(
      routeQuestion('would that change your pick?', ['containers or vms for our new app?', 'we need a custom kernel driver for it']),
    ).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    expect(
      routeQuestion('does that change it?', ['containers or vms for a ci runner fleet?', 'we build PRs from random forks']),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high' } });
    expect(routeQuestion('does that change anything?', ['we handle hipaa data', 'ok thanks'])).toEqual({ kind: 'lookup' });
    // What the workload described runs in, pointing back at it.
    expect(
      routeQuestion('we are building an interview platform that runs whatever code the candidates type in. what should that code run in?'),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high' } });
    // The two offered for no workload of their own are offered for the thread's; for one of their own, not.
    const audited = ['we host a hospital imaging archive and the auditors want strict isolation between systems'];
    expect(routeQuestion('would containers pass or should we stay on VMs', audited)).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    expect(routeQuestion('should I use containers or VMs for cloud security?', audited)).toEqual({ kind: 'offer-flow' });
    // The two alone, after the asker named a workload of their own, ask the choice for it; after a question of how the two work, they compare them.
    expect(routeQuestion('containers or VMs?', ["we're moving our booking app off an old server"])).toEqual({ kind: 'offer-flow' });
    expect(routeQuestion('containers or VMs?', ['do containers share the host kernel?'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('containers or vms?', ["we're a tiny startup with one webhook relay service"])).toEqual({ kind: 'offer-flow' });
    expect(routeQuestion('containers or vms?', ['we have a small api for the shop'])).toEqual({ kind: 'offer-flow' });
    expect(routeQuestion('containers or vms?', ['we are told containers start faster'])).toEqual({ kind: 'lookup' });
    // Telling of oneself is no thing of one's own (round-37 review).
    for (const said of ["i'm a bit confused", 'we have a few questions', "I'm running late sorry", 'I am a student writing an essay']) {
      expect(routeQuestion('containers or vms?', [said]), said).toEqual({ kind: 'lookup' });
    }
    // A choice told, not asked, is asked: the flow is offered.
    expect(routeQuestion("We're picking between containers and VMs for a charity's servers.")).toEqual({ kind: 'offer-flow' });
    // Asking advice on it asks the choice; not when it asks for facts, or denies choosing.
    expect(routeQuestion("we're deciding between containers and VMs for our multi-tenant saas, what would you suggest?")).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    for (const q of [
      "we're deciding between containers and VMs for our payroll app, what are the licensing differences?",
      "we're not deciding between containers and VMs, we already use both",
    ]) {
      expect(routeQuestion(q), q).toEqual({ kind: 'lookup' });
    }
    expect(routeQuestion('We are deciding between containers and VMs for our payroll, it holds bank details.')).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    // A workload told of without saying whose, then the two for it ("on the box"): its needs choose.
    const vineyard = ['vineyard IoT: one small edge box per field collecting sensor data'];
    expect(routeQuestion('containers or vms on the box?', vineyard)).toMatchObject({ kind: 'recommend', answers: { density: 'high' } });
    expect(routeQuestion('containers or vms here?', ["vineyard IoT, it's one small edge box per field"])).toMatchObject({
      kind: 'recommend',
      answers: { density: 'high' },
    });
    expect(routeQuestion('containers or vms on the box?', ['containers are lighter on a small box'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('containers or vms on the box?', ['is a small edge box enough?'])).toEqual({ kind: 'lookup' });
    // Not another thing than the thread's workload, nor a workload someone else told of.
    expect(routeQuestion('containers or vms on the laptops?', ['our ML training jobs need a custom kernel module for the GPUs'])).toEqual({
      kind: 'lookup',
    });
    expect(routeQuestion('containers or vms here?', ['the marketing team said netflix traffic spikes 10x every evening'])).toEqual({
      kind: 'lookup',
    });
    // Each of what the thread named is its workload; each of something else is not.
    const pipeline = ['we run a genomics pipeline with hundreds of short-lived steps'];
    expect(routeQuestion('containers or vms for each step?', pipeline)).toMatchObject({ kind: 'recommend', answers: { speed: 'high' } });
    expect(routeQuestion('containers or vms for each team?', pipeline)).toEqual({ kind: 'offer-flow' });
    // What to do, after what the workload needs in the thread of a choice, or before it in the same message.
    const plugins = ['containers vs vms for our plugin platform?'];
    expect(routeQuestion('what do we do?', [...plugins, 'plugins are arbitrary customer code'])).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    expect(routeQuestion('tenants dont trust each other at all, what do we do', plugins)).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    expect(routeQuestion('tenants dont trust each other at all, what do we do', ['containers share the host kernel'])).toEqual({
      kind: 'lookup',
    });
    expect(routeQuestion('what do we do about the shared kernel?', [...plugins, 'plugins are arbitrary customer code'])).toEqual({
      kind: 'lookup',
    });
    // A workload the thread did not name is another one; a how question offers the two to explain them.
    expect(routeQuestion('will the demo be on a vm?', ['we need strong isolation between our customers workloads'])).toEqual({
      kind: 'lookup',
    });
    // Its own needs only, then; words that point back name the thread's workload.
    const sandbox = routeQuestion('should the intern sandbox be a vm?', ['our app needs a custom kernel module']);
    expect(sandbox).toMatchObject({ kind: 'recommend', answers: { isolation: 'high' } });
    expect(sandbox.kind === 'recommend' ? sandbox.answers.kernel : undefined).toBeUndefined();
    expect(routeQuestion('should the workload be on vms?', ['our app handles untrusted customer uploads'])).toMatchObject({
      kind: 'recommend',
    });
    // Customers named, but no workloads of theirs.
    expect(routeQuestion('containers or vms for a dns server serving multiple clients?')).not.toMatchObject({
      answers: { isolation: 'high' },
    });
    // Or whether it changes the choice, after a comma, or asked bare.
    expect(
      routeQuestion('ok and we render customer-supplied scene files, change anything?', [
        'containers or vms for our 3d render farm?',
        'go on',
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high' } });
    expect(routeQuestion('change anything?', ['we handle hipaa data', 'ok thanks'])).toEqual({ kind: 'lookup' });
    // "what should it run on", the workload as subject.
    expect(
      routeQuestion('our push-alert service is idle most of the time and then 100x during storms, what should it run on'),
    ).toMatchObject({
      kind: 'recommend',
      answers: { speed: 'high' },
    });
    // Someone else's tooling, an autograder's submissions.
    expect(
      routeQuestion(
        'external pentest contractors need to run their own tooling inside our network for 2 weeks, give them containers or vms?',
      ),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high' } });
    expect(
      routeQuestion(
        'building an autograder that compiles and runs students c homework, should each submission run in a container or a vm?',
      ),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high' } });
    // The side put forward after a comma, in one sentence.
    expect(
      routeQuestion('vpn appliance we build needs a patched kernel w/ a custom netfilter module, can we ship it as a container?'),
    ).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    expect(routeQuestion('with strong tenant isolation in mind, how do containers or vms handle networking?')).toEqual({ kind: 'lookup' });
    // Unless it weighs the sides with "than".
    expect(routeQuestion('we run untrusted customer code, are containers safer or riskier than vms?')).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    // What is offered after the ask: a colon before it offers nothing.
    expect(routeQuestion('payments api that stores card details: what do we run it on?')).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    // An "or" between two amounts offers no choice of side.
    expect(routeQuestion('licensing: is software licensed per vm cheaper or more expensive once we containerize')).toEqual({
      kind: 'lookup',
    });
    // What to run a workload on, unless other things are offered.
    expect(routeQuestion('our ci jobs are bursty, what do we run them on, github actions or gitlab runners?')).toEqual({ kind: 'lookup' });
    expect(routeQuestion('does that change the answer?', ['how fast do containers start?'])).toEqual({ kind: 'lookup' });
    // A thread that said nothing of a workload, and a follow-up asking something of its own, are looked up.
    expect(routeQuestion('so vms?', ['containers start in seconds right'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('so vms are slower to start too?', ['our security team wants hard isolation'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('so vms?', [])).toEqual({ kind: 'lookup' });
    // Whether containers share the kernel describes containers, not a workload fine with sharing one;
    // a workload's need asked of one side still is one, and so is sharing it said of one's own.
    expect(routeQuestion('and vms?', ['do containers share the kernel with the host?'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('vms then?', ['can containers run untrusted code safely?'])).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    expect(routeQuestion('so containers?', ['our apps are fine sharing the host kernel'])).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'shared-ok' },
    });
    // Asked again in brief, a choice gets its recommendation again; read, the frame leaves no word, so it is tested as typed.
    expect(routeQuestion('in short?', ['legacy app on HP-UX, vm or container?'])).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    expect(routeQuestion('pls', ['legacy app on HP-UX, vm or container?'], 'tl;dr pls')).toMatchObject({ kind: 'recommend' });
    expect(routeQuestion('in short?', ['how fast do containers start?'])).toEqual({ kind: 'lookup' });
    // Past a statement after the choice ("final answer?", "verdict?" ask it again too).
    expect(routeQuestion('final answer?', ['vms or containers for customer-submitted code?', 'we have about 40 customers'])).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    // With what the statements after it say of the workload.
    expect(routeQuestion('final answer?', ['containers or vms for our new app?', 'it runs code our customers upload'])).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    expect(routeQuestion('final answer?', ['how fast do containers start?', 'it runs code our customers upload'])).toEqual({
      kind: 'lookup',
    });
  });

  it('recommends for the two alone ("vms or containers") after a thread that said what the workload needs', () => {
    expect(routeQuestion('vms or containers', ['need a custom kernel module for the capture card'])).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    expect(routeQuestion('so containers or vms?', ['we need to test our software on 5 different operating systems'])).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    expect(routeQuestion('vms or containers', ['containers are fast'])).toEqual({ kind: 'lookup' });
    // What the thread asked of how the two work, or what a word means, is no workload's need.
    expect(routeQuestion('so containers?', ['how do vms isolate workloads'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('and containers?', ['how do vms isolate workloads'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('containers or vms?', ['what does untrusted code mean?'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('and containers?', ['we run untrusted customer code from many tenants'])).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    // Nor does such a question add its factors to a need said after it.
    expect(routeQuestion('vms or containers?', ['how do vms isolate workloads', 'we run a microservices app'])).toMatchObject({
      kind: 'recommend',
      answers: { architecture: 'microservices' },
      understood: [{ factor: 'architecture' }],
    });
    expect(routeQuestion('vms or containers', [])).toEqual({ kind: 'lookup' });
  });

  it('recommends for "can we have both?" after a thread that needs two things, and not after one', () => {
    expect(routeQuestion('can we have both?', ['we need strong isolation between tenants', 'and fast scaling'])).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high', speed: 'high' },
    });
    expect(routeQuestion('what if we need both', ['we run untrusted code'])).toEqual({ kind: 'lookup' });
    expect(routeQuestion('can we have both?', ['when would you pick vms', 'when containers'])).toEqual({ kind: 'lookup' });
    // "How do we square that?" after two needs that pull apart, in the thread or the message (round-39 A/B check).
    expect(
      routeQuestion(
        'Each museum insists on its own VM for separation, but our developers ship through container pipelines. How do we square that?',
      ),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high', speed: 'high' } });
    expect(routeQuestion('how do we square that?', ['we run untrusted code'])).toEqual({ kind: 'lookup' });
    // The message "those" points to, whose needs pull apart; not two that agree or another pair (second review).
    expect(
      routeQuestion('how do i reconcile those?', ['our ci runners are tiny 2gb boxes', 'and the grafana and prometheus numbers disagree']),
    ).toEqual({
      kind: 'lookup',
    });
    expect(routeQuestion('how do we square that?', ['we run untrusted code and spike 20x at noon'])).toMatchObject({ kind: 'recommend' });
    // Balancing after a load is load balancing (round-39 review).
    expect(routeQuestion('how do we balance that?', ['our api spikes 20x at noon', 'and each museum has its own vm'])).toEqual({
      kind: 'lookup',
    });
  });

  it('recommends for another workload of theirs and what it needs, asked "what about"', () => {
    // Round-39 A/B check: declined after "Thanks for that.".
    expect(
      routeQuestion('what about our conference signup page, it gets 30x traffic when tickets open', ['Thanks for that.']),
    ).toMatchObject({ kind: 'recommend', answers: { speed: 'high' } });
    // Nothing it needs, or not theirs.
    expect(routeQuestion('what about our signup page, is it done yet?')).toEqual({ kind: 'lookup' });
    // Its closing mark, or a dash, is no question of its own.
    expect(routeQuestion('what about our signup page - it gets 30x traffic when tickets open?')).toMatchObject({ kind: 'recommend' });
    expect(routeQuestion('what about kubernetes, it gets 30x traffic?')).toEqual({ kind: 'lookup' });
    // Asked on its own, then told, after thanks (round-42 A/B check: declined).
    expect(
      routeQuestion(
        'Thanks! And what about the inspection station? It uses a PCIe frame grabber card whose driver is an out-of-tree kernel module.',
        ['Containers or VMs for our workshop apps?'],
      ),
    ).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    expect(
      routeQuestion('And the heritage open-day ticket page? It gets 35x the normal traffic in the week tickets go on sale.', [
        'Thanks for that.',
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { speed: 'high' } });
    // "the" with what follows telling of something else asks about an aspect, and a question is asked.
    expect(routeQuestion('and the cost? we pay per vm licence')).toEqual({ kind: 'lookup' });
    expect(routeQuestion('what about the tenants? do they share a kernel?')).toEqual({ kind: 'lookup' });
  });

  it('recommends where the second round-42 review found the first mends lost a recommendation, and not on hearsay', () => {
    const kind = (q: string, earlier: string[] = []) => routeQuestion(q, earlier).kind;
    expect(kind('what about our erp? it only runs on windows server', ['containers or vms for our api?'])).toBe('recommend');
    expect(kind('and the vpn? it needs a custom kernel module', ['containers or vms for our api?'])).toBe('recommend');
    expect(kind('and the api? i read that containers are less isolated', ['containers or vms for our saas?'])).toBe('lookup');
    expect(
      kind('and the scheduler? our old vendor thought it needed a custom kernel but it doesnt', ['containers or vms for our api?']),
    ).toBe('lookup');
    expect(kind('isnt a whole vm overkill for a tiny cron job')).toBe('recommend');
    // Small said of the team or the office is no small workload.
    expect(kind("is a whole vm overkill for exchange? we're a small office")).toBe('lookup');
    // The possessive of their own organisation is theirs (round-42 closing A/B check: looked up); a speaker's is not.
    expect(
      kind(
        "Now, the puppetry festival's ticket page is quiet all year but gets about 40x the traffic the day the programme comes out. Containers or VMs?",
        ['Thanks, that makes sense.'],
      ),
    ).toBe('recommend');
    expect(kind('containers or vms?', ["in the talk, the speaker's ci jobs live a few seconds each"])).toBe('lookup');
    expect(routeQuestion('is it silly to give each customer their own vm so they cant see each others data')).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
  });

  it('recommends only where the first round-42 review found a need stated, and for the variants it found missed', () => {
    const kind = (q: string, earlier: string[] = []) => routeQuestion(q, earlier).kind;
    // A whole VM asked to be too much, with no other need, of no small thing.
    expect(kind('is it dumb to give each customer its own vm? they upload random scripts')).not.toBe('recommend');
    expect(kind('isnt a full vm overkill for a domain controller')).toBe('lookup');
    expect(kind('do you think each firm should get its own vm so they cant see each others jobs')).toBe('recommend');
    // "and the X? …" of a thing that does not run, what someone else says, or a fact checked.
    expect(kind('and our windows laptops? they run docker desktop fine', ['containers or vms for our api?'])).toBe('lookup');
    expect(kind("and the tenants? they're all internal teams, no untrusted code", ['containers or vms for our saas?'])).toBe('lookup');
    expect(kind('and the docs? they say to use vms for anything untrusted', ['how do containers isolate stuff?'])).toBe('lookup');
    expect(kind('and the payment service? it handles card data right?', ['how do containers isolate stuff?'])).toBe('lookup');
    // Told of a thing that runs, in other words.
    expect(
      kind('Thanks! And the inspection station? We use a PCIe frame grabber whose driver is an out-of-tree kernel module.', [
        'Containers or VMs for our workshop apps?',
      ]),
    ).toBe('recommend');
    expect(kind('and the ticket page: traffic goes 35x the week tickets go on sale', ['Thanks for that.'])).toBe('recommend');
    // Definitions in a thread state no need.
    expect(
      kind('which would you pick', ['reading the firecracker docs', 'firecracker = own kernel per guest, gvisor = user space kernel']),
    ).not.toBe('recommend');
  });

  it('recommends where a VM of its own is asked for a thing, or a whole one asked to be too much, with a need read', () => {
    // Blind set spindles: looked up, and declined.
    expect(
      routeQuestion(
        'we run dispatch for 3 taxi firms on the same platform, should each firm get its own vm so they cant see each others jobs',
      ),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high' } });
    expect(
      routeQuestion('the job dispatch app for our mobile locksmiths is tiny, like one node service, is a whole vm a waste for that'),
    ).toMatchObject({ kind: 'recommend', answers: { density: 'high' } });
    expect(routeQuestion('telematics ingest is like 40 tiny microservices, is it dumb to give each one its own vm')).toMatchObject({
      kind: 'recommend',
      answers: { density: 'high' },
    });
    // With no need read, or explained, a look-up.
    expect(routeQuestion('should each firm get its own vm?')).toEqual({ kind: 'lookup' });
    expect(routeQuestion('explain why a whole vm is overkill for a tiny service')).toEqual({ kind: 'lookup' });
  });

  it('recommends again for a "what if" that says more of the workload, after a choice in the thread', () => {
    const choice = ['should I pick containers or VMs for a small web app?'];
    expect(routeQuestion('what if it needs a custom kernel?', choice)).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    expect(routeQuestion('and if it runs customer-submitted code?', choice)).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    // Of each, every or some of what the thread runs, as of "it".
    expect(routeQuestion('and if each service needs its own kernel version?', choice)).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    // The same choice for another workload, with "and" or without ("so for …" as read).
    for (const q of ['and for a big legacy monolith?', 'for a big legacy monolith?']) {
      expect(routeQuestion(q, ['which is better for microservices'])).toMatchObject({
        kind: 'recommend',
        answers: { architecture: 'monolith' },
      });
    }
    // After no choice, or saying nothing the parser reads, it is a question of its own.
    expect(routeQuestion('what if it needs a custom kernel?', earlier)).toEqual({ kind: 'lookup' });
    expect(routeQuestion('and for a big legacy monolith?', earlier)).toEqual({ kind: 'lookup' });
    // A workload named with something asked of it asks that, not the choice again.
    for (const q of [
      'and for autoscaling what metrics should we watch?',
      'and for the license, who pays?',
      'and for ci jobs do we need docker in docker?',
    ]) {
      expect(routeQuestion(q, ['should we use containers or vms for our api?']), q).toEqual({ kind: 'lookup' });
    }
    expect(routeQuestion('what if we get it wrong?', choice)).toEqual({ kind: 'lookup' });
    // An if-clause that is not the workload's need, or that another question follows, is no new choice.
    for (const q of [
      'if containers share the kernel, is that a security risk?',
      'what if the host kernel gets exploited?',
      'if we pick vms, what licensing costs should we expect?',
    ]) {
      expect(routeQuestion(q, ['should we use containers or vms?']), q).toEqual({ kind: 'lookup' });
    }
  });

  it.each([
    // After a thread that set no sides beside each other, or offered others, "which one" has nothing to choose between.
    ['which one should we pick for a bursty api?', ['why do containers start fast?']],
    ['which one should we pick for our bursty api?', ['nginx or haproxy as our load balancer?']],
    // A comparison in general, an explanation, or a question about one side is looked up.
    ['which one is faster?', earlier],
    ['how do we pick one for a bursty api?', earlier],
    ['should we use containers for the bursty api then?', earlier],
    ['does that hold for a bursty api too?', earlier],
    // "should we" asks how as often as which: only a choice's own words choose one of the two.
    ['what should we do first for our bursty api?', earlier],
    // Chatter in the thread of a choice: "which" of something else, or nothing to choose for.
    ['which jira board should this go on?', ['we run untrusted customer code, containers or vms?']],
    ['which team owns this?', ['we run untrusted customer code, containers or vms?']],
    ['who should we pick to review this?', ['we run untrusted customer code, containers or vms?']],
    ['which region should we deploy it to?', ['we run untrusted customer code, containers or vms?']],
    ['does anyone know which channel this is for?', ['vm or container for our microservices?']],
    ['what do we run in prod right now?', ['vm or container for our microservices?']],
  ])('looks up "%s" after %j', (question, before) => {
    expect(routeQuestion(question, before)).toEqual({ kind: 'lookup' });
  });

  it('recommends on a need told after a first message that introduced a workload of theirs (round-46 A/B check)', () => {
    expect(
      routeQuestion('Customers will upload their own Python macros to generate bond patterns and we run them server-side.', [
        "We're a brickworks building a web portal for custom brick orders.",
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high' } });
    expect(
      routeQuestion('The only hardware we have is a mini PC with 1.5 GB of RAM.', [
        'We want to host a stock tracker for our gutter cleaning vans.',
      ]),
    ).toMatchObject({
      kind: 'recommend',
      answers: { density: 'high' },
    });
    expect(
      routeQuestion('Oh, and the certificate generator software only runs on Windows Server 2008.', [
        "We're moving the electrical firm's back-office apps.",
        'Most of them are simple web forms.',
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    // "When" of time tells; "best way to host it?" after the need asks the choice.
    expect(
      routeQuestion('When storms hit, demand jumps about 35x within an hour.', [
        'Our electrical contracting firm has an emergency callout app.',
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { speed: 'high' } });
    expect(routeQuestion('our booking site traffic goes up roughly twenty-five times overnight. Best way to host it?')).toMatchObject({
      kind: 'recommend',
      answers: { speed: 'high' },
    });
    expect(routeQuestion('best way to host it?')).toEqual({ kind: 'lookup' });
    // Whether one side is required, after what it holds (blind set berths).
    expect(routeQuestion('customers log in with a saved card, does that data need to be in a vm')).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    expect(routeQuestion('does it need its own vm', ['we run untrusted customer code'])).toMatchObject({ kind: 'recommend' });
    expect(routeQuestion('does it need a vm')).toEqual({ kind: 'lookup' });
    // First round-46 review: after an introduction, not someone else's, a request after a comma, a past incident, or a
    // need told after a question of another kind; "best way to run them" after a side chosen or wanted; "does it need"
    // only of the two.
    const bakery = ["We're a small bakery running an online order site."];
    for (const q of [
      "my cousin's bakery site gets 40x the traffic at christmas",
      'the consultant reckons traffic will jump 10x in december',
      'customers upload their own macros, can you explain how seccomp works',
      'the site crashed last friday when traffic spiked 10x',
      'our container keeps getting OOM killed when traffic doubles at lunch',
      'if customers ever upload their own macros we would need to rethink everything',
    ])
      expect(routeQuestion(q, bakery), q).not.toMatchObject({ kind: 'recommend' });
    expect(
      routeQuestion('the office printer only runs on Windows XP lol', [...bakery, 'how do containers isolate processes?']),
    ).not.toMatchObject({ kind: 'recommend' });
    for (const q of ['we went with VMs, the boss prefers them. best way to run them?', 'the boss wants VMs. best way to deploy them?'])
      expect(routeQuestion(q, ['our booking api gets 10x traffic at lunch']), q).not.toMatchObject({ kind: 'recommend' });
    for (const q of ['does it need kubernetes?', 'does it need vmware?', 'do these need to be in a pod?'])
      expect(routeQuestion(q, ['we run untrusted customer code']), q).not.toMatchObject({ kind: 'recommend' });
    // Second round-46 review: a relative clause or "if" later in the message is still a need told; a request opening it is not.
    const brickworks = ["We're a brickworks building a web portal for custom brick orders."];
    for (const q of [
      'Customers will upload their own Python macros, which we run server-side.',
      'Customers will upload their own Python macros and we run them server-side. If one misbehaves it must not affect the others.',
    ])
      expect(routeQuestion(q, brickworks), q).toMatchObject({ kind: 'recommend', answers: { isolation: 'high' } });
    expect(routeQuestion('please explain seccomp, customers upload their own macros', brickworks)).not.toMatchObject({
      kind: 'recommend',
    });
    expect(routeQuestion('could we use vmware for it', ['we run untrusted customer code'])).not.toMatchObject({ kind: 'recommend' });
    expect(routeQuestion('nobody wants VMs here. best way to host it?', ['our booking api gets 10x traffic at lunch'])).toMatchObject({
      kind: 'recommend',
    });
    // The bare ask after a sentence that introduced a thing of theirs offers the flow (closing round-46 A/B check).
    for (const q of [
      'Our road-marking crew scheduling app needs a new home. What would you run it on?',
      "We want to host our clothing-bank dashboard and a couple of tiny apps. What's the best option?",
    ])
      expect(routeQuestion(q), q).toEqual({ kind: 'offer-flow' });
    // A side put forward as given to it or used for it.
    expect(routeQuestion('can i just give it a vm instead', ['our till software needs its own windows machine'])).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    expect(routeQuestion('could we use a container for it', ['we run untrusted customer code'])).toMatchObject({ kind: 'recommend' });
    expect(routeQuestion('can we use a vm?')).toEqual({ kind: 'lookup' });
    // Not asked of it, not a first message that asked something or told of someone else's, not what someone heard.
    const intro = ["We're a brickworks building a web portal for custom brick orders."];
    for (const q of [
      'Will it need strong isolation if customers upload their own macros?',
      'Customers upload their own macros. Is that a problem',
      'thanks, we went with VMs since customers upload their own macros',
      'I heard customers uploading their own code needs VMs',
    ])
      expect(routeQuestion(q, intro), q).not.toMatchObject({ kind: 'recommend' });
    for (const first of ['how do containers isolate processes?', 'I read about a brickworks whose web portal runs in containers.'])
      expect(routeQuestion('Customers will upload their own Python macros and we run them server-side.', [first]), first).not.toMatchObject(
        {
          kind: 'recommend',
        },
      );
  });

  it('offers the flow for a named product planned without "we\'re", asked "what should it go in?" (round-48 A/B check)', () => {
    expect(routeQuestion("Thinking of running Zammad for our clock repair workshop's customer tickets. What should it go in?")).toEqual({
      kind: 'offer-flow',
    });
    expect(introducesWorkload("Thinking of running Zammad for our clock repair workshop's customer tickets.")).toBe(true);
    expect(introducesWorkload('Planning on self-hosting Nextcloud for the office.')).toBe(true);
    // Not a run, a race or a city planned.
    // Nor (first round-48 review) a first time, or either side's platform.
    for (const text of [
      'Thinking of running late today.',
      'Thinking about running a marathon.',
      'Thinking of running Boston in April.',
      'Thinking of running Parkrun for the first time.',
      'Thinking of running Kubernetes for the new platform.',
      "We're thinking of running Kubernetes for the new platform.",
    ])
      expect(introducesWorkload(text), text).toBe(false);
    expect(routeQuestion('Thinking of running Boston in April. What should it go in?')).toEqual({ kind: 'lookup' });
  });

  it('recommends on the pick asked in a word after a need that rules containers out, and on "where should those run?" (round-47 A/B check)', () => {
    const kernel = ["The soil lab's shear-box logger needs its own kernel module loaded, we know that."];
    for (const q of ["OK so what's your recommendation?", 'what do you recommend?'])
      expect(routeQuestion(q, kernel), q).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    // Not after a thread whose need rules nothing out (second round-41 review), nor with no thread.
    expect(routeQuestion("what's your recommendation?", ['our traffic spikes 10x at lunch and the nginx cache keeps missing'])).toEqual({
      kind: 'lookup',
    });
    expect(routeQuestion("what's your recommendation?")).not.toMatchObject({ kind: 'recommend' });
    const told = 'Clients will be sending us their own macros and scripts that we then execute on our side. Where should those run?';
    expect(routeQuestion(told, ["We're setting up a new job system for the court transcription service."])).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    expect(routeQuestion('I wrote a blog post about containers. Where should it go?')).toEqual({ kind: 'lookup' });
    // A need told after a first message that says it is working out how or where to host a thing of theirs.
    expect(
      routeQuestion("It'll be on a little 2 GB NUC in the back office along with a couple of other things.", [
        'Thinking about how to host the tile-fitting quote tool.',
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { density: 'high' } });
    expect(
      routeQuestion('Its installer rewrites grub, loads its own drivers and reboots the machine a couple of times.', [
        'Looking at hosting for the turbine condition-monitoring software.',
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    // "Kept" separate is a need, not a past.
    expect(
      routeQuestion(
        'New workers need to be up in a second or two each time a rack goes into the tank, and they should be kept separate from each other.',
        ["We're planning the plating shop's batch tracker."],
      ),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high', speed: 'high' } });
    // Not a hosting question asked, nor someone else's plans.
    // First round-47 review: not a party, a retro or a policy planned, nor someone else's advice; a pick asked after a
    // friend's need, a maybe, or a thread that moved on or chose between other things is no recommendation.
    for (const intro of [
      'Thinking about how to host the holiday party this year.',
      'Planning where to host the team offsite.',
      'Looking at the deployment of the new HR policy next month.',
      'Currently figuring out how to run payroll for the contractors.',
      "We're thinking of hosting Christmas dinner.",
      'Thinking about how to host the turbine software, my friend said VMs.',
      'Planning how to host the party for the platform team.',
      "We're thinking of hosting Sarah for the weekend.",
      "We're thinking of running Boston in April.",
    ])
      expect(introducesWorkload(intro), intro).toBe(false);
    // A time preferred to another is no other choice (second round-47 review).
    expect(routeQuestion('it has to boot in seconds instead of minutes, containers or vms?')).toMatchObject({ kind: 'recommend' });
    for (const earlier of [
      ["My friend's startup needs a custom kernel module."],
      ['We might need a kernel module someday, not sure.'],
      ['The logger needs its own kernel module loaded.', 'How do I load a kernel module at boot on Ubuntu?'],
      ['Our sandbox runs untrusted customer code.', 'Sam thinks we should use gVisor rather than Kata.'],
    ])
      expect(routeQuestion('what do you recommend?', earlier), earlier.join(' / ')).toEqual({ kind: 'lookup' });
    expect(routeQuestion('your call', ['Customers upload their own plugins and we run them on our servers.'])).toEqual({ kind: 'lookup' });
    // Plans to run a thing of theirs, then "which way would you go?": the flow offered; not a side planned.
    expect(routeQuestion("We're thinking of running Odoo for the powder-coating workshop. Which way would you go?")).toEqual({
      kind: 'offer-flow',
    });
    expect(routeQuestion("We're thinking of running containers. Which way would you go?")).toEqual({ kind: 'lookup' });
    // A side for a thing the thread named (blind thread set seed-30), not one for something it never said a need of.
    expect(routeQuestion('vm for the billing app then?', ['our billing app is Windows-only'])).toMatchObject({
      kind: 'recommend',
      answers: { kernel: 'custom' },
    });
    expect(routeQuestion('vm for the terraform state then?', ['we use terraform'])).toEqual({ kind: 'lookup' });
    expect(introducesWorkload('Thinking about how to host it?')).toBe(false);
    expect(introducesWorkload('I heard they were thinking about how to host the quote tool.')).toBe(false);
  });

  it('offers the flow for where a thing of theirs should run, and recommends on the need told next (round-45 A/B check)', () => {
    for (const q of [
      "Where should the model-rocketry club's telemetry decoder run?",
      'What should the footpath volunteers run their route-mapping tool on?',
      'where should we host the wiki?',
    ])
      expect(routeQuestion(q), q).toEqual({ kind: 'offer-flow' });
    // Where something is, goes or runs now is no choice.
    for (const q of ['where do the tests run?', 'where should the logs go?', 'where should I run this command?'])
      expect(routeQuestion(q), q).toEqual({ kind: 'lookup' });
    // The best option after a comma, after needs told in the thread and the message.
    expect(
      routeQuestion("but we also want to deploy updates to their sites quickly and often, what's the best setup?", [
        'Four regional branches of our philatelic society each want their own isolated server.',
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high', speed: 'high' } });
    expect(routeQuestion("we use nginx and haproxy, what's the best setup?")).toEqual({ kind: 'lookup' });
    // "what fits better, containers or VMs?" after a need; a need of a thing "the" owner names is theirs, another's is not.
    expect(
      routeQuestion('what fits better, containers or VMs?', [
        "For the thatching firm's quote calculator, every request should get a fresh sandbox that's ready in about 1.5 seconds.",
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { isolation: 'high', speed: 'high' } });
    expect(
      routeQuestion('so VM or container?', [
        "The cooperage's barrel-toasting controller needs its response time to stay under 350 microseconds every single time.",
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { speed: 'low' } });
    expect(routeQuestion('so VM or container?', ["the other company's shop gets 40x the traffic on sale days"])).toEqual({
      kind: 'lookup',
    });
    // First round-45 review: the best option of other things or another topic; another party's workload; what is no
    // software; a side kept in mind or out of it is no decision.
    for (const q of ["gvisor or firecracker, what's the best option?", "for monitoring, what's the best setup?"])
      expect(routeQuestion(q, ['we run untrusted customer code']), q).toEqual({ kind: 'lookup' });
    expect(routeQuestion('so VM or container?', ["the competitor's shop gets 40x the traffic on sale days"])).toEqual({ kind: 'lookup' });
    for (const q of [
      'where should the marathon run?',
      'where should the new printer be deployed?',
      'what should the kids put their shoes on?',
    ])
      expect(routeQuestion(q), q).toEqual({ kind: 'lookup' });
    expect(routeQuestion('what fits better — containers or VMs?', ['we run untrusted customer code'])).toMatchObject({ kind: 'recommend' });
    for (const text of [
      "we'll keep containers in mind, but our app needs a custom kernel module",
      "let's keep the VM discussion for tomorrow",
      "we'll keep containers for dev only, the prod app needs a custom kernel module",
    ])
      expect(closesOrLeavesChoice(text), text).toBe(false);
    // Blind set slipways: a side put forward after a need, in other words, and a last sentence asked without its mark.
    for (const q of [
      'parlour tills run some ancient windows xp era software, can i just stick that in a container',
      'delivery van route planner is some old windows desktop thing, can it go in a docker container',
    ])
      expect(routeQuestion(q), q).toMatchObject({ kind: 'recommend', answers: { kernel: 'custom' } });
    expect(
      routeQuestion('saturday birthday party rush means the booking site falls over every weekend. would containers fix that'),
    ).toMatchObject({ kind: 'recommend', answers: { speed: 'high' } });
    expect(routeQuestion('should our card payment stuff be in its own vm separate from everything else')).toMatchObject({
      kind: 'recommend',
      answers: { isolation: 'high' },
    });
    // Second round-45 review: "for now" and "but thanks" still report the decision.
    for (const text of ["ok we'll keep the VMs for now", "we'll keep the VMs, but thanks anyway"])
      expect(closesOrLeavesChoice(text), text).toBe(true);
    // The two with a count, then what the workload is held to, told (blind thread set seed-28); a question after is its own.
    expect(
      routeQuestion('containers or 5 vms? budget is like 10 quid a month', [
        'our darts league stats site is one php app, we want to run 5 copies for different leagues on one small vps',
      ]),
    ).toMatchObject({ kind: 'recommend', answers: { density: 'high' } });
    expect(routeQuestion('containers or 5 vms? how much does each cost?', ['our darts league stats site is one php app'])).toEqual({
      kind: 'lookup',
    });
  });

  it('routes crafted messages in time proportional to their size, in a thread as alone', () => {
    const thread = ['we run untrusted customer code'];
    expectLinearTime(
      (text) => routeQuestion(text, thread),
      [
        (n) => `vm i guess${' '.repeat(Math.max(0, n - 11))}x`,
        (n) => `cheapest option${' '.repeat(Math.max(0, n - 16))}x`,
        (n) => `containers${' '.repeat(Math.max(0, n - 11))}x`,
        (n) => `containers or vms${' '.repeat(Math.max(0, n - 18))}x`,
        (n) => fill('vm or container, ', n),
      ],
      (n) => fill('we run untrusted customer code on our hosts. ', n),
    );
    expectLinearTime(offersTheTwoAlone, [(n) => `containers or vms${' '.repeat(Math.max(0, n - 18))}x`], (n) =>
      fill('containers or vms ', n),
    );
    expectLinearTime(
      (text) => routeQuestion('so vms?', [text]),
      [(n) => fill('we need ', n)],
      (n) => fill('we run untrusted code. ', n),
    );
    // Within the 2,000 characters routing reads: a side put forward, then a run of spaces (round-39
    // review: "can that be a vm" and 1,980 spaces took 8 s).
    expectLinearTimeUpTo(
      MAX_INPUT_CHARS,
      (text) => routeQuestion(text, thread),
      [
        (n) => `can that be a vm${' '.repeat(Math.max(0, n - 17))}x`,
        (n) => `so that one's a vm${' '.repeat(Math.max(0, n - 19))}x`,
        (n) => `we need it isolated, can that be a vm${' '.repeat(Math.max(0, n - 38))}x`,
      ],
      (n) => fill('we run untrusted customer code on our hosts. ', n),
    );
  });
});

describe('quotedPassages()', () => {
  let index: KnowledgeIndex;
  beforeAll(() => {
    const text = readFileSync(new URL('../../../knowledge/containers-vs-vms.md', import.meta.url), 'utf8');
    index = KnowledgeIndex.build(splitFile({ path: 'containers-vs-vms.md', text }));
  });

  it('returns the whole passages the evidence quotes, each once, in the order of the reasons', () => {
    const result = recommend({ kernel: 'custom', isolation: 'high' }, evidenceFromIndex(index));
    const passages = quotedPassages(index, result);
    expect(passages.length).toBeGreaterThan(0);
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    const quotes = [...result.reasons, ...result.caveats].map((r) => r.evidence.text);
    for (const quote of quotes) expect(passages.some((p) => p.text.includes(quote))).toBe(true);
    expect(passages[0]!.text).toContain(result.reasons[0]!.evidence.text);
  });
});

describe('closesOrLeavesChoice()', () => {
  it.each([
    'thanks, the builds run random npm packages anyway',
    'thank you! spiky traffic it is',
    'we went with the first option, the builds run random npm packages',
    "we've decided on vms, the tenants are happy",
    "we're going with containers, traffic is spiky",
    'we ended up picking the second option, our tenants love it',
    'btw our marketing site got 10x traffic yesterday',
    'fyi the hr system holds patient records',
    // Thanks after a word of praise, decisions in other words, what someone heard, a claim about the two, not knowing yet.
    'great, thanks! the tenants run their own code so this helps',
    "let's go with vms, the tenants need isolation",
    'we will use vms then, our tenants run their own code',
    'vms it is, the tenants are different banks',
    'i heard containers start in seconds',
    'containers start in seconds anyway',
    'no idea how spiky the traffic is yet, will get back to you',
    // Keeping a side (round-45 A/B check T20).
    "decided: we'll keep the VM.",
    "let's stick with containers, the tenants are happy",
  ])('"%s" closes or leaves the choice', (message) => {
    expect(closesOrLeavesChoice(message)).toBe(true);
  });

  it.each([
    'traffic is super spiky',
    'it needs a custom kernel module btw',
    'we went live last month and the traffic is spiky',
    'we decided it must never share a kernel with anyone',
    'the tenants run their own code',
    // An aside marker before the workload itself, a decision on what the workload is, "unrelated" as an adjective.
    'btw it also needs a custom kernel module',
    'by the way, it runs untrusted customer code',
    'side note: the tenants run their own code',
    'we ended up needing a custom kernel module',
    "we're going with a microservices architecture",
    'we settled on a monolith for now',
    'unrelated tenants run their own code on the same box',
    // What someone said or saw of the workload, a doubt before a need, a thing used for a need (second review).
    'we saw 10x traffic when the tv ad ran',
    'i was told it needs a custom kernel module',
    'not sure if this matters but it needs a custom kernel module',
    'the runners will check out untrusted PRs',
    "we'll use it to run untrusted customer code",
  ])('"%s" states what the workload needs', (message) => {
    expect(closesOrLeavesChoice(message)).toBe(false);
  });

  it('reads crafted messages in time proportional to their size', () => {
    expectLinearTime(
      closesOrLeavesChoice,
      [(n) => fill('we ', n), (n) => `we${' '.repeat(Math.max(0, n - 3))}x`, (n) => fill('we have already ', n)],
      (n) => fill('the tenants run their own code. ', n),
    );
  });
});
