import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import { ENGLISH_STEMS, EVERYDAY_STEMS } from './everyday-words.js';
import { processToken } from './terms.js';

// Built on first use, not at import: 47,000 words would add to every start-up.
let lists: { everyday: Set<string>; english: Set<string>; byLetter: Map<string, string[]> } | undefined;

function words() {
  if (lists) return lists;
  const everyday = new Set(EVERYDAY_STEMS.split(' '));
  // Everyday stems by first letter, for the typo check below.
  const byLetter = new Map<string, string[]>();
  for (const stem of everyday) {
    const list = byLetter.get(stem[0]!) ?? [];
    list.push(stem);
    byLetter.set(stem[0]!, list);
  }
  lists = { everyday, english: new Set(ENGLISH_STEMS.split(' ')), byLetter };
  return lists;
}

/**
 * Whether a term (as terms() makes it) is a word of everyday spoken English, common enough
 * to say nothing about any domain: "name", "cat", "network", "container"; not "kernel",
 * "hypervisor" or "subuid".
 */
export function isEveryday(term: string): boolean {
  return words().everyday.has(term);
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
  ].map((word) => processToken(word) ?? word),
);

/** Whether a term is one of engineers' everyday words for kinds of things (api, gpu, malware, backend). */
export function isWorkplaceWord(term: string): boolean {
  return WORKPLACE_TECH.has(term);
}

/** Whether a term is an English word at all (rare ones included), as against a tool's or product's name. */
export function isEnglish(term: string): boolean {
  return words().english.has(term) || WORKPLACE_TECH.has(term);
}

/**
 * Typos and inflections stay within two edits of the word (one for short words) and keep its
 * first letter: "containres" is "containers", "subscripton" is "subscription".
 */
export function isNearSpelling(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return false;
  return DamerauLevenshteinDistance(a, b) <= (Math.min(a.length, b.length) >= 6 ? 2 : 1);
}

/** Whether a term is a near spelling of an everyday word: a typo, not a name. */
export function nearEveryday(term: string): boolean {
  return (words().byLetter.get(term[0] ?? '') ?? []).some((stem) => isNearSpelling(term, stem));
}
