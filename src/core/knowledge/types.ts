/** A file handed to the core by an adapter: its path relative to the knowledge folder, and its decoded text. */
export interface KnowledgeFile {
  path: string;
  text: string;
}

/** A quotable unit of knowledge: a paragraph, a list item or a small section, with where it came from. */
export interface Passage {
  /** Stable within one build: `${source}#${n}`. */
  id: string;
  /** Path relative to the knowledge folder, with forward slashes. */
  source: string;
  /** Heading path, outermost first: document title › section › FAQ question. */
  headings: string[];
  /** The passage as written in the source (markup stripped, words unchanged). */
  text: string;
}

/** A problem found while loading knowledge; the file is skipped or partly used, never fatal. */
export interface KnowledgeWarning {
  source: string;
  reason: string;
}

export const HEADING_SEPARATOR = ' › ';

/** The heading path as one line, the way people read it. */
export function headingOf(passage: Pick<Passage, 'headings'>): string {
  return passage.headings.join(HEADING_SEPARATOR);
}
