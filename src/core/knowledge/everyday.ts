import { EVERYDAY_STEMS } from './everyday-words.js';

const EVERYDAY = new Set(EVERYDAY_STEMS.split(' '));

/**
 * Whether a term (as terms() makes it) is a word of everyday spoken English, common enough
 * to say nothing about any domain: "name", "cat", "network", "container"; not "kernel",
 * "hypervisor" or "subuid".
 */
export function isEveryday(term: string): boolean {
  return EVERYDAY.has(term);
}
