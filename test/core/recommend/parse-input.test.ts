import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema, FACTORS, FACTOR_VALUES, describeAnswers, type Answers } from '../../../src/core/recommend/factors.js';
import { MAX_INPUT_CHARS, parseFactorInput, type FactorInput } from '../../../src/core/recommend/parse-input.js';
import { expectLinearTimeUpTo, fill } from '../../support/linear-time.js';

function answersOf(input: FactorInput): Answers {
  if (input.kind !== 'answers') throw new Error(`expected answers, got ${JSON.stringify(input)}`);
  return input.answers;
}

describe('parseFactorInput: key=value pairs', () => {
  it('parses every key with every value', () => {
    for (const factor of FACTORS) {
      for (const value of FACTOR_VALUES[factor]) {
        expect(answersOf(parseFactorInput(`${factor}=${value}`))).toEqual({ [factor]: value });
      }
    }
  });

  it.each([
    ['isolation=high speed=high', { isolation: 'high', speed: 'high' }],
    ['Isolation=HIGH  Speed = High', { isolation: 'high', speed: 'high' }],
    ['isolation: high, kernel: shared_ok', { isolation: 'high', kernel: 'shared-ok' }],
    ['kernel=custom density=standard architecture=mixed', { kernel: 'custom', density: 'standard', architecture: 'mixed' }],
    ['speed=high speed=high', { speed: 'high' }],
  ])('%s', (text, expected) => {
    expect(answersOf(parseFactorInput(text))).toEqual(expected);
  });

  it('reports pairs as understood, in flow order', () => {
    const input = parseFactorInput('speed=high isolation=high');
    expect(input).toMatchObject({
      kind: 'answers',
      understood: [
        { factor: 'isolation', value: 'high', from: 'pair', words: 'isolation=high' },
        { factor: 'speed', value: 'high', from: 'pair', words: 'speed=high' },
      ],
    });
  });

  it('lets a pair win over a phrase about the same factor', () => {
    expect(answersOf(parseFactorInput('speed=low we need fast autoscaling and run untrusted code'))).toEqual({
      speed: 'low',
      isolation: 'high',
    });
  });
});

describe('parseFactorInput: bad input names what is allowed', () => {
  it('rejects an unknown key, naming every allowed key', () => {
    const input = parseFactorInput('isolation=high colour=blue');
    expect(input).toMatchObject({ kind: 'error', code: 'UNKNOWN_FACTOR' });
    const message = (input as { message: string }).message;
    expect(message).toContain('colour');
    for (const factor of FACTORS) expect(message).toContain(factor);
  });

  it('reads what the first round-42 review found misread, and the variants it found missed', () => {
    const read = (text: string) => {
      const input = parseFactorInput(text);
      return input.kind === 'answers' ? describeAnswers(input.answers) : '';
    };
    // A factor's value or a mistyped key, spaced, is still reported.
    expect(parseFactorInput('security = high, speed = high')).toMatchObject({ kind: 'error', code: 'UNKNOWN_FACTOR' });
    expect(parseFactorInput('speed = high, isloation = high')).toMatchObject({ kind: 'error', code: 'UNKNOWN_FACTOR' });
    // What a technology is states no need.
    expect(read('firecracker = own kernel per guest, gvisor = user space kernel')).toBe('');
    expect(read('so tldr: gvisor = sandboxed, runc = shared kernel?')).toBe('');
    // Windows after a verb is the OS; a window of time is none.
    // Tested on every pr, it is continuous integration too.
    expect(read('we need to test windows builds on every pr')).toBe('kernel=custom speed=high');
    expect(read('we patch windows servers every month')).toBe('kernel=custom');
    expect(read('we have a short window every night for the batch jobs')).toBe('');
    expect(read('the signup window for the marathon opens friday and traffic goes 50x')).toBe('speed=high');
    // Load that stays, on the hosts, or compared, is no spike.
    expect(read('we have steady high load all year round, flat as a pancake')).toBe('speed=low');
    expect(read('the hypervisor hosts are under heavy load already')).toBe('');
    // A current release is what an image supplies; an old one, or one past its end of life, is not.
    expect(read('our app only runs on ubuntu 22.04')).toBe('');
    expect(read('it only runs on RHEL6.')).toBe('kernel=custom');
    expect(read('the vendor only supports it on centos 7')).toBe('kernel=custom');
    expect(read('it only runs on an old version of ubuntu')).toBe('kernel=custom');
    expect(read('our reservations system needs full access to the os')).toBe('kernel=custom');
    expect(read('the node exporter needs full os access on every host')).toBe('');
    // "the same morning" right after what the crowd does, not after a second clause.
    expect(read('every kid in the district logs in at 8am the same morning')).toBe('speed=high');
    expect(read('all the kids log in at 8am the same morning')).toBe('speed=high');
    expect(read('every customer orders before noon and we ship the same afternoon')).toBe('');
    // A monolith that keeps breaking is still one.
    expect(read('our monolith keeps breaking on every deploy')).toBe('architecture=monolith');
    // Things packed on one machine, not data or speed.
    expect(read('could we fit them all on a single server with containers vs vms?')).toBe('density=high');
    expect(read('were running out of rack space in the branch offices')).toBe('density=high');
    expect(read('can we squeeze more performance out of our db with containers or vms?')).toBe('');
    expect(read('does the whole 2tb dataset fit on one host?')).toBe('');
    expect(read('the postgres volume keeps running short on space')).toBe('');
    // Kept from seeing each other's work as a requirement, not a complaint.
    expect(read('firms must not see other firms bookings')).toBe('isolation=high');
    expect(read('our two squads cant see each others work in the shared cluster which makes reviews slow')).toBe('');
    // A licence counted per VM is a cost, whatever else the message says.
    expect(read('licensing is per active vm and its killing our budget')).toBe('density=high');
    expect(read('we pay a licence for each mac mini in the build farm, would containers cut that')).toBe('density=high');
    expect(read('licence keys per vm are expensive')).toBe('density=high');
    // A whole VM each, asked of the things run, not of customers.
    expect(read('is it silly to give each customer its own vm?')).toBe('');
    expect(read('we have 20 tiny services, would it be silly giving each one a vm')).toContain('density=high');
  });

  it('reads what the second round-42 review found lost by the first mends', () => {
    const read = (text: string) => {
      const input = parseFactorInput(text);
      return input.kind === 'answers' ? describeAnswers(input.answers) : '';
    };
    // A need stated after a spaced sign is read; only a technology's definition is blanked.
    expect(read('the capture app = needs a custom kernel module for the frame grabber')).toBe('kernel=custom');
    expect(read('our requirement = strong isolation between customers')).toBe('isolation=high');
    // In prose a spaced pair with an unknown key is prose; a message of pairs alone is reported.
    expect(read('risk = high because tenants upload code')).toBe('isolation=high');
    expect(parseFactorInput('security = high, speed = high')).toMatchObject({ kind: 'error', code: 'UNKNOWN_FACTOR' });
    // Windows of time after a verb, and the OS named with what runs it.
    expect(read('our backup windows are getting too short')).toBe('');
    expect(read('testing windows are tight before each release')).toBe('');
    expect(read('should we upgrade windows 2012 boxes to containers')).toBe('kernel=custom');
    expect(read('its a windows10 desktop app')).toBe('kernel=custom');
    // A crowd at once in more words (the second review's remaining variants of its item 15).
    expect(read('the whole school logs in at once at 8:30')).toBe('speed=high');
    expect(read('every single student in the county is gonna log in at 9 at once')).toBe('speed=high');
    expect(read('all of our customers hit the checkout at the same time')).toBe('speed=high');
    expect(read('every student hits refresh at 9am')).toBe('speed=high');
    expect(read('i hit refresh and it broke')).toBe('');
    // Spikes compared with quieter times are spikes; load read about is none.
    expect(read('heavy load on mondays vs quiet weekends')).toBe('speed=high');
    expect(read('saw a blog on how vms cope at peak times vs containers')).toBe('');
    // Point releases and releases past their end of life by 2026.
    expect(read('it only runs on centos 7.9')).toBe('kernel=custom');
    expect(read('it only runs on centos 8')).toBe('kernel=custom');
    expect(read('the erp needs full os access on the server it runs on')).toContain('kernel=custom');
    // A requirement stated with a bare "cannot", and packing said other ways.
    expect(read('clients cannot see each others files under any circumstances')).toBe('isolation=high');
    expect(read('can we squeeze more onto those boxes?')).toBe('density=high');
    expect(read('can we fit more workloads on the same hardware')).toBe('density=high');
  });

  it('reads " = " with spaces around it as prose, unless it defines a side (tuning halves)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    expect(read('patient charts = phi. ok to put that in containers or do auditors expect vms')).toBe('isolation=high');
    // A span of time called a window is no Windows.
    expect(read('state testing window = every kid logs in at 8am the same morning.')).toBe('speed=high');
    expect(read('isolation = high')).toBe('isolation=high');
    expect(parseFactorInput('colour=blue')).toMatchObject({ kind: 'error', code: 'UNKNOWN_FACTOR' });
    expect(parseFactorInput('vm = own kernel, container = shared kernel. got it')).toMatchObject({ kind: 'error' });
    expect(read('our payroll runs on windows')).toBe('kernel=custom');
    expect(parseFactorInput('the maintenance windows are on sunday').kind).toBe('error');
  });

  it.each(FACTORS)('rejects an unknown value of %s, naming its allowed values', (factor) => {
    const input = parseFactorInput(`${factor}=extreme`);
    expect(input).toMatchObject({ kind: 'error', code: 'UNKNOWN_VALUE' });
    for (const value of FACTOR_VALUES[factor]) expect((input as { message: string }).message).toContain(value);
  });

  it('rejects an empty value and conflicting values', () => {
    expect(parseFactorInput('speed=')).toMatchObject({ kind: 'error', code: 'UNKNOWN_VALUE' });
    expect(parseFactorInput('speed=high speed=low')).toMatchObject({ kind: 'error', code: 'CONFLICTING_VALUES' });
  });

  it('says so when plain text states no factor, listing the keys and values', () => {
    const input = parseFactorInput('what a lovely day');
    expect(input).toMatchObject({ kind: 'error', code: 'NOT_UNDERSTOOD' });
    expect((input as { message: string }).message).toContain('architecture=microservices|monolith|mixed');
  });

  it('does not read CIS benchmarks as CI ("cis" and "ci" share a stem)', () => {
    expect(parseFactorInput('we must meet CIS benchmarks for our app')).toMatchObject({ kind: 'error', code: 'NOT_UNDERSTOOD' });
  });

  it('reads names of operating systems and code nobody reviewed only word for word', () => {
    for (const text of [
      "we'll have as many as 400 microservices",
      'the os image is 2 gb, containers or vms for our app?',
      'we have an ms sql dos attack problem',
      'our AI generated thumbnails service, containers or vms?',
      "we'll use whatever code formatter the team likes: containers or vms?",
      'the customer said their database is slow on containers, should we use vms for it?',
      'we built a custom database for time series, containers or vms?',
    ]) {
      const input = parseFactorInput(text);
      const read = input.kind === 'answers' ? describeAnswers(input.answers) : '';
      expect(read, text).not.toMatch(/kernel=custom|isolation=high/);
    }
  });

  it('does not read building an agent as a build agent', () => {
    expect(parseFactorInput('building an AI agent, containers or vms?')).toMatchObject({ kind: 'error', code: 'NOT_UNDERSTOOD' });
    expect(describeAnswers(answersOf(parseFactorInput('our build agents')))).toBe('speed=high');
  });

  it('does not read a breakout room as an escape', () => {
    expect(parseFactorInput('we need a breakout room for the workshop, containers or vms for the lab?')).toMatchObject({
      kind: 'error',
      code: 'NOT_UNDERSTOOD',
    });
  });

  it('treats "word: text" with an unknown word as prose, not as a bad key', () => {
    expect(answersOf(parseFactorInput('note: we are multi-tenant'))).toEqual({ isolation: 'high' });
  });
});

describe('parseFactorInput: help and empty input', () => {
  it.each(['help', ' HELP ', '?', 'help?', '--help'])('%j is help', (text) => {
    expect(parseFactorInput(text)).toEqual({ kind: 'help' });
  });

  it('treats blank input as empty', () => {
    expect(parseFactorInput('   ')).toEqual({ kind: 'empty' });
  });
});

describe('parseFactorInput: plain phrases', () => {
  it.each([
    ['we run untrusted customer code and need fast autoscaling', 'isolation=high speed=high'],
    ['Multi-tenant SaaS handling regulated health data', 'isolation=high'],
    ['vm or container for multi-tenancy?', 'isolation=high'],
    ['we execute code that customers submit', 'isolation=high'],
    // Whoever submits or uploads it.
    ['a grading server that runs students submitted code', 'isolation=high'],
    ['it runs code uploaded by anyone', 'isolation=high'],
    ['batch jobs that only live for a short time', 'speed=high'],
    ['throwaway test environments per pull request', 'speed=high'],
    ['build agents for ci', 'speed=high'],
    ['no sensitive data, startup speed doesn’t matter, a monolith', 'isolation=standard speed=low architecture=monolith'],
    ['we need our own kernel modules but also fast startup', 'kernel=custom speed=high'],
    ['It is a Windows app with bursty traffic', 'kernel=custom speed=high'],
    ["we don't need kernel modules; many small services; licence costs matter", 'kernel=shared-ok architecture=microservices density=high'],
    ['a monolith plus a few microservices, steady load', 'speed=low architecture=mixed'],
    ['trusted internal tool, long-running, single application', 'isolation=standard speed=low architecture=monolith'],
    ['CI/CD runners that must start in seconds, packed densely onto few servers', 'speed=high density=high'],
    // CI jobs start, build and are thrown away.
    ['our ci builds', 'speed=high'],
    ['the build jobs of the monorepo', 'speed=high'],
    ['no ci builds here, just a monolith', 'architecture=monolith'],
    ['microservices on Kubernetes with high density', 'architecture=microservices density=high'],
    ['high isolation please', 'isolation=high'],
    ['not untrusted', 'isolation=standard'],
    ["we don't run untrusted code, and it is not multi-tenant", 'isolation=standard'],
    ['no third-party code, no strict isolation needed', 'isolation=standard'],
    // What the workload moves away from is not what it is: the services are asked about.
    ["we're breaking our monolith into a bunch of small services", 'architecture=microservices'],
    ['migrating from a monolith to microservices', 'architecture=microservices'],
    ['migrating from monolith to microservices', 'architecture=microservices'],
    ['moving off our monolith', 'architecture=monolith'],
    ['refactoring the monolith into microservices', 'architecture=microservices'],
    ["we're splitting the big legacy monolith into microservices", 'architecture=microservices'],
    ['getting rid of the monolith, going microservices', 'architecture=microservices'],
    ['leaving the monolith as is and adding microservices', 'architecture=mixed'],
    ['apart from the monolith we have 30 microservices', 'architecture=mixed'],
    // Only the architecture is left behind so: "from" and "off" say nothing of the others.
    ['we host trusted internal services separate from untrusted customer code', 'isolation=high'],
    ['internal tool that must be isolated from hostile tenants', 'isolation=high'],
    ['threat model is a well funded attacker who will try to break out', 'isolation=high'],
    ['can a student break out of the container and read other submissions', 'isolation=high'],
    ['a container breakout would be a disaster', 'isolation=high'],
    // Breaking out costs or a breakout room is no escape.
    ['containers or vms for our billing job? pls break out the costs per option', 'density=high'],
    ['steady traffic by day; off-peak we scale to zero', 'speed=high'],
  ])('%s → %s', (text, expected) => {
    expect(describeAnswers(answersOf(parseFactorInput(text)))).toBe(expected);
  });

  it('reports the words behind each factor so the person can correct them', () => {
    const input = parseFactorInput('we run untrusted customer code and need fast autoscaling');
    expect(input).toMatchObject({ kind: 'answers' });
    const understood = (input as Extract<FactorInput, { kind: 'answers' }>).understood;
    expect(understood.map((u) => u.from)).toEqual(['text', 'text']);
    expect(understood[0]!.words).toContain('untrusted');
    expect(understood[1]!.words).toContain('autoscaling');
  });

  it('reads an estate of both kinds as mixed, and "mixed" or "hybrid" of anything else as nothing of the architecture', () => {
    for (const text of ['we run mixed workloads on one cluster', 'a hybrid setup: k8s on top of vmware', 'we have a bit of both']) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('architecture=mixed');
    }
    for (const text of ['mixed criticality on one soc', 'a combination of security and speed', 'is hybrid cloud worth it']) {
      const input = parseFactorInput(text);
      expect(input.kind === 'answers' ? describeAnswers(input.answers) : '', text).not.toContain('architecture');
    }
  });

  it('reads "less overhead" as wanting a cost lower, and only a dismissal of the cost as not caring', () => {
    for (const text of ['less overhead please', 'without much overhead', 'no licence fees', 'less hardware cost']) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('density=high');
    }
    for (const text of ["overhead doesn't matter", "we don't care about overhead", 'cost is not a concern']) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('density=standard');
    }
    // A licence bound to the machine is no cost to cut (round-42 A/B check); one paid per VM is.
    expect(parseFactorInput("Our CAD software's licence is tied to the machine's MAC address").kind).toBe('error');
    expect(describeAnswers(answersOf(parseFactorInput('we pay a licence per vm, would containers cut that')))).toBe('density=high');
  });

  it('reads code from people nobody vetted as needing strong isolation, and not everyone a service serves', () => {
    for (const text of [
      'we serve random people on the internet, containers or vms?',
      'our app has external contributors',
      'we run whatever the team likes',
      'our ops team runs random scripts to rotate logs',
      'we made a few custom mods to the nginx config',
      'we upload whatever logs we have to s3 nightly',
      'we pin versions so random packages never sneak in',
      'we align public bacterial genome data from ncbi',
      'we align public bacterial genetic data',
      'they upload whatever logs they have to s3',
      'the docs team installs whatever plugins they want',
    ]) {
      const input = parseFactorInput(text);
      expect(input.kind === 'answers' ? describeAnswers(input.answers) : '', text).not.toContain('isolation');
    }
    for (const text of [
      "build PRs from random people's forks",
      'hosting a CTF for our security meetup',
      'an AI agent that runs LLM-generated shell commands',
      'random visitors paste whatever they want and we execute it',
      '3rd party vendors upload plugins that execute on our servers',
      'clients upload word docs w/ macros and we convert them server side',
      'every team gets root on their own box',
      'we handle cardholder data',
      'we keep pet owners payment details',
      'our kyc service handles passport scans',
      'the audit trail db holds patient identifiable data',
      'a browser isolation service that opens every sketchy link employees click',
      'players upload whatever mods and plugin jars they like',
      'customers can install any plugin they like on their wordpress sites',
      'the hospital prescription service',
      'the builds run random npm packages',
      'a coding-interview platform that runs whatever code the candidates type in',
      "so is a container enough for running students' homework code?",
      'some clients insist their site must not share anything with other clients',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('isolation=high');
    }
  });

  it('reads a kernel release the workload needs as its own kernel, and not one the host runs', () => {
    expect(describeAnswers(answersOf(parseFactorInput('our app needs kernel 6.8 features but the hosts run 5.15')))).toBe('kernel=custom');
    expect(parseFactorInput('we run kernel 5.15 on the hosts').kind).toBe('error');
    expect(parseFactorInput('our app needs kernel 5.4 or newer and the hosts already run 6.1').kind).toBe('error');
  });

  it('reads a DOS program as needing its own OS, and not a DoS attack', () => {
    // (An old app is a monolith too.)
    for (const text of ["it's a 16-bit dos program", 'an old ms-dos app'])
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toContain('kernel=custom');
    expect(parseFactorInput('the dos attack hit us').kind).toBe('error');
    expect(parseFactorInput('our image service converts 16-bit tiffs to jpeg').kind).toBe('error');
    expect(parseFactorInput('our red team runs a dos program').kind).toBe('error');
    expect(describeAnswers(answersOf(parseFactorInput('a vendor tool shipped as 16-bit exe files')))).toBe('kernel=custom');
  });

  it('reads several operating systems as needing their own kernels, and strict separation as strong isolation', () => {
    expect(describeAnswers(answersOf(parseFactorInput('we test on 5 different operating systems')))).toBe('kernel=custom');
    // An app bound to another operating system, however old, or to a kernel driver, needs its own kernel too.
    for (const text of [
      'our inventory app only runs on OS/2',
      'payroll still runs on SCO OpenServer',
      '.NET Framework 4.8 apps',
      'it needs a vendor kernel driver for the usb spectrometer',
      'they can install anything incl kernel stuff',
      'a legacy perl cms that needs an ancient distro',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('kernel=custom');
    }
    for (const text of ["strict separation between teams' environments", 'isolating students from each other']) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('isolation=high');
    }
  });

  it('reads hardware with little to spare as wanting a small footprint', () => {
    for (const text of [
      'our lab machines are old and low on ram',
      'small arm devices in the field',
      'run more on fewer instances',
      'edge boxes in 300 retail stores',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('density=high');
    }
    // A small host by name, or its memory in numbers, up to 8 GB.
    for (const text of [
      'old intel nuc at my parents bakery',
      'they are tiny fanless boxes',
      'a raspberry pi in the shop',
      'laptop with 8GB ram',
      'boxes with only 4gb',
      'a tiny 2gb box',
      'edge gateways have like 1GB RAM',
      'old mac mini w 8gb ram',
      'the budget is tight',
      'we only have 4gb of ram',
      'server that only has 2gb',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('density=high');
    }
    for (const text of [
      'does that matter on a 16gb box',
      'the image is 2 gb',
      'we raised the bucket limit to 4gb',
      // A workload's or a card's memory, a host's disk, a mobile network.
      'each app needs 8gb ram',
      'gpus with 8gb memory',
      'boxes with only 4gb of disk',
      'edge devices with 5g modems',
      'we ship software to 5g devices',
      'the 4g gateways in the field',
    ]) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
  });

  it('reads one workload to keep apart from others as wanting isolation, and capacity up within minutes as speed', () => {
    for (const text of [
      'want to isolate the telescope control sw from the student web stuff',
      'we need to wall off the payment service from everything else',
      'keep the admin db isolated from the rest',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('isolation=high');
    }
    expect(
      describeAnswers(answersOf(parseFactorInput('race morning we need like 50 instances up in minutes then nothing for weeks'))),
    ).toBe('speed=high');
    // A job that runs, then nothing for the rest of the day (blind set piers: looked up); not a person idle.
    expect(describeAnswers(answersOf(parseFactorInput('the invoice export runs one big job at 6am then nothing all day')))).toBe(
      'speed=high',
    );
    // Not a person's day, nor a job that crashed (round-39 review).
    expect(parseFactorInput('i run standup at 9 then nothing all day').kind).toBe('error');
    expect(parseFactorInput('the backup job crashed at 2am then nothing for hours').kind).toBe('error');
    expect(describeAnswers(answersOf(parseFactorInput('the nightly export runs at 2am then sits idle for 23 hours')))).toBe('speed=high');
    // Not a test isolated while debugging, nor a page back up after an outage.
    for (const text of ['isolate the failing test', 'the status page was back up in minutes']) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
  });

  it('reads more needs (round-39 A/B check)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    // Timing that must not waver: the knowledge's reason of consistent performance, for VMs.
    expect(read('the press controller sends a setpoint every 5 ms without hiccups')).toBe('speed=low');
    expect(read('we need consistent performance for the scoring engine')).toBe('speed=low');
    // A machine's own power states and security policy; not the hosts'.
    expect(read('we test how the kiosk image behaves when the machine hibernates and resumes')).toBe('kernel=custom');
    expect(read('we need to try SELinux policy changes, which means relabelling the whole filesystem')).toBe('kernel=custom');
    // Not the hosts' or servers', the Java library, or relabelling metrics and volumes (round-39 review).
    for (const text of [
      'the hosts hibernate at night',
      'our servers hibernate at night',
      'our spring boot app uses hibernate with postgres',
      'we relabel all the prometheus metrics at scrape time',
      'our podman volumes need :Z so selinux can relabel them',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    // Steady timing only word for word, and not where a surge says speed=high or the words say otherwise.
    expect(read('our traffic goes 30x during sales and checkout has to run without hiccups')).toBe('speed=high');
    expect(read('latency must stay predictable for the brake controller')).toBe('speed=low');
    expect(read('the loom controller needs jitter-free timing')).toBe('speed=low');
    expect(read('the dosing pump controller needs the same timing every cycle, no jitter')).toBe('speed=low');
    expect(parseFactorInput('the migration needs to be done by friday, no hiccups').kind).toBe('error');
    // Second round-39 review: a smooth move, a report, steady timing had or not needed, a machine that never
    // sleeps or the build machines', access that is not isolation, a hung job, a denied job, a job said.
    for (const text of [
      'we want to move our wiki to containers without any hiccups',
      "we've had no hiccups since moving to containers",
      "consistent performance isn't a concern for our internal wiki",
      'we had consistent performance on vms',
      'we need consistent performance between environments',
      'the machine never hibernates',
      'our build machines suspend at night to save power',
      'right now no containers can reach the internet',
      'the backup job hangs at 2am then nothing for hours',
      "for each build we don't start a job that runs the tests anymore",
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    expect(read('we ship a couple times a day')).toBe('speed=high');
    for (const text of [
      'there are no jitter requirements for this service',
      'our build farm has had consistent performance problems',
      "it's hard to get real time metrics",
      'the suite consists of performance benchmarks',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    // A job started for each unit of work, deploys counted in words, commands strangers write, a VM wall each.
    expect(read('for every incoming order we start a job that checks the stock')).toBe('speed=high');
    expect(read('for every order the system starts a job that checks stock')).toBe('speed=high');
    expect(parseFactorInput('we start a job that checks the stock').kind).toBe('error');
    // A person's to-do is no job started for each unit of work (round-39 review).
    expect(parseFactorInput('for each ticket i start a task to track it').kind).toBe('error');
    expect(read('we want to ship five times a day')).toBe('speed=high');
    expect(read('we release hundreds of times a day')).toBe('speed=high');
    // Round-39 closing A/B check: a range of deploys, a job that exits "in" half a second, network boot.
    expect(read('we push 6-8 times a day')).toBe('speed=high');
    expect(read('each job renders one label and exits, in about half a second')).toBe('speed=high');
    expect(read('we test our PXE boot images end to end')).toBe('kernel=custom');
    expect(parseFactorInput('our hosts pxe boot from the rack switch').kind).toBe('error');
    expect(read('basically any command a stranger types gets executed')).toBe('isolation=high');
    // The team's own code, reviewed, is not handed in (round-39 review).
    expect(parseFactorInput('we review any code someone writes before merge').kind).toBe('error');
    expect(read('each museum wants to be walled off in its own VM')).toBe('isolation=high');
    expect(read('the billing service needs to be isolated in a separate vm')).toBe('isolation=high');
    // No one else's code able to reach it (blind thread set seed-22); not people signing in.
    expect(read("we must show that nobody else's code can touch the pricing engine")).toBe('isolation=high');
    expect(parseFactorInput('nobody can access the admin panel without 2fa').kind).toBe('error');
  });

  it('reads code a model writes and the workload runs, and jitter that ruins a timed loop (round-40 A/B check)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    expect(read("It runs Python code that our AI assistant writes on the fly to answer customers' questions.")).toBe('isolation=high');
    expect(read('we execute LLM-generated SQL against the warehouse')).toBe('isolation=high');
    expect(read('AI-generated scripts get run nightly by the scheduler')).toBe('isolation=high');
    // Written, not run: a developer's assistant.
    for (const text of [
      'copilot writes most of our tests',
      'the model generates summaries of tickets',
      'our AI assistant writes the release notes',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    expect(read('It sends actuator commands every 2 ms, and jitter ruins the measurement.')).toBe('speed=low');
    expect(read('frames render every 16 ms and any stutter ruins the show')).toBe('speed=low');
    // Jitter that ruins something untimed is no need of the workload's.
    expect(parseFactorInput('jitter ruins our zoom calls').kind).toBe('error');
    // Files that carry code run on opening; a kernel booted with parameters; a firewall OS.
    expect(read('Blender files can carry Python scripts that run when the file is opened.')).toBe('isolation=high');
    expect(read('the spreadsheets customers send may contain macros which execute on open')).toBe('isolation=high');
    expect(parseFactorInput('our repo has scripts that run nightly').kind).toBe('error');
    expect(read('a machine is switched to cgroup v2 with a kernel boot parameter and rebooted')).toBe('kernel=custom');
    expect(read('the appliance needs its own kernel command line')).toBe('kernel=custom');
    expect(read('We want to run a pfSense firewall for the office network.')).toBe('kernel=custom');
    expect(parseFactorInput('our hypervisors boot with the kernel command line from ansible').kind).toBe('error');
  });

  it('reads none of the round-40 shapes in other senses, refused, or of the team itself (first round-40 review)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    for (const text of [
      // Code a model writes: an ORM's model, scoring, a review or a stop.
      'our ORM runs queries that the model generates',
      'our pipeline evaluates queries that the ai produces for accuracy',
      'ai-generated code is never run without review',
      'the model-generated sql is reviewed by a dba before it runs',
      'we stopped running ai-generated scripts',
      // Files with code: refused, the team's own, or code that runs something.
      'the spreadsheets no longer contain macros that run on open',
      'the files we generate contain macros that run on open',
      'our docs have scripts that run the build',
      // From anyone: a public registry, the company, plugins that crash, blocked or rejected.
      'packages from the public npm registry',
      'we install packages from the internet during the build',
      'code from anyone in the company can be deployed',
      'I keep getting random plugins crashing in my IDE',
      'we block unvetted extensions',
      'code from strangers is rejected at the gate',
      // Jitter in monitoring, a glitch in a nightly job; refreshing while waiting, a standup, a question.
      'the nightly update broke because a glitch kills the job',
      'the monitoring samples every 500 ms and jitter throws off the graphs',
      'I keep smashing refresh on the jenkins page waiting for the build',
      'everybody joins the standup at once',
      'everyone logs in at once? no, usage is spread evenly',
      // Boot parameters of Spring Boot, the nodes' kernel command line, a sysctl; the firewall in front.
      'our spring boot parameters live in application.yml',
      'the nodes boot with the kernel command line set by the platform team',
      'we tune kernel parameters like vm.max_map_count',
      'our office network sits behind pfSense',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    expect(read('all 5000 students log in at once at 9am')).toBe('speed=high');
    // Second round-40 review: a review not done stresses the risk; the rest are other senses or the team's own.
    expect(read('It runs Python code that our AI assistant writes on the fly, and nobody reviews it first.')).toBe('isolation=high');
    expect(read('we execute AI-generated SQL against prod with no review')).toBe('isolation=high');
    expect(read('the game server needs kernel boot parameters for low latency')).toBe('kernel=custom');
    expect(read('we accept uploads from anonymous users')).toBe('isolation=high');
    for (const text of [
      'each job takes a couple seconds',
      'each job takes 1.5 seconds',
      'each job takes 1 to 2 seconds',
      'each job takes ~2 s',
    ])
      expect(read(text), text).toBe('speed=high');
    for (const text of [
      'our django app runs model-generated queries',
      'we install packages from the internet',
      'I tried random extensions in vscode and now it is slow',
      'our own workbooks contain macros that run on open',
      'our 3 developers all log in at the same time',
      'each job takes 5 seconds to start and then runs for 6 hours',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    expect(read('jitter ruins the 2 ms control loop')).toBe('speed=low');
    expect(read('the files come from anyone on the internet')).toBe('isolation=high');
    expect(read('pfSense')).toBe('kernel=custom');
  });

  it('reads a fresh environment every time and a late tick that ruins a batch (round-40 closing A/B check)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    expect(read('Each upload gets checked in about a second, and we want a fresh environment every time.')).toBe('speed=high');
    expect(read('The control loop runs every 5 ms and one late tick ruins a whole batch of boards.')).toBe('speed=low');
    expect(parseFactorInput('we get a new laptop every time someone joins').kind).toBe('error');
    expect(read("the control software can't tolerate any jitter")).toBe('speed=low');
  });

  it('reads the round-41 A/B check’s needs, and not their other senses', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    const cases: [string, string][] = [
      ['On the annual open day, reservations jump about 30x for a few hours.', 'speed=high'],
      ['Each uploaded .eml file gets a spam score in about a second, and we want a fresh one for every message.', 'speed=high'],
      ['The pattern-grading software only runs on IRIX 6.5.', 'kernel=custom'],
      ["We run a template marketplace that opens sellers' uploaded .xlsm spreadsheets and runs their macros.", 'isolation=high'],
      ['Should our self-hosted password manager, Vaultwarden, run in a container or on its own VM?', 'isolation=high'],
      ["The firm keeps bodyguard rosters and clients' travel itineraries.", 'isolation=high'],
      ['Five of us push 10 or more changes a day', 'speed=high'],
      ['we need to roll back within seconds when something breaks', 'speed=high'],
      ['We need to test our Debian 11 to 12 dist-upgrade script end to end, including the reboot into the new kernel.', 'kernel=custom'],
      ['We want to test our kpatch live-patching rollout before it reaches production.', 'kernel=custom'],
      ['one Intel Compute Stick with 2 GB of RAM runs the schedule site', 'density=high'],
      ['our volunteer developers want container build pipelines', 'speed=high'],
      // Blind set wharves.
      ['the council wants proof our client data is kept apart from the other agencies we host', 'isolation=high'],
      ['the check-in backend is a tiny api, a whole vm for it feels wasteful', 'density=high'],
      // Blind thread set seed-24.
      ['the boards are tiny, not much memory or cpu.', 'density=high'],
      // Older tuning halves, read now.
      ['our match servers need to spin up in seconds when a lobby fills', 'speed=high'],
      ['fermenter temp control polls the PLCs every few ms and cant have hiccups.', 'speed=low'],
      ["we're letting partner carriers run their own plugins on our platform.", 'isolation=high'],
      ['odds engine latency has to be rock steady', 'speed=low'],
      ['asterisk in docker or on a vm? jitter is everything for us', 'speed=low'],
      ['does vm vs container matter for keeping response times steady', 'speed=low'],
      ['will containers give me consistant perf', 'speed=low'],
      ['can containers come up fast enough or do i keep vms pre-warmed', 'speed=high'],
      ['we dump ~200k camera trap images at once then nothing for weeks.', 'speed=high'],
      ['when we launch a survey traffic goes from zero to crazy in 5 min.', 'speed=high'],
      ['the rear camera has to be up in 2s', 'speed=high'],
      ['we run cargo planning and crew payroll on one box. can containers keep those apart well enough', 'isolation=high'],
      ['rider trip data must be kept isolated and secure.', 'isolation=high'],
      ['patient charts are phi', 'isolation=high'],
      ['mixed criticality on one soc (safety stuff + infotainment)', 'isolation=high'],
      ["our rsvp service is tiny and it's running in a whole vm which feels silly.", 'density=high'],
      ['item intake app runs on a small pc under the counter. the pcs are weak', 'density=high'],
      ['the keypads talk thru a serial card that has its own driver.', 'kernel=custom'],
      ['the software needs a usb dongle driver loaded in the kernel.', 'kernel=custom'],
      ['on our ECU we need linux and an RTOS side by side.', 'kernel=custom'],
      ['guest wifi stuff and the booking db on the same host', 'isolation=high'],
      ['the public site and the api on the same host', 'isolation=high'],
      ['KYC docs for high value buyers (passports etc)', 'isolation=high'],
      ['a security research lab where we detonate malware samples', 'isolation=high'],
      ['an ancient java 6 thing that needs a specific centos version', 'kernel=custom'],
      ['the bid engine needs the same latency every time', 'speed=low'],
    ];
    for (const [text, expected] of cases) expect(read(text), text).toBe(expected);
    for (const text of [
      'the apps jump 10x in size',
      'we want a new one for every customer',
      'we uploaded our spreadsheet and it runs the macros fine',
      'incoming invoices get parsed and we run the macros we wrote',
      'we dist-upgrade the hosts every sunday',
      'vendors push 10 updates a day',
      'our build pipeline runs once a month',
      'we keep logs separate from the app data',
      'a whole vm for the database is what we have',
      'we have plenty, not much memory pressure',
      'it uses not much ram',
      'the page was back up in seconds',
      'the site came back up in seconds',
      'we had consistent perf on vms',
      'keep the tests apart from prod data? no idea',
      'the tool needs a specific python version',
      'the marketing team and the sales team sit on the same floor',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads none of the round-41 shapes in their other senses (first round-41 review)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    for (const text of [
      // A bare build pipeline; commits, app updates and a transaction's rollback.
      'our build pipeline is in jenkins',
      'the monthly build pipeline',
      'each dev pushes 5 commits a day but we deploy once a month',
      'the app pushes 100 updates a day to users phones',
      'the transaction must roll back within seconds if the payment fails',
      // Scripts that are no uploaded file's; the team's own macros.
      'incoming requests hit nginx, which runs the scripts in php-fpm',
      'submitted jobs queue up and the scheduler runs their scripts on the cluster',
      'the tool opens uploaded spreadsheets and runs their macros, but only ours',
      // Kept apart: log files, a brand of one's own.
      'the log files are kept separate from each other',
      'the new brand should stay separate from the other brands we own',
      // The team's password manager, a public timetable, a lost folder.
      'we store the db credentials in our password manager',
      'our team uses KeePass',
      'the app shows public bus itineraries',
      'does anyone know the whereabouts of the old deploy docs?',
      // The servers' upgrade, an app's release upgrade, a Unix left long ago, the nodes' livepatch.
      'we dist-upgrade the servers every sunday',
      'we did a release upgrade of postgres last month',
      'we migrated off IRIX in 2003, everything is linux now',
      'canonical livepatch runs on the k8s nodes',
      // A fresh key, coffee or log file.
      'the api key expires so we generate a fresh one every time',
      'I brew a fresh one every time, cant stand stale coffee',
      'we rotate the log file and start a fresh one for each upload',
      'we book a new container for every order with the shipping line',
      // Load, time or budget; what the workload uses.
      "there's not much cpu load at night",
      "we've got not much cpu budget left this quarter",
      'it takes up barely any ram',
      // A VM heavy under load, too much hassle, its backup.
      'our dedicated vm is heavy on cpu at month end',
      'a dedicated vm is too much hassle for our 2 person team',
      'the full vm backup is too much to copy every night',
      // Loads that fall, a bigger table, growth over a year, something slower.
      'registrations dropped 10x after the price change',
      'the registrations table is 10x bigger than the orders table',
      'registrations grew 10x over the last year',
      'log-ins take 5x longer since the update',
      // Ansible Tower, a control tower, an appliance download or its logs.
      'Ansible Tower with 8gb of ram runs our playbooks',
      'the control tower has 4gb of telemetry per flight',
      'the vendor ships a 2 GB appliance download',
      'the appliance has 4 GB of logs to rotate',
      'people submit bug reports',
      'the hosts unlock at boot with tang',
      // Second round-41 review: memory of the past, the asker's laptop, results ready, standup questions, a
      // database driver, the golden ratio, someone else's view of a whole VM, a load average.
      "i don't have much memory of how the old setup worked",
      'RAM is tight on my laptop when I run the IDE',
      'the search results have to be ready in 2 seconds',
      'questions come up quickly in standup',
      'the app ships its own driver for postgres',
      'the golden ratio phi shows up in the layout code',
      'my boss thinks a whole vm is overkill',
      'the load goes from 0 to 1.5 on the host',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    // The same needs said other ways.
    for (const [text, expected] of [
      ['the boards dont have much memory', 'density=high'],
      ['memory is tight on the gateways', 'density=high'],
      ['would a whole vm be overkill for this?', 'density=high'],
      ['a vm per app feels like overkill', 'density=high'],
      ['the software only runs on Digital UNIX', 'kernel=custom'],
      ['the tenants must be kept separate from each other', 'isolation=high'],
      ['People in our community submit Ruby plugins for the bot and we just run whatever they send.', 'isolation=high'],
      ["It's our LUKS full-disk-encryption setup, including unlocking at boot and the reboot itself.", 'kernel=custom'],
      // A surge taken as a jump (second round-41 review: lost by the mends).
      ['our traffic takes a 20x jump at lunch', 'speed=high'],
    ] as const)
      expect(read(text), text).toBe(expected);
  });

  it('reads a workload idle most of the year as wanting to start fast (blind thread set seed-23)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    expect(read('for something idle 360 days a year')).toBe('speed=high');
    expect(read('rest of the year nobody looks at it')).toBe('speed=high');
    expect(parseFactorInput('our servers are idle most of the time').kind).toBe('error');
  });

  it('reads each job taking seconds as short-lived (round-40 A/B check)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    expect(read('each job takes 1-2 seconds and there are a few hundred a day')).toBe('speed=high');
    expect(read('each render job takes about 2 seconds')).toBe('speed=high');
    for (const text of ['the backup takes 2 seconds', 'each job takes a few minutes', 'each job takes 2 seconds after the deploy'])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads a crowd arriving at once as a load that jumps (blind set looms)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    expect(read('test slots get released at 6am and thousands of learners smash refresh')).toBe('speed=high');
    expect(read('thousands of users all hit it at once at 6am')).toBe('speed=high');
    expect(read('everybody logs in at once at 8am')).toBe('speed=high');
    for (const text of ['everyone works at the same time in the office', 'I hit refresh and it was fixed'])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads plugins and files from whoever happens by as untrusted (blind thread set seed-23)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    expect(read('members want to try random decoder plugins from github')).toBe('isolation=high');
    expect(read('parsing random uploads from strangers - container enough or VM')).toBe('isolation=high');
    expect(read('the files come from anyone on the internet')).toBe('isolation=high');
    for (const text of ['we generate random test files', 'i write random scripts for our backups', 'we fetch data from the public api'])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads more needs from their shape (round-37 A/B check: all declined as follow-ups)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    expect(read('One of the apps is a legacy tool that only runs on OpenIndiana (illumos)')).toBe('kernel=custom');
    expect(read('Each scanned receipt gets its own OCR worker that lives about two seconds.')).toBe('speed=high');
    expect(read('Usage is near zero most days and 20x when the quarterly price list is published.')).toBe('speed=high');
    expect(read('It will execute shell scripts that customers paste into a web form.')).toBe('isolation=high');
    expect(read('our developers want container pipelines that deploy many times a day')).toBe('speed=high');
    expect(read('we deploy 20 times a day')).toBe('speed=high');
    expect(read('Each franchise hotel owner insists on their own VM')).toBe('isolation=high');
    // Round-42 A/B check.
    expect(read('Each guild insists on having its own VM')).toBe('isolation=high');
    expect(read('Forty club members each want their own Linux box with sudo to tinker with')).toBe('isolation=high');
    // A whole VM each asked to be too much; a monolith being broken up (tuning halves).
    expect(read('our CAT tool connectors are tiny microservices. is it silly to give each one a full vm')).toBe(
      'architecture=microservices density=high',
    );
    expect(read("we're breaking our monolith into ~30 little services")).toBe('architecture=microservices');
    expect(read('our monolith needs a vm')).toBe('architecture=monolith');
    // More on each machine, and load heavy at times (tuning halves: the flow offered).
    expect(read('how many more queue-app instances could we squeeze on one host with containers vs one vm each?')).toBe('density=high');
    expect(read("we're tight on space in the lineside equipment rooms")).toBe('density=high');
    expect(read('under heavy load (monday 9am everyone posts jobs) would containers or vms give better throughput')).toBe('speed=high');
    // A kernel-wide setting one app needs, a test that reboots the machine, scripts nobody has seen (round-42
    // closing A/B check: declined); not a setting of a program's own, nor code seen before.
    expect(read("OpenSearch needs vm.max_map_count raised, but the other apps on that host don't want that changed.")).toBe(
      'kernel=custom',
    );
    expect(read('Two of our apps need different kernel sysctl settings, like different vm.swappiness')).toBe('kernel=custom');
    expect(read("One customer requires FIPS mode to be switched on. Can one container run in FIPS mode while the others don't?")).toBe(
      'kernel=custom',
    );
    expect(read("It's a Btrfs snapshot rollback that happens at boot, so the test has to reboot the machine.")).toBe('kernel=custom');
    expect(read("some of them run build scripts we've never seen")).toBe('isolation=high');
    expect(parseFactorInput('our config file needs a setting raised').kind).toBe('error');
    expect(parseFactorInput("code we've seen before").kind).toBe('error');
    // Busy on some days, quiet on others (a tuning half); not a person busy, nor "nothing else matters".
    expect(read('showroom tablets hit the catalogue api all day saturday and barely at all on monday')).toBe('speed=high');
    expect(read('hammered on weekends, quiet the rest of the week')).toBe('speed=high');
    expect(parseFactorInput('i was busy all weekend and nothing got done').kind).toBe('error');
    // Blind set spindles.
    expect(read('should each firm get its own vm so they cant see each others jobs')).toBe('isolation=high');
    expect(read('our sheet music licence server only runs on one specific old ubuntu version')).toBe('kernel=custom');
    expect(read('an old reservations system that needs full os access')).toBe('kernel=custom');
    expect(read('it only works on centos 7')).toBe('kernel=custom');
    // What the hosts run is no need; a licence server is no cost.
    expect(parseFactorInput('we run centos 7 on the hosts').kind).toBe('error');
    expect(parseFactorInput('our licence server is down again').kind).toBe('error');
    // Round-37 closing A/B check.
    expect(read("the plugins come from anyone who signs up and we don't review their code")).toBe('isolation=high');
    expect(read('each preview starts a fresh renderer that lives about one second')).toBe('speed=high');
    // Not a token's life, a long job, the team's own scripts, a monthly deploy, or a VM merely given.
    for (const text of [
      'the session tokens live 30 minutes',
      'the nightly job runs for 40 minutes',
      'scripts that our ops team writes',
      'we deploy twice a month',
      'each dev gets their own vm',
      // Round-37 review: other senses of the same shapes.
      'the new deploy tool is dead simple and 10x faster',
      'queries that users send are cached',
      'commands that clients send to the api',
      'isolate the failing test from the rest of the suite',
      'we need to isolate the root cause from the noise',
      'user sessions last about five minutes on average',
      'the job runs a few minutes after deploy',
    ]) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
    // A shape denied just before it says nothing (round-37 reviews).
    for (const text of [
      "we don't deploy 20 times a day, more like twice a month",
      "we don't have 200 tiny cron jobs, just one big app",
      "we don't need 50 instances up in minutes",
    ]) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
    expect(read('not sure yet, but we deploy 20 times a day')).toBe('speed=high');
    // Second review: what is kept apart from a test environment is a workload; a worker that lives
    // seconds before it exits, or runs a few seconds, is short-lived.
    expect(read('isolate the payment service from the test environment')).toBe('isolation=high');
    for (const text of ['each worker lives a few seconds before it exits', 'each job runs a few seconds']) {
      expect(read(text), text).toBe('speed=high');
    }
    for (const text of ['the nightly job runs for 40 minutes']) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
  });

  it('reads more needs from their words and shape (round-38 A/B check: declined follow-ups, or no need read)', () => {
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    // A machine's own boot, or a kernel that panics, wants a kernel of its own.
    expect(read("We rehearse rescuing machines that won't boot: bad fstab lines, a full /boot partition, kernel panics")).toBe(
      'kernel=custom',
    );
    expect(read('we need to test our Plymouth boot splash and LUKS disk encryption at boot time')).toBe('kernel=custom');
    // A whole desktop per user is an OS of its own.
    expect(read("our remote staff's virtual desktops (VDI)")).toBe('kernel=custom');
    // A surge of visits, a netbook or a Raspberry Pi with little memory, a job that lives half a second.
    expect(read('when our newsletter goes out we get 40x the visits for an hour')).toBe('speed=high');
    expect(read('They all have to fit on an old 2 GB netbook on a shelf')).toBe('density=high');
    expect(read('we only have a 4 GB raspberry pi')).toBe('density=high');
    expect(read('Each job resizes one product photo and lives about half a second')).toBe('speed=high');
    expect(read('we start a worker that virus-scans the attachments and exits after a few seconds')).toBe('speed=high');
    // Each party walled off at the VM level; builds pushed, or an app shipped, several times a day;
    // pipelines that deploy.
    expect(read('Each of our twelve accounting-firm clients insists on its own VM boundary')).toBe('isolation=high');
    expect(read('Each white-label partner wants to be walled off at the VM level')).toBe('isolation=high');
    expect(read('we push new builds several times a day')).toBe('speed=high');
    expect(read("Our two-person team ships the soap shop's web app several times a day")).toBe('speed=high');
    expect(read('our developers want container-based build and deploy pipelines')).toBe('speed=high');
    // Second review: surges told as higher or bigger; a key fetched or a container started before it lives.
    for (const text of ['requests go 10x higher during launches', 'page views are 10x bigger during the world cup']) {
      expect(read(text), text).toBe('speed=high');
    }
    for (const text of [
      'each worker fetches an API key, renders the PDF and exits after 2 seconds',
      'each container starts and lives about 2 seconds',
    ]) {
      expect(read(text), text).toBe('speed=high');
    }
    expect(read('our capture driver causes kernel panics that take down the whole host')).toBe('kernel=custom');
    expect(read("we're moving from monthly releases to a deploy pipeline per service")).toBe('speed=high');
    // Code handed in by whoever, whatever they like, or run without review; each party insisting on its
    // own VM (round-38 closing A/B check).
    for (const text of [
      'anyone can upload a compiled bot binary that we then execute against the other bots',
      'visitors type any query they like and we run it on a real database server',
      'a partner sends us compiled Python wheels that we have to install and run without reviewing them',
      'ten regional water utilities we serve each insist on their own VM boundary',
    ]) {
      expect(read(text), text).toContain('isolation=high');
    }
    expect(read('our developers want container-based pipelines')).toBe('speed=high');
    expect(read('our developers want to keep shipping containers every day')).toBe('speed=high');
    for (const text of ['our users send queries all day', 'queries that users send are cached']) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
    // A job that lives seconds, whatever it checks (round-38 closing A/B check: "links" had read as a link's life).
    expect(read('Each job checks one URL for broken links and lives about two seconds')).toBe('speed=high');
    for (const text of ['we deploy it several times a day', 'push to main 30 times a day', 'we deploy 20 times daily']) {
      expect(read(text), text).toBe('speed=high');
    }
    for (const text of [
      'each brand insists on its own VM',
      'each client insists on separate VMs',
      'partners must be walled off at VM level',
    ]) {
      expect(read(text), text).toBe('isolation=high');
    }
    // Not updates pushed, a meeting held daily, a pipeline run seldom, or a setup walled off (round-38 review).
    for (const text of [
      'the ferry ships cargo several times a day',
      'we push notifications several times a day',
      'we push price updates several times a day',
      'the vendor releases security updates several times a day',
      'we meet 3 times daily',
      'our deploy pipeline runs once a month',
      'the GPU is walled off at the hypervisor level',
      "we don't need our customers to be walled off at the VM level",
      'the materialized views made the report 10x faster',
      'bookings are 10x more profitable than walk-ins',
      'we flash a 2 GB pi image onto the SD cards',
      'we edited grub to enable cgroups v2 on the host',
      'our servers use LUKS encrypted disks',
      'the nightly ETL container starts and then exits after a few seconds',
      'the worker processes jobs and exits after 30 seconds of inactivity',
      'each auth token is minted and lives 30 seconds',
      // Second review.
      'each developer needs their own VM for local dev',
      'the data has to be kept at the hardware level',
      'the job starts, then exits after a few seconds',
      'upstream releases new versions several times a day and we just pull',
    ]) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
    // Not a container that will not start, or an export that runs for minutes.
    for (const text of ["the container doesn't boot", 'the nightly export runs and exits after a few minutes']) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
  });

  it('reads a need told as past, or no longer needed, as no need now (round-37 review, left then)', () => {
    for (const text of [
      'we used to run untrusted code from customers but stopped',
      'we used to have 200 tiny cron jobs, now it is one big app',
      'we previously had a custom kernel module but dropped it',
      'back in 2019 we ran customer code, now it is only our own services',
      'in the past we needed windows',
      'we used to deploy 20 times a day',
      // Round-38 review: more ways to tell the past.
      'back in the day we ran untrusted code',
      'until last year we ran untrusted customer code',
      'so we used to run untrusted customer code on shared hosts',
      'we all used to run a monolith',
      'previously our team of about a dozen backend engineers working across three offices had 200 tiny cron jobs',
    ]) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
    const read = (text: string) => describeAnswers(answersOf(parseFactorInput(text)));
    // No longer needed is not needed, however it is put.
    expect(read('we no longer need a custom kernel module')).toBe('kernel=shared-ok');
    expect(read('a custom kernel module is no longer needed')).toBe('kernel=shared-ok');
    expect(read('we no longer need to run untrusted code')).toBe('isolation=standard');
    // Being used to something is not past, nor a tool used to do something, nor what was said before,
    // nor a need told before what once was (round-38 review).
    for (const text of [
      "we're used to running untrusted code",
      'the team is so used to docker that we run customer code',
      'as mentioned previously we run untrusted customer code',
    ]) {
      expect(read(text), text).toBe('isolation=high');
    }
    expect(read('the tool used to build our images needs a custom kernel module')).toBe('kernel=custom');
    expect(read("I'm used to docker so we need fast startup")).toBe('speed=high');
    expect(read('our ops team is more used to vms so we need windows')).toBe('kernel=custom');
    expect(read('it still needs windows as it previously did')).toBe('kernel=custom');
    // What is so now, after what was: the present counts, and a later shape of the same kind.
    expect(read('we used to run on vms now we need fast autoscaling')).toBe('speed=high');
    expect(read('back in 2019 we had 50 small apps, now we have 300 small apps')).toBe('density=high');
    // Second review: the present after a reason ("because it needs"), "ago" of what began, what was
    // mentioned, a tool "we used" are no past.
    for (const text of [
      'we used to run it on vms because it needs a custom kernel module',
      'the tool we used to build our images needs a custom kernel module',
    ]) {
      expect(read(text), text).toBe('kernel=custom');
    }
    expect(read('two years ago we split the monolith into 40 microservices')).toBe('architecture=microservices');
    expect(read('I previously mentioned we run untrusted customer code')).toBe('isolation=high');
    expect(read('in the past 24h traffic spiked 40x')).toBe('speed=high');
    // A spell just past, or scaling back, is no past.
    expect(read('in the past hour traffic went 40x')).toBe('speed=high');
    expect(read("we'll scale back when traffic spikes")).toBe('speed=high');
  });

  it('reads many small workloads to place as wanting a small footprint', () => {
    for (const text of ['we have 200 tiny cron jobs', 'we have 50 small apps']) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('density=high');
    }
    // Jobs that live a minute are short-lived too.
    expect(describeAnswers(answersOf(parseFactorInput('lots of little batch jobs that run for a minute each')))).toBe(
      'speed=high density=high',
    );
    // Small things that run nothing: teams, files.
    for (const text of ['we have 50 small teams', 'thousands of tiny images in the bucket']) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
  });

  it("reads patients' data, records or notes, salaries and signing keys as sensitive data", () => {
    expect(describeAnswers(answersOf(parseFactorInput("therapy practice app with patients' session notes")))).toBe('isolation=high');
    expect(describeAnswers(answersOf(parseFactorInput('patient records in the clinic app')))).toBe('isolation=high');
    // Not patients themselves.
    expect(parseFactorInput('queue display for patients in the waiting room').kind).toBe('error');
    // Such data named: salaries and bank details, signing keys.
    for (const text of [
      'the payroll system (everyones salaries, bank details)',
      'the service that holds our crypto wallet signing keys',
      'our code-signing service with the HSM keys',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('isolation=high');
    }
  });

  it('reads a workload set beside what the public reaches as needing strong isolation', () => {
    for (const text of [
      'our reporting db would run on the same cluster as the marketing website',
      'it sits on the same hosts as our public api',
      'members db next to the public site',
      'the billing service would share servers with the visitor wifi portal',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('isolation=high');
    }
    for (const text of [
      'the same hosts as our internal wiki',
      'we put it next to the coffee machine',
      'we share servers with the guest team',
    ]) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
  });

  it('reads sensitive of data, and spikes of load, not of latency or timing', () => {
    for (const text of [
      'a latency sensitive trading app',
      'our p99 latency spikes at lunch',
      'time sensitive batch jobs',
      'very sensitive to noisy neighbours',
      'response time spikes every hour',
    ]) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
    expect(describeAnswers(answersOf(parseFactorInput('we store sensitive records')))).toBe('isolation=high');
    expect(describeAnswers(answersOf(parseFactorInput('we are regulated')))).toBe('isolation=high');
    // A later occurrence in the data sense still counts; "sensitive to" a breach is of data too.
    expect(describeAnswers(answersOf(parseFactorInput('a latency sensitive trading app that also holds sensitive data')))).toBe(
      'isolation=high',
    );
    expect(describeAnswers(answersOf(parseFactorInput('our app is very sensitive to data breaches')))).toBe('isolation=high');
    expect(describeAnswers(answersOf(parseFactorInput('traffic spikes 10x at noon')))).toBe('speed=high');
  });

  it('reads data a law or an audit protects, named by its acronym, as needing strong isolation', () => {
    for (const text of ['the grades db is FERPA protected', 'we are in CJIS scope for the dispatch data', 'student records live there']) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('isolation=high');
    }
  });

  it('reads code the served write as untrusted, and a flat load that jumps many times over as a spike', () => {
    expect(describeAnswers(answersOf(parseFactorInput('it runs Python UDFs written by our customers')))).toBe('isolation=high');
    expect(
      describeAnswers(answersOf(parseFactorInput('traffic is flat all year except after each earnings release, when it jumps about 20x'))),
    ).toBe('speed=high');
  });

  it("reads a platform's tenants as needing strong isolation, not a landlord's", () => {
    expect(describeAnswers(answersOf(parseFactorInput('the tenants are different banks')))).toBe('isolation=high');
    expect(describeAnswers(answersOf(parseFactorInput('rent is due on the 1st so the tenant portal gets slammed')))).toBe('speed=high');
    expect(parseFactorInput('our property management app lets tenants log repairs').kind).toBe('error');
  });

  it('reads a need denied before its verb as no need ("it doesn\'t need a custom kernel module")', () => {
    expect(describeAnswers(answersOf(parseFactorInput("it doesn't need a custom kernel module")))).toBe('kernel=shared-ok');
    expect(describeAnswers(answersOf(parseFactorInput('it does not require any special kernel modules')))).toBe('kernel=shared-ok');
    expect(describeAnswers(answersOf(parseFactorInput('it needs a custom kernel module')))).toBe('kernel=custom');
    // Through "need to load", "be loading".
    for (const text of ["we don't need to load a custom kernel module", "we won't be loading custom kernel modules"]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('kernel=shared-ok');
    }
    // Nor through another verb right after the need (round-37 review: these had flipped).
    for (const [text, read] of [
      ["we don't need to run untrusted code", 'isolation=standard'],
      ['we do not need to handle sensitive data', 'isolation=standard'],
      ["we don't require running a custom kernel", 'kernel=shared-ok'],
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text!))), text).toBe(read);
    }
    // Another need denied is not this one.
    expect(describeAnswers(answersOf(parseFactorInput('we dont need root but we do need a custom kernel module')))).toBe('kernel=custom');
  });

  it('reads an old or legacy application, whatever its kind, as a monolith', () => {
    for (const text of [
      'lifting the old backend off a dying server',
      'our legacy system runs payroll',
      'the old program only runs as one piece',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('architecture=monolith');
    }
  });

  it('reads a workload up 24/7 as steady, not the people who cover it around the clock', () => {
    expect(describeAnswers(answersOf(parseFactorInput('the api runs 24/7 with no restarts')))).toBe('speed=low');
    expect(describeAnswers(answersOf(parseFactorInput('our support portal runs 24/7')))).toBe('speed=low');
    for (const text of [
      "we're a team of 3 covering 24/7",
      'support is staffed 24/7',
      'two admins on a 24/7 rota',
      'i am on call 24/7 for it',
    ]) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
  });

  it('reads a worker started fresh for each request as wanting a fast start', () => {
    for (const text of [
      'spin up a fresh worker per request and reply within ~3s',
      'vm per request or container per request?',
      'for every incoming phone call we start a fresh speech-to-text worker',
      'we spin a fresh match server per game',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('speed=high');
    }
    expect(parseFactorInput('let us start a fresh thread for this').kind).toBe('error');
    for (const text of [
      'per the runbook we launch a new instance',
      'every quarter we spin up a new server',
      'we launch a new server per region',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    // Not anything said per request.
    expect(parseFactorInput('how much memory per request does the api use').kind).toBe('error');
  });

  it('reads load that rises and falls as wanting a fast start: "up and down" and "come and go" are one phrase, not two clauses', () => {
    for (const text of [
      'python chatbot, stateless, traffic goes up and down a lot',
      'lots of short services that come and go',
      'we spin up and down test envs all day',
      'spark jobs that scale up and down',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('speed=high');
    }
    // A spike once a year is still a spike; latency that varies is no load.
    expect(describeAnswers(answersOf(parseFactorInput('our traffic explodes once a year on black friday')))).toBe('speed=high');
    expect(parseFactorInput('variable load times hurt our users').kind).toBe('error');
    // Not people who come and go.
    expect(parseFactorInput('volunteers and students come and go every season').kind).toBe('error');
    // Not a site that goes up and down: that is an outage.
    expect(parseFactorInput('our site goes up and down').kind).toBe('error');
    // Any other "up and" still ends a clause, so a negation stays in its own.
    expect(describeAnswers(answersOf(parseFactorInput('the portal is not up and tenants keep complaining')))).toBe('isolation=high');
  });

  it('reads a load that jumps, said in numbers, as a spike: a multiple of traffic, or two rates far apart', () => {
    for (const text of [
      'traffic goes 30x in a few hours before the deadline',
      'we see 10x traffic at noon',
      'our donation form sits at 50 req/min all year and then 2500/min during the broadcast',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('speed=high');
    }
    // Or in words, the load doing it.
    for (const text of [
      'traffic explodes the minute new slots open',
      'black friday traffic triples for the weekend',
      'our traffic goes nuts at noon',
      'traffic jumps through the roof at launch',
      'our traffic jumps from the usual 200 rps to 20k when tickets drop',
      // After a quiet spell, a multiple alone.
      'our push-alert service is idle most of the time and then 100x during storms',
      // Swamped for a while, in words.
      'results night website gets hammered for about 4 hours every other year',
      'our queue app gets slammed at 9am park opening',
      // What the workload does, in a multiple.
      'our courier tracking api grows about 10x over the holiday season and shrinks back in january',
    ]) {
      expect(describeAnswers(answersOf(parseFactorInput(text))), text).toBe('speed=high');
    }
    // Not a multiple of something else, nor rates close together, nor something else growing.
    for (const text of [
      'the new cpus are 3x faster',
      'we serve 40 req/s, sometimes 60/s',
      'our traffic doubles every year',
      'east-west traffic jumps between hosts through the overlay',
      'the load jumps to the next node when one fails',
      'our user base grows 10x every year',
      'our user base grows 10x a year',
      'our team grows 10x over two years',
      'our aws bill jumps 10x in december',
      'we got hammered by the auditors',
      'the docker image grows 10x when we add cuda',
      'our service bill jumps 10x',
      'our api grows 10x in five years',
    ]) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
  });

  it('keeps negation inside its clause', () => {
    expect(describeAnswers(answersOf(parseFactorInput('no kernel modules, fast startup')))).toBe('kernel=shared-ok speed=high');
  });

  it('reads a shared kernel that worries the asker as no kernel that will do', () => {
    // Not a worry negated or accepted.
    for (const text of [
      'a shared kernel is fine for us',
      'a shared kernel is an acceptable risk for us',
      'no concerns about the shared kernel',
      'not worried about the shared kernel',
      'shared kernel is a non-issue for us',
      'low risk from the shared kernel for us',
    ]) {
      expect(answersOf(parseFactorInput(text)), text).toEqual({ kernel: 'shared-ok' });
    }
    // An acceptance refused, and a small flaw, still worry.
    for (const text of ['cannot accept any risk from a shared kernel', 'a small bug in the shared kernel could take down everything']) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
    for (const text of [
      'the shared kernel scares me',
      'worried about the shared kernel',
      'a host kernel exploit would hit every app',
      'the shared kernel risks are too high',
    ]) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
  });

  it('reads legally privileged files as sensitive and a boot sector rewritten as a machine of its own (round-43 A/B check)', () => {
    expect(
      answersOf(
        parseFactorInput('One app holds the files for our ongoing legal disputes with customers, the other is the public quote form.'),
      ),
    ).toEqual({ isolation: 'high' });
    expect(
      answersOf(parseFactorInput("It's our bare-metal disaster-recovery restore, which rewrites the boot sector and then reboots.")),
    ).toEqual({
      kernel: 'custom',
    });
    // Disputes or a boot sector told of, not the workload's own (first round-43 review).
    for (const text of [
      'we had legal disputes with a vendor last year',
      'we blog about court cases',
      'antivirus that scans the boot sector of host machines',
      'our backup tool supports bare metal restore',
      'we wrote a blog post about the master boot record',
      'we do bare metal restore of the hypervisor hosts every quarter and reboot them',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads an app on an ancient release, copies that swing, and builds on every push (blind thread set seed-26)', () => {
    expect(answersOf(parseFactorInput('we have a java 6 app on centos 5 that nobody dares touch'))).toEqual({ kernel: 'custom' });
    expect(answersOf(parseFactorInput('the app on centos 5.11'))).toEqual({ kernel: 'custom' });
    // A release of today's kernels' age, the hosts' or an image's, or an app moved off it, is none (first round-43 review).
    for (const text of [
      'our app on ubuntu 18.04',
      'our hosts run centos 5',
      'the app on centos 55',
      'the service on rhel 5 was retired',
      'we migrated the app on centos 5 to rocky 9 last year',
      'the monitoring tool on centos 4 hosts polls our k8s cluster',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    for (const text of [
      'scaling like up to 50 copies during saturday karaoke nights and back to 2 on monday',
      'we go from 2 to 50 instances on saturdays',
      'our robotics team builds the robot code on every push',
      'we run tests on every commit',
    ])
      expect(answersOf(parseFactorInput(text)), text).toEqual({ speed: 'high' });
    expect(parseFactorInput('it goes from 2 pods to 50 on match days').kind).toBe('answers');
    // Growth told, a small swing, a size, a push that is no build, or builds beside a seldom release are none
    // (first round-43 review).
    for (const text of [
      'we grew from 2 to 50 servers over the years',
      'we scaled from 2 to 40 servers over 5 years',
      'going from 3 to 40 nodes over the next year as we grow',
      'we have up to 40 servers and the ram per box is down to 4 gb',
      'up to 3 copies and back to 2',
      'i push on every commit',
      'we test on every merge, release twice a year',
      'build the docs on every merge',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads what must stay away from the rest and records that get audited (blind set jetties)', () => {
    for (const text of [
      'if it gets hacked i dont want it anywhere near the customer accounts db',
      'keep it away from the customer data',
      'catch certificates are export documents and get audited',
    ])
      expect(answersOf(parseFactorInput(text)), text).toEqual({ isolation: 'high' });
    // Not a desk, nor what is said not to be audited.
    expect(parseFactorInput('i dont want it anywhere near my desk').kind).toBe('error');
    expect(answersOf(parseFactorInput('our code doesnt get audited'))).toEqual({ isolation: 'standard' });
  });

  it('reads none of the neighbours the second round-43 review found misread, and the variants it found missed', () => {
    for (const text of [
      'we tested bare metal recovery of the file server and it reboots fine',
      'our imaging tool rewrites the mbr on each server',
      'containers or vms? the app on centos 5 was already containerised',
      'the app on centos 5.11 servers',
      'the 1 khz loop runs without jitter problems so far',
      'up to 40 servers and back down to 2 hosts',
      'we went from 2 to 50 servers since 2019',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    // A seldom word of something else leaves the builds read; a "was" of who wrote it leaves the release read.
    expect(answersOf(parseFactorInput('we test on every merge, backups run monthly'))).toEqual({ speed: 'high' });
    expect(answersOf(parseFactorInput('java 6 app on centos 5 that was written by a contractor'))).toEqual({ kernel: 'custom' });
    expect(answersOf(parseFactorInput('documents for our ongoing legal disputes'))).toEqual({ isolation: 'high' });
  });

  it('reads data to be kept apart and a season busy then dead (blind set jetties)', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('we need to keep their customer data well apart')).toEqual({ isolation: 'high' });
    expect(read('their data has to be completely seperate')).toEqual({ isolation: 'high' });
    expect(read('spring is mad for us (everyone hiring diggers and mini excavators) and winter is dead')).toEqual({ speed: 'high' });
    // Data apart from code is no boundary between tenants.
    expect(parseFactorInput('the data has to be separate from the code in the repo').kind).toBe('error');
    // With "should", asked or told (blind set moorings); not kept somewhere, nor apart from the code.
    expect(read("we run two councils' leisure contracts on the same servers, should their data be kept apart with vms")).toEqual({
      isolation: 'high',
    });
    expect(read('their data should be kept apart')).toEqual({ isolation: 'high' });
    for (const text of ['our data should be kept in postgres', 'should the data be kept separate from the code'])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads the needs the round-44 A/B check found declined or unread', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('I need to rehearse an in-place Debian 11 to 12 upgrade with reboots before doing it on the real server')).toEqual({
      kernel: 'custom',
    });
    expect(read('I have to open suspicious email attachments to see what they do')).toEqual({ isolation: 'high' });
    expect(read('We want the club site to run rules plugins that members write in Lua and upload themselves')).toEqual({
      isolation: 'high',
    });
    expect(read('need to run about 50 headless browsers at once for Selenium tests')).toEqual({ density: 'high' });
    expect(parseFactorInput('we ran 50 sessions at once last year and it crashed').kind).toBe('error');
    // Not a database's upgrade, nor the hosts'.
    for (const text of ['we do an in-place postgres upgrade', 'in-place ubuntu upgrade of the hosts on sunday'])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it("leaves the first round-44 review's false readings unread", () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    for (const text of [
      'we did an in-place debian upgrade last year without issues',
      'in-place ubuntu upgrades are a pain so we want immutable deploys',
      'we rehearse an in-place OS upgrade on the servers every quarter',
      'should the test data be kept separate from production data?',
      'our backup data should be kept separate from the live servers',
      'our mail gateway blocks suspicious attachments before they reach inboxes',
      'the app scans uploads for suspicious files and quarantines them',
      'the plugins that members of our dev team write get reviewed',
      'code that volunteers write for our charity site goes through a PR',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    // And reads the variants it found missed.
    expect(read("should our clients' data be kept apart with vms?")).toEqual({ isolation: 'high' });
    expect(read('we detonate sketchy email attachments to see what they do')).toEqual({ isolation: 'high' });
  });

  it("reads the needs the round-44 closing A/B check found declined, and the second review's", () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read("all I've got is a 512 MB cloud server")).toEqual({ density: 'high' });
    expect(read('it samples every 400 microseconds and any jitter gives us false alarms')).toEqual({ speed: 'low' });
    expect(read("it's a new nftables firewall ruleset applied at boot that could lock me out of SSH if I get it wrong")).toEqual({
      kernel: 'custom',
    });
    expect(read('we host 12 clinics, their data must be kept separate')).toEqual({ isolation: 'high' });
    // Not the hosts' boot config, a dashboard's false alarms, nor the platform's own users' data.
    for (const text of [
      'cloud-init config applied at boot on all our hosts',
      'the dashboard gives us false alarms',
      "our users' data should be kept separate from the analytics warehouse",
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads the needs the round-45 A/B check found lost in other words', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('the day tickets open we get roughly 15 times the normal traffic')).toEqual({ speed: 'high' });
    expect(read('The saw-control service needs timing jitter kept under 150 microseconds, every time.')).toEqual({ speed: 'low' });
    expect(read('the controller needs its response time to stay under 350 microseconds every single time')).toEqual({ speed: 'low' });
    expect(read('The signwriting shop ships updates to its sign-proofing web tool about 20 times a day.')).toEqual({ speed: 'high' });
    expect(read('we want to push updates to their visitor apps several times a week')).toEqual({ speed: 'high' });
    expect(read('Four regional branches each want their own isolated server.')).toEqual({ isolation: 'high' });
    expect(read('each insists on having its own separate server')).toEqual({ isolation: 'high' });
    expect(read('Customers want to run their own Ruby scripts to generate pattern files on our server.')).toEqual({ isolation: 'high' });
    expect(read('We have to keep that data tightly separated from our other apps.')).toEqual({ isolation: 'high' });
    expect(read('We need to test the entire image including reboots and kernel updates.')).toEqual({ kernel: 'custom' });
    expect(read("every request should get a fresh sandbox that's ready in about 1.5 seconds")).toEqual({
      isolation: 'high',
      speed: 'high',
    });
    expect(read("it stores landowners' signed access contracts and their personal details")).toEqual({ isolation: 'high' });
    // Not a latency once measured, a figure faster than before, price updates, a page ready in seconds, our own code.
    for (const text of [
      'we had latency under 100 microseconds on bare metal',
      'we measured p99 latency under 100 us',
      'the new build is 15 times faster',
      'we push price updates to the shop several times a day',
      'the report is ready in about 2 seconds',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    expect(read('our devs run our own code on it').isolation).not.toBe('high');
  });

  it('reads the needs the round-46 A/B check found lost in other words', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('our booking site traffic goes up roughly twenty-five times overnight')).toEqual({ speed: 'high' });
    expect(read('on launch day the traffic is a hundred times the usual')).toEqual({ speed: 'high' });
    expect(read('When storms hit, demand jumps about 35x within an hour.')).toEqual({ speed: 'high' });
    expect(read("each job needs a brand new worker that's ready in about half a second")).toEqual({ speed: 'high' });
    expect(read('Each request needs a fresh isolated worker up within 3 seconds.')).toMatchObject({ speed: 'high' });
    expect(read('partner firms upload their own Python scripts that we then run on our servers')).toEqual({ isolation: 'high' });
    expect(read("we don't trust the code")).toEqual({ isolation: 'high' });
    expect(read('summer season bookings go through the roof and in winter theres nothing')).toEqual({ speed: 'high' });
    expect(read('customers log in with a saved card')).toEqual({ isolation: 'high' });
    expect(read('Each of our three depots wants its own isolated server, and we ship updates daily.')).toEqual({
      isolation: 'high',
      speed: 'high',
    });
    expect(read('it only runs trusted code')).toEqual({ isolation: 'standard' });
    // A trust that owns the workload, how often the traffic is checked, a load lower, demand growing by the year.
    for (const text of [
      'We need a test rig for the kiosk software at the lighthouse trust.',
      'we check the traffic twenty times a day',
      'the load is fifteen times lower at night',
      'demand for storage grows 10x a year',
      'we ship updates daily to the app store',
      'I saved cards for the party',
      'my card on file expired',
      'they ship updates daily',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it("leaves the first round-46 review's false readings unread, and keeps trust told", () => {
    for (const text of [
      'users have asked for dark mode about fifty times',
      'the requests failed twenty times yesterday',
      'the load balancer restarted twenty times last night',
      'our traffic is twenty times what it was in 2019',
      'could the load really jump twenty times overnight?',
      'our users go crazy when the site is slow',
      'will bookings go through the roof on launch day?',
      'if bookings go through the roof we will worry then',
      'CPU demand jumps 10x when we compile the kernel',
      'we push updates daily to our customers by email',
      'we ship updates daily to the iPhone app',
      'we ship updates daily? no way, once a month at best',
      'we get a container running in 2 seconds on my laptop',
      'the card on file for our AWS account expired',
      'I paid for the domain with a saved card',
      "we don't store cards, Stripe holds the cards on file",
      'do we even need saved cards?',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('on-demand instances cost 10x what spot costs').speed).toBeUndefined();
    for (const text of ['we trust our devs completely', 'the code is all written by people we trust', 'trustworthy code only'])
      expect(read(text), text).toEqual({ isolation: 'standard' });
    expect(read('the code is not trustworthy')).toEqual({ isolation: 'high' });
    expect(read('we keep cards on file for repeat customers')).toEqual({ isolation: 'high' });
    // Software with a record of security holes (blind thread set seed-19); not a scan's findings.
    expect(read('renderer has had CVEs before')).toEqual({ isolation: 'high' });
    expect(parseFactorInput('we had a cve scan last week').kind).toBe('error');
  });

  it('reads the needs the closing round-46 A/B check found lost, and the second review found dropped', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('our online booking site gets about 40 times its normal traffic before Christmas')).toEqual({ speed: 'high' });
    expect(read('when the first cold snap arrives orders shoot up roughly fifteen-fold overnight')).toEqual({ speed: 'high' });
    expect(read('Our quoting app gets deployed around 20 times a day by our two developers.')).toEqual({ speed: 'high' });
    expect(read('Trade customers will be able to upload their own JavaScript plugins that run on the server.')).toEqual({
      isolation: 'high',
    });
    expect(read('Each job has to be up and running within about a second of the upload arriving.')).toEqual({ speed: 'high' });
    expect(read('Each franchise must be walled off from the others, but we push updates to all of them several times a day.')).toEqual({
      isolation: 'high',
      speed: 'high',
    });
    expect(read('It ships its own init setup and expects to reboot itself during updates.')).toEqual({ kernel: 'custom' });
    // A choice asked after the multiple is told; demand for what they serve, through the roof too; cards on file kept.
    expect(read('our booking site traffic goes up roughly twenty-five times overnight, containers or vms?')).toEqual({ speed: 'high' });
    expect(read('demand for callouts jumps 35x')).toEqual({ speed: 'high' });
    expect(read('demand goes through the roof in winter')).toEqual({ speed: 'high' });
    expect(read("we keep customers' cards on file")).toEqual({ isolation: 'high' });
    for (const text of [
      'customers never use a saved card',
      'customers pay with Apple Pay or a saved card',
      'the load is twenty times the core count',
      'the image is 10-fold smaller',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it("leaves the first round-45 review's false readings unread", () => {
    for (const text of [
      'latency under 50us is what we saw on the old box',
      'benchmarks show latency under 20 microseconds for containers',
      'is latency under 100 microseconds even possible in a vm?',
      'the network hop adds latency under 30 microseconds, no big deal',
      'jitter under 500 ms is fine for our chat app',
      'the competitor gets 20 times our traffic',
      'could our site handle 15 times the normal traffic?',
      'the benchmark pushed 15 times the normal load through it',
      'a VM that is ready in 45 seconds would be totally fine for us',
      "we test the full stack end to end, the nightly reboots of the host are someone else's job",
      'we test the entire system after the kernel updates on the host roll out',
      'the admins run their own bash scripts for backups',
      'Customers run their own Ruby scripts on their laptops, we just host the docs',
      'each player wants their own private server for the game',
      'Microsoft pushes updates to its store all the time',
      'we push updates to our apps often enough I guess, like once a quarter',
      'we push updates to our mobile app several times a week via the app store',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    // And reads the variants it found missed.
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('the PLC loop must respond within 200 microseconds')).toEqual({ speed: 'low' });
    expect(read('jitter must never exceed 150 microseconds')).toEqual({ speed: 'low' });
    expect(read('the runner should be ready in 3 seconds')).toEqual({ speed: 'high' });
    // Round-45 closing A/B check: a little thing with 1GB RAM, snippets trade partners paste in; not 2gb left of something.
    expect(read('the only box we have is a little thing with 1GB RAM')).toEqual({ density: 'high' });
    expect(read('it also runs little PHP snippets our trade partners paste in')).toEqual({ isolation: 'high' });
    expect(parseFactorInput('one thing with 2gb left is the cache').kind).toBe('error');
  });

  it('reads the needs the round-47 A/B check found lost in other words, and not their look-alikes', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    // A multiple in words before "times", as in digits; still not one the site could merely handle.
    expect(read('our quote tool gets something like thirty times its usual load for a couple of days')).toEqual({ speed: 'high' });
    expect(read('our shop gets about twenty-five times more traffic in december')).toEqual({ speed: 'high' });
    // Small changes shipped, hedged; timing that must not waver; a run that jitter spoils.
    expect(read('Our studio ships small changes to the client portal maybe 20 times a day.')).toEqual({ speed: 'high' });
    expect(read("The analysis timings can't wobble at all.")).toEqual({ speed: 'low' });
    expect(read('even a bit of jitter ruins a run')).toEqual({ speed: 'low' });
    // Code from outside people: sent to be run, or uploaded and run by volunteers from outside.
    expect(read('Clients will be sending us their own macros and scripts that we then execute on our side.')).toEqual({
      isolation: 'high',
    });
    expect(read('we let volunteer researchers upload and run their own R scripts on our server')).toEqual({ isolation: 'high' });
    // Old hardware the workload leaves says nothing of its footprint.
    expect(read('we run on old hardware')).toEqual({ density: 'high' });
    // A worker started that fast; workers kept apart, not configs.
    expect(read('The dashboard has to spin up a new worker in under a second whenever a new batch starts.')).toEqual({ speed: 'high' });
    expect(read('the workers should be kept separate from each other')).toEqual({ isolation: 'high' });
    for (const text of [
      'our site can handle thirty times its usual load',
      'we push small changes to the newsletter twenty times a day by email',
      'jitter ruins a party',
      "the timings can't be read from the dashboard",
      "we're moving the lab software off old hardware",
      'our staff researchers run their own R scripts on their laptops',
      'it has to start a vm in 5 seconds, no rush',
      'we keep the dev and prod configs separate from each other',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads the needs the round-48 A/B check found lost in other words, and not their look-alikes', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    // "-fold" is "times", in words or digits; still not a multiple of something else, or one the site could merely take.
    expect(read("our fencing firm's repair form gets something like forty-fold its normal visits after a storm")).toEqual({
      speed: 'high',
    });
    // "-fold more" with no growth told after it (second round-48 review).
    expect(read('our shop gets 40-fold more traffic in december')).toEqual({ speed: 'high' });
    for (const text of [
      'our revenue is forty-fold the normal figure',
      'we have 10-fold more users now than five years ago',
      'our site can take forty-fold its normal visits',
      // Growth, which "-fold more" mostly tells (first round-48 review).
      'our shop has 20-fold more traffic than it had last year',
      'our app has 10-fold more users since we launched the mobile app',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads the needs the closing round-48 A/B check found lost in other words', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('our dev team pushes changes to the order tracker around 20 times a day')).toEqual({ speed: 'high' });
    expect(
      read('each uploaded flight gets its own processing worker, and the worker has to be up within 300 milliseconds of the upload'),
    ).toEqual({
      speed: 'high',
    });
    expect(read('The tattoo studio keeps scanned ID cards and signed consent forms for every client.')).toEqual({ isolation: 'high' });
    for (const text of ['we push price updates several times a day', 'the page took 300 milliseconds to load'])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it("leaves the first round-47 review's false readings unread", () => {
    for (const text of [
      'it has ten times the users it had last year',
      'we have ten times the requests of our competitor',
      'our shop gets twenty times the traffic it got in 2019',
      'our site can take thirty times its usual load',
      'we get 10 times the traffic of our competitor',
      "build timings shouldn't vary this much, why does CI take 5 min one day and 20 the next?",
      "I know the perf can't vary much between containers and VMs, right?",
      "performance shouldn't fluctuate too much but honestly nobody cares",
      'audio jitter ruins the recording on zoom calls',
      'people keep sending us code samples in slack, how do I format them?',
      'users keep sending us the same error code over and over',
      'volunteer developers write code for the project on github',
      'third-party developers upload extensions to our store',
      'we keep the logs separate from each other',
      'the two datacenters are separate from each other',
      'the VMs are separated from each other by the hypervisor, right?',
      "we're moving the lab software off the old hardware",
      "we're retiring our old hardware next quarter",
      'does firecracker have to boot a vm in under a second?',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('a client keeps sending us their own scripts to run')).toEqual({ isolation: 'high' });
    expect(read('it has to run on old hardware')).toEqual({ density: 'high' });
    // Second round-47 review: a spike measured against a normal day still reads, as does old hardware the workload stays on;
    // channels kept apart and a mostly monthly cadence read nothing.
    expect(read('it gets 25 times more traffic than a normal day when tickets drop')).toEqual({ speed: 'high' });
    expect(read('we get 20 times the usual traffic of a normal weekday')).toEqual({ speed: 'high' });
    expect(read('we have to leave it running on old hardware')).toEqual({ density: 'high' });
    for (const text of ['Our two slack channels should be separate from each other', 'sometimes daily, but mostly monthly we ship changes'])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it("reads the needs of the blind set slipways' tuning half, and not a costing tool as cost", () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('a 3d spa design tool that needs a particular graphics driver')).toEqual({ kernel: 'custom' });
    expect(read('a java thing that needs a really old java version and an old linux')).toEqual({ kernel: 'custom' });
    expect(read('should our card payment stuff be in its own vm separate from everything else')).toEqual({ isolation: 'high' });
    expect(read('90% of our online orders come in 4 weeks in november/december')).toEqual({ speed: 'high' });
    expect(read('saturday birthday party rush means the booking site falls over every weekend')).toEqual({ speed: 'high' });
    for (const text of [
      'the menu costing app',
      'the lunch rush was fine',
      '60% of our users come from the uk',
      // Second round-45 review: the reader's or the asker's own details are no data the workload holds.
      'fill in your personal details on the HR portal to get access to the bot',
      'my personal information got leaked in the breach at the other company lol',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads what the second round-45 review found the mends lost, and not its new false readings', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read("each scan needs a fresh, clean worker environment that's ready in about 2 seconds")).toEqual({ speed: 'high' });
    expect(read('we get 20 times the traffic on the day tickets open')).toEqual({ speed: 'high' });
    expect(read('the saw controller needs its jitter below 0.5 ms')).toEqual({ speed: 'low' });
    expect(read('we deploy fixes to our web shop 20 times a day')).toEqual({ speed: 'high' });
    for (const text of [
      'our marketing budget is like 20 quid a month',
      'the budget is 10 dollars a month per user for the saas tool',
      "we run 5 instances on one server and it's overloaded, we need to split them up",
      'should we run 5 copies on one small vps?',
      'the build runner should be ready in 90 seconds or so, no rush',
      'last year we got 15 times the normal traffic and it was fine',
      'do we need latency under 100 microseconds?',
    ])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads several copies on one small server, and a hosting budget of a few pounds a month (blind thread set seed-28)', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('we want to run 5 copies for different leagues on one small vps')).toEqual({ density: 'high' });
    expect(read('budget is like 10 quid a month')).toEqual({ density: 'high' });
    // Not a large budget, nor copies run in the past.
    for (const text of ['our budget is 5000 dollars a month', 'we used to run 5 copies on one server'])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads a workload used at one time of day and barely after (blind set moorings)', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('crew job sheets app, used by 15 crews each morning at 6am then barely touched all day')).toEqual({ speed: 'high' });
    expect(read('hammered at 9am then idle the rest of the day')).toEqual({ speed: 'high' });
    // Not a deploy at that hour, nor a crash.
    for (const text of ['we deploy at 6am then nothing', 'i used it at 9am then it went dead, crashed'])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads the needs the round-43 closing A/B check found declined', () => {
    const read = (text: string) => answersOf(parseFactorInput(text));
    expect(read('It runs shell scripts that apprentices at our electrical contracting firm submit for their training course.')).toEqual({
      isolation: 'high',
    });
    expect(
      read('The calligraphy society lets members upload their own JavaScript font-generator scripts and our server runs them.'),
    ).toEqual({
      isolation: 'high',
    });
    expect(read('And the booking form for our open-workshop day, which goes about 45x the morning it opens?')).toEqual({ speed: 'high' });
    expect(read('Our chandlery makes a rigging diagram PDF per order, each one spun up new, takes about a second.')).toEqual({
      speed: 'high',
    });
    expect(read('We need to test a new mdadm RAID config that only assembles at boot, so it needs a proper reboot.')).toEqual({
      kernel: 'custom',
    });
    // Board members writing code, and an app made faster, are none.
    for (const text of ['the code that members of the board write', 'the app gets about 10x faster'])
      expect(parseFactorInput(text).kind, text).toBe('error');
  });

  it('reads timing jitter a loop cannot have, and deploying with containers (round-43 A/B check)', () => {
    expect(
      answersOf(parseFactorInput("It's a rope-making machine whose twist controller runs a 2 ms loop and can't have any timing jitter.")),
    ).toEqual({ speed: 'low' });
    expect(answersOf(parseFactorInput('the servo loop runs every 1 ms with zero jitter'))).toEqual({ speed: 'low' });
    // What it must not have, or none allowed, whatever follows (first round-43 review).
    for (const text of ['control loop at 1 khz with no jitter issues allowed', 'a 2 ms loop and cant have any timing jitter problems'])
      expect(answersOf(parseFactorInput(text)), text).toEqual({ speed: 'low' });
    // None had so far is no need; "no jitter problems" had been read as one.
    for (const text of ['our loop has no timing jitter problems', 'our loop has no jitter so far'])
      expect(parseFactorInput(text).kind, text).toBe('error');
    // The side deployed with says nothing of how often.
    expect(answersOf(parseFactorInput('we rarely deploy with containers'))).toEqual({ speed: 'low' });
  });

  it('reads a cue in a word only by an ending, not at the start of a longer name', () => {
    expect(parseFactorInput('elasticsearch needs more heap').kind).toBe('error');
    // What it does need of the kernel is read as such (round-42 closing A/B check).
    expect(answersOf(parseFactorInput('elasticsearch needs vm.max_map_count raised'))).toEqual({ kernel: 'custom' });
    expect(answersOf(parseFactorInput('our traffic is elastic'))).toEqual({ speed: 'high' });
    expect(answersOf(parseFactorInput('customers run untrustworthy code'))).toEqual({ isolation: 'high' });
  });

  it('reads none of the new untrusted, tenant, small-host or fast-start cues in their other senses', () => {
    for (const text of [
      'the release candidate code is frozen',
      'the student code of conduct applies',
      'staging must share nothing with prod',
      'our api edge gateway handles 50k rps',
      'we start hundreds of threads per request',
      'we spin up hundreds of dashboards',
      'whatever code users approve in review gets deployed',
      'we need code signing on our container images',
      'our app just talks to an hsm over the network for tls',
    ]) {
      expect(parseFactorInput(text).kind, text).toBe('error');
    }
  });
});

describe('describeAnswers', () => {
  it('lists answered factors in flow order', () => {
    expect(describeAnswers({ density: 'high', isolation: 'high' })).toBe('isolation=high density=high');
    expect(describeAnswers({})).toBe('');
  });

  it('round-trips through the parser for every single answer', () => {
    for (const factor of FACTORS) {
      for (const value of FACTOR_VALUES[factor]) {
        const answers = { [factor]: value } as Answers;
        expect(answersOf(parseFactorInput(describeAnswers(answers)))).toEqual(answers);
      }
    }
  });
});

describe('parseFactorInput: crafted input', () => {
  it('reads runs of spaces within the characters it reads in time proportional to their length', () => {
    // Second round-39 review: lookbehinds tried at each space of a run scanned back through all of it.
    expectLinearTimeUpTo(
      MAX_INPUT_CHARS,
      parseFactorInput,
      [
        (n) => `what should we run it on${' '.repeat(Math.max(0, n - 25))}?`,
        (n) => `each job starts and${' '.repeat(Math.max(0, n - 30))}exits after 2 s`,
        (n) => `upstream${' '.repeat(Math.max(0, n - 30))}deploys 5 times a day`,
      ],
      (n) => fill('we run a small web shop for a bakery. ', n),
    );
  });
});

describe('parseFactorInput: any input', () => {
  const words = fc.constantFrom(
    'isolation',
    'kernel=custom',
    'speed',
    '=',
    ':',
    'high',
    'not',
    "don't",
    'fast',
    'startup',
    'monolith',
    'microservices',
    'licence',
    ',',
    '.',
    'untrusted',
    'we',
    'run',
    'colour=blue',
    'speed=warp',
    'help',
    '日本語',
    '🙂',
    '\n',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')),
  );

  it('never throws, and any answers it returns are valid', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = parseFactorInput(input);
        expect(['empty', 'help', 'answers', 'error']).toContain(result.kind);
        if (result.kind === 'answers') {
          expect(answersSchema.safeParse(result.answers).success).toBe(true);
          expect(result.understood.length).toBeGreaterThan(0);
          for (const u of result.understood) expect(result.answers[u.factor]).toBe(u.value);
        }
        if (result.kind === 'error') expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('reads only the first MAX_INPUT_CHARS characters', () => {
    expect(parseFactorInput(`${'lorem ipsum '.repeat(400)} kernel=custom`)).toMatchObject({ kind: 'error', code: 'NOT_UNDERSTOOD' });
    expect(answersOf(parseFactorInput(`kernel=custom ${'lorem ipsum '.repeat(400)}`))).toEqual({ kernel: 'custom' });
  });
});
