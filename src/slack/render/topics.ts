import type { Passage } from '../../core/knowledge/types.js';

/**
 * A few things the knowledge covers, read off its headings, for "try asking about…".
 * Headings phrased as questions make the best suggestions; section headings come next.
 * The document title (the first heading of every passage) is skipped: it names a file.
 */
export function topicsOf(passages: readonly Pick<Passage, 'headings'>[], limit = 4): string[] {
  const questions: string[] = [];
  const sections: string[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    for (const heading of passage.headings.slice(1)) {
      const key = heading.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      (heading.trim().endsWith('?') ? questions : sections).push(heading.trim());
    }
  }
  const titles = passages.map((p) => p.headings[0]).filter((t): t is string => !!t);
  const picked = [...questions, ...sections];
  return (picked.length > 0 ? picked : [...new Set(titles)]).slice(0, limit);
}
