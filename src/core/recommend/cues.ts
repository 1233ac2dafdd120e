import type { Factor } from './factors.js';

/**
 * Phrases people use for each factor value. Matching is on Porter stems, in order, with
 * up to two extra words in between, so "fast startup" also matches "faster container
 * startups". `negated` is the value meant when the phrase is negated ("no sensitive
 * data", "fast startup doesn't matter"); a cue with only `negated` says nothing unless negated.
 */
export interface Cue {
  phrase: string;
  value?: string;
  negated?: string;
  /**
   * A cost to keep down: "less overhead", "without the licence fees" want it lower, which is what
   * the cue means already; only a dismissal after it ("cost doesn't matter") negates it.
   */
  burden?: boolean;
  /** A compound noun, matched only word for word: "building an AI agent" is no "build agent". */
  compound?: boolean;
  /** Matched word for word, and still a word of the lexicon's concept ("windows", never "window"). */
  lexicon?: boolean;
  /** Words that, right before the phrase, give it another sense: "latency sensitive" is no sensitive data. */
  notAfter?: string[];
  /** One or two words that, right after the phrase, give it another sense: "sensitive to latency", "licence server". */
  notBefore?: string[];
  /**
   * Words that, anywhere in its clause and neither negated nor accepted ("no concerns", "an acceptable
   * risk"), give it another sense: "the shared kernel scares me" is no kernel that will do.
   */
  notWith?: string[];
}

const cues = (value: string, phrases: string[], negated?: string): Cue[] =>
  phrases.map((phrase) => ({ phrase, value, ...(negated ? { negated } : {}) }));
const compounds = (value: string, phrases: string[], negated?: string): Cue[] =>
  phrases.map((phrase) => ({ phrase, value, compound: true, ...(negated ? { negated } : {}) }));

// A pipeline said to run seldom, right after it ("our deploy pipeline runs once a month"); not monthly
// releases it replaces ("moving from monthly releases to a deploy pipeline"; second round-38 review).
const SELDOM_RUN = ['runs once', 'runs monthly', 'runs quarterly', 'runs weekly', 'runs rarely', 'rarely runs', 'runs seldom', 'is rarely'];
// The machines everything runs on: what is said with them is said of the hosts, not the workload.
const HOSTS_OWN = ['host', 'hosts', 'hypervisor', 'hypervisors'];
// The machines everything runs on, by any name: what is done to them is no need of the workload's.
const MACHINES_OWN = [...HOSTS_OWN, 'node', 'nodes', 'cluster', 'platform', 'provider'];
// Load said to stay as it is.
const STEADY_LOAD = ['steady', 'constant', 'flat', 'stable', 'consistent'];
// Words of load read about, not the workload's own ("saw a blog on how vms cope at peak times vs containers").
const LOAD_READ_ABOUT = ['reading', 'article', 'benchmark', 'benchmarks', 'arguing', 'argue', 'saw', 'cope', 'copes', 'hold'];
// Spans of time called windows, by the word right before it ("maintenance windows", "backup windows",
// "testing windows are tight"); the OS named with what runs it is read apart (below).
const TIME_WINDOWS = [
  'test',
  'testing',
  'deploy',
  'deployment',
  'batch',
  'patch',
  'patching',
  'upgrade',
  'backup',
  'migration',
  'rolling',
  'maintenance',
  'change',
  'release',
  'booking',
  'sale',
  'sales',
  'exam',
  'enrolment',
  'enrollment',
  'registration',
  'delivery',
  'submission',
  'voting',
  'bidding',
  'signup',
  'outage',
  'downtime',
  'time',
  'launch',
];
// What binds a licence to a machine, not to a count of machines (compared as stems: "address" of a MAC
// address; not "mac", which a Mac mini is, nor "activation", whose stem is "active"'s; first round-42 review).
const LICENCE_BOUND = ['dongle', 'dongles', 'hostid', 'fingerprint', 'motherboard', 'address'];
// A thing that serves or manages licences is a workload ("our sheet music licence server only runs on one
// specific old ubuntu version"; blind set spindles: containers, for the cost); a key or a file is still a cost.
const LICENCE_THINGS = ['server', 'servers', 'manager', 'daemon', 'checker'];
// Words of worry about a kernel shared with others, as written (the parser compares their stems).
const KERNEL_WORRIES = [
  'worried',
  'concerned',
  'scares',
  'scary',
  'afraid',
  'nervous',
  'fear',
  'risk',
  'risky',
  'dangerous',
  'uncomfortable',
  'paranoid',
  'exploit',
  'vulnerability',
  'cve',
  'bug',
  'issue',
  'problem',
];

export const CUES: Record<Factor, Cue[]> = {
  isolation: [
    // Tenants of a platform, not of a landlord ("rent is due on the 1st so the tenant portal gets slammed").
    {
      phrase: 'tenants',
      value: 'high',
      negated: 'standard',
      notWith: ['rent', 'landlord', 'lease', 'apartment', 'property', 'housing', 'letting', 'resident'],
    },
    ...cues(
      'high',
      [
        'untrusted',
        'multi tenant',
        'multitenant',
        'multi tenancy',
        'multitenancy',
        'customer code',
        'customers code',
        'user code',
        'user submitted',
        'customer submitted',
        'customers submit',
        'users submit',
        'customers upload',
        'clients upload',
        'users upload',
        'user uploaded',
        'customer uploaded',
        'user supplied',
        'customer supplied',
        'user provided',
        'customer provided',
        // Code someone else submits or uploads, whoever they are ("students submitted code", "code
        // uploaded by users"; round-25 A/B check).
        'submitted code',
        'uploaded code',
        // Written by the people the service serves ("Python UDFs written by our customers").
        'written by customers',
        'written by our customers',
        'written by users',
        'written by our users',
        'written by third parties',
        'code submit',
        'code upload',
        'third party code',
        // Code from people nobody vetted: pull requests from forks, a CTF's challenge boxes.
        'from forks',
        'fork prs',
        'ctf',
        'capture the flag',
        'arbitrary code',
        'hostile',
        // Someone who will try to get out of the workload ("threat model is a well funded attacker who
        // will try to break out"; blind set shifts), or a breakout of a container, sandbox or VM. Not
        // "break out" alone ("pls break out the costs", "a breakout room"), nor "attacker", which stems
        // as "attack surface" does, nor "container escapes", which people worry about without choosing.
        'try to break out',
        'break out of the container',
        'break out of a container',
        'break out of their container',
        'break out of the sandbox',
        'break out of the vm',
        'break out to the host',
        'breaking out of',
        'container breakout',
        'container breakouts',
        'breakout from',
        'sandbox',
        'strong isolation',
        'strict isolation',
        'hard isolation',
        'strict separation',
        'strictly separated',
        'hard separation',
        'isolated from each other',
        'isolated from others',
        'isolated from one another',
        'isolate from each other',
        'isolating from each other',
        'security boundary',
        'isolate workloads',
      ],
      'standard',
    ),
    // Several customers' workloads on shared hosts: tenants, in other words ("is it safe to run multiple
    // customers workloads in containers on one host?"; round-32 A/B check). Word for word, out of the
    // lexicon; only of workloads run or hosted: "a dns server serving multiple clients", "our crm where
    // we track multiple customers" say nothing of tenants (round-32 review).
    ...compounds('high', [
      'customer workloads',
      'customers workloads',
      // Tenants who will share nothing with the others ("some clients insist their site must not share
      // anything with other clients"), not services built to share nothing, nor staging and prod.
      ...['clients', 'customers', 'tenants'].flatMap((who) => [`not share anything with other ${who}`, `share nothing with other ${who}`]),
      'host multiple customers',
      'hosting multiple customers',
      'run multiple customers',
      'running multiple customers',
    ]),
    // Code someone else brings to run on our hosts: "pentest contractors need to run their own tooling",
    // an autograder running each student's submission (round-32 closing A/B check: both had been
    // answered with lines on deployment). Not "our own code", which is trusted.
    ...compounds('high', [
      'their own code',
      'their own tooling',
      'their own tools',
      'their own scripts',
      'their own binaries',
      'their own software',
      // Plugins someone else writes and runs on the platform ("letting partner carriers run their own plugins").
      'their own plugins',
      'their own extensions',
      'autograder',
      // Students' code run for them ("a platform for students to run code in the browser", "is a
      // container enough for running students' homework code?"), and code candidates type in.
      'students to run code',
      'students run code',
      'students running code',
      'homework code',
      'whatever code the candidates',
      'whatever code candidates',
      'whatever code the students',
      'whatever code students',
      'whatever code visitors',
      'auto grader',
      'each submission',
      'every submission',
      'per submission',
    ]),
    // Code nobody here wrote or read: generated by a model, plugins third parties upload, whatever
    // visitors paste (round-30 A/B check: an agent running LLM-generated shell commands had been
    // recommended containers). Word for word, and of code: "our AI generated thumbnails service",
    // "whatever code formatter the team likes" say nothing of it. (Phrases matched word for word stay
    // out of the lexicon, whose vocabulary tells the gate a question is about the domain.)
    ...compounds(
      'high',
      [
        'llm generated',
        'generated by an llm',
        'written by an llm',
        'third party plugins',
        '3rd party plugins',
        '3rd party code',
        'upload plugins',
        'uploaded plugins',
        'unreviewed code',
        'unvetted code',
        "don't review the code",
        'dont review the code',
        'never review the code',
        "don't review their code",
        'dont review their code',
        'never review their code',
        'nobody reviews their code',
        // Anyone at all ("the plugins come from anyone who signs up"; round-37 closing A/B check: declined).
        'anyone who signs up',
        'anyone can sign up',
        'paste whatever they want',
        // Content from anywhere opened on purpose: a browser isolation service for the links people click.
        'sketchy links',
        'sketchy link',
        'suspicious links',
        'malicious links',
        'phishing links',
        'browser isolation',
        // People handed root on what they run ("every team gets root on their own box").
        'gets root',
        'get root',
        'given root',
        'execute whatever code',
        // Code or its packaged kinds uploaded as anyone likes ("they upload whatever mods and plugin jars
        // they like"; round-34 A/B check: declined), or run unvetted ("the builds run random npm
        // packages"): not "they upload whatever logs", "our ops team runs random scripts to rotate
        // logs", "the docs team installs whatever plugins they want" (round-34 reviews).
        'upload whatever mods',
        'upload whatever plugins',
        'upload whatever code',
        'upload whatever jars',
        'upload whatever binaries',
        'upload their own mods',
        'upload their own plugins',
        'install any plugin they like',
        'install any plugins they like',
        'install any plugin they want',
        'install any plugins they want',
        'run random npm packages',
        'runs random npm packages',
      ],
      'standard',
    ),
    // Credentials kept for people, as the workload: not the team's own tool ("we store the db credentials in our
    // password manager", "our team uses KeePass"); and where people travel, not a public timetable (round-41
    // A/B check: a self-hosted password manager and a bodyguard firm's client itineraries got the density
    // line; first round-41 review).
    ...['password manager', 'password managers', 'password vault', 'vaultwarden', 'bitwarden', 'keepass'].map((phrase) => ({
      phrase,
      value: 'high',
      compound: true,
      notWith: ['store', 'stores', 'stored', 'use', 'uses', 'using', 'used', 'through', 'via', 'share', 'shares', 'shared', 'from'],
    })),
    ...['itineraries', 'case files'].map((phrase) => ({
      phrase,
      value: 'high',
      compound: true,
      notWith: ['public', 'bus', 'buses', 'train', 'timetable', 'timetables', 'tourists', 'project'],
    })),
    // Protected health information, by its acronym; workloads whose failure harms people beside ones that do
    // not ("mixed criticality on one soc (safety stuff + infotainment)"; older tuning halves: offered the
    // flow). Word for word, as every phrase added for a shape of one question: out of the lexicon, whose
    // vocabulary also ranks passages and tells the gate a question is about the domain.
    ...compounds('high', ['mixed criticality', 'safety critical']),
    // PHI of patients, not the golden ratio (second round-41 review).
    { phrase: 'phi', value: 'high', compound: true, notWith: ['ratio', 'golden', 'angle', 'coefficient', 'math', 'layout'] },
    // Identity checks' documents ("KYC docs for high value buyers (passports etc)") and malware run on purpose
    // ("a lab where we detonate malware samples"; older tuning halves: offered the flow).
    ...compounds('high', ['kyc', 'passports', 'passport copies', 'malware samples', 'detonate malware', 'malware analysis']),
    // Sensitive of data, not of what a workload reacts to ("a latency sensitive trading app" asked
    // for performance, and had been recommended VMs for strong isolation; round-31 A/B check).
    // Nor "sensitive to latency", "very sensitive to noisy neighbours" (round-31 review).
    {
      phrase: 'sensitive',
      value: 'high',
      negated: 'standard',
      notAfter: [
        'latency',
        'time',
        'timing',
        'performance',
        'perf',
        'jitter',
        'delay',
        'cost',
        'price',
        'case',
        'context',
        'load',
        'throughput',
        'network',
        'io',
      ],
      notBefore: [
        'to latency',
        'to jitter',
        'to noise',
        'to noisy',
        'to load',
        'to delays',
        'to timing',
        'to cost',
        'to price',
        'to performance',
        'to cpu',
        'to memory',
        'to network',
      ],
    },
    ...cues(
      'high',
      [
        'regulated',
        'regulation',
        'compliance',
        'hipaa',
        'pci',
        'gdpr',
        // Other laws and audits that protect data, by their acronyms.
        'ferpa',
        'glba',
        'ccpa',
        'cjis',
        'fedramp',
        'hitrust',
        'soc2',
        'soc 2',
        'confidential',
        'pii',
        'personal data',
        'health data',
        'medical',
        'prescription',
        'prescriptions',
        'financial data',
        'payment data',
        'payment details',
        'card details',
        'cardholder data',
        'personally identifiable',
        'patient identifiable',
        'identity documents',
        'passport scans',
        // Scans of people's ID cards (round-48 closing A/B check: "keeps scanned ID cards and signed consent forms for
        // every client" read nothing).
        'scanned id cards',
        'id card scans',
        'scans of id cards',
        'scanned ids',
      ],
      'standard',
    ),
    // "stores landowners' signed access contracts and their personal details" (round-45 A/B check: the intro line); not
    // the asker's own or the reader's ("fill in your personal details on the HR portal", "my personal information got
    // leaked"; second round-45 review).
    ...['personal details', 'personal information', 'personal info'].map((phrase) => ({
      phrase,
      value: 'high',
      negated: 'standard',
      notAfter: ['your', 'my'],
    })),
    // What such data is, named ("payroll system (everyones salaries, bank details)", "our crypto wallet
    // signing keys"; round-33 closing A/B check: no recommendation), word for word.
    ...compounds(
      'high',
      [
        'bank details',
        'salaries',
        // Attacked from the internet all the time ("Our public website gets poked at by bots constantly"; round-43
        // closing A/B check: the efficiency line): a breach is to be expected, and contained.
        'poked at by bots',
        'probed by bots',
        'attacked by bots',
        'under constant attack',
        'constantly attacked',
        // Records an outside body audits ("catch certificates are export documents and get audited"; blind set
        // jetties: nothing read).
        'get audited',
        'gets audited',
        'getting audited',
        'salary data',
        'payroll data',
        'payroll system',
        'signing keys',
        // Keys a code-signing service or an HSM guards ("our code-signing service with the HSM keys"), not
        // images signed or an HSM talked to.
        'code signing service',
        'code signing keys',
        'hsm keys',
        'private keys',
        'encryption keys',
        'wallet keys',
        'crypto wallet',
        'social security numbers',
        'dates of birth',
        'home addresses',
        'criminal records',
        'medical records',
        'health records',
        'student records',
        // Legally privileged files the workload holds ("the files for our ongoing legal disputes with customers";
        // round-43 A/B check: declined beside a public quote form); not disputes or court cases told of.
        'files for our legal disputes',
        'files for our ongoing legal disputes',
        'documents for our legal disputes',
        'documents for our ongoing legal disputes',
        'legal dispute files',
        'legal files',
        'legal case files',
        'litigation files',
        'privileged documents',
        // Genetic data is health data when it is a person's ("we process patients' genome data on a shared
        // research cluster"; round-34 A/B check: no recommendation), not a bacterium's from a public
        // archive (round-34 reviews).
        'human genetic data',
        'human genome data',
        'human genomic data',
      ],
      'standard',
    ),
    // A database of customers is personal data, word for word ("the customer said their database is
    // slow" says nothing of it). Not "records": chatter asks whether a meeting was recorded.
    // Patients' data, records or notes are health data ("therapy practice app with patients' session
    // notes"); not patients themselves ("queue display for patients in the waiting room").
    ...compounds(
      'high',
      [
        'customer database',
        'customer databases',
        ...['patient', 'patients'].flatMap((who) =>
          [
            'data',
            'records',
            'health records',
            'notes',
            'files',
            'charts',
            'information',
            'info',
            'history',
            'session notes',
            'genome data',
            'genomic data',
          ].map((what) => `${who} ${what}`),
        ),
      ],
      'standard',
    ),
    ...cues('standard', ['own code', 'internal tool', 'internal app', 'internal service', 'internal only', 'in house code'], 'high'),
    // "Trusted" word for word: a trust is also who owns the workload ("the lighthouse heritage trust wants to test a
    // complete Linux image"; round-46 A/B check: read as trusted code).
    { phrase: 'trusted', value: 'standard', negated: 'high', compound: true },
    // Software of theirs with a record of security holes is a workload to wall off ("renderer has had CVEs before"; blind
    // thread set seed-19: declined after the uploads it renders); not a scan's or a report's findings.
    ...['had cves', 'had a cve', 'had vulnerabilities', 'history of cves', 'history of vulnerabilities', 'had security holes'].map(
      (phrase) => ({ phrase, value: 'high', compound: true, notBefore: ['scan', 'scanner', 'scanning', 'report', 'check', 'audit'] }),
    ),
    // Trust told of code or people ("we trust our devs completely", "written by people we trust", "trustworthy code"; first
    // round-46 review: lost when "trusted" went word for word).
    ...compounds('standard', ['we trust', 'trustworthy'], 'high'),
    // Trusting, denied, is still no trust ("we don't trust the code").
    { phrase: 'trust', negated: 'high' },
    { phrase: 'isolation', negated: 'standard' },
  ],
  kernel: [
    ...cues(
      'custom',
      [
        'kernel module',
        'custom kernel',
        'kernel version',
        'specific kernel',
        'own kernel',
        'patched kernel',
        'kernel patch',
        'real time kernel',
        'realtime kernel',
        'special kernel',
        'kernel tuning',
        'own os',
        'own operating system',
        'different os',
        'specific os',
        'other os',
        'different operating system',
        'multiple operating systems',
        'several operating systems',
        'many operating systems',
        'various operating systems',
        'multiple os',
        'several os',
        'legacy os',
        'device driver',
        'custom driver',
        // A driver that runs in the kernel ("needs a vendor kernel driver for the usb spectrometer, they
        // only give us a .ko file"; round-30 closing A/B check: declined), or changes to it.
        'kernel driver',
        'kernel stuff',
        'kernel tweaks',
        'kernel hacking',
        // A distribution older than any kernel a current host runs it on was built for ("needs an
        // ancient distro"): old userlands can fail on new kernels, so it wants its own OS.
        'ancient distro',
        'old distro',
        'eol distro',
        'outdated distro',
        'ancient os',
        'eol os',
        'end of life os',
      ],
      'shared-ok',
    ),
    // An operating system other than the host's Linux, however old: a workload bound to it needs its
    // own kernel (round-30 A/B check: an OS/2 app and a payroll on SCO OpenServer had been looked up).
    // Names of two words word for word: "as many as 400", "the os image is 2 gb" are none.
    // The OS by its own word, never the singular "window" ("the state testing window = every kid logs in at
    // 8am"; a tuning half), nor windows of time ("the maintenance windows"), still a word of the lexicon.
    {
      phrase: 'windows',
      value: 'custom',
      compound: true,
      lexicon: true,
      notAfter: [...TIME_WINDOWS],
    },
    // The OS named with what runs it, whatever comes before ("we need to test windows builds", "we patch
    // windows servers", "upgrade windows 2012 boxes"; second round-42 review: "testing windows" had been
    // taken for a span of time), or written as one word ("windows10").
    ...compounds(
      'custom',
      [
        ...['server', 'servers', 'build', 'builds', 'box', 'boxes', 'vm', 'vms', 'desktop', 'desktops', 'service', 'services'],
        ...['app', 'apps', 'update', 'updates', 'machine', 'machines', 'host', 'hosts', 'pc', 'pcs', 'laptop', 'laptops'],
        ...['xp', '7', '8', '10', '11', '2003', '2008', '2012', '2016', '2019', '2022', '2025'],
      ].map((what) => `windows ${what}`),
    ),
    ...compounds('custom', ['windows10', 'windows11', 'win10', 'win11', 'win7', 'winxp']),
    ...cues('custom', ['freebsd', 'openbsd', 'netbsd', 'solaris', 'aix', 'hpux', 'os2', 'openserver', 'msdos', 'netware', 'as400']),
    // A workload still bound to an old workstation vendor's Unix needs it as its own OS (round-41 A/B check:
    // "only runs on IRIX 6.5" declined); one moved off it long ago does not (first round-41 review).
    ...['irix', 'tru64', 'digital unix', 'ultrix', 'unixware', 'xenix', 'sunos', 'nextstep'].map((phrase) => ({
      phrase,
      value: 'custom',
      compound: true,
      notWith: ['migrated', 'ported', 'retired', 'retiring', 'moved', 'off', 'replaced', 'decommissioned'],
    })),
    ...compounds('custom', [
      // Solaris's descendants and other systems a workload may be bound to (round-37 A/B check: "a
      // legacy tool that only runs on OpenIndiana (illumos)" had been declined).
      'illumos',
      'openindiana',
      'openvms',
      'qnx',
      'dragonfly bsd',
      'dragonflybsd',
      'hp ux',
      'os/2',
      'sco unix',
      '.net framework',
      'ms dos',
      // An MS-DOS or 16-bit program, not a 16-bit image or sample ("converts 16-bit tiffs"), nor a
      // denial-of-service tool ("our red team runs a dos program"; round-34 reviews).
      '16 bit dos',
      '16 bit exe',
      '16 bit binaries',
      '16 bit app',
      '16 bit apps',
      '16 bit program',
      '16 bit programs',
      '16 bit software',
      '16 bit windows',
    ]),
    // A driver of its own, loaded into the kernel ("a serial card that has its own driver", "needs a usb
    // dongle driver loaded in the kernel"), or a real-time OS beside Linux ("linux and an RTOS side by side";
    // older tuning halves: offered the flow).
    ...compounds('custom', ['dongle driver', 'loaded in the kernel', 'loaded into the kernel', 'rtos']),
    // A card's or device's own driver, not a database driver ("the app ships its own driver for postgres";
    // second round-41 review).
    {
      phrase: 'its own driver',
      value: 'custom',
      compound: true,
      notWith: ['postgres', 'mysql', 'database', 'db', 'jdbc', 'odbc', 'orm', 'sql'],
    },
    // A whole desktop per user ("should our remote staff's virtual desktops (VDI) be VMs or containers?";
    // round-38 A/B check: a VM-drawback line): a desktop OS of its own.
    ...compounds('custom', ['vdi', 'virtual desktop', 'virtual desktops', 'desktop vm', 'desktop vms']),
    // A machine's own boot: its boot loader, initramfs, fstab, boot splash, a kernel that panics ("we
    // rehearse rescuing machines that won't boot: bad fstab lines, a full /boot partition, kernel
    // panics", "test our Plymouth boot splash"; round-38 A/B check: declined, or the deployment-tools
    // line): a container boots no kernel of its own. A boot configured on the hosts is theirs ("we edited
    // grub on the host"; round-38 review), and disk encryption, which hosts have, is none; a kernel panic
    // is the workload's whatever it takes down ("our capture driver causes kernel panics that take down
    // the whole host"; second review).
    ...['bootloader', 'boot loader', 'grub', 'initramfs', 'initrd', 'fstab'].map((phrase) => ({
      phrase,
      value: 'custom',
      compound: true,
      notWith: HOSTS_OWN,
    })),
    ...compounds('custom', ['plymouth', 'boot splash', 'boot partition', 'kernel panic', 'kernel panics']),
    // A disk unlocked while the machine boots, tested with the reboot ("our LUKS full-disk-encryption setup,
    // including unlocking at boot and the reboot itself"; round-41 closing A/B check: declined); not the hosts'.
    ...['unlocking at boot', 'unlock at boot', 'unlocks at boot', 'the reboot itself', 'including the reboot'].map((phrase) => ({
      phrase,
      value: 'custom',
      compound: true,
      notWith: MACHINES_OWN,
    })),
    // Network boot is a machine's own boot from its firmware (round-39 closing A/B check: PXE images
    // tested end to end had been declined); not the hosts' ("our hosts pxe boot from the rack switch").
    ...['pxe', 'netboot', 'network boot', 'network booting'].map((phrase) => ({
      phrase,
      value: 'custom',
      compound: true,
      notWith: HOSTS_OWN,
    })),
    // So is what the kernel is booted with ("switch a machine to cgroup v2 with a kernel boot parameter and
    // reboot"; round-40 A/B check: the migration FAQ's "monitor performance"), unless the hosts', nodes' or
    // servers' own; not a sysctl a container may set ("kernel parameters like vm.max_map_count") nor Spring
    // Boot's parameters (first round-40 review).
    ...['kernel boot parameter', 'kernel boot parameters', 'kernel command line', 'kernel cmdline'].map((phrase) => ({
      phrase,
      value: 'custom',
      compound: true,
      notWith: MACHINES_OWN,
    })),
    // An appliance that boots its own init and reboots itself needs a machine of its own ("ships its own init setup … and
    // expects to reboot itself during updates"; closing round-46 A/B check: nothing read).
    ...compounds('custom', ['reboot itself', 'reboots itself', 'rebooting itself', 'its own init', 'own init system', 'own init setup']),
    // An upgrade of the whole OS or a patch to the running kernel, tested end to end ("test our Debian 11
    // to 12 dist-upgrade script, including the reboot into the new kernel", "test our kpatch live-patching
    // rollout"; round-41 A/B check: the density line and a least-privilege line): a machine's own OS and
    // kernel. Not the hosts' own ("we dist-upgrade the hosts on Sunday").
    ...[
      'dist upgrade',
      'distribution upgrade',
      'do release upgrade',
      'reboot into the new kernel',
      'reboot into a new kernel',
      'kpatch',
      'livepatch',
      'kernel live patching',
      'kernel live patch',
      'ksplice',
      'kgraft',
    ].map((phrase) => ({ phrase, value: 'custom', compound: true, notWith: [...MACHINES_OWN, 'servers'] })),
    // A kernel the workload can share, unless the sharing is what worries the asker ("worried about
    // the shared kernel", "a host kernel exploit would hit every tenant"): no consent to it.
    ...['shared kernel', 'share kernel', 'host kernel'].map((phrase) => ({ phrase, value: 'shared-ok', notWith: KERNEL_WORRIES })),
    ...cues('shared-ok', ['any kernel', 'standard kernel', 'stock kernel', 'any linux', 'standard linux', 'plain linux']),
  ],
  speed: [
    ...cues(
      'high',
      [
        'fast startup',
        'fast start',
        'quick startup',
        'quick start',
        'start fast',
        'start quickly',
        'start in seconds',
        'fast boot',
        'quick boot',
        'cold start',
        'autoscaling',
        'autoscale',
        'auto scaling',
        'scale quickly',
        'scale fast',
        'scale rapidly',
        'rapid scaling',
        'fast scaling',
        'quick scaling',
        'scale out',
        'scale to zero',
        'bursty',
        'burst',
        'ci cd',
        'cicd',
        'continuous deployment',
        'continuous delivery',
        'deploy often',
        'frequent deploys',
        'serverless',
        'elastic',
        'ephemeral',
        'short lived',
        'short time',
        'throwaway',
        'throw away',
        'disposable',
        'torn down',
        'tear down',
        'spin up and down',
        'agility',
        // A workload swamped for a while ("results night website gets hammered for about 4 hours", "gets
        // slammed at 9am park opening").
        'gets hammered',
        'get hammered',
        'getting hammered',
        'gets slammed',
        'get slammed',
        'getting slammed',
        // Load that rises and falls, which scaling out and back follows.
        'scale up and down',
        'traffic goes up and down',
        'load goes up and down',
        'demand goes up and down',
        'usage goes up and down',
        'fluctuating traffic',
        'fluctuating load',
        'fluctuating demand',
        'traffic fluctuates',
        'load fluctuates',
        'unpredictable traffic',
        'unpredictable load',
        'seasonal traffic',
        'seasonal load',
      ],
      'low',
    ),
    // CI jobs and runners start, run a build and are thrown away. Whole phrases ("cis" stems to
    // "ci"), and nothing when negated: "no ci builds" says nothing of speed. A build's agents word
    // for word: "building an AI agent" had read as a build agent (round-30 A/B check).
    ...cues('high', [
      'ci builds',
      'ci build',
      'ci jobs',
      'ci job',
      'ci runners',
      'ci runner',
      'ci pipelines',
      'ci agents',
      'ci agent',
      'ci workers',
      'test runners',
    ]),
    ...compounds('high', ['build jobs', 'build runners', 'build agents', 'build agent']),
    // Load heavy at times ("under heavy load (monday 9am everyone posts jobs) would containers or vms give
    // better throughput"; a tuning half: the flow offered), word for word. Not load that stays ("steady high
    // load all year"), load on the hosts, nor load read or argued about (first and second round-42 reviews).
    ...['heavy load', 'high load', 'heavy traffic', 'high traffic'].map((phrase) => ({
      phrase,
      value: 'high',
      compound: true,
      notWith: [...STEADY_LOAD, ...MACHINES_OWN, ...LOAD_READ_ABOUT],
    })),
    ...['peak load', 'peak loads', 'peak traffic', 'peak times', 'peak time', 'peak hours', 'busy periods'].map((phrase) => ({
      phrase,
      value: 'high',
      compound: true,
      notWith: [...MACHINES_OWN, ...LOAD_READ_ABOUT],
    })),
    // Said with the verbs people use for it ("our match servers need to spin up in seconds", "can containers
    // come up fast enough"; older tuning halves).
    ...compounds('high', ['spin up in seconds', 'come up in seconds', 'boot in seconds']),
    // Whether it can come up fast enough, not questions that come up quickly in standup (second round-41 review).
    ...['come up fast', 'come up quickly'].map((phrase) => ({
      phrase,
      value: 'high',
      compound: true,
      notWith: ['questions', 'issues', 'problems', 'topics', 'standup', 'meeting', 'bugs'],
    })),
    // Pipelines that deploy ("our developers want container-based build and deploy pipelines"; round-38
    // A/B check: no need read), or pipelines built on containers ("our developers want container-based
    // pipelines"; round-38 closing A/B check): continuous deployment. Not one said to run seldom (round-38
    // reviews).
    ...[
      'deploy pipeline',
      'deploy pipelines',
      'deployment pipeline',
      'deployment pipelines',
      'cd pipeline',
      'cd pipelines',
      'container pipelines',
      'container based pipelines',
      // Pipelines that build containers ("our volunteer developers want container build pipelines"; round-41
      // A/B check: only the VM each society insists on read) ship what they build; a bare build pipeline,
      // which almost every team has, says nothing of how often (first round-41 review).
      'container build pipeline',
      'container build pipelines',
    ].map((phrase) => ({
      phrase,
      value: 'high',
      compound: true,
      notBefore: SELDOM_RUN,
    })),
    // One started for each request and thrown away ("spin up a fresh worker per request and reply
    // within ~3s"; round-33 A/B check: declined), word for word.
    ...compounds('high', [
      'fresh worker',
      'fresh workers',
      'worker per request',
      'container per request',
      'vm per request',
      'sandbox per request',
      'worker per job',
      'fresh container',
      'fresh containers',
      // Workloads that come and go, word for word: not people ("volunteers and students come and go
      // every season" is no load; round-35 blind set forges).
      ...['services', 'containers', 'workloads', 'jobs', 'apps', 'instances', 'environments', 'envs', 'pods', 'workers'].flatMap((what) => [
        `${what} come and go`,
        `${what} that come and go`,
        `${what} coming and going`,
      ]),
    ]),
    ...cues('moderate', ['moderate', 'some scaling', 'occasional scaling', 'scale occasionally', 'occasionally scale', 'somewhat']),
    ...cues('low', [
      'steady load',
      'steady traffic',
      'stable load',
      'constant load',
      'predictable load',
      'flat load',
      'long running',
      'rarely restart',
      'rarely redeploy',
      'rarely deploy',
      'always on',
      'slow startup fine',
      'slow start ok',
    ]),
    // A workload up around the clock, not the people who look after it ("we're a team of 3 covering 24/7").
    {
      phrase: '24 7',
      value: 'low',
      notWith: [
        'team',
        'cover',
        'coverage',
        'oncall',
        'call',
        'pager',
        'rota',
        'roster',
        'shift',
        'staff',
        'staffed',
        'people',
        'person',
        'engineer',
        'admin',
        'tech',
        'guy',
      ],
    },
    // Spikes of load, not of latency: "our p99 latency spikes" asks for consistent performance.
    ...['spiky', 'spikes'].map((phrase) => ({
      phrase,
      value: 'high',
      negated: 'low',
      notAfter: ['latency', 'jitter', 'p99', 'p95', 'gc', 'time', 'response'],
    })),
    { phrase: 'startup time', negated: 'low' },
    { phrase: 'startup speed', negated: 'low' },
    { phrase: 'speed', negated: 'low' },
    { phrase: 'scaling', negated: 'low' },
  ],
  architecture: [
    ...cues('microservices', [
      'microservice',
      'micro service',
      'many services',
      'small services',
      'service oriented',
      'distributed services',
    ]),
    // Word for word, out of the lexicon: "we're breaking our monolith into ~30 little services".
    ...compounds('microservices', ['little services', 'tiny services']),
    ...cues('monolith', [
      'monolith',
      'single application',
      'single app',
      'one big application',
      'one large application',
      'big application',
      'legacy application',
      'legacy app',
      'erp',
      // An old application moved as it is, whatever its kind.
      'legacy system',
      'legacy backend',
      'legacy software',
      'legacy program',
      'old app',
      'old application',
      'old backend',
      'old software',
      'old program',
    ]),
    // An estate of both kinds. "mixed" or "hybrid" alone says nothing of one ("mixed criticality",
    // "a mixed os fleet", "hybrid cloud", "a combination of security and speed").
    ...cues('mixed', [
      'mixed estate',
      'mixed architecture',
      'mixed stack',
      'mixed fleet',
      'mixed workload',
      'mixed workloads',
      'mixed environment',
      'mixed setup',
      'mix of',
      'hybrid setup',
      'hybrid approach',
      'hybrid architecture',
      'hybrid estate',
      'hybrid model',
      'combination of both',
      'bit of both',
      'some of both',
    ]),
  ],
  density: [
    ...cues(
      'high',
      [
        'density',
        'dense',
        'pack',
        'bin packing',
        'consolidate',
        'consolidation',
        'many workloads',
        'little hardware',
        'limited hardware',
        'few servers',
        'fewer servers',
        'save hardware',
        'hardware budget',
        'tight budget',
        'cheap',
        'resource efficient',
        'efficiency',
        'utilization',
        'utilisation',
        // Hardware with little to spare asks the same of a workload: a small footprint.
        'limited resources',
        'resource constrained',
        'constrained devices',
        'low memory',
        'low ram',
        'little memory',
        'little ram',
        'small devices',
        'budget is tight',
        'low budget',
        'small budget',
        'shoestring',
        'fewer instances',
        'fewer machines',
        'fewer nodes',
      ],
      'standard',
    ),
    // Old hardware the workload stays on, not hardware it leaves ("we're moving the lab software off old hardware";
    // round-47 A/B check: containers for timing that must not waver).
    {
      phrase: 'old hardware',
      value: 'high',
      negated: 'standard',
      // Anywhere in its clause: "off the old hardware", "retiring our old hardware" (first round-47 review).
      notWith: ['off', 'replace', 'retire', 'decommission', 'ditch', 'outgrown', 'rid', 'migrate', 'away'],
    },
    // Machines said to be weak ("the pcs are weak", "underpowered boxes"; an older tuning half).
    ...compounds('high', ['weak pcs', 'pcs are weak', 'weak hardware', 'weak machines', 'weak boxes', 'underpowered']),
    // Costs to keep down: "less overhead" is still density=high (Cue.burden).
    // Not the costing a tool does ("menu costing app is a java thing…"; blind set slipways: density read from it).
    ...['hardware cost', 'cost', 'overhead'].map((phrase) => ({
      phrase,
      value: 'high',
      negated: 'standard',
      burden: true,
      ...(phrase === 'cost' ? { notBefore: ['app', 'tool', 'system', 'sheet', 'spreadsheet', 'softwar', 'calcul'] } : {}),
    })),
    // A licence bound to the machine ("our CAD software's licence is tied to the machine's MAC address") is
    // no cost to cut (round-42 A/B check: containers, on the licensing FAQ).
    ...['licence', 'license', 'licensing'].map((phrase) => ({
      phrase,
      value: 'high',
      negated: 'standard',
      burden: true,
      notWith: LICENCE_BOUND,
      notBefore: LICENCE_THINGS,
    })),
    ...cues('standard', ['plenty of hardware', 'plenty of capacity', 'dedicated hardware', 'dedicated servers', 'money no object']),
    // A small host by name ("old intel nuc at my parents bakery", "tiny fanless boxes"), word for word:
    // no word of a product joins the domain's vocabulary.
    ...compounds('high', [
      'nuc',
      'nucs',
      'raspberry pi',
      'raspberry pis',
      'mini pc',
      'mini pcs',
      'fanless',
      'tiny box',
      'tiny boxes',
      'small box',
      'small boxes',
      'underpowered',
      'single board computer',
      'single board computers',
      // Boxes at the edge, in shops or sites, are small and many ("edge boxes in 300 retail stores"), not an
      // API's edge gateway.
      'edge box',
      'edge boxes',
    ]),
  ],
};
