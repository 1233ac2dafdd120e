import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { CUES } from '../recommend/cues.js';
import { processToken, terms, tokenize } from './terms.js';
import { NearSpellings } from './everyday.js';
import { GENERAL_LEXICON } from './general-lexicon.js';

/**
 * The domain lexicon: the words people use for the concepts the knowledge talks about, in
 * the Solr/Elasticsearch synonym format, kept beside the knowledge as synonyms.txt.
 *
 *   # a comment
 *   k8s, kubernetes                 equivalence: each phrase stands for the others
 *   boot, spin up, come online => start   mapping: the left phrases also mean the right ones
 *
 * Phrases are matched on stemmed words with the stop words kept, so "spinning up" meets
 * "spin up" while "come online" is not met by "online" alone; what a rule adds goes through
 * the index's term pipeline. Equivalences are applied to questions (they are symmetric
 * already); mappings to questions and passages alike, so "start" finds a passage that says
 * "boot" and "boot" finds one that says "start".
 */

/** The file name of the lexicon in a knowledge folder; it is read as a lexicon, never indexed. */
export const LEXICON_FILE = 'synonyms.txt';

export interface LexiconRule {
  /** The phrases as written, for messages and the report. */
  from: string[];
  to: string[];
  /** True for `a, b, c` (every phrase means every other); false for `a, b => c`. */
  equivalence: boolean;
  /** Its line in synonyms.txt (none for the recommendation cues and the general lexicon). */
  line?: number;
  /** A rule of the built-in general lexicon: it bridges words but says nothing of the domain. */
  general?: boolean;
}

export interface LexiconProblem {
  line: number;
  reason: string;
}

interface CompiledRule {
  /** Whether the rule names the knowledge's domain (synonyms.txt, the cues), not general usage. */
  domain: boolean;
  /** An equivalence, applied to questions only; a mapping is applied to passages too. */
  equivalence: boolean;
  /** The index terms of its phrases, both sides. */
  words: string[];
  /** Phrases that trigger the rule, as term sequences. */
  phrases: string[][];
  /** Phrases a match adds, per triggering phrase index (an equivalence adds the other phrases). */
  targets: string[][][];
}

/** Parses lexicon text; lines it cannot read are reported and skipped, never fatal. */
export function parseLexicon(text: string): { rules: LexiconRule[]; problems: LexiconProblem[] } {
  const rules: LexiconRule[] = [];
  const problems: LexiconProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const sides = line.split('=>');
    if (sides.length > 2) {
      problems.push({ line: i + 1, reason: 'more than one "=>"' });
      return;
    }
    const list = (side: string) => side.split(',').map((p) => p.trim()).filter(Boolean);
    const from = list(sides[0]!);
    const to = sides.length === 2 ? list(sides[1]!) : from;
    if (from.length === 0 || to.length === 0) {
      problems.push({ line: i + 1, reason: sides.length === 2 ? 'a side of "=>" is empty' : 'no phrases' });
      return;
    }
    if (sides.length === 1 && from.length < 2) {
      problems.push({ line: i + 1, reason: 'an equivalence needs two or more phrases separated by commas' });
      return;
    }
    if (to.every((phrase) => terms(phrase).length === 0)) {
      problems.push({ line: i + 1, reason: 'only stop words on the right, so the rule adds nothing' });
      return;
    }
    rules.push({ from, to, equivalence: sides.length === 1, line: i + 1 });
  });
  return { rules, problems };
}

// The recommendation core's cues name the same concepts in users' words ("customer code"
// means isolation matters); they join the lexicon as mappings to the concept's own words,
// so the parser and retrieval share one vocabulary.
const CUE_CONCEPTS: Record<keyof typeof CUES, string> = {
  isolation: 'isolation',
  kernel: 'kernel',
  speed: 'start',
  architecture: 'microservices',
  density: 'resource efficient',
};

function cueRules(): LexiconRule[] {
  return (Object.keys(CUES) as (keyof typeof CUES)[]).map((factor) => ({
    // Not the phrases matched word for word: their words ("hp", "ux", "ai", "plugin") would join the
    // domain's vocabulary, and "does UX own the design system?" had been answered (round-30 review).
    from: CUES[factor].filter((cue) => cue.value !== undefined && (!cue.compound || cue.lexicon === true)).map((cue) => cue.phrase),
    to: [CUE_CONCEPTS[factor]],
    equivalence: false,
  }));
}

// Ops vocabulary any knowledge about containers and VMs shares ("ram" is memory, "nuke" is
// remove); the folder's synonyms.txt adds its own domain on top.
let generalRules: LexiconRule[] | undefined;
function general(): LexiconRule[] {
  generalRules ??= parseLexicon(GENERAL_LEXICON).rules.map(({ from, to, equivalence }) => ({ from, to, equivalence, general: true }));
  return generalRules;
}

/** A rule as term sequences, ready to match; null when it has no terms to match or to add. */
function compileRule(rule: LexiconRule): CompiledRule | null {
  const from = rule.from.map((p) => wordsOf(p).stems).filter((t) => t.length > 0);
  // Each phrase's terms once: an equivalence's targets are its other phrases.
  const phraseTerms = rule.from.map((p) => terms(p));
  const fromTerms = phraseTerms.filter((t) => t.length > 0);
  const to = rule.equivalence ? fromTerms : rule.to.map((p) => terms(p)).filter((t) => t.length > 0);
  if (from.length === 0 || to.length === 0) return null;
  const words = [...fromTerms, ...to].flat();
  const common = { domain: rule.general !== true, equivalence: rule.equivalence, phrases: from, words };
  return rule.equivalence
    ? { ...common, targets: rule.from.map((_, i) => phraseTerms.filter((t, j) => j !== i && t.length > 0)) }
    : { ...common, targets: from.map(() => to) };
}

// Compiled once (about 28 ms of stemming) and shared by every lexicon: a reload of the
// knowledge, or a cached index restored, would otherwise compile it again.
let generalCompiled: CompiledRule[] | undefined;
function compiledGeneral(): CompiledRule[] {
  generalCompiled ??= general().flatMap((rule) => compileRule(rule) ?? []);
  return generalCompiled;
}

// A phrasal verb's particle may stand apart from it: "moving our vms to containers" is "moving to",
// "moving an app from a vm" is "moving from", "spin the vm up" is "spin up". A verb and its
// particle, with one or two words between.
const SEPARABLE_PARTICLES = new Set(['up', 'down', 'off', 'out', 'over', 'back', 'to', 'into', 'away', 'from']);
const MAX_PARTICLE_GAP = 2;
function separated(termList: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (phrase.length !== 2 || !SEPARABLE_PARTICLES.has(phrase[1]!) || termList[i + 1] === phrase[1]) return false;
  for (let k = 2; k <= MAX_PARTICLE_GAP + 1; k++) {
    const word = termList[i + k];
    if (word === undefined) return false;
    if (word === phrase[1]) return true;
  }
  return false;
}

// "scale" and "scalability" stem apart but are one word family: the first four letters of their stems.
const FAMILY_PREFIX = 4;
const sameFamily = (a: string, b: string) =>
  a === b || (a.length >= FAMILY_PREFIX && b.length >= FAMILY_PREFIX && a.slice(0, FAMILY_PREFIX) === b.slice(0, FAMILY_PREFIX));

let generalWords: Set<string> | undefined;
function generalVocabulary(): Set<string> {
  generalWords ??= new Set(compiledGeneral().flatMap((rule) => rule.words));
  return generalWords;
}

const STEM_CACHE_LIMIT = 100_000;
const stemCache = new Map<string, string>();

// Porter stems of every word, stop words included: phrases like "come up" are made of them.
function stemOf(token: string): string {
  let stem = stemCache.get(token);
  if (stem === undefined) {
    const stemmable = /^[a-z]+$/.test(token) && token.length > 2;
    // The term pipeline stems (and caches) every word that is no stop word the same way.
    stem = stemmable ? (processToken(token) ?? PorterStemmer.stem(token)) : token;
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(token, stem);
  }
  return stem;
}

// The index terms of a match's words (stop words have none).
const termsOf = (tokens: readonly string[], start: number, length: number): string[] =>
  tokens.slice(start, start + length).flatMap((token) => processToken(token) ?? []);

/** Text as the lexicon matches it: its tokens, and their stems with the stop words kept. */
interface Words {
  tokens: string[];
  stems: string[];
}

function wordsOf(text: string): Words {
  const tokens = tokenize(text);
  return { tokens, stems: tokens.map(stemOf) };
}

/**
 * Weighted expansion of a term sequence: term → weight (the words themselves are not
 * included). Every term weighs 1 here: splitting a phrase's weight among its terms was
 * measured worse on the tuning halves.
 */
export type Expansion = Map<string, number>;

/** A compiled lexicon: rules as term sequences, ready to expand questions and passages. */
export class Lexicon {
  /** The text it was read from ('' for none), kept so a cached index can rebuild it. */
  readonly source: string;
  /** Whether the general lexicon is part of it. */
  readonly general: boolean;
  readonly rules: readonly LexiconRule[];
  readonly problems: readonly LexiconProblem[];
  private readonly compiled: CompiledRule[] = [];
  private readonly mappings: CompiledRule[] = [];
  /** First term of every phrase → the rules that have a phrase starting with it. */
  private readonly byFirst = new Map<string, CompiledRule[]>();
  private readonly vocabulary = new Set<string>();
  private spellings: NearSpellings | undefined;

  private constructor(source: string, withGeneral: boolean) {
    this.source = source;
    this.general = withGeneral;
    const parsed = parseLexicon(source);
    this.problems = parsed.problems;
    const own = [...parsed.rules, ...cueRules()];
    this.rules = [...own, ...(withGeneral ? general() : [])];
    for (const rule of own) {
      const compiled = compileRule(rule);
      if (!compiled) continue;
      // What the gate counts as the domain's words: general usage is no sign a question is on topic.
      for (const t of compiled.words) this.vocabulary.add(t);
      this.add(compiled);
    }
    if (withGeneral) for (const compiled of compiledGeneral()) this.add(compiled);
  }

  private add(compiled: CompiledRule): void {
    this.compiled.push(compiled);
    if (!compiled.equivalence) this.mappings.push(compiled);
    for (const phrase of compiled.phrases) {
      const list = this.byFirst.get(phrase[0]!) ?? [];
      if (!list.includes(compiled)) list.push(compiled);
      this.byFirst.set(phrase[0]!, list);
    }
  }

  /**
   * A lexicon from synonyms.txt text, with the cues and the general lexicon (empty text: only
   * those). `general: false` leaves the general lexicon out, to see what a folder's own rules do.
   */
  static parse(source: string, { general = true }: { general?: boolean } = {}): Lexicon {
    return new Lexicon(source, general);
  }

  private static none: Lexicon | undefined;
  /** Only the recommendation cues and the general lexicon; built on first use. */
  static get empty(): Lexicon {
    return (Lexicon.none ??= new Lexicon('', true));
  }

  /**
   * What is wrong with the synonyms.txt mappings that lead nowhere in a knowledge, by line: none
   * of their right-hand phrases is made only of words some passage holds (`indexed`: in its
   * text, or added to it by this lexicon because it says a left-hand phrase), so no question
   * finds anything more through them.
   */
  unusedMappings(indexed: (term: string) => boolean): LexiconProblem[] {
    return this.rules
      .filter((rule) => rule.line !== undefined && !rule.equivalence)
      .filter((rule) => !rule.to.some((phrase) => terms(phrase).length > 0 && terms(phrase).every(indexed)))
      .map((rule) => ({
        line: rule.line!,
        reason: `no passage uses ${rule.to.map((p) => `"${p}"`).join(' or ')} or any phrase it is mapped from, so the rule finds nothing`,
      }));
  }

  /** Whether a processed term occurs anywhere in the lexicon's own rules and cues (not the general lexicon). */
  knows(term: string): boolean {
    return this.vocabulary.has(term);
  }

  /**
   * Whether any rule has the term, the general lexicon's included: ops usage ("nuke", "macbook")
   * is no sign a question is on topic, but it is no stranger's product name or typo either.
   */
  uses(term: string): boolean {
    return this.vocabulary.has(term) || (this.general && generalVocabulary().has(term));
  }

  /** Whether the lexicon has a near spelling of the term (a typo of one of its words). */
  hasNearTerm(term: string): boolean {
    this.spellings ??= new NearSpellings(this.vocabulary);
    return this.spellings.has(term);
  }

  /** The index terms a question's words also mean (every rule), each with its weight. */
  expandQuestion(text: string): Expansion {
    return this.expand(wordsOf(text), false);
  }

  /** The index terms a passage's words also mean (mappings only; equivalences are applied to questions). */
  expandPassage(text: string): string[] {
    return [...this.expand(wordsOf(text), true).keys()];
  }

  /** How many phrases of the domain's lexicon (not the general one) occur in the text: a question that names a concept. */
  conceptsIn(text: string): number {
    let count = 0;
    this.eachMatch(wordsOf(text).stems, false, () => count++, true);
    return count;
  }

  /**
   * For each index term of a text, the terms the lexicon says it (or a phrase it is part of)
   * also means; terms no rule covers are absent. domainOnly leaves the general lexicon out.
   */
  targetsByTerm(text: string, domainOnly = false): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    const { tokens, stems } = wordsOf(text);
    this.eachMatch(
      stems,
      false,
      (targets, start, length) => {
        for (const term of termsOf(tokens, start, length)) {
          const set = out.get(term) ?? new Set<string>();
          for (const t of targets.flat()) set.add(t);
          out.set(term, set);
        }
      },
      domainOnly,
    );
    return out;
  }

  /** The index terms of the text's words inside its phrases of two or more words ("apple silicon"), the general lexicon's included. */
  phraseTerms(text: string): Set<string> {
    const out = new Set<string>();
    const { tokens, stems } = wordsOf(text);
    this.eachMatch(stems, false, (_targets, start, length) => {
      if (length >= 2) for (const term of termsOf(tokens, start, length)) out.add(term);
    });
    return out;
  }

  /**
   * The text's phrases of two or more words that the domain's own mappings write wholly in other
   * words ("cloud bill" → cost effective; not "scale out" → scalability, one word family), as
   * written and as index terms, with every term the text's matches mean.
   */
  idioms(text: string): { idioms: { tokens: string[]; terms: string[] }[]; meant: Set<string> } {
    const idioms: { tokens: string[]; terms: string[] }[] = [];
    const meant = new Set<string>();
    const { tokens, stems } = wordsOf(text);
    this.eachMatch(
      stems,
      true,
      (targets, start, length) => {
        const targetTerms = targets.flat();
        for (const t of targetTerms) meant.add(t);
        if (length < 2) return;
        idioms.push({ tokens: tokens.slice(start, start + length), terms: termsOf(tokens, start, length) });
      },
      true,
    );
    const meantFamily = (t: string) => [...meant].some((m) => sameFamily(t, m));
    return { idioms: idioms.filter((idiom) => !idiom.terms.some(meantFamily)), meant };
  }

  /** The terms phrases of two or more words in the text also mean ("get a shell" → exec). */
  phraseTargets(text: string): Set<string> {
    const out = new Set<string>();
    this.eachMatch(wordsOf(text).stems, false, (targets, _start, length) => {
      if (length >= 2) for (const t of targets.flat()) out.add(t);
    });
    return out;
  }

  private expand({ tokens, stems }: Words, mappingsOnly: boolean): Expansion {
    const out: Expansion = new Map();
    const own = new Set(tokens.map(processToken));
    this.eachMatch(
      stems,
      mappingsOnly,
      (targets) => {
        for (const phrase of targets) {
          for (const t of phrase) if (!own.has(t)) out.set(t, 1);
        }
      },
      mappingsOnly,
    );
    return out;
  }

  private eachMatch(
    termList: readonly string[],
    mappingsOnly: boolean,
    found: (targets: string[][], start: number, length: number) => void,
    domainOnly = false,
  ): void {
    for (let i = 0; i < termList.length; i++) {
      for (const rule of this.byFirst.get(termList[i]!) ?? []) {
        if (mappingsOnly && !this.mappings.includes(rule)) continue;
        if (domainOnly && !rule.domain) continue;
        rule.phrases.forEach((phrase, p) => {
          if (phrase[0] !== termList[i]) return;
          if (separated(termList, i, phrase)) return found(rule.targets[p]!, i, 1);
          for (let k = 1; k < phrase.length; k++) if (termList[i + k] !== phrase[k]) return;
          found(rule.targets[p]!, i, phrase.length);
        });
      }
    }
  }
}
