import { everydayRate, isEnglish, isWorkplaceWord, nearEveryday } from '../knowledge/everyday.js';
import { proseOf, type Hit, type KnowledgeIndex } from '../knowledge/knowledge-index.js';
import { foldText, processToken, STOP_WORDS, terms, tokenize } from '../knowledge/terms.js';
import { Lexicon } from '../knowledge/lexicon.js';
import { remembered, type Remembered } from './remembered.js';

/**
 * What a question names that the knowledge cannot speak to: ids, versions, prices, people,
 * tools and products it never mentions or mentions only in passing. The gate in answer.ts
 * says "I don't know" to a question that names one.
 */

// The verb of "how do I (properly) rotate…"; an adverb before it is skipped, and a hyphenated
// word ("auto-start") is not a verb of its own.
const HOW_TO_ACTION = /\bhow\s+(?:do|can|could)\s+(?:i|we|you)\s+(?:\p{L}+ly\s+)?(\p{L}+)(?![\p{L}-])/iu;
const COMMAND_WORDS = /^(?:command|commands|cmd|cmds|cli|subcommand|subcommands|flag|flags)$/;
// "how much does EKS cost per hour", "pricing for 1M requests", "licence cost for a team of 10":
// a price, which only a knowledge that states prices can give. It names an amount, a unit or a
// headcount: "how much does licensing cost for VMs?" and "is the price of VMs higher?" ask what
// the knowledge discusses.
// "how much is an OCI ampere A1 instance per hour" asks a rate (round-30 closing A/B check).
const ASKS_PRICE =
  /\b(?:how\s+much|what)\s+(?:does|do|would|will|is|are|did)\b[^.?!]*\b(?:cost|costs|charge|charges)\b|\b(?:price|prices|pricing)\s+(?:of|for|per)\b|\bcosts?\s+(?:of|for)\b|\bcharg(?:e|es|ed|ing)\b[^.?!]{0,40}?\bper\b|\bwhat(?:'s|\s+is)\s+the\s+(?:price|cost)\b|\bhow\s+much\s+(?:is|are|was|were|would)\s+(?:an?\s+|the\s+|one\s+)?(?:[\w-]+\s+){0,5}(?:subscriptions?|licen[cs]es?|seats?|plans?|support\s+contracts?)\b|\bhow\s+much\s+(?:is|are|does|do|would|will)\b[^.?!]{0,60}?\bper\s+(?:hour|hr|month|mo|year|yr|seat|user|core|vcpu|gb|tb|instance|vm|node)\b/i;
const PLAN_PRICED =
  /\b(?:how\s+much\s+(?:is|are|does|do|would|will)|what\s+(?:does|do|would|will)|what(?:['’]s|\s+is)\s+the\s+(?:price|cost)\s+(?:of|for)|(?:price|cost|pricing)\s+(?:of|for))\b[^?.!]{0,60}?\b(?:subscriptions?|licen[cs]es?|seats?|support\s+contracts?)\b/i;
// Weighed against the two or a move to them ("…through the roof - does openshift make more sense?"; second round-48 review).
const WEIGHED =
  /\b(?:compared|comparison|versus|vs\.?|than|against|instead|cheaper|pricier|more\s+sense|move|moving|switch\w*|migrat\w*|kubernetes|k8s|docker)\b/i;
// "is there a free tier for …", "is rancher free for commercial use": a vendor's price plan, which
// names its amount (nothing) itself. So do a cloud's commitment discounts ("azure reserved instances
// vs savings plan, which gives the bigger discount": the licensing passage had been its closest match).
const PRICE_PLAN =
  /\bfree\s+tiers?\b|\bfree\s+(?:for|in)\s+(?:commercial|business|enterprise|production|personal)\s+use\b|\bfree\s+(?:plan|trial)\b/i;
// Only as what is asked: "we have reserved instances on aws, would moving to containers save us
// money?" asks about containers (round-31 review).
const COMMITMENT_PLAN = /\breserved\s+instances?\b|\bsavings\s+plans?\b|\bcommitted\s+use\s+discounts?\b/i;
const AMOUNT =
  /\d|[$€£]|\bper\s+(?:hour|hr|month|mo|year|yr|seat|user|head|core|cpu|vcpu|node|cluster|request|gb|tb|instance|vm|server|host|socket|machine|box)\b|\b(?:dollars?|usd|eur|euros?|bucks|thousand|million|billion|monthly|hourly|yearly|annually|a\s+(?:month|year|seat)|an\s+hour)\b/i;
// "who do I ask about …", "who maintains podman desktop": a person or team, which documents do not name.
// So does "who has root on db-prod-3": who holds access to one machine of theirs, named as hosts are
// ("web01", "db-prod-3"; not "k8s", "ec2" or "v2"), where "who has access to /dev/kvm" asks the docs.
const ASKS_PERSON =
  /^\s*who(?:'s|\s+is|\s+are)?\s+(?:has|have|got|holds?)\s+(?:root|sudo|admin|access|ssh)\s+(?:on|to|for)\s+(?:the\s+)?(?:(?:\w+[-.])+[\w.-]*\d[\w.-]*|[a-z]+\d{2,})\b|^\s*(?:who|whom)\s+(?:do|should|can|could|would)\s+(?:i|we)\s+(?:ask|talk\s+to|contact|ping|reach|email|message)\b|^\s*who(?:'s|\s+is|\s+are)?\s+(?:maintains|maintaining|develops|developing|owns|wrote|created|builds|makes|runs\s+the\s+project|behind)\b/i;
// "what's the sla for cloud run", "uptime guarantee of eks": a vendor's commitment, a figure only a
// knowledge that states availability percentages gives (Firecracker's "SLA parameters" are its own
// latency targets, no service's uptime).
const ASKS_SLA = /\b(?:slas?|service[-\s]level\s+agreements?|uptime\s+(?:guarantees?|percentages?|commitments?|slas?))\b/i;
// The asker's own target, stated as what the workload must meet ("our api has an sla of 200ms p95",
// "we have a 99.9% sla"), asks nothing of anyone's SLA (round-33 closing A/B check: declined).
const OWN_SLA =
  /\b(?:our|my)\s+(?:[\p{L}\d.%-]+\s+){0,2}?slas?\b|\b(?:we|i)\s+(?:have|got|need|must\s+meet)\s+an?\s+(?:[\p{L}\d.%-]+\s+){0,2}?slas?\b|\b(?:has|have|with)\s+an?\s+(?:[\p{L}\d.%-]+\s+){0,2}?slas?\s+of\b/iu;
const AVAILABILITY = /\b\d{2}(?:\.\d+)?\s?%\s*(?:uptime|availability|available)|\b(?:uptime|availability)\s+(?:of\s+)?\d{2}(?:\.\d+)?\s?%/i;
// "max memory for an azure container instance", "terms of the red hat … subscription", "is oracle
// allowed on aws rds", "where in the azure portal…": a fact of one vendor's offering (its limits,
// terms, prices, what it allows, where its console puts things), which only a knowledge that writes
// the vendor's name can give.
// A hypervisor product's limits are its vendor's facts too ("how many vcpus can a vm have in
// virtualbox 7": the knowledge's hypervisor sentence had answered it; blind set crews), and so are a
// cloud's container and VM services' ("cloud run max concurrent requests per instance?", "max number of
// pods per node on eks": round-30 A/B check and blind set crews, both answered from the corpus).
const VENDOR =
  /\b(?:aws|amazon|azure|microsoft|google|gcp|oracle|red\s?hat|ibm|vmware|broadcom|digitalocean|linode|hetzner|alibaba|heroku|cloudflare|virtualbox|vsphere|esxi|hyper-v|proxmox|xen(?:server)?|openshift|rancher|tanzu|nutanix|citrix|docker\s+hub|eks|ecs|fargate|lambda|aks|gke|cloud\s+run|app\s+engine|cloud\s+functions)\b/gi;
// Whether a question names a vendor, without the global regex's state.
const NAMES_VENDOR = new RegExp(VENDOR.source, 'i');
// "how many vcpus can a vm have", "how many pods can a node run": a limit, asked as a count. Not a
// count of the two themselves ("how many containers can one vm have? we're on aws" asks the knowledge).
// So is what a licence is counted by ("is openshift licensed per core or per node", "if we run oracle
// db on vmware do we have to license every host in the cluster"; round-33 A/B checks: answered from the
// article's licensing sentences).
// And its defaults, rate limits and measured cold starts ("whats the default idle timeout on an aws
// application load balancer", "the Docker Hub pull rate limit", "aws lambda cold start time for java 21").
const ASKS_VENDOR_FACT =
  /\blicen[cs](?:ed|ing)\s+(?:per|by(?:\s+the)?)\s+(?:cores?|nodes?|sockets?|v?cpus?|users?|seats?|hosts?|vms?|instances?)\b|\blicen[cs]e\s+(?:every|each|all(?:\s+the)?)\s+(?:cores?|nodes?|sockets?|v?cpus?|hosts?|servers?)\b|\b(?:rate|pull|request|api)\s+limits?\b|\bdefault\s+(?:[\p{L}-]+\s+){0,2}(?:timeouts?|limits?|quotas?)\b|\bcold\s+start\s+times?\b|\b(?:max(?:imum)?|quotas?|terms|(?:pricing|prices?)(?!\s+(?:hikes?|increases?|rises?|jumps?|changes?|bumps?|shocks?|gouging|squeeze)\b)|cheapest\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:instances?|tiers?|plans?|skus?|machine\s+types?|sizes?|regions?)|allowed|permitted|byol|bring\s+your\s+own\s+licen[cs]e|portal|console)\b|\bhow\s+many\s+(?!(?:containers?|vms?|microvms?|virtual\s+machines?|pods?)\b)[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:does|do|will|would)\s+(?=\S+\s+(?:reserve|allow|give|include|support|charge|provide|offer)\b)|\bhow\s+many\s+(?!(?:containers?|vms?|microvms?|virtual\s+machines?|pods?)\b)[\p{L}-]+\s+(?:can|may|could)\s+(?:a|an|one|each|the|my|our)\s+[\p{L}-]+\s+(?:have|run|hold|take|use|get)\b/iu;
// And how to operate its product, where nothing of containers is asked ("how do i increase the disk size
// of a vm in virtualbox", "how to configure a proxmox ha cluster", "hyper-v replica setup between two
// sites, step by step?"), or what it supports ("does vmware vsan support a 2 node stretched cluster"): its
// documentation's, not this knowledge's. "how do i run containers on proxmox" asks about containers there.
const VENDOR_PROCEDURE =
  /\b(?:how\s+(?:do|can|should|would)\s+(?:i|we|you|one)|how\s+to|steps?\s+to|(?:what(?:'s|s|\s+is)\s+)?the\s+(?:process|procedure)\s+(?:for|to|of))\b[^?.!]*?\b(?:configure|configuring|set\s*up|setup|install|installing|resize|resizing|increase|enable|upgrade|expand|grow|create|enlarge|extend|make\s+(?:it|them|the\s+[\p{L}-]+)\s+(?:bigger|larger))\b|\b(?:configure|set\s*up|setup|install|resize|enable|upgrade)\b[^?.!]*?\bstep\s+by\s+step\b|^\s*(?:does|do|can|will)\s+(?:[\p{L}\d.-]+\s+){1,3}?support\b/iu;
const CONTAINER_WORDS = /\b(?:containers?|containeri[sz]\w*|docker|podman|kubernetes|k8s|pods?|kata|firecracker|microvms?|oci)\b/i;
const NAMES_SIDE = /\b(?:containers?|vms?|virtual\s+machines?|workloads?|apps?|applications?|services?)\b/i;
const asksVendorFact = (question: string) =>
  ASKS_VENDOR_FACT.test(question) || (VENDOR_PROCEDURE.test(question) && !CONTAINER_WORDS.test(question));
// Not a price that went up: "we want off vmware after the broadcom price hike, is moving everything
// to containers the answer?" asks about moving (round-32 A/B check: declined for "vmware", "broadcom").
// Cloud instance types ("t3.medium", "m5.2xlarge") and regions ("us-east-1"): specific things the
// knowledge does not hold. "x86", "arm64", "ipv6", "p99" are kinds. Not a time of day: "its 3am and
// security says a container escaped" sets the scene (a schedule's time is ASKS_TIME's). Without
// it, tuning halves hit@3 +1, answered +1; no off-topic question of any set or rewording is let in.
const SPECIFIC_IDS = [
  /\b[a-z]{1,3}\d[a-z]{0,3}\.(?:nano|micro|small|medium|large|\d*xlarge|metal)\b/i,
  /\b(?:us|eu|ap|sa|ca|me|af|il)-(?:east|west|north|south|central|northeast|southeast|northwest|southwest)-\d\b/i,
];

const versionsStated: Remembered<string, boolean> = new WeakMap();

const phrasesWritten: Remembered<string, boolean> = new WeakMap();

/** Whether some passage writes the words in this order (each may be inflected: "spinning up"). */
export function writesPhrase(index: KnowledgeIndex, words: readonly string[]): boolean {
  const key = words.join(' ').toLowerCase();
  return remembered(phrasesWritten, index, key, () => {
    const pattern = new RegExp(`\\b${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\w*\\W+')}\\w*\\b`, 'i');
    return index.passages.some((p) => pattern.test(p.text));
  });
}

// A version as a number of its own ("v4.5" or "4.5", not "14.5" or "4.5.1").
const versionPattern = (version: string) => new RegExp(`(?:^|[^\\d.])v?${version.replace(/\./g, '\\.')}(?![\\d])`, 'i');

// Whether a text states the version (a plain substring test first: it rules out most texts).
function statesIn(text: string, version: string, pattern = versionPattern(version)): boolean {
  return text.includes(version) && pattern.test(text);
}

/**
 * Whether some passage states the version ("4.5", "v4.5.1") and, when the question names what
 * it is a version of ("kubernetes 1.0"), names that too: "1.0" of something else does not
 * answer it. Looked up only when a question asks about a version.
 */
function statesVersion(index: KnowledgeIndex, version: string, of: string | undefined): boolean {
  return remembered(versionsStated, index, `${of ?? ''} ${version}`, () => scanForVersion(index, version, of));
}
function scanForVersion(index: KnowledgeIndex, version: string, of: string | undefined): boolean {
  const pattern = versionPattern(version);
  const subject = of === undefined ? null : processToken(of);
  // A plain substring test first: most passages holding the number never name the subject, and
  // stemming every one of them is what would cost.
  const named = of?.toLowerCase().slice(0, 4);
  // Named in the passage or by where it stands: a release table in firecracker/docs/RELEASE_POLICY.md
  // lists "v1.14" without saying "Firecracker" ("release date of firecracker 1.14?").
  const names = (text: string) => text.toLowerCase().includes(named!) && terms(text).includes(subject!);
  return index.passages.some(
    (p) =>
      statesIn(p.text, version, pattern) && (subject === null || names(p.text) || names(`${pathWords(p.source)} ${p.headings[0] ?? ''}`)),
  );
}

// A knowledge that discusses prices names amounts of money in its prose more than once or twice
// ("Do not collect $200", a shell prompt's "$ 1" in a code sample are not prices).
const MIN_PRICED_PASSAGES = 3;

// Whether the knowledge's prose names amounts of money, or availability figures; looked at once per index.
const knowledgeStatesPrices = (index: KnowledgeIndex) => proseStates(index, PRICE, MIN_PRICED_PASSAGES);
const knowledgeStatesAvailability = (index: KnowledgeIndex) => proseStates(index, AVAILABILITY, 1);
// "what's the maximum size of a Kubernetes ConfigMap?", "max vcpus per vm on hyper-v", "is there a size
// limit on …": a limit, a figure only a knowledge that states quantities (sizes, counts of CPUs) or
// writes of maxima gives (round-38 A/B check: the containers-on-VMs FAQ had been the closest match).
const ASKS_LIMIT =
  /\b(?:max(?:imum)?|min(?:imum)?)\s+(?:[\p{L}-]+\s+){0,2}?(?:size|length|number|count|amount|memory|ram|disk|storage|vcpus?|cpus?|cores?|pods?|instances?|connections?|files?|volumes?|nodes?)\s+(?:of|for|per|on|in|an?|that)\b|\bsize\s+limits?\b|\b(?:upper|hard)\s+limits?\s+(?:of|for|on)\b/iu;
const QUANTITY = /\b\d+(?:\.\d+)?\s?(?:[kmgtp]i?b|bytes?|vcpus?|cpus?|cores?)\b/i;
const knowledgeStatesQuantities = (index: KnowledgeIndex) => proseStates(index, QUANTITY, 1);
// "16gb or 32gb ram for a new developer laptop": a choice between two amounts, which only a knowledge that
// states amounts answers (blind set moorings: a closest match on "developer" and "ram").
const SIZE = String.raw`\d+(?:\.\d+)?\s?(?:[kmgt]i?b|gigs?|vcpus?|cpus?|cores?)`;
const AMOUNT_CHOICE = new RegExp(String.raw`\b${SIZE}\s+(?:or|vs\.?|versus)\s+${SIZE}\b`, 'i');
const statedInProse: Remembered<RegExp, boolean> = new WeakMap();
function proseStates(index: KnowledgeIndex, pattern: RegExp, passages: number): boolean {
  return remembered(statedInProse, index, pattern, () => {
    let found = 0;
    for (const p of index.passages) if (pattern.test(proseOf(p.text)) && ++found >= passages) break;
    return found >= passages;
  });
}

// "when is the next macOS release", "release date of…", "when will 5.0 ship": a date, which only
// passages that state dates can give.
const ASKS_DATE =
  /\bwhen\b[^.?!]{0,60}?\b(?:ship|ships|shipping|release|releases|releasing|launch|launching|out)\b[^.?!]{0,30}?\bnext\s+(?:major\s+|minor\s+)?(?:[\p{L}\d.-]+\s+)?(?:release|version)\b|\brelease\s+dates?\b|\bwhen\s+(?:is|will|does)\s+(?:the\s+)?(?:next|new|upcoming)\s+(?:[\p{L}\d.-]+\s+){0,3}?(?:release|version|major|minor)\b|\bwhen\s+will\s+(?:[\p{L}\d-]+\s+){0,2}?v?\d+(?:\.\d+)+\s+(?:be\s+released|come\s+out|ship|land)\b/iu;
// When a version came out ("when was podman 4.0 released", "when did 1.30 ship", "what date did 1.30 come out").
const SUPPORT_END_ASKED =
  /^\s*when\s+(?:does|do|did|will|is|are|was|would)\s+(?:[\p{L}\p{N}.-]+\s+){0,6}?(?:(?:extended|standard|mainstream|full|maintenance|security)\s+)*(?:support\s+end|end\s+of\s+(?:life|support)|eol|go\s+eol|leave|exit|drop\s+out|reach)\b/iu;
const WHEN_IT_MATTERS = /\b(?:matters?|make\s+sense|makes\s+sense|affect|affects|mean|means|impact|better|prefer)\b/i;
const SUPPORT_ENDS =
  /\b(?:end[\s-]+of[\s-]+(?:life|support)|support\s+(?:ends?|ending|ended)|eol|(?:leaves?|exits?|drops?\s+out\s+of|out\s+of)\s+(?:full\s+|standard\s+|extended\s+|mainstream\s+)?(?:maintenance\s+)?support)\b/i;
const RELEASED_WHEN =
  /\b(?:when|(?:what|which)\s+(?:date|day|month|year))\s+(?:was|were|did|is|will)\b[^?!]{0,60}?\b(?:released?|come\s+out|came\s+out|ship|shipped|launch|launched|out|available|ga)\b/iu;
// A passage's path as words: its folders name what it documents ("firecracker/docs/RELEASE_POLICY.md").
const pathWords = (source: string) => source.replace(/[/._-]+/g, ' ');
// What a question asks the release date of: "the release date of X", "when was X released".
const RELEASE_OF =
  /\brelease\s+dates?\s+(?:of|for)\s+(?:the\s+)?((?:[^?.!,;]|\.(?=\w)){2,60}?)\s*(?:[?.!,;]|$)|\b(?:when|(?:what|which)\s+(?:date|day|month|year))\s+(?:was|were|did|is|will)\s+(?:the\s+)?((?:[^?.!,;]|\.(?=\w)){2,60}?)\s+(?:be\s+)?(?:released?|come\s+out|came\s+out|ship(?:ped)?|launch(?:ed)?|available|ga)\b/iu;
// What a question asks the latest version of: "what's the latest version of docker desktop".
// Or the thing named before "version", where the version itself is asked: "latest podman version on brew
// right now?", "what's the latest podman version" (round-30 A/B check), not "should we run the latest
// podman release?".
const LATEST_OF =
  /\b(?:latest|newest|current|most\s+recent)\s+(?:(?:stable|lts)\s+)?(?:version|release)\s+of\s+(?:the\s+)?((?:[^?.!,;]|\.(?=\w)){2,60}?)\s*(?:[?.!,;]|\s+(?:and|or|is|was)\b|$)|(?:^\s*|\bwhat(?:'s|s|\s+is|\s+are)\s+(?:the\s+)?|\bwhich\s+)(?:latest|newest|most\s+recent)\s+(?:(?:stable|lts)\s+)?((?:(?!(?:and|or|stable|lts)\b)[\p{L}][\p{L}\d.-]*\s+){1,2}?)(?:version|release)\b/iu;
const VERSION_NUMBER = /\bv?\d+\.\d+(?:\.\d+)*\b/;
// Words for which release, not whose ("the next major version").
const RELEASE_WORDS = new Set(
  ['next', 'new', 'latest', 'newest', 'upcoming', 'version', 'release', 'major', 'minor', 'stable', 'first', 'current'].map(
    (w) => processToken(w) ?? w,
  ),
);
function releasedThing(question: string): { name: string; terms: string[] } | undefined {
  const match = RELEASE_OF.exec(question);
  // "when was X released" asks for a release only of a numbered thing ("windows server 2025"):
  // "when will the guest's memory be released back to the host?" asks about memory.
  const name = (match?.[1] ?? (match?.[2] && /\d/.test(match[2]) ? match[2] : undefined))?.trim();
  if (!name) return undefined;
  const named = terms(name).filter((t) => !RELEASE_WORDS.has(t));
  return named.length > 0 ? { name, terms: named } : undefined;
}
// A date as release notes write one: a month with its day or year, an ISO date, a quarter, or a
// year after "in", "since", "by"… ("2048 MiB" is no year).
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = new RegExp(
  `\\b${MONTH}\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\b|(?:19|20)\\d\\d\\b)|\\b\\d{1,2}\\s+${MONTH}\\b|\\b(?:19|20)\\d\\d-\\d\\d(?:-\\d\\d)?\\b|\\bq[1-4]\\s+(?:19|20)\\d\\d\\b|\\b(?:in|since|by|until|from|early|late|mid)\\s+(?:19|20)\\d\\d\\b(?!\\s*(?:[kmgt]i?b|ms|mhz|ports?|bytes?|%))`,
  'i',
);
// The time or day of an event people schedule ("what time does the migration meeting start?",
// "which day is the security review?"), which only a passage that states one answers. Not how long
// something takes ("what time does a vm take to boot"), nor a time zone, source or limit ("which
// time zone is the container in").
const ASKS_TIME =
  /\b(?:(?:at\s+)?what|which)\s+(?:time|day)\s+(?:is|are|does|do|will|was|did)\s+(?:the\s+|our\s+|my\s+|this\s+|next\s+)?(?:[\p{L}-]+\s+){0,2}?(?:meeting|standup|stand-up|demo|call|sync|review|party|workshop|all-hands|retro|retrospective|planning|lunch|offsite|training|session|interview)s?\b/iu;
// A clock time, a weekday, noon or midnight: "10:30", "9am"; not a port mapping ("80:80").
const TIME =
  /(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])|\b\d{1,2}\s*(?:am|pm)\b|\bo'clock\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bnoon\b|\bmidnight\b/i;
// An organisation's own bookkeeping: a cost center, expensing something, reimbursement, a purchase
// order. Docs on software speak of cost and expenses, not of these ("can I expense a new monitor?").
const BOOKKEEPING =
  /\b(?:cost\s+cent(?:er|re)s?|expense\s+(?:reports?|claims?)|(?:can|could|should|may|to|i|we|you)\s+expense\s+(?:it|this|that|a|an|my|our|the)\b|reimburs\p{L}*|purchase\s+orders?|per\s+diem)/iu;
// Where to learn it: a book, a course, a certification, a podcast ("what is a good book about
// containers and vms", "is the kubernetes certification worth it"), which only passages that name
// one answer. Not a tutorial or guide, which documentation folders hold, nor a video or a training
// job, which are workloads ("containers or vms for video transcoding").
const LEARNING_RESOURCE = String.raw`(?:books?|(?<!\bof\s)courses?|certifications?|certs?|podcasts?|bootcamps?)`;
const ASKS_LEARNING = new RegExp(
  String.raw`\b(?:good|best|recommended|recommend|favou?rite)\b[^.?!]{0,25}?\b(${LEARNING_RESOURCE})\b|\b(${LEARNING_RESOURCE})\b[^.?!]{0,40}?\bworth\b`,
  'iu',
);
const CVE_ID = /\bCVE-\d{4}-\d{3,}\b/i;
// "what's the CVE number for…", "which CVE fixed…": asks for the id itself, not "run a cve scan".
const ASKS_CVE =
  /\bcves?\s+(?:number|numbers|id|ids|identifier|identifiers|for|of)\b|\b(?:which|what)\s+cves?\b(?!\s+(?:scan|process|policy))/i;
// The word a version number follows names what it is a version of ("kubernetes 1.0", "podman
// v4.5"), unless it is a word for versions themselves ("version 4.5", "release 1.2").
const VERSION_OF = /(\p{L}[\p{L}\p{N}-]*)\s*$/u;
const PAIRED_VERSION = /(\p{L}[\p{L}\p{N}-]*)\s+v?\d+(?:\.\d+)*\s+(?:vs\.?|versus|or|and)\s*$/iu;
const VERSION_WORDS = /^(?:version|versions|release|releases|update|updates|v|ver|rev|revision|build)$/i;
// "v2" alone is a version as well ("compose v2").
const VERSION = /(?:^|[\s(])(?:v?\d+\.\d+(?:\.\d+)*|v\d+)\b/i;
// "which version fixed it", "latest release", "is 1.30 EOL": a question about versions themselves.
// "podman 4.5.1 containers die when I log out" names its version as context for a problem.
// So do two versions set side by side ("compose v2 vs v1 syntax").
const ASKS_VERSION =
  /\bv?\d+(?:\.\d+)*\s+(?:vs\.?|versus|or|and)\s+v\d+(?:\.\d+)*\b|\bv\d+(?:\.\d+)*\s+(?:vs\.?|versus|or|and)\s+v?\d+(?:\.\d+)*\b|\bwhat(?:'s|\s+is|\s+are)\s+(?:new|changed)\s+in\b|\bwhat\s+changed\s+in\b|\b(?:which|what|latest|newest|current|recent|next|minimum|min)\s+(?:\S+\s+)?(?:versions?|releases?)\b|\bversions?\s+(?:\S+\s+)?(?:fix|fixes|fixed|patch|patched|support|supports|supported|introduc\w*|added|removed)\b|\b(?:released|release\s+date|end[\s-]+of[\s-]+(?:life|support)|support\s+ends?|eol|deprecated|changelog|release\s+notes)\b|\bwhen\s+(?:was|is|will|did|does)\b|\b(?:what|which)\s+(?:year|date|day|month)\b/i;
const PRICE = /[$€£]\s?\d/;
const ASKS_PRICES = new RegExp(ASKS_PRICE.source, 'gi');
// A rate told, as what someone charges ("the vendor charges per vm"), not a price asked for.
const CHARGES = /^charg/i;
// A sentence that asks: its mark, a question word opening it, or a clause that asks after a comma
// ("the vendor charges per vm, how much is that per hour"), not a relative one (", which adds up fast").
const ASKS_IN =
  /\?|^\s*(?:what|whats|how|why|when|which|who|where|can|could|does|do|is|are|should|would|will|did)\b|[,;:]\s*(?:how\s+much|what(?:'s|\s+is|\s+does|\s+would|\s+will)|is\s+(?:that|it|this)|does\s+(?:that|it|this)|would\s+(?:that|it|this))\b/i;
function sentenceAt(text: string, at: number): string {
  const start = Math.max(...['.', '!', '?'].map((mark) => text.lastIndexOf(mark, at - 1))) + 1;
  const rest = text.slice(at).search(/[.!?](?=\s|$)/);
  return text.slice(start, rest < 0 ? text.length : at + rest + 1);
}
// The clause a position stands in, its closing mark included: "we pay $2000 a month for our vms" says
// what the asker pays, and only "would containers be cheaper?" asks (round-30 A/B check: a $5 VPS had
// declined a choice for a blog and a bot).
function clauseAt(text: string, at: number): string {
  const start = Math.max(...[',', ';', '.', '!', '?'].map((mark) => text.lastIndexOf(mark, at - 1))) + 1;
  const rest = text.slice(at).search(/[,;.!?](?=\s|$)/);
  return text.slice(start, rest < 0 ? text.length : at + rest + 1);
}
// A capitalised word inside a sentence, an acronym or a camel-cased name: a proper name.
// Capitals and a number are a name too ("FAT32", "RTX4090"; round-44 closing A/B check: a log option's max-size quoted
// for "the max file size on FAT32").
const NAME_LIKE = /^(?:\p{Lu}{2,}\p{Ll}?|\p{Lu}{2,}\d{1,4}|\p{Ll}+\p{Lu}[\p{L}]*|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const SENTENCE_END = /[.!?:]\s*$/;

/**
 * Specific things the question names that the knowledge never mentions: CVE ids, version
 * numbers, prices, and proper names (acronyms, camel case, capitalised words inside a
 * sentence) none of whose words the knowledge or its lexicon uses.
 */
export function unknownEntities(index: KnowledgeIndex, question: string): string[] {
  return namesOf(index, question).unknown;
}

// "our EHR", "my Zabbix box", "our batch ETL jobs": the asker's own system, named as they know it (up
// to three words). In a question about what the knowledge is about ("we run our EHR on vmware today,
// would moving it into containers weaken the isolation…?") it is where they run what they ask about
// (namesOf's ownedAreSetting). Three words, not one: "our batch ETL jobs… would containers start
// faster?" had been declined for "ETL" (round-24 blind A/B check); no eval set moves.
const OWNED = /\b(?:our|my)\s+((?:[\p{L}\p{N}][\p{L}\p{N}.+-]*\s+){0,2}[\p{L}\p{N}][\p{L}\p{N}.+-]*)/giu;
// "our payroll service and the marketing wordpress": what is listed with it is theirs too.
const OWNED_WITH =
  /\b(?:our|my)\s+(?:[\p{L}\p{N}][\p{L}\p{N}.+-]*\s+){1,3}(?:and|&|plus)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\p{N}][\p{L}\p{N}.+-]*\s+){0,2}[\p{L}\p{N}][\p{L}\p{N}.+-]*)/giu;

// "move the booking wordpress off its vm into containers": what is moved off its own VM or out of its
// containers is the asker's workload too, named as they know it (blind set piers: declined for
// "wordpress"). Whose it is decides, not how the question opens: not "the best way to migrate the Zabbix
// agents into containers", nor how to port a tool (round-39 reviews).
const MOVED =
  /\b(?:move|moves|moving|moved|migrate|migrates|migrating|migrated|containeri[sz]e|containeri[sz]ing|dockeri[sz]e|dockeri[sz]ing)\s+(?:the|this|that|these|those)\s+((?:[\p{L}\p{N}][\p{L}\p{N}.+-]*\s+){0,2}[\p{L}\p{N}][\p{L}\p{N}.+-]*)(?=\s+(?:off|from|out\s+of)\s+(?:its|our|my|their)\s+(?:own\s+|old\s+|current\s+)?(?:containers?|vms?|virtual\s+machines?|docker|kubernetes|k8s|pods?|podman|servers?|box|boxes|hosts?)\b)/giu;

/**
 * The question's names the knowledge never mentions: `unknown` as unknownEntities gives them, and
 * `setting`, those excused from it as where the asker runs things ("terraform: Error acquiring the
 * state lock…", "GKE pods cant reach Cloud SQL"), which still say what the question is about when
 * the knowledge cannot answer the rest of it with confidence. With aboutProject (the question
 * names a project the knowledge documents), every name it never mentions is the setting; with
 * ownedAreSetting, so are the names the asker calls their own (OWNED).
 */
export function namesOf(
  index: KnowledgeIndex,
  question: string,
  aboutProject = false,
  ownedAreSetting = false,
  namesSubject = false,
): { unknown: string[]; setting: string[] } {
  const found: string[] = [];
  const setting: string[] = [];
  const cve = CVE_ID.exec(question);
  if (cve) found.push(cve[0]);
  const version = VERSION.exec(question);
  if (version && ASKS_VERSION.test(question)) {
    const prefix = question.slice(0, version.index + version[0].indexOf(version[0].trim()));
    // "podman 4 vs v5": of the word before the pair, not of "vs".
    const before = (PAIRED_VERSION.exec(prefix) ?? VERSION_OF.exec(prefix))?.[1];
    const of = before !== undefined && !VERSION_WORDS.test(before) ? before : undefined;
    if (!statesVersion(index, version[0].trim().replace(/^v/i, ''), of)) found.push(version[0].trim());
  }
  const price = PRICE.exec(question);
  if (price && (ASKS_PRICE.test(question) || ASKS.test(clauseAt(question, price.index)))) found.push(price[0]);
  // Asked, not told: "how does vm licensing compare to containers? the vendor charges per vm" tells
  // what the vendor charges, beside a sentence that asks. A question of one sentence asks what it
  // names, mark or not ("intellij ultimate license cost for a team of 10"), and a price named in a
  // sentence that asks nothing is asked ("is it worth it? price of rhel licenses per vm").
  const anyAsks = question.split(/(?<=[.!?])\s+/).some((sentence) => ASKS_IN.test(sentence));
  const asks = (m: RegExpMatchArray) => !anyAsks || !CHARGES.test(m[0]) || ASKS_IN.test(sentenceAt(question, m.index!));
  const priceAsked = [...question.matchAll(ASKS_PRICES)].find(asks);
  if (priceAsked && AMOUNT.test(question) && !knowledgeStatesPrices(index)) found.push(priceAsked[0]);
  else if (priceAsked) {
    // A vendor's subscription or licence priced as a whole ("How much is a Red Hat OpenShift subscription?"; round-48 A/B
    // check: the licensing passage at low) names its amount by asking it; only alone: "how much does vmware licensing
    // cost compared to running containers?" weighs the two (first round-48 review).
    const plan = PLAN_PRICED.exec(question);
    if (plan && NAMES_VENDOR.test(question) && !NAMES_SIDE.test(question) && !WEIGHED.test(question) && !knowledgeStatesPrices(index))
      found.push(plan[0]);
  }
  const plan = PRICE_PLAN.exec(question) ?? (NAMES_EITHER_SIDE.test(question) ? null : COMMITMENT_PLAN.exec(question));
  if (plan && !knowledgeStatesPrices(index)) found.push(plan[0]);
  const limit = ASKS_LIMIT.exec(question);
  // Not one of the two the knowledge compares, or of workloads on them ("which gives the maximum amount
  // of isolation, containers or vms?", "how do we get the maximum number of containers per host?";
  // round-38 reviews).
  if (limit && !NAMES_SIDE.test(question) && !knowledgeStatesQuantities(index) && !writesPhrase(index, ['max']))
    found.push(limit[0].trim());
  const amounts = AMOUNT_CHOICE.exec(question);
  if (amounts && !NAMES_SIDE.test(question) && !knowledgeStatesQuantities(index)) found.push(amounts[0]);
  const sla = ASKS_SLA.exec(question);
  if (sla && !OWN_SLA.test(question) && !knowledgeStatesAvailability(index)) found.push(sla[0]);
  for (const kind of question.matchAll(NUMBERED_KIND))
    if (!writesKind(index, (kind[1] ?? kind[3])!, (kind[2] ?? kind[4])!)) found.push(kind[0]);
  // "docker container with no memory limit set - what's the default cap?": a default, which a knowledge
  // that never writes the word states of nothing.
  const defaultAsked = DEFAULT_ASKED.exec(question);
  if (defaultAsked && !writesPhrase(index, ['default'])) found.push(defaultAsked[0]);
  if (asksVendorFact(question)) {
    // Not a vendor that is where the asker runs things ("… we're on aws").
    const settings = new Set([...question.matchAll(VENDOR_SETTING)].map((m) => m[1]!.toLowerCase()));
    for (const [vendor] of question.matchAll(VENDOR))
      if (!settings.has(vendor.toLowerCase()) && !vendorNames(vendor).some((name) => writesPhrase(index, tokenize(name))))
        found.push(vendor);
  }
  // "what does helm upgrade --atomic do": what a flag does, which documents that never write it do not say.
  for (const [, flag] of question.matchAll(ASKS_FLAG)) if (!writesFlag(index, flag!)) found.push(flag!);
  // "salt vs chef, which config management tool is better": two things compared, neither of them
  // any word the knowledge or its lexicon knows (as everyday words, no name was heard in either).
  // Not beside the two the knowledge compares ("vnf vs cnf … for containers vs vms").
  if (!NAMES_EITHER_SIDE.test(question))
    for (const [pair, a, b] of question.matchAll(UNKNOWN_PAIR)) {
      const unknown = (side: string) => terms(side).length > 0 && terms(side).every((t) => !index.knows(t));
      if (unknown(a!) && unknown(b!)) found.push(pair.trim());
    }
  // "nomad vs kubernetes", "vmware vs proxmox": two of one kind the lexicon names alike (both
  // orchestration, both hypervisors), which the knowledge writes of as one, not set against each other,
  // unless it writes both names. Not the two sides themselves ("docker vs a vm").
  for (const [pair, a, b] of question.matchAll(UNKNOWN_PAIR)) {
    if (SIDE_WORD.test(a!) || SIDE_WORD.test(b!)) continue;
    const kinds = (word: string) => new Set([...index.lexicon.targetsByTerm(word).values()].flatMap((targets) => [...targets]));
    const [ka, kb] = [kinds(a!), kinds(b!)];
    const written = (word: string) => terms(word).length > 0 && terms(word).every((t) => index.hasTerm(t));
    if ([...ka].some((k) => PRODUCT_KINDS.has(k) && kb.has(k)) && !(written(a!) && written(b!))) found.push(pair.trim());
  }
  const person = ASKS_PERSON.exec(question);
  if (person) found.push(person[0].trim());
  // "what does "immutable infrastructure" have to do with containers?": a term in double quotes, a word
  // or two, asked what it is or means, with a word neither the knowledge nor its lexicon knows and no
  // everyday one, names a thing the knowledge never does (round-35 A/B check: "infrastructure" had met
  // a sentence of filler). Not words someone said ("are containers "insecure", is that fair"), nor a
  // service's or a project's name ("what should "orion" run on").
  for (const asked of question.matchAll(TERM_ASKED)) {
    const quoted = (asked[1] ?? asked[2] ?? asked[3])!;
    const words = tokenize(quoted);
    if (words.length > 0 && words.length <= MAX_QUOTED_TERM_WORDS && words.every((w) => /^\p{L}+$/u.test(w))) {
      if (terms(quoted).some((t) => !index.knows(t) && everydayRate(t) <= MAX_SPECIFIC_ACTION_RATE)) found.push(quoted);
    }
  }
  // "the kubectl command to …": a tool the knowledge never mentions, named right before "command".
  const tokens = tokenize(question);
  const replaced = replacedNames(question);
  for (const pattern of SPECIFIC_IDS) {
    const id = pattern.exec(question);
    if (id && !terms(id[0]).every((t) => index.hasTerm(t))) (replaced.has(id[0].toLowerCase()) ? setting : found).push(id[0]);
  }
  // A name the knowledge never mentions, where the asker runs it, is the setting. (One it mentions
  // elsewhere but not in the best passages is another matter: see namesInPassing.)
  const folded = foldText(question);
  const who = capturedWords(folded, SELF_INTRODUCED);
  const owned = ownedAreSetting
    ? [...capturedWords(folded, OWNED), ...capturedWords(folded, OWNED_WITH), ...capturedWords(folded, MOVED)]
    : [];
  const context = new Set([
    ...contextIdentifiers(question),
    ...environmentWords(folded),
    ...statedSetting(folded, namesSubject),
    ...likened(folded),
    ...capturedWords(folded, EVENT),
    ...who,
    ...[...replaced].flatMap((name) => [name, ...tokenize(name)]),
    ...owned,
  ]);
  const heardFrom = sourcesOfClaim(folded);
  for (const name of foreignNames(index, tokens, question))
    if (!heardFrom.has(name)) (context.has(name) || aboutProject ? setting : found).push(name);
  tokens.forEach((token, i) => {
    if (i === 0 || !COMMAND_WORDS.test(token)) return;
    const term = processToken(tokens[i - 1]!);
    if (term !== null && !index.uses(term) && !commandsShown(index).has(tokens[i - 1]!.toLowerCase())) found.push(tokens[i - 1]!);
  });
  // "how do I resize …": a task whose action the knowledge never describes is a how-to for other
  // docs. Not "how do I cut our licensing bill" or "convince my boss": an everyday verb asks in
  // the asker's words about what the knowledge may well cover.
  const action = specificAction(foldText(question));
  if (action !== undefined && !index.uses(action.term)) found.push(action.word);
  const words = foldText(question).split(/\s+/);
  // A capitalised word of a phrase the lexicon gives a meaning ("Apple Silicon": macOS) is that
  // meaning. Looked up only for a question with a name the knowledge does not know.
  let phrased: Set<string> | undefined;
  const inPhrase = (t: string) => (phrased ??= index.lexicon.phraseTerms(question)).has(t);
  words.forEach((raw, i) => {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    // "shared_buffers", "max_connections": a setting of some program, which the knowledge names
    // (in prose or code) if it documents it. In a problem report it is the failure's context.
    if (SNAKE_CASE.test(word) && !context.has(word.toLowerCase()) && !writesAnywhere(index, word)) found.push(word);
    if (!word || !readsAsName(words, i, word) || heardFrom.has(word.toLowerCase())) return;
    const wordTerms = terms(word);
    // "API", "PM", "Malware" capitalised are still kinds of things, not names.
    if (wordTerms.length > 0 && wordTerms.every((t) => !index.knows(t) && !isWorkplaceWord(t) && !inPhrase(t))) {
      (context.has(word.toLowerCase()) || aboutProject ? setting : found).push(word);
    }
  });
  // Who asks is no tool the question is set on, either.
  return { unknown: distinctNames(found), setting: distinctNames(setting.filter((name) => !who.includes(name.toLowerCase()))) };
}

const MAX_QUOTED_TERM_WORDS = 2;
// A quoted term asked what it is, means or has to do with something.
// Straight or curly quotes; "what is X" only as the whole question ("what's "orion" running on" asks of it).
const TERM_ASKED =
  /\bwhat(?:'s|s|\s+is|\s+are)\s+(?:an?\s+|the\s+)?["“]([^"”]{1,40})["”](?:\s+(?:exactly|even|anyway))?[\s?.!]*$|\bwhat\s+(?:does|do)\s+["“]([^"”]{1,40})["”]\s+(?:even\s+|actually\s+|really\s+)?(?:mean|have\s+to\s+do)\b|["“]([^"”]{1,40})["”]\s+(?:even\s+|actually\s+|really\s+)?means?\b/giu;
const DEFAULT_ASKED =
  /\bwhat(?:'s|s|\s+is|\s+are)\s+(?:the\s+)?defaults?\b|\bdefault\s+(?:value|values|limit|limits|cap|setting|settings|size|timeout|config|configuration)\b|\bwhat\s+[^?.!]{0,40}\bby\s+default\b/i;
const ASKS_FLAG = /\bwhat\s+(?:does|do|is|would)\b[^?.!]{0,60}?\s(--[a-z][a-z0-9-]*)\b(?:=\S*)?\s+(?:do|does|mean|for)\b/giu;
const NAMES_EITHER_SIDE = /\b(?:containers?|containeri[sz]\w*|vms?|virtual\s+machines?|docker|podman|kubernetes|k8s|hypervisors?)\b/i;
const SIDE_WORD = /^(?:containers?|vms?|virtual|machines?)$/i;
// Kinds of product the lexicon names: an orchestrator, a hypervisor (not an architecture or a need).
const PRODUCT_KINDS: ReadonlySet<string> = new Set(['orchestr', 'hypervisor']);
const UNKNOWN_PAIR = /(?:^|[\s,(])([\p{L}][\p{L}\p{N}+-]*)\s+(?:vs\.?|versus)\s+([\p{L}][\p{L}\p{N}+-]*)(?=[\s,?.!)]|$)/giu;

const MIN_NAME_LENGTH = 4;
const SNAKE_CASE = /^\p{L}[\p{L}\p{N}]*(?:_[\p{L}\p{N}]+)+$/u;
const identifiersWritten: Remembered<string, boolean> = new WeakMap();

// Whether some passage writes the identifier, code included (settings are often named only there).
function writesAnywhere(index: KnowledgeIndex, identifier: string): boolean {
  const key = identifier.toLowerCase();
  // As typed or in lower case: settings are written in one case, and lower-casing every passage costs.
  return remembered(identifiersWritten, index, key, () => index.passages.some((p) => p.text.includes(identifier) || p.text.includes(key)));
}
// Whether some passage writes the flag, in its text or its headings (an option's page is headed by
// it), or as a key of a config or API ("--vcpu-count" is Firecracker's "vcpu_count").
const flagsWritten: Remembered<string, boolean> = new WeakMap();
function writesFlag(index: KnowledgeIndex, flag: string): boolean {
  const key = flag.toLowerCase();
  const name = key.replace(/^-+/, '');
  const keyed = name.replace(/-/g, '_');
  return remembered(flagsWritten, index, key, () =>
    index.passages.some((p) => {
      const text = p.text.toLowerCase();
      return text.includes(key) || (keyed !== name && text.includes(keyed)) || p.headings.some((h) => h.toLowerCase().includes(key));
    }),
  );
}
// "a type 1 vs type 2 hypervisor", "a tier 3 datacenter", "ring 0": a numbered kind, a named thing
// only a knowledge that writes that label can say anything of (the article's hypervisor passages
// had answered the difference between type 1 and type 2 with confidence; round-20 A/B check); or a
// revision rolled back to, by its digits ("roll back a helm release to revision 3": Kata's Helm release
// notes had answered; round-34 A/B check): not "the revision i deployed", the pronoun, nor "in revision
// 3 of our design doc", the asker's own (round-34 reviews).
const NUMBERED_KIND =
  /\b(?:(type|class|tier|ring)[\s-]?(\d{1,2}|i{1,3}|iv)|(?<=\b(?:roll(?:ed|ing)?\s*back|revert(?:ed|ing)?|back)\b[^.?!]{0,40}?\bto\s+)(revision)[\s-]?(\d{1,3}))\b/giu;
const kindsWritten: Remembered<string, boolean> = new WeakMap();
function writesKind(index: KnowledgeIndex, kind: string, number: string): boolean {
  return remembered(kindsWritten, index, `${kind.toLowerCase()} ${number.toLowerCase()}`, () => {
    const label = new RegExp(`\\b${kind}[\\s-]?${number}\\b`, 'i');
    return index.passages.some((p) => label.test(p.text));
  });
}
// "transcoder" is a coder of a kind, no product (blind set spindles: declined for it).
const PREFIX =
  /^(?:re|pre|para|over|under|sub|super|multi|non|post|un|de|micro|hyper|inter|intra|auto|semi|co|cross|out|up|trans)(?=[a-z]{4})/;

// The word without a common prefix, if it has one.
function prefixed(token: string): string[] {
  const match = PREFIX.exec(token);
  return match ? [token.slice(match[0].length)] : [];
}
const ADVERB = /(?:ily|ly)$/;
const E_PREFIXED = /(?<![\p{L}\p{N}])[eE]-(\p{Ll}{3,})\b/gu;

/**
 * Words that are no English word, nor the knowledge's or its lexicon's, nor a typo of either:
 * the name of a tool or product written in lower case ("terraform keeps recreating…",
 * "kubectl cmd to…"), which the knowledge knows nothing about.
 */
function foreignNames(index: KnowledgeIndex, tokens: string[], question: string): string[] {
  // "e-bike", "e-commerce": "e-" before an English word, written with its hyphen and in lower case ("E-Trade",
  // "e-Xen" are names; first round-44 review).
  const ePrefixed = new Set([...question.matchAll(E_PREFIXED)].map((m) => `e${m[1]!}`));
  // Each word once, and only so many: a question of one typo repeated a thousand times is asked once.
  const unknown = (token: string) => {
    const term = processToken(token);
    // "everyone's" (tokenized "everyones") is a word of speech as "everyone" is.
    const possessiveOf = token.toLowerCase().replace(/s$/, '');
    return term !== null && !index.uses(term) && !commandsShown(index).has(token.toLowerCase()) && !STOP_WORDS.has(possessiveOf);
  };
  // The knowledge's own words first: the English word list is only read for the words it lacks.
  const candidates = [...new Set(tokens.filter((t) => unknown(t) && mayBeToolName(t)))].slice(0, MAX_NAME_CANDIDATES);
  return candidates.filter((token) => {
    const term = processToken(token)!;
    // "lazily" is "lazy": the word list has the adjective, not always the adverb; and
    // "rearchitect", "oversubscription" are English words behind a prefix.
    const base = token.replace(ADVERB, (suffix) => (suffix === 'ily' ? 'y' : ''));
    const bases = [base, ...prefixed(token), ...(ePrefixed.has(token) ? [token.slice(1)] : [])]
      .filter((b) => b !== token)
      .map(processToken);
    if (bases.some((t) => t !== null && (isEnglish(t) || index.uses(t)))) return false;
    if (abbreviates(index, token)) return false;
    return !nearEveryday(term) && !index.hasNearTerm(term) && !index.lexicon.hasNearTerm(term);
  });
}

const MAX_NAME_CANDIDATES = 8;
const MIN_ABBREVIATION = 4;

// A word's first letters are what people type for it: "nested virt" is nested virtualization,
// not a tool named virt (though one passage mentions `virt` as a machine type).
function abbreviates(index: KnowledgeIndex, token: string): boolean {
  const term = processToken(token);
  return term !== null && term.length >= MIN_ABBREVIATION && index.hasLongerTerm(term);
}

const CODE = /```[\s\S]*?(?:```|$)|`[^`\n]+`/g;
// A command's place in a shell line: its start, after a prompt, `sudo` or `env`, or after a pipe or `&&`.
const COMMAND_HEAD = /(?:^|[|;&]|\$\(|\b(?:sudo|env|exec|time|nohup)\s)\s*(?:[$#>]\s+)?(?:[A-Z_][A-Z0-9_]*=\S*\s+)*([a-z][a-z0-9._-]*)/gm;
const commandsShownOf = new WeakMap<KnowledgeIndex, Set<string>>();

/**
 * The commands the knowledge's code runs, lower-cased (each hyphenated part too): tools are often
 * named only in the commands a passage shows (`kubectl apply -f …`), which are quoted but not
 * indexed. Only the heads of shell lines: an image name or a JSON key ("wordpress",
 * "TERM=xterm") is not a tool the knowledge describes. Built on first use per index.
 */
function commandsShown(index: KnowledgeIndex): Set<string> {
  let commands = commandsShownOf.get(index);
  if (!commands) {
    commands = new Set();
    for (const passage of index.passages) {
      if (!passage.text.includes('`')) continue;
      for (const code of passage.text.match(CODE) ?? []) {
        for (const [, head] of code.replace(/^`+|`+$/g, '').matchAll(COMMAND_HEAD)) {
          commands.add(head!);
          for (const part of head!.split(/[-_.]/)) if (part) commands.add(part);
        }
      }
    }
    commandsShownOf.set(index, commands);
  }
  return commands;
}

// A lower-case word of letters that is no English word: what a tool's name looks like in chat.
function mayBeToolName(token: string): boolean {
  if (token.length < MIN_NAME_LENGTH || !/^[a-z]+$/.test(token)) return false;
  const term = processToken(token);
  return term !== null && !isEnglish(term);
}

// A problem report: something fails, hangs, crashes or is stuck.
export const PROBLEM_REPORT =
  /\b(?:error|errors|fail|fails|failed|failing|failure|stuck|hang|hangs|hung|crash|crashes|crashed|crashing|broken|breaks|panic|panics|won'?t|cannot|can'?t|unable|not\s+working|doesn'?t\s+work)\b/i;
// An identifier: camel case, capitals and digits with at least one more capital ("CrashLoopBackOff",
// "ENOSPC"), or snake case ("vcpu_count").
const IDENTIFIER =
  /^(?:\p{Ll}+\p{Lu}[\p{L}\d]*|\p{Lu}\p{Ll}+(?:\p{Lu}[\p{Ll}\d]*)+|\p{Lu}[\p{Lu}\d_]{2,}|\p{L}[\p{L}\p{N}]*(?:_[\p{L}\p{N}]+)+)$/u;

/**
 * In a problem report, identifiers are the states, actions and error codes of the failure
 * ("pods in CrashLoopBackOff after switching the RuntimeClass to kata", "InstanceStart fails"):
 * context for the problem, not what the question asks about. Lowercased.
 */
function contextIdentifiers(question: string): Set<string> {
  // Folded first: "won’t" typed with a curly apostrophe is "won't".
  const folded = foldText(question);
  if (!PROBLEM_REPORT.test(folded)) return new Set();
  const words = folded.split(/\s+/).map((raw) => raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const context = new Set(words.filter((word) => IDENTIFIER.test(word)).map((word) => word.toLowerCase()));
  // The words of a quoted error message ('fails with "cannot find newuidmap"') are what it printed.
  for (const message of quotedMessages(folded, MIN_MESSAGE_WORDS)) for (const token of tokenize(message)) context.add(token);
  return context;
}

// Where the asker runs it, said last: "… on macOS Sonoma", "… on Fedora 39", "(ubuntu 22.04)",
// "… after upgrading to 4.9.3". In a how-to, a why or a problem report, the system is the
// setting, not what is asked. Other questions ask about it ("max pods per node on GKE?", "does
// podman run on FreeBSD?"), and "in" names a subject more often than a setting ("… in javascript").
const ENVIRONMENT =
  /(?:^|\s)(?:(?:on|under|running)\s+(?:an?\s+|the\s+|my\s+|our\s+)?|(?:after|since)\s+(?:upgrading|updating|moving|switching)\s+to\s+)((?:[\p{L}\p{N}][\p{L}\p{N}.+-]*)(?:\s+[\p{L}\p{N}][\p{L}\p{N}.+-]*){0,2})\s*[.!?]*\s*$|\(([^()]{1,40})\)\s*[.!?]*\s*$/u;
const ASKS_HOW_OR_WHY = /^\s*(?:how|why)\b/i;
const TAIL_CHARS = 80;

// "We run everything in our own datacenter. Should the new service be a container or a VM?":
// what the asker states before asking is their setting. A name said only there is context; one
// the question itself names is its subject.
const ASKS = /\?|^\s*(?:what|whats|how|why|when|which|who|where|can|could|does|do|is|are|should|would|will|did)\b/i;
function statedSetting(folded: string, namesSubject: boolean): Set<string> {
  const sentences = folded.split(SENTENCE_BREAK);
  const asks = sentences.map((sentence) => ASKS.test(sentence));
  const last = asks.lastIndexOf(true);
  if (last < 0) return new Set();
  const asked = sentences.filter((_, i) => asks[i]);
  // Said after the question, only in a message naming what the knowledge is about: "how do I deploy
  // it? it's a django app" asks about django.
  const statements = sentences.filter((_, i) => !asks[i] && (i < last || namesSubject));
  if (statements.length === 0) return new Set();
  const said = new Set(tokenize(asked.join(' ')));
  return new Set(tokenize(statements.join(' ')).filter((token) => !said.has(token)));
}
// Said after the question too: "how fast does a container spin up vs a vm? we need transcoders up
// before the stream goes live" asks about start-up, for transcoders (blind set shifts). Tuning and
// check halves +1 each (hit@3, answered); no off-topic question of any set or rewording let in.
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\S)/;

// The words of the system a question says it is set on: named after the question is asked, or at
// the end of a how-to, a why or a problem report (with onlyAfterwards, only the first).
function environmentWords(folded: string, onlyAfterwards = false): Set<string> {
  // Said after the question is asked ("can i run compose files with podman? on RHEL 9"), it is the
  // setting whatever the question, even for a name the knowledge mentions elsewhere.
  const asked = folded.lastIndexOf('?');
  const afterwards = asked >= 0 && /[\p{L}\p{N}]/u.test(folded.slice(asked + 1));
  if (!afterwards && (onlyAfterwards || (!ASKS_HOW_OR_WHY.test(folded) && !PROBLEM_REPORT.test(folded)))) return new Set();
  const tail = afterwards ? folded.slice(asked + 1).slice(-TAIL_CHARS) : folded.slice(-TAIL_CHARS);
  const found = ENVIRONMENT.exec(tail);
  const phrase = found?.[1] ?? found?.[2];
  return new Set(phrase ? tokenize(phrase) : []);
}

// Whether the question's i-th word reads as a name: in capitals or camel case wherever it stands
// ("EKS default pod limit per node?", "GKE standard: …"), capitalised only inside a sentence (a
// sentence's first word is capitalised whatever it is).
function readsAsName(words: readonly string[], i: number, word: string): boolean {
  const opensSentence = i === 0 || SENTENCE_END.test(words[i - 1]!);
  return NAME_LIKE.test(word) || (!opensSentence && CAPITALISED.test(word));
}

// What a question likens the thing asked about to ("start a container on demand, like inetd",
// "inetd-style", "the ec2 metadata endpoint's equivalent"): a comparison, not its subject.
// Not "I'd like Grafana to…", "looks like podman…": wanting and seeming.
const LIKENED =
  /\b(?:(?<!\b(?:i|we|you|they|would|d|to|do|does|don't|doesn't|not|look|looks|seem|seems|feel|feels|sound|sounds)\s+)like|similar\s+to|akin\s+to|equivalent\s+(?:of|to)|same\s+as|a\s+la)\s+(?:an?\s+|the\s+)?([\p{L}\p{N}][\p{L}\p{N}.+-]*)|\b([\p{L}\p{N}][\p{L}\p{N}.+]*)-(?:style|like|esque)\b/giu;
function likened(folded: string): string[] {
  return [...folded.matchAll(LIKENED)].flatMap((m) => tokenize(m[1] ?? m[2] ?? ''));
}

// "im a gameplay programmer who got handed the backend lol", "I'm the only sysadmin here": who asks, not
// what about (heldout-docks: "gameplay" had been declined as a name the knowledge does not hold).
const SELF_INTRODUCED = /\b(?:i'?m|i\s+am)\s+(?:a|an|the|just\s+a|only\s+a)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;
// The words a pattern's first group captures, wherever it matches.
const capturedWords = (folded: string, pattern: RegExp): string[] => [...folded.matchAll(pattern)].flatMap((m) => tokenize(m[1]!));

// "after the broadcom price hike", "since the vmware acquisition", "because of the okta breach": an
// event the asker tells as the reason they ask, not what they ask about (round-32 A/B check: "we want
// off vmware after the broadcom price hike, is moving everything to containers the answer?" declined).
const EVENT =
  /\b(?:after|since|because\s+of|due\s+to|following|with)\s+(?:the\s+|that\s+|this\s+|all\s+the\s+)?([\p{L}\p{N}][\p{L}\p{N}.+-]*)(?:'s)?\s+(?:(?:price|pricing|licen[cs]e|licen[cs]ing)\s+(?:hikes?|increases?|changes?|rises?|bumps?)|acquisition|takeover|buyout|merger|outage|incident|breach|announcement|fiasco|debacle|drama|mess|news)\b/giu;

// "point the storage to something other than XDG_DATA_DIR", "use podman instead of dockerd": what
// the asker wants something in place of is where they are, not what they ask about.
const REPLACED =
  /\b(?:other\s+than|instead\s+of|rather\s+than|in\s+place\s+of|alternatives?\s+to|replacements?\s+for)\s+(?:an?\s+|the\s+)?([$\p{L}\p{N}][\p{L}\p{N}_./$+-]*)/giu;
function replacedNames(question: string): Set<string> {
  return new Set([...question.matchAll(REPLACED)].map((m) => m[1]!.replace(/[.]+$/, '').toLowerCase()));
}

// "saw on reddit that containers are less secure, true?", "'containers are not a security
// boundary' - quote from some kubecon talk", "according to gartner…": where the asker met a claim
// is neither what is asked nor where they run things; the claim is the question. Found on the new
// seed-5 threads' tuning half (hit@1 +1, hit@3 +1, answered +1 of 15); no other set, half or
// rewording moves, off-topic ones included.
const HEARD_FROM =
  /\b(?:(?:saw|seen|read|heard|learned|learnt|found)\s+(?:it\s+|this\s+|that\s+)?(?:on|at|from)|(?:quote|quoted|claim|take|talk|post|article|blog|video|thread|tweet|keynote|podcast|slide)s?\s+(?:from|on|at|by)|according\s+to)\s+(?:an?\s+|the\s+|some\s+|this\s+|that\s+)?([\p{L}\p{N}][\p{L}\p{N}.+-]*(?:\s+news)?)/giu;
function sourcesOfClaim(folded: string): Set<string> {
  return new Set(capturedWords(folded, HEARD_FROM));
}

// The quoted messages of a problem report, of at least minWords words.
function quotedMessages(folded: string, minWords: number): string[] {
  if (!PROBLEM_REPORT.test(folded)) return [];
  return quotedIn(folded).filter((message) => tokenize(message).length >= minWords);
}
// A phrase in backticks or in double quotes. Each closes with its own mark: a backtick span holds
// double quotes ('`exec: "newuidmap": executable file not found`' is one message).
const QUOTED = /`([^`]{1,200})`|"([^"]{1,200})"/g;

/** The phrases a text quotes, in double quotes or backticks, as people quote an error message or a passage's words. */
export function quotedIn(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((quoted) => quoted[1] ?? quoted[2]!);
}
// A quoted single word ("Proxmox") is a name, not a message the failure printed.
const MIN_MESSAGE_WORDS = 2;
// The share of a quoted error message's words one of the best passages must use, in its own words,
// for the message to be one it covers. Tuning halves: +2 off-topic declined, nothing lost (a third: +1).
const MIN_MESSAGE_SHARE = 0.5;
// A log line's level ("ERRO[0000]", "WARN", "error:") is how it was printed, not what it says:
// "ERRO cannot find newuidmap" is the message podman's troubleshooting entry covers.
const LOG_LEVEL = /^\s*(?:erro|warn|info|debu|fata|error|warning|fatal|debug)\b(?:\[\d+\])?:?\s*/i;
// A quote this long is a message or a passage's phrase, not a name ("docker.io", "podman run").
const MIN_UNMATCHED_MESSAGE_WORDS = 3;

// Each name once; where it is found lower-cased and as written, as written ("InstanceStart").
function distinctNames(found: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of found) {
    const key = name.toLowerCase();
    const known = byKey.get(key);
    if (known === undefined || (known === key && name !== key)) byKey.set(key, name);
  }
  return [...byKey.values()];
}

/** How many of the best passages a name mentioned in passing must be missing from. */
export const NAME_CHECK_DEPTH = 3;
// Hiring people: "hire different people", "recruiting more SREs", "how many SREs should we hire",
// "different hires", "a different kind of hire", "what SRE headcount". Not a "payroll system", a
// "recruiting platform" or "we just hired two SREs": a workload, or context.
const STAFF =
  '(?:people|persons?|engineers?|admins?|administrators?|staff|sres?|specialists?|someone|folks|devs?|developers?|experts?|operators?)';
// What the people hired do, not the hiring: "New hires spend two days setting up their laptops" (round-44 A/B check:
// declined for "New hires").
const NOT_THEIR_DAY = String.raw`(?!\s+(?:spend|spends|take|takes|get|gets|are|start|starts|join|joins|struggle|waste|lose|always|often|usually|still|can|have\s+to|need\s+to|must)\b)`;
const HIRING = new RegExp(
  `\\b(?:hire|hiring|recruit|recruiting)\\s+(?:[\\p{L}\\d]+\\s+){0,2}?${STAFF}\\b` +
    `|\\bhow\\s+many\\s+(?:[\\p{L}\\d]+\\s+)?${STAFF}\\s+(?:should|do|would|will|must|to)\\s+(?:(?:we|i|you)\\s+)?(?:hire|recruit)\\b` +
    `|\\b(?:(?:new|different|more|extra|additional|separate|other)\\s+hires${NOT_THEIR_DAY}|(?:kind|type|sort)\\s+of\\s+hires?)\\b|\\bheadcount\\b`,
  'giu',
);
const HIRE_WORD = /^(?:hire|hires|hiring|recruit|recruiting|headcount)$/;
// An organisation's own rules: "our company policy on…", "does google allow employees to…". The
// knowledge speaks of them only if its best passages name the organisation or its people (the
// captured word); a "restart policy" or "pull policy" is the software's.
// The asker's own organisation ("our company policy"), not advice on policies in general ("what
// organizational policies help secure containers?"); employees and staff, not worker nodes; what
// the asker's organisation allows ("does our company allow personal VMs on work laptops?", "is our
// team allowed to use containers in prod").
const ORGANISATION_RULES =
  /\b(?:our|my|your)\s+(company|corporate|organi[sz]ation(?:al)?|org)(?:'s)?\s+(?:\p{L}+\s+)?(?:policy|policies|rules|guidelines)\b|\b(company|corporate|official)\s+(?:policy|policies|rules?|guidelines)\b|\b(?:allow|allows|let|lets|permit|permits)\s+(?:its\s+|their\s+)?(employees|staff)\b|\b(?:does|do|will|would|is|are)\s+(?:our|my)\s+(company|corporate|organi[sz]ation|org|employer|workplace|department|team)\s+(?:allow|allows|let|lets|permit|permits|allowed|permitted)\b/iu;
// A fact of the asker's own setup, which no documentation holds: "what hypervisor does our prod
// cluster run on", "what k8s version is our prod cluster on" (a bare "on" only after where things
// run: "which port is my container listening on?" is the software's), "how do i get access to the
// staging kubernetes namespace", "what's the internal ticket queue for requesting a new vm", the
// address of their ingress, how many nodes their cluster runs. Not how to do something there ("how
// do we run kata on our staging cluster") or what something gives them ("what isolation does my
// container get").
const OWN_SETUP = new RegExp(
  [
    String.raw`\b(?:what|which)\s+(?:[\p{L}\d-]+\s+){1,2}(?:does|do|is|are|did)\s+(?:our|my)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:(?:run|runs|use|uses|running|using)(?:\s+on)?|(?<=\b(?:cluster|clusters|prod|production|staging|nodes?|hosts?|servers?|fleet|env|environment)\s+)on)\s*[?.!]*\s*$`,
    String.raw`\b(?:get|request|grant|give\s+me)\s+access\s+to\s+(?:the|our|my)\s+(?:prod|production|staging|dev|internal|team)\b`,
    String.raw`\b(?:the|our|my)\s+internal\s+(?:[\p{L}\d-]+\s+)?(?:ticket|tickets|queue|wiki|portal|process|channel|team|contact|form|url|link)\b`,
    // "what's the IP of our staging cluster's ingress", "how many nodes is our prod cluster running right now".
    String.raw`\bwhat(?:'s|s|\s+is|\s+are)\s+the\s+(?:ip|ips|ip\s+address|hostname|password|credentials|login)\s+(?:of|for)\s+(?:our|my)\b`,
    // "whats the grafana dashboard url for our container metrics": an address of the team's. Not "my"
    // ("what's the endpoint for my podman socket?"), nor a default or a best one, which docs state.
    String.raw`\bwhat(?:'s|s|\s+is|\s+are)\s+the\s+(?:(?!(?:default|best|recommended|typical|usual|standard)\b)[\p{L}\d-]+\s+){0,2}?(?:url|urls|link|address|endpoint|dashboard)\s+(?:of|for|to)\s+our\b`,
    String.raw`\bhow\s+many\s+\p{L}+\s+(?:is|are|does|do)\s+(?:our|my)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:running|run)\s+(?:right\s+)?now\b`,
    // "how many nodes are in our prod cluster right now", "what version of openshift are we running in prod".
    String.raw`\bhow\s+many\s+\p{L}+\s+(?:is|are)\s+(?:in|on)\s+(?:our|my)\b[^?.!]*\b(?:right\s+now|currently|at\s+the\s+moment)\b`,
    // "is our staging cluster down?": how the team's own system is doing now, which their dashboards
    // say. A system of theirs, not a quality: "are our containers really locked down?" asks the knowledge.
    String.raw`\b(?:is|are)\s+(?:our|my)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:cluster|clusters|site|website|service|services|app|apps|api|registry|server|servers|prod|production|staging|vpn|db|database|node|nodes|dashboard|pipeline|pipelines|ci|build|builds|env|environment|network|wifi|jenkins|gitlab|vm|vms|container|containers|pod|pods|host|hosts|hypervisor|kubernetes|k8s)\s+(?:down|up|broken|offline|online|working|reachable)(?:\s+(?:again|right\s+now|now|today|at\s+the\s+moment|for\s+(?:anyone|everyone|you)))?\s*(?:[?!]|$)`,
    // "is docker hub down rn?", "btw is the staging env down?": whether a service, anyone's, is up now,
    // which its status page says. Not within a clause of when or why ("what happens to the volume when
    // the container is torn down?", "why is my throughput down?"), nor what was done to something ("is
    // the vm locked down?", "are containers spun down?").
    String.raw`(?<!\b(?:when|(?<!\b(?:know|wonder|wondering|see|check)\s)if|once|after|before|until|while|whether|unless|because|since|why|how\s+come)\s+(?:[\p{L}\d.'-]+\s+){0,4})\b(?:is|are)\s+(?!(?:it|this|that|they|these|those)\b)(?:the\s+)?(?:[\p{L}\d.-]+\s+){1,2}?(?<!\b(?:locked|shut|slowed|scaled|spun|wound|cut|stripped|trimmed|pared|toned|dialed|dialled|watered|narrowed|broken|closed|turned|torn|shutting|taken|brought|thrown|powered|run|going|bogged|slowing|winding|coming|breaking|calming|cooling|knocked|pulled|put|locking|backed)\s+)(?:down|having\s+(?:an?\s+)?(?:outage|issues|problems))(?:\s+(?:again|rn|atm|right\s+now|now|today|at\s+the\s+moment|for\s+(?:anyone|everyone|you|others)))?(?:\s*,?\s+or\s+(?:is\s+it\s+)?(?:just\s+)?(?:me|us))?\s*(?:[?!]|$)`,
    // The same as read after "anyone know if": "quay is down?".
    String.raw`^\s*(?!(?:it|this|that|they|these|those)\b)(?:the\s+)?[\p{L}\d.-]+(?:\s+[\p{L}\d.-]+)?\s+(?:is|are)\s+down(?:\s+(?:again|rn|atm|right\s+now|now|today))?\s*\?`,
    String.raw`\b(?:what|which)\s+version\s+of\s+(?:[\p{L}\d-]+\s+){1,2}(?:are|is)\s+(?:we|our\s+(?:prod|production|staging|cluster|clusters|fleet|env|environment))\s+(?:[\p{L}\d-]+\s+)?(?:running|using|on)\b`,
    // "who approved last week's firewall change?", "who restarted the db yesterday": who did something
    // lately, which the team's own records hold (round-37 A/B check: answered from the corpus).
    String.raw`^\s*who\s+(?:approved|signed\s+off\s+on|changed|made|deleted|removed|broke|deployed|merged|pushed|rebooted|restarted|ran|wrote|requested|created|killed|touched)\b[^?.!]*?\b(?:yesterday|today|tonight|earlier\s+today|this\s+(?:morning|afternoon|week)|last\s+(?:night|week|month|sprint|friday|monday|tuesday|wednesday|thursday|saturday|sunday)(?:['’]s)?)\b`,
  ].join('|'),
  'iu',
);

// "the kubectl command to drain a node", "cli command for listing…": the task the command does.
// The tool may be quoted or possessive ("`kubectl` command", "kubectl's command", "kubectl cli command").
const COMMAND_TASK =
  /(?:(?<![\p{L}\p{N}])[`"']?([\p{L}\p{N}][\p{L}\p{N}-]*)[`"']?(?:'s)?\s+(?:cli\s+)?)?(?<![\p{L}\p{N}])(?:command|commands|cmd|cli|one-liner)\s+(?:to|for|that)\s+(\p{L}+)(?:\s+(up|down|out|off|back|over|in)\b)?/iu;

const GENERIC_VERB = /^(?:get|see|show|view|list|check|find|display|print|fetch|read)$/i;
// The object after such a verb, past an article or a quantifier.
const OBJECT = /^\s+(?:(?:the|all|my|our|its|their|any|every)\s+)?(\p{L}[\p{L}-]*)/u;

// "which kubectl command drains a node", "the aws cli command that returns every instance …": the
// task as what the command does.
const COMMAND_DOES =
  /(?:(?<![\p{L}\p{N}])[`"']?([\p{L}\p{N}][\p{L}\p{N}-]*)[`"']?(?:'s)?\s+(?:cli\s+)?)?(?<![\p{L}\p{N}])(?:command|cmd)\s+(?:that\s+)?(\p{L}+[^s\W]s)\b()/iu;

/**
 * What a question asks the best passages for that none of them has: a fact of the asker's own
 * setup ("what hypervisor does our prod cluster run on", which none can have), hiring people ("do we
 * need to hire different people…"), an organisation's own rules ("our company policy on…"), a
 * date ("when is the next release"), the task of a command
 * ("the kubectl command to drain a node", in docs that use kubectl for other things), the
 * specific action of a how-to ("how do I rotate the certs": a verb rare in speech, so not
 * "how do I hand config to…"), or a CVE id ("what's the CVE number for…"). Their answer would
 * be a guess; null when the passages have it or the question asks for none of these.
 */
export function missingFromBest(
  question: string,
  hits: Hit[],
  index: Pick<KnowledgeIndex, 'lexicon' | 'documentFrequency' | 'size'> = { lexicon: Lexicon.empty, documentFrequency: () => 0, size: 0 },
): string | null {
  const { lexicon } = index;
  const folded = foldText(question);
  const own = OWN_SETUP.exec(folded);
  if (own) return own[0].trim();
  if (ASKS_CVE.test(folded) && !CVE_ID.test(folded) && !hits.some((h) => CVE_ID.test(h.passage.text))) return 'CVE';
  const date = ASKS_DATE.exec(folded);
  if (date && !hits.some((h) => DATE.test(h.passage.text))) return date[0];
  const learning = ASKS_LEARNING.exec(folded);
  const resource = learning ? (learning[1] ?? learning[2]) : undefined;
  if (resource !== undefined && !hits.some((h) => writes(h.passage.text, resource))) return resource;
  const books = BOOKKEEPING.exec(folded);
  if (books && !hits.some((h) => writes(h.passage.text, books[0]))) return books[0].trim();
  const time = ASKS_TIME.exec(folded);
  if (time && !hits.some((h) => TIME.test(h.passage.text))) return time[0];
  // A version asked about ("when was kubernetes 1.30 released") is a fact of the passages that
  // state it: a release table of another product, stating other versions, does not answer it.
  const version = ASKS_VERSION.test(folded) ? VERSION.exec(folded)?.[0].trim() : undefined;
  if (version !== undefined) {
    const number = version.replace(/^v/i, '');
    const pattern = versionPattern(number);
    if (!hits.some((h) => statesIn(h.passage.text, number, pattern))) return version;
    // "when was kubernetes 1.30 released": the date of that version, which a passage stating the
    // version as a requirement ("from Kubernetes 1.30 on") or a release table of other versions does not give.
    // So is when its support ends ("when does ubuntu 20.04 standard support end": Firecracker's release
    // table states support ending beside its own versions; round-33 A/B check).
    if (
      (RELEASED_WHEN.test(folded) || SUPPORT_ENDS.test(folded)) &&
      !hits.some((h) => statesIn(h.passage.text, number, pattern) && DATE.test(h.passage.text))
    )
      return version;
  }
  // When support for a thing ends, without a version number ("when does Windows Server 2016 extended
  // support end?", "when does rhel 8 leave full maintenance support"; round-38 A/B check and blind set
  // kilns): a date, which only passages that state dates give. Asked as a question of when it ends, not
  // "when our OS goes out of support, can we keep the app in a container?" nor "when does it make sense
  // to keep an out of support OS in a VM?" (round-38 reviews).
  const supportEnds = SUPPORT_END_ASKED.test(folded) && !WHEN_IT_MATTERS.test(folded) ? SUPPORT_ENDS.exec(folded) : null;
  if (supportEnds && !hits.some((h) => DATE.test(h.passage.text))) return supportEnds[0];
  // Met in the passage's words, through the lexicon, or as a near spelling: any match counts.
  const has = (h: Hit, t: string) => h.matchedTerms.includes(t) || h.passageTerms.includes(t);
  // The date of something's release is stated beside its name, or in its folder's release table:
  // "whats the release date of windows server 2025" is not answered by Firecracker's, which states dates.
  const released = releasedThing(folded);
  const namedFor = (h: Hit, t: string) => has(h, t) || terms(pathWords(h.passage.source)).includes(t);
  if (released !== undefined && !hits.some((h) => DATE.test(h.passage.text) && released.terms.every((t) => namedFor(h, t)))) {
    return released.name;
  }
  // The latest version of a thing is a number stated by a passage naming it, in its words or its
  // folder: "what's the latest version of docker desktop" had been answered from Kata's upgrade guide.
  const latestMatch = LATEST_OF.exec(folded);
  const latest = latestMatch?.[1] ?? latestMatch?.[2];
  const latestTerms = latest === undefined ? [] : terms(latest).filter((t) => !RELEASE_WORDS.has(t));
  if (latestTerms.length > 0 && !hits.some((h) => VERSION_NUMBER.test(h.passage.text) && latestTerms.every((t) => namedFor(h, t)))) {
    return latest!.trim();
  }
  // A quoted error message most of whose words no best passage uses is an error they do not cover:
  // 'helm upgrade fails with "another operation (install/upgrade/rollback) is in progress"' shares
  // "operation" and, through the lexicon, "upgrade" with the article's passages on migrating.
  for (const message of quotedMessages(folded, MIN_UNMATCHED_MESSAGE_WORDS)) {
    const words = terms(message.replace(LOG_LEVEL, ''));
    const used = (h: Hit) => words.filter((t) => h.exactTerms.includes(t) || h.passageTerms.includes(t)).length;
    if (words.length >= 2 && Math.max(0, ...hits.map(used)) < MIN_MESSAGE_SHARE * words.length) return `"${message}"`;
  }
  // Hiring is a matter of an organisation, not of the software: the best passages must speak of it
  // ("do we need to hire different people to run containers vs vms").
  for (const [phrase] of folded.matchAll(HIRING)) {
    const term = processToken(
      phrase
        .split(/\s+/)
        .find((w) => HIRE_WORD.test(w.toLowerCase()))!
        .toLowerCase(),
    );
    if (term !== null && !hits.some((h) => has(h, term))) return phrase;
  }
  const rules = ORGANISATION_RULES.exec(folded);
  const who = rules ? processToken((rules[1] ?? rules[2] ?? rules[3] ?? rules[4])!.toLowerCase()) : null;
  if (rules && who !== null && !hits.some((h) => has(h, who))) return rules[0];
  // What a command "does" counts only when it is a task of its own ("drains"), not "shows" or "returns".
  const does = COMMAND_DOES.exec(folded);
  const doesTask = does && everydayRate(processToken(does[2]!) ?? '') <= MAX_SPECIFIC_ACTION_RATE ? does : null;
  const asked = COMMAND_TASK.exec(folded) ?? doesTask;
  const [, tool, verb, verbParticle] = asked ?? [];
  // "the kubectl command to get logs from the previous container": to get, see or list says nothing of
  // which; its object is the task ("logs"), which `kubectl get pods` in a passage does not do.
  const object =
    verb !== undefined && GENERIC_VERB.test(verb) ? OBJECT.exec(folded.slice(asked!.index + asked![0].length))?.[1] : undefined;
  const [command, particle] = object !== undefined ? [object, undefined] : [verb, verbParticle];
  if (command !== undefined) {
    // "roll back" is "rollback" in the docs as often as "roll … back"; "rolls back", "rolling back" too.
    const words = [command, ...(particle ? [command + particle, (processToken(command) ?? command) + particle] : [])];
    const said = words.map(processToken).filter((t): t is string => t !== null);
    // Or what the lexicon says it means: "the command to purge every unused image" is met by "remove".
    const targets = lexicon.targetsByTerm(folded);
    const tasks = [...said, ...said.flatMap((t) => [...(targets.get(t) ?? [])])];
    const hasTask = (h: Hit) => tasks.some((t) => has(h, t)) || words.some((w) => writes(h.passage.text, w));
    // "the kubectl command to roll back…": the passage with the task must name the tool too, when
    // the tool is a name (not "the", "exact" or "docker", words of English).
    const named = tool !== undefined && isToolName(tool) ? tool : undefined;
    // Written as it is, not a near spelling ("printf" is not "print"); a hyphenated tool
    // ("auto-update") is indexed as its parts; a passage may name it only in its headings.
    const hasTool = (h: Hit) =>
      named === undefined ||
      terms(named).every((t) => h.exactTerms.includes(t)) ||
      [h.passage.text, ...h.passage.headings].some((x) => writes(x, named));
    // With a tool named, the two go together in one line or sentence: a passage that runs
    // `kubectl label nodes …` and later says operands "will be restarted" has no command to restart.
    const together = (h: Hit) =>
      named === undefined ||
      h.passage.text
        .split(/\n|(?<=[.!?])\s+/)
        .some((line) => writes(line, named) && (terms(line).some((t) => tasks.includes(t)) || words.some((w) => writes(line, w))));
    if (tasks.length > 0 && !hits.some((h) => hasTask(h) && hasTool(h) && together(h)))
      return particle ? `${command} ${particle}` : command;
  }
  // The action, or what the lexicon says it means: "how do we harden our containers" is met by
  // passages on security ("harden => security").
  const action = taskOf(folded, index);
  if (action !== undefined) {
    const meant = [action.term, ...(lexicon.targetsByTerm(folded).get(action.term) ?? [])];
    if (!hits.some((h) => meant.some((t) => has(h, t)))) return action.word;
  }
  return null;
}

/**
 * The task a how-to asks ("how do i relabel?"): its action when that is specific, and not a verb
 * the knowledge uses all over ("configure", "install" in a tool's docs name no task of their own:
 * "podman healthcheck how do i configure one" asks how to configure a healthcheck).
 */
export function taskOf(
  folded: string,
  index: Pick<KnowledgeIndex, 'documentFrequency' | 'size'>,
): { word: string; term: string } | undefined {
  const action = specificAction(folded);
  const generic =
    action !== undefined &&
    index.documentFrequency(action.term) >= Math.max(MIN_GENERIC_ACTION_PASSAGES, GENERIC_ACTION_SHARE * index.size);
  return generic ? undefined : action;
}

/**
 * The action of a how-to ("how do I rotate…"), when it names a specific task: a verb rare in
 * speech ("rotate", "drain", "defragment"), not "fix", "hand" or "cut".
 */
function specificAction(folded: string): { word: string; term: string } | undefined {
  const word = HOW_TO_ACTION.exec(folded)?.[1]?.toLowerCase();
  const term = word === undefined ? null : processToken(word);
  if (word === undefined || term === null || ARGUING.has(word) || LESSENING.has(word) || ATTAINING.has(word)) return undefined;
  return everydayRate(term) <= MAX_SPECIFIC_ACTION_RATE ? { word, term } : undefined;
}
// How to put the case to someone ("how do i justify that to the PM?") asks for what the knowledge
// says, in other words: no task of other docs, however rarely the verb is spoken.
const ARGUING = new Set(['justify', 'argue', 'pitch', 'persuade', 'convince', 'defend', 'sell', 'explain', 'summarize', 'summarise']);
// How to lessen what is named ("how do we mitigate that?", "how do i mitigate the risk of an
// escape"): a question about that risk or cost, which the knowledge may well answer, not a task of
// other docs. What it lessens its thread or its other words say.
const LESSENING = new Set(['mitigate', 'remediate', 'alleviate', 'lessen', 'minimize', 'minimise', 'counter', 'offset']);
// How to attain what is named ("how do you achieve <125 ms?", "how do we ensure isolation"): the
// task is what it names, not the verb, which no documentation needs to say. Tuning halves: corpus
// hit@1 +1; rewordings hit@1 +1, hit@3 +1; no off-topic question of any set let in.
const ATTAINING = new Set(['achieve', 'accomplish', 'attain', 'ensure', 'guarantee', 'tackle', 'approach', 'realise', 'realize']);
// A tool's name as against a word of English: a short name ("aws", "ls", "eks"), one in capitals
// ("AWS"), or one that is no English word ("kubectl"). Not "the", "exact" or "docker".
function isToolName(word: string): boolean {
  const term = processToken(word.toLowerCase());
  if (term === null) return false;
  return /^[\p{L}\p{N}]{2,3}$/u.test(word) || /^[A-Z][A-Z0-9]+$/.test(word) || !isEnglish(term);
}

// Whether a text has the word as a whole word, in any case. Run on a passage's whole text, code
// blocks included: tools are named in the commands it shows (`kubectl apply -f …`), which are
// quoted but not indexed.
function writes(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
// Per million spoken words: "rotate" (7), "drain" (14), "install" (12) name a task; "fix" (135) and "hand" (550) do not.
const MAX_SPECIFIC_ACTION_RATE = 20;
// A verb in at least this share of the passages, and this many, is one of the knowledge's
// everyday words ("configure" is in 2% of the corpus's passages; "rotate" in a handful).
const GENERIC_ACTION_SHARE = 0.005;
const MIN_GENERIC_ACTION_PASSAGES = 20;
// A name is mentioned in passing when fewer than this share of the passages use it.
const PASSING_SHARE = 0.001;

// What a machine has, written in capitals as often as not: "do containers use less CPU and memory than
// VMs?" asks about resource use, which passages weigh without naming "CPU".
const RESOURCE_WORDS: ReadonlySet<string> = new Set(['cpu', 'cpus', 'vcpu', 'vcpus', 'ram', 'io']);

// Proper names of the question (as unknownEntities reads them) that the knowledge knows but
// rarely uses, and that none of the given hits contain.
export function namesInPassing(index: KnowledgeIndex, question: string, hits: Hit[]): string[] {
  const found: string[] = [];
  const context = new Set([...contextIdentifiers(question), ...environmentWords(foldText(question), true), ...likened(foldText(question))]);
  const inPassing = (word: string) => {
    if (context.has(word.toLowerCase()) || RESOURCE_WORDS.has(word.toLowerCase())) return false;
    const wordTerms = terms(word);
    if (wordTerms.length === 0) return false;
    const rare = wordTerms.every((t) => index.hasTerm(t) && index.documentFrequency(t) < Math.max(2, PASSING_SHARE * index.size));
    return rare && !hits.some((h) => wordTerms.some((t) => h.exactTerms.includes(t)) || writes(h.passage.text, word));
  };
  const words = foldText(question).split(/\s+/);
  words.forEach((raw, i) => {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word && readsAsName(words, i, word) && inPassing(word)) found.push(word);
  });
  // A tool named before "command", as unknownEntities reads it, that the knowledge barely uses,
  // and a lower-case tool name (no English word) it barely uses: "kubectl", "kubeadm".
  const tokens = tokenize(question);
  tokens.forEach((token, i) => {
    if (i > 0 && COMMAND_WORDS.test(token) && inPassing(tokens[i - 1]!)) found.push(tokens[i - 1]!);
    if (inPassing(token) && mayBeToolName(token) && !abbreviates(index, token)) found.push(token);
  });
  return distinctNames(found);
}

// The names one vendor goes by: a passage on "AWS EC2" answers a question on "amazon" instances.
const VENDOR_NAMES: readonly (readonly string[])[] = [
  ['aws', 'amazon'],
  ['red hat', 'redhat', 'rhel'],
];
const vendorNames = (named: string) => VENDOR_NAMES.find((group) => group.includes(named.toLowerCase().replace(/\s+/g, ' '))) ?? [named];
// Where the asker runs things, not whose offering they ask about: "we're on azure", "we run
// everything on aws", "hosted on gcp".
const VENDOR_SETTING = new RegExp(
  String.raw`\b(?:we(?:'re|\s+are)|i(?:'m|\s+am)|(?:we|i)\s+(?:run|host|deploy)(?:\s+[\p{L}-]+){0,2}|hosted|running|(?:we|i)(?:'re|\s+are|\s+am)?\s+using|(?:we|i)\s+use)\s+(?:(?:on|in|with)\s+)?(${VENDOR.source})`,
  'giu',
);

/**
 * The vendor whose limits, terms or console a question asks about (ASKS_VENDOR_FACT) when the best
 * passage never names it, by any of its names: a knowledge that mentions Azure somewhere does not
 * answer "what's the max memory for an azure container instance" with a passage on memory limits.
 * Not a vendor that is only where the asker runs things ("…? we're on aws"). Tuning halves: corpus
 * off-topic +2 of 280; nothing else moves.
 */
export function vendorNotNamed(question: string, best: Hit | undefined): string | null {
  if (best === undefined || !asksVendorFact(question)) return null;
  const setting = new Set([...question.matchAll(VENDOR_SETTING)].map((m) => m[1]!.toLowerCase()));
  for (const [named] of question.matchAll(VENDOR)) {
    if (setting.has(named.toLowerCase())) continue;
    if (!vendorNames(named).some((name) => writes(best.passage.text, name))) return named;
  }
  return null;
}
