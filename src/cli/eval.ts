import { readFile } from 'node:fs/promises';
import { answer } from '../core/answer/answer.js';
import { phraseHit, QuestionSetSchema, scoreRanked, sourceHit, type RankedScores } from '../core/answer/evaluate.js';
import { loadKnowledgeBase } from '../knowledge-base.js';
import { parseFlags, UsageError } from './args.js';
import { runCli } from './run.js';

const USAGE = `Usage: npm run eval -- [--questions FILE] [--knowledge DIR] [--corpus DIR] [--json] [--verbose]
  Scores seed questions against --knowledge (default knowledge/), corpus questions against
  --corpus (default ../shared/corpus), and checks that off-topic questions abstain on both.`;

async function main(argv: string[]) {
  const { values, booleans } = parseFlags(argv, { values: ['questions', 'knowledge', 'corpus'], booleans: ['json', 'verbose', 'help'] });
  if (booleans.has('help')) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const file = values.questions ?? '../shared/eval/dev-questions.json';
  const raw = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read question set ${file}`);
  });
  const parsed = QuestionSetSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new UsageError(`${file} is not a question set: ${parsed.error.message}`);
  const set = parsed.data;

  const seedKb = await loadKnowledgeBase(values.knowledge ?? 'knowledge');
  const corpusDir = values.corpus ?? '../shared/corpus';
  const corpusKb = set.corpus.length ? await loadKnowledgeBase(corpusDir).catch(() => null) : null;

  const seed = scoreRanked(set.seed.map((c) => ({ q: c.q, answer: answer(seedKb.index, c.q), isHit: phraseHit(c.expect) })));
  const corpus = corpusKb
    ? scoreRanked(set.corpus.map((c) => ({ q: c.q, answer: answer(corpusKb.index, c.q), isHit: sourceHit(c.expectSource) })))
    : null;
  const offSeed = set.offtopic.filter((q) => !answer(seedKb.index, q).answered);
  const offCorpus = corpusKb ? set.offtopic.filter((q) => !answer(corpusKb.index, q).answered) : [];
  const offtopic = {
    questions: set.offtopic.length,
    abstainSeed: set.offtopic.length ? offSeed.length / set.offtopic.length : 1,
    abstainCorpus: corpusKb && set.offtopic.length ? offCorpus.length / set.offtopic.length : null,
    answeredSeed: set.offtopic.filter((q) => !offSeed.includes(q)),
    answeredCorpus: corpusKb ? set.offtopic.filter((q) => !offCorpus.includes(q)) : [],
  };
  if (booleans.has('json')) {
    process.stdout.write(JSON.stringify({ seed, corpus, offtopic }, null, 2) + '\n');
    return;
  }
  const row = (name: string, s: RankedScores | null) =>
    s ? `${name.padEnd(8)} ${String(s.questions).padStart(3)}  hit@1 ${s.hitAt1.toFixed(3)}  hit@3 ${s.hitAt3.toFixed(3)}  MRR ${s.mrr.toFixed(3)}  answered ${s.answered.toFixed(3)}`
      : `${name.padEnd(8)} (no ${name} questions or ${corpusDir} missing)`;
  const lines = [row('seed', seed), row('corpus', corpus),
    `offtopic ${String(offtopic.questions).padStart(3)}  abstain (seed knowledge) ${offtopic.abstainSeed.toFixed(3)}` +
      (offtopic.abstainCorpus === null ? '' : `  abstain (corpus) ${offtopic.abstainCorpus.toFixed(3)}`)];
  if (booleans.has('verbose')) {
    for (const m of [...seed.misses, ...(corpus?.misses ?? [])]) lines.push(`  miss@1: ${m.q}  (rank ${m.rank ?? '-'})`);
    for (const q of [...offtopic.answeredSeed, ...offtopic.answeredCorpus]) lines.push(`  answered off-topic: ${q}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

runCli(() => main(process.argv.slice(2)));
