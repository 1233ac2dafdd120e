import { terms } from '../knowledge/terms.js';

/**
 * A small query-time synonym map. People say "VM", "hypervisor" or "Docker" where the
 * knowledge says "virtual machine" or "container"; the alternatives are added to the
 * query at a lower weight so they help recall without outranking the words used.
 */
const GROUPS: string[][] = [
  ['vm', 'vms', 'virtual machine', 'virtual machines', 'hypervisor', 'microvm'],
  ['container', 'containers', 'docker', 'podman', 'containerized'],
  ['kubernetes', 'k8s', 'orchestration'],
  ['licence', 'license', 'licensing'],
  ['startup', 'boot', 'start'],
  ['secure', 'security', 'isolation'],
  ['cheap', 'cheaper', 'cost', 'costs', 'expensive', 'price', 'pricing'],
  ['downside', 'drawback', 'disadvantage', 'risk', 'cons', 'limitation'],
  ['advantage', 'benefit', 'pros', 'strength'],
  ['pick', 'choose', 'choice', 'select', 'decide', 'decision'],
  ['fast', 'faster', 'quick', 'quickly', 'rapid', 'speed'],
  ['host', 'server', 'hardware'],
];

export const SYNONYM_WEIGHT = 0.35;

// Processed once: every term of a group points at the terms of the others.
const SYNONYMS: Map<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of GROUPS) {
    const processed = group.map((phrase) => terms(phrase));
    processed.forEach((phraseTerms, i) => {
      if (phraseTerms.length !== 1) return;
      const others = processed.filter((_, j) => j !== i).flat();
      const key = phraseTerms[0]!;
      map.set(key, [...new Set([...(map.get(key) ?? []), ...others])].filter((t) => t !== key));
    });
  }
  return map;
})();

/** Synonym terms for one processed term (empty when it has none). */
export function synonymsOf(term: string): readonly string[] {
  return SYNONYMS.get(term) ?? [];
}
