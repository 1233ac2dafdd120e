import { ENGLISH_STEMS, EVERYDAY_STEMS } from './everyday-words.js';
import { processToken } from './terms.js';

// Built on first use, not at import: the lists would add to every start-up. The English list
// (80,000 stems) is only read for a word the knowledge does not know, by binary search on its
// sorted words, which costs less to set up than a Set of them.
let everydayLists: { everyday: Map<string, number>; spellings: NearSpellings } | undefined;
let englishWords: string[] | undefined;

function everydayWords() {
  if (everydayLists) return everydayLists;
  const everyday = new Map<string, number>();
  for (const entry of EVERYDAY_STEMS.split(' ')) {
    const colon = entry.lastIndexOf(':');
    everyday.set(entry.slice(0, colon), Number(entry.slice(colon + 1)));
  }
  everydayLists = { everyday, spellings: new NearSpellings(everyday.keys()) };
  return everydayLists;
}

function inEnglish(term: string): boolean {
  englishWords ??= ENGLISH_STEMS.split(' ');
  let low = 0;
  let high = englishWords.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const word = englishWords[mid]!;
    if (word === term) return true;
    if (word < term) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

// Engineers' everyday words that subtitles rarely say: they name kinds of things, not products.
const WORKPLACE_TECH = new Set(
  [
    'api', 'apis', 'sdk', 'cli', 'gui', 'ui', 'ux', 'url', 'http', 'https', 'tcp', 'udp', 'ip', 'dns', 'vpn', 'ssl', 'tls', 'ssh',
    'cpu', 'cpus', 'gpu', 'gpus', 'ram', 'io', 'ssd', 'nvme', 'db', 'sql', 'nosql', 'json', 'yaml', 'xml', 'csv', 'ci', 'cd', 'qa',
    'sla', 'slo', 'saas', 'paas', 'iaas', 'pm', 'ceo', 'cto', 'cio', 'ciso', 'crm', 'erp', 'malware', 'ransomware', 'backend',
    'frontend', 'middleware', 'webhook', 'webhooks', 'repo', 'repos', 'codebase', 'monorepo', 'devops', 'sre', 'oncall', 'infra',
    'env', 'envs', 'prod', 'dev', 'devs', 'config', 'configs', 'app', 'apps', 'webapp', 'microservice', 'microservices',
    'stateless', 'stateful', 'runtime', 'runtimes', 'sandbox', 'sandboxed', 'sandboxing', 'multitenant', 'workload', 'workloads',
    'plaintext', 'cleartext', 'passphrase', 'keypair', 'dataset', 'datastore', 'toolchain', 'stdin', 'stdout', 'stderr', 'symlink',
    'inode', 'cron', 'crontab', 'chmod', 'chown', 'workaround', 'walkthrough', 'screenshot', 'failover', 'hotfix', 'backport',
    // Not in the English word list, though as common: "customer plugins" had been declined as a product's name.
    'plugin', 'plugins', 'addon', 'addons', 'hostname', 'filesystem', 'changelog', 'signup', 'chatbot',
    'homelab', 'onprem', 'pr', 'prs', 'mr', 'mrs', 'faq', 'faqs', 'wip', 'kpi', 'kpis', 'okr', 'okrs', 'eta', 'roi', 'poc', 'mvp',
    // Shorthand for roles and teams: "mgmt wants us to move it all into containers" names no product.
    'mgmt', 'sysadmin', 'sysadmins', 'infosec', 'appsec', 'secops', 'devsecops', 'finops', 'netops', 'authn', 'authz',
    // And for who runs IT for someone else: "the MSP keeps mixing the two up" names no product.
    'msp', 'msps', 'mssp', 'isp', 'isps', 'noc', 'soc',
    // Everyday file formats: "we sell pattern pdfs" names no product (blind set berths: declined as an unknown name).
    'pdf', 'pdfs', 'jpg', 'jpeg', 'png', 'gif', 'mp3', 'mp4', 'docx', 'xlsx', 'zip', 'zips',
  ].map((word) => processToken(word) ?? word),
);

/**
 * Whether a term (as terms() makes it) is a word of everyday spoken English, common enough
 * to say nothing about any domain: "name", "cat", "network", "container"; not "kernel",
 * "hypervisor" or "subuid".
 */
export function isEveryday(term: string): boolean {
  return everydayWords().everyday.has(term);
}

/** How often a term is spoken in everyday English, per million words (0 for one that is not an everyday word). */
export function everydayRate(term: string): number {
  return everydayWords().everyday.get(term) ?? 0;
}

/** Whether a term is one of engineers' everyday words for kinds of things (api, gpu, malware, backend). */
export function isWorkplaceWord(term: string): boolean {
  return WORKPLACE_TECH.has(term);
}

/** Whether a term is an English word at all (rare ones included), as against a tool's or product's name. */
export function isEnglish(term: string): boolean {
  return WORKPLACE_TECH.has(term) || inEnglish(term);
}

/**
 * Typos and inflections stay within two edits of the word (one for short words) and keep its
 * first letter: "containres" is "containers", "subscripton" is "subscription".
 */
export function isNearSpelling(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return false;
  return withinEdits(a, b, Math.min(a.length, b.length) >= 6 ? 2 : 1);
}

/**
 * Whether two words are at most `limit` edits apart (insert, delete, substitute, swap two
 * neighbours: Damerau-Levenshtein's optimal string alignment), giving up as soon as a row of
 * the table exceeds the limit. It runs for every near-spelling look-up, so it allocates three
 * rows and nothing else.
 */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return false;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]! <= limit;
}

/** Whether a term is a near spelling of an everyday word: a typo, not a name. */
export function nearEveryday(term: string): boolean {
  return everydayWords().spellings.has(term);
}

/**
 * A set of words asked for near spellings (isNearSpelling): the words are kept by first letter
 * and length, so a look-up compares a term with the few words it could be a typo of.
 */
export class NearSpellings {
  private readonly buckets = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (!word) continue;
      const key = `${word[0]}${word.length}`;
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(word);
      else this.buckets.set(key, [word]);
    }
  }

  /** Whether some word of the set is a near spelling of the term (the term itself included). */
  has(term: string): boolean {
    if (!term) return false;
    for (let length = term.length - 2; length <= term.length + 2; length++) {
      for (const word of this.buckets.get(`${term[0]}${length}`) ?? []) if (isNearSpelling(term, word)) return true;
    }
    return false;
  }
}
