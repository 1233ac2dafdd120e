import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import type { Answer } from '../core/answer/answer.js';
import { respond } from '../core/answer/respond.js';
import { isQuestion } from '../core/answer/context.js';
import { evidenceFromIndex, type EvidenceSource } from '../core/recommend/evidence.js';
import { Bm25Baseline } from '../core/answer/bm25-baseline.js';
import {
  halves,
  phraseHit,
  QuestionSetSchema,
  scoreRanked,
  sourceHit,
  type QuestionSet,
  type RankedScores,
  RewordingsSchema,
  type Rewordings,
  TYPING_VARIANTS,
  ConversationSetSchema,
  type ConversationSet,
} from '../core/answer/evaluate.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge/base.js';
import { parseFlags, UsageError } from './args.js';
import { runCli } from './run.js';

const USAGE = `Usage: npm run eval -- [--questions FILE|DIR[,FILE|DIR…]] [--knowledge DIR] [--corpus DIR] [--json] [--verbose] [--typing] [--reworded [--rewordings FILE]] [--conversations [--conversation-set FILE]]
  Scores every question set (default: every .json in ../shared/eval and in eval/) on both knowledge sources:
  seed questions against --knowledge (default knowledge/), corpus questions against --corpus
  (default ../shared/corpus), off-topic questions must abstain on both. Each list is split by
  position: even-numbered questions (0, 2, …) are the tuning half, odd-numbered ones the check
  half. A plain-BM25 ranking over the same passages is scored beside ours. Questions are answered
  as \`ask\` answers them (a choice by the recommendation's passages). --verbose lists the tuning
  half's misses only. --typing asks every question again as people also type it in chat (a typo,
  capitals, an emoji code, a pasted log…) and prints hit@3, answered and off-topic abstention of
  all sets together, per variant and half. --reworded asks the tuning halves again in other people's
  words (--rewordings FILE, default eval/reworded/tune.json), scored with the original questions' labels.
  --conversations scores follow-ups as posted in a thread (--conversation-set FILE, default
  eval/conversations/seed.json; its \`conversations\` on the seed knowledge, its \`corpus\` threads on the
  corpus), per half: answered with the questions before them as context (as in a thread), alone, and
  plain BM25 of the thread's words together; its \`chatter\` follow-ups ("thanks!") by the share the
  bot leaves unanswered (it posts unasked only a confident answer to a question).`;

// The shared development sets, and the project's own held-out set (written blind, see eval/README.md).
const DEFAULT_QUESTIONS = '../shared/eval,eval';
// Two rewordings of every tuning-half question, written by a helper that saw no label or document.
const DEFAULT_REWORDINGS = 'eval/reworded/tune.json';
// Two-turn threads written by a helper before it read the article, then labelled from it.
const DEFAULT_CONVERSATIONS = 'eval/conversations/seed.json';

interface HalfScores {
  ours: RankedScores;
  bm25: RankedScores;
}

interface OffTopicScores {
  questions: number;
  abstainSeed: number;
  abstainCorpus: number | null;
  answeredSeed: string[];
  answeredCorpus: string[];
}

type Half = 'tune' | 'check';

interface SetReport {
  file: string;
  seed: Record<Half, HalfScores> | null;
  corpus: Record<Half, HalfScores> | null;
  offtopic: Record<Half, OffTopicScores> | null;
}

async function questionFiles(spec: string): Promise<string[]> {
  const files: string[] = [];
  for (const part of spec.split(',').filter(Boolean)) {
    const info = await stat(part).catch(() => {
      throw new UsageError(`cannot read question set ${part}`);
    });
    if (info.isDirectory()) {
      files.push(
        ...(await readdir(part))
          .filter((n) => n.endsWith('.json'))
          .sort()
          .map((n) => join(part, n)),
      );
    } else {
      files.push(part);
    }
  }
  if (files.length === 0) throw new UsageError(`no .json question sets in ${spec}`);
  return files;
}

// A JSON file checked against its schema; a clear usage error names the file otherwise.
async function readChecked<T>(file: string, schema: z.ZodType<T>, what: string): Promise<T> {
  const raw = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${what} ${file}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new UsageError(`${file} is not JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new UsageError(`${file} is not a ${what}: ${parsed.error.message}`);
  return parsed.data;
}

const readSet = (file: string): Promise<QuestionSet> => readChecked(file, QuestionSetSchema, 'question set');

/** A knowledge source as the eval asks it: the same respond() as `ask`, so choices are scored on the recommendation's passages. */
interface Source {
  kb: KnowledgeBase;
  evidence: EvidenceSource;
}

const shown = (source: Source, q: string, context?: string[]): Answer =>
  respond(source.kb.index, source.evidence, q, context ? { context } : {}).answer;

function scoreSeed(source: Source, bm25: Bm25Baseline, cases: QuestionSet['seed']): HalfScores {
  return {
    ours: scoreRanked(cases.map((c) => ({ q: c.q, answer: shown(source, c.q), isHit: phraseHit(c.expect), expectAnswer: c.answer }))),
    bm25: scoreRanked(
      cases.map((c) => ({ q: c.q, answer: { answered: true, passages: bm25.search(c.q, 10) }, isHit: phraseHit(c.expect) })),
    ),
  };
}

function scoreCorpus(source: Source, bm25: Bm25Baseline, cases: QuestionSet['corpus']): HalfScores {
  return {
    ours: scoreRanked(cases.map((c) => ({ q: c.q, answer: shown(source, c.q), isHit: sourceHit(c.expectSource), expectAnswer: c.answer }))),
    bm25: scoreRanked(
      cases.map((c) => ({ q: c.q, answer: { answered: true, passages: bm25.search(c.q, 10) }, isHit: sourceHit(c.expectSource) })),
    ),
  };
}

function scoreOffTopic(seed: Source, corpus: Source | null, questions: string[]): OffTopicScores {
  const answeredSeed = questions.filter((q) => shown(seed, q).answered);
  const answeredCorpus = corpus ? questions.filter((q) => shown(corpus, q).answered) : [];
  const n = questions.length || 1;
  return {
    questions: questions.length,
    abstainSeed: 1 - answeredSeed.length / n,
    abstainCorpus: corpus ? 1 - answeredCorpus.length / n : null,
    answeredSeed,
    answeredCorpus,
  };
}

interface TypingRow {
  variant: string;
  half: Half;
  seed: { questions: number; hitAt3: number; answered: number };
  corpus: { questions: number; hitAt3: number; answered: number } | null;
  offtopic: { questions: number; abstainSeed: number; abstainCorpus: number | null };
}

// Every set's questions of one half, asked as each variant types them, scored together.
function typingReport(sets: QuestionSet[], seed: Source, corpus: Source | null): TypingRow[] {
  const rows: TypingRow[] = [];
  for (const [variant, typed] of Object.entries(TYPING_VARIANTS)) {
    for (const half of ['tune', 'check'] as const) {
      const part = <T>(list: readonly T[]) => halves(list)[half];
      const seedCases = sets.flatMap((set) => part(set.seed));
      const corpusCases = sets.flatMap((set) => part(set.corpus));
      const offtopic = sets.flatMap((set) => part(set.offtopic)).map(typed);
      const ours = scoreRanked(seedCases.map((c) => ({ q: c.q, answer: shown(seed, typed(c.q)), isHit: phraseHit(c.expect) })));
      const theirs =
        corpus && scoreRanked(corpusCases.map((c) => ({ q: c.q, answer: shown(corpus, typed(c.q)), isHit: sourceHit(c.expectSource) })));
      const off = scoreOffTopic(seed, corpus, offtopic);
      rows.push({
        variant,
        half,
        seed: { questions: ours.questions, hitAt3: ours.hitAt3, answered: ours.answered },
        corpus: theirs && { questions: theirs.questions, hitAt3: theirs.hitAt3, answered: theirs.answered },
        offtopic: { questions: off.questions, abstainSeed: off.abstainSeed, abstainCorpus: off.abstainCorpus },
      });
    }
  }
  return rows;
}

interface RewordedReport {
  seed: RankedScores;
  corpus: RankedScores | null;
  offtopic: { questions: number; abstainSeed: number; abstainCorpus: number | null };
}

// The tuning halves' rewordings, all sets together, each scored with its original's labels.
function rewordedReport(
  sets: { file: string; set: QuestionSet }[],
  rewordings: Rewordings,
  seed: Source,
  corpus: Source | null,
): RewordedReport {
  const reworded = <T>(file: string, list: 'seed' | 'corpus' | 'offtopic', items: readonly T[]) =>
    items.flatMap((item, i) => (i % 2 === 0 ? (rewordings[basename(file)]?.[list]?.[String(i)] ?? []).map((q) => ({ q, item })) : []));
  const seedCases = sets.flatMap(({ file, set }) => reworded(file, 'seed', set.seed));
  const corpusCases = sets.flatMap(({ file, set }) => reworded(file, 'corpus', set.corpus));
  const offtopic = sets.flatMap(({ file, set }) => reworded(file, 'offtopic', set.offtopic)).map(({ q }) => q);
  const off = scoreOffTopic(seed, corpus, offtopic);
  return {
    seed: scoreRanked(
      seedCases.map(({ q, item }) => ({ q, answer: shown(seed, q), isHit: phraseHit(item.expect), expectAnswer: item.answer })),
    ),
    corpus:
      corpus &&
      scoreRanked(
        corpusCases.map(({ q, item }) => ({ q, answer: shown(corpus, q), isHit: sourceHit(item.expectSource), expectAnswer: item.answer })),
      ),
    offtopic: { questions: off.questions, abstainSeed: off.abstainSeed, abstainCorpus: off.abstainCorpus },
  };
}

interface ConversationScores {
  /** Answered as in a thread: the earlier questions as context. */
  inContext: RankedScores;
  /** The follow-up asked on its own. */
  alone: RankedScores;
  /** Plain BM25 of the earlier questions and the follow-up together. */
  bm25: RankedScores;
}

interface Thread {
  context: string[];
  q: string;
  isHit: (p: { text: string; source: string }) => boolean;
  answer?: string;
}

// Follow-ups scored as a thread shows them (a choice by its recommendation, which a thread's
// earlier questions may give the factors of, as `ask --after` does), beside the same follow-up
// alone and plain BM25.
function threadScores(source: Source, bm25: Bm25Baseline, threads: readonly Thread[]): Record<Half, ConversationScores> {
  return bothHalves(threads, (part) => ({
    inContext: scoreRanked(part.map((c) => ({ q: c.q, answer: shown(source, c.q, c.context), isHit: c.isHit, expectAnswer: c.answer }))),
    alone: scoreRanked(part.map((c) => ({ q: c.q, answer: shown(source, c.q), isHit: c.isHit, expectAnswer: c.answer }))),
    bm25: scoreRanked(
      part.map((c) => ({ q: c.q, answer: { answered: true, passages: bm25.search([...c.context, c.q].join('\n'), 10) }, isHit: c.isHit })),
    ),
  }));
}

interface ChatterScores {
  followUps: number;
  /** Share of the chatter the bot leaves alone, as a thread's listener decides: it posts, unasked, only a confident answer to a question. Null with none. */
  silent: number | null;
  posted: string[];
}

// Chatter in a thread the bot took part in: what it would post unasked.
function chatterScores(source: Source, chatter: ConversationSet['chatter']): Record<Half, ChatterScores> {
  return bothHalves(chatter, (part) => {
    const posted = part.filter((c) => {
      if (!isQuestion(c.q)) return false;
      const answer = shown(source, c.q, c.context);
      return answer.answered && answer.confidence !== 'low';
    });
    return { followUps: part.length, silent: part.length ? 1 - posted.length / part.length : null, posted: posted.map((c) => c.q) };
  });
}

type ConversationReport = Record<'seed' | 'corpus', Record<Half, ConversationScores> | null> & {
  chatter: Record<Half, ChatterScores> | null;
};

function conversationReport(
  set: ConversationSet,
  seed: { source: Source; bm25: Bm25Baseline },
  corpus: { source: Source; bm25: Bm25Baseline } | null,
): ConversationReport {
  return {
    seed:
      set.conversations.length > 0
        ? threadScores(
            seed.source,
            seed.bm25,
            set.conversations.map((c) => ({ ...c, isHit: phraseHit(c.expect) })),
          )
        : null,
    corpus:
      set.corpus.length > 0 && corpus
        ? threadScores(
            corpus.source,
            corpus.bm25,
            set.corpus.map((c) => ({ ...c, isHit: sourceHit(c.expectSource) })),
          )
        : null,
    chatter: set.chatter.length > 0 ? chatterScores(seed.source, set.chatter) : null,
  };
}

function formatConversations(report: ConversationReport): string[] {
  const lines: string[] = [];
  for (const source of ['seed', 'corpus'] as const) {
    const scores = report[source];
    if (!scores) continue;
    lines.push('', `Follow-ups in a thread (${source === 'seed' ? 'seed knowledge' : 'corpus'})`);
    lines.push('  half  answered as        n   hit@1 hit@3  MRR  answered answer@1');
    for (const half of ['tune', 'check'] as const) {
      const rows: [string, RankedScores][] = [
        ['in its thread', scores[half].inContext],
        ['alone', scores[half].alone],
        ['BM25 of thread', scores[half].bm25],
      ];
      for (const [label, s] of rows) {
        lines.push(
          `  ${half.padEnd(5)} ${label.padEnd(15)} ${String(s.questions).padStart(4)}  ${f3(s.hitAt1)} ${f3(s.hitAt3)} ${f3(s.mrr)}  ${f3(s.answered)}    ${f3(s.answerAt1)}`,
        );
      }
    }
  }
  if (report.chatter) {
    lines.push('', 'Chatter follow-ups in a thread (seed knowledge): left unanswered', '  half    n   silent  posted');
    for (const half of ['tune', 'check'] as const) {
      const c = report.chatter[half];
      lines.push(
        `  ${half.padEnd(5)} ${String(c.followUps).padStart(4)}  ${c.silent === null ? '  -  ' : f3(c.silent)}   ${c.posted.map((q) => JSON.stringify(q)).join(', ')}`,
      );
    }
  }
  return lines;
}

function formatReworded(report: RewordedReport): string[] {
  const lines = ['', 'Tuning halves reworded (all sets together)', '  source    n   hit@1 hit@3  MRR  answered answer@1'];
  for (const source of ['seed', 'corpus'] as const) {
    const s = report[source];
    if (s)
      lines.push(
        `  ${source.padEnd(6)} ${String(s.questions).padStart(4)}  ${f3(s.hitAt1)} ${f3(s.hitAt3)} ${f3(s.mrr)}  ${f3(s.answered)}    ${f3(s.answerAt1)}`,
      );
  }
  const off = report.offtopic;
  lines.push(
    `  offtopic ${String(off.questions).padStart(4)}  abstain: seed knowledge ${f3(off.abstainSeed)}, corpus ${f3(off.abstainCorpus)}`,
  );
  return lines;
}

function formatTyping(rows: TypingRow[]): string[] {
  const lines = [
    '',
    'As typed in chat (all sets together): hit@3 / answered, and off-topic abstention',
    '  variant          half   seed hit@3 answered | corpus hit@3 answered | off-topic abstain: seed corpus',
  ];
  for (const r of rows) {
    lines.push(
      `  ${r.variant.padEnd(16)} ${r.half.padEnd(5)}      ${f3(r.seed.hitAt3)}    ${f3(r.seed.answered)} |        ${f3(r.corpus?.hitAt3 ?? null)}    ${f3(r.corpus?.answered ?? null)} |                    ${f3(r.offtopic.abstainSeed)}  ${f3(r.offtopic.abstainCorpus)}`,
    );
  }
  return lines;
}

function bothHalves<T, R>(list: readonly T[], score: (part: T[]) => R): Record<Half, R> {
  const { tune, check } = halves(list);
  return { tune: score(tune), check: score(check) };
}

const f3 = (n: number | null) => (n === null ? '  -  ' : n.toFixed(2).padStart(5));

function formatSet(report: SetReport, verbose: boolean): string[] {
  const lines = [`${report.file}`, `  source half   n   hit@1 hit@3  MRR  answered answer@1 | BM25 hit@1 hit@3  MRR`];
  for (const source of ['seed', 'corpus'] as const) {
    const scores = report[source];
    if (!scores) continue;
    for (const half of ['tune', 'check'] as const) {
      const { ours, bm25 } = scores[half];
      lines.push(
        `  ${source.padEnd(6)} ${half.padEnd(5)} ${String(ours.questions).padStart(3)}  ${f3(ours.hitAt1)} ${f3(ours.hitAt3)} ${f3(ours.mrr)}  ${f3(ours.answered)}    ${f3(ours.answerAt1)}  |      ${f3(bm25.hitAt1)} ${f3(bm25.hitAt3)} ${f3(bm25.mrr)}`,
      );
    }
  }
  if (report.offtopic) {
    for (const half of ['tune', 'check'] as const) {
      const off = report.offtopic[half];
      lines.push(
        `  offtopic ${half.padEnd(5)} ${String(off.questions).padStart(3)}  abstain: seed knowledge ${f3(off.abstainSeed)}, corpus ${f3(off.abstainCorpus)}`,
      );
    }
  }
  if (verbose) {
    // Only the tuning half's misses: the check half stays unread, so tuning cannot follow it.
    for (const source of ['seed', 'corpus'] as const) {
      for (const m of report[source]?.tune.ours.misses ?? []) lines.push(`    ${source} tune miss@1 (rank ${m.rank ?? '-'}): ${m.q}`);
    }
    const off = report.offtopic?.tune;
    for (const q of off?.answeredSeed ?? []) lines.push(`    offtopic tune answered on seed: ${q}`);
    for (const q of off?.answeredCorpus ?? []) lines.push(`    offtopic tune answered on corpus: ${q}`);
  }
  return lines;
}

async function main(argv: string[]) {
  const { values, booleans } = parseFlags(argv, {
    values: ['questions', 'knowledge', 'corpus', 'rewordings', 'conversation-set'],
    booleans: ['json', 'verbose', 'help', 'typing', 'reworded', 'conversations'],
  });
  if (booleans.has('help')) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const files = await questionFiles(values.questions ?? DEFAULT_QUESTIONS);
  const sets = await Promise.all(files.map(async (file) => ({ file, set: await readSet(file) })));

  const seedKb = await loadKnowledgeBase(values.knowledge ?? 'knowledge');
  const corpusDir = values.corpus ?? '../shared/corpus';
  const threads =
    booleans.has('conversations') || values['conversation-set'] !== undefined
      ? await readChecked(values['conversation-set'] ?? DEFAULT_CONVERSATIONS, ConversationSetSchema, 'conversation set')
      : undefined;
  const needCorpus = sets.some(({ set }) => set.corpus.length > 0 || set.offtopic.length > 0) || (threads?.corpus.length ?? 0) > 0;
  const corpusKb = needCorpus ? await loadKnowledgeBase(corpusDir).catch(() => null) : null;
  const seed: Source = { kb: seedKb, evidence: evidenceFromIndex(seedKb.index) };
  const corpus: Source | null = corpusKb ? { kb: corpusKb, evidence: evidenceFromIndex(corpusKb.index) } : null;
  const seedBm25 = new Bm25Baseline(seedKb.index.passages);
  const corpusBm25 = corpusKb ? new Bm25Baseline(corpusKb.index.passages) : null;

  const reports: SetReport[] = sets.map(({ file, set }) => ({
    file: basename(file),
    seed: set.seed.length ? bothHalves(set.seed, (part) => scoreSeed(seed, seedBm25, part)) : null,
    corpus: set.corpus.length && corpus && corpusBm25 ? bothHalves(set.corpus, (part) => scoreCorpus(corpus, corpusBm25, part)) : null,
    offtopic: set.offtopic.length ? bothHalves(set.offtopic, (part) => scoreOffTopic(seed, corpus, part)) : null,
  }));
  const typing = booleans.has('typing')
    ? typingReport(
        sets.map(({ set }) => set),
        seed,
        corpus,
      )
    : undefined;
  const reworded =
    booleans.has('reworded') || values.rewordings !== undefined
      ? rewordedReport(sets, await readChecked(values.rewordings ?? DEFAULT_REWORDINGS, RewordingsSchema, 'rewordings file'), seed, corpus)
      : undefined;
  const conversations = threads
    ? conversationReport(threads, { source: seed, bm25: seedBm25 }, corpus && corpusBm25 ? { source: corpus, bm25: corpusBm25 } : null)
    : undefined;
  if (booleans.has('json')) {
    process.stdout.write(
      JSON.stringify(
        { sets: reports, ...(typing ? { typing } : {}), ...(reworded ? { reworded } : {}), ...(conversations ? { conversations } : {}) },
        null,
        2,
      ) + '\n',
    );
    return;
  }
  const lines = reports.flatMap((r) => formatSet(r, booleans.has('verbose')));
  if (typing) lines.push(...formatTyping(typing));
  if (reworded) lines.push(...formatReworded(reworded));
  if (conversations) lines.push(...formatConversations(conversations));
  if (needCorpus && !corpusKb) lines.push(`(corpus ${corpusDir} missing: corpus questions and corpus abstention not scored)`);
  process.stdout.write(lines.join('\n') + '\n');
}

runCli(() => main(process.argv.slice(2)));
