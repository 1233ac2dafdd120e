import { readFile } from 'node:fs/promises';
import type { Answer, GateSignals } from '../core/answer/answer.js';
import { respond, type Recommended } from '../core/answer/respond.js';
import { HEADING_SEPARATOR } from '../core/knowledge/types.js';
import { evidenceFromIndex } from '../core/recommend/evidence.js';
import { RECOMMENDATION_LABELS } from '../core/recommend/recommend.js';
import { ConfigError, loadEnv, parseConfig } from '../config.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge/base.js';
import { parseFlags, UsageError } from './args.js';
import { runCli } from './run.js';

const USAGE = `Usage:
  npm run --silent ask -- [--json] [--knowledge DIR] [--limit N] [--after "earlier question"] "question"
  npm run --silent ask -- --json [--knowledge DIR] [--limit N] [--after "earlier question"] --batch FILE   (FILE "-" reads stdin)
  --after answers the question as a follow-up posted in a thread under the earlier one, as the bot does.`;

/** The ask contract's JSON object for one question. */
export function answerJson(result: Answer) {
  return {
    question: result.question,
    answered: result.answered,
    ...(result.answered ? { confidence: result.confidence ?? 'high' } : {}),
    passages: result.passages.map((p) => ({
      source: p.source,
      heading: p.heading,
      text: p.text,
      snippet: p.snippet,
      score: p.score,
      id: p.id,
    })),
    coverage: Math.round(result.coverage * 1000) / 1000,
    ...(result.truncated ? { truncated: true } : {}),
    ...(result.corrections?.length ? { corrections: result.corrections } : {}),
    ...(result.questions ? { questions: result.questions } : {}),
    // Why it stayed silent, and what the gate weighed: for people tuning a lexicon or the gate.
    ...(result.abstainReason ? { abstainReason: result.abstainReason } : {}),
    ...(result.unknownEntities?.length ? { unknownEntities: result.unknownEntities } : {}),
    ...(result.signals ? { signals: roundedSignals(result.signals) } : {}),
  };
}

function roundedSignals(signals: GateSignals): GateSignals {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    coverage: round(signals.coverage),
    knownCoverage: round(signals.knownCoverage),
    matched: round(signals.matched),
    matchedShare: round(signals.matchedShare),
    known: round(signals.known),
    concepts: signals.concepts,
  };
}

function readableRecommendation(r: Recommended): string {
  const { recommendation: result } = r;
  const lines = [
    `Recommendation: ${RECOMMENDATION_LABELS[result.recommendation]} (confidence: ${result.confidence})`,
    `Understood: ${r.understood.map((u) => (u.from === 'pair' ? u.words : `${u.factor}=${u.value} (from "${u.words}")`)).join(', ')}`,
    '',
    'Why:',
  ];
  const cite = (r: { summary: string; evidence: { text: string; source: string; heading: string } }) => {
    lines.push(`  • ${r.summary}`, `    "${r.evidence.text}"`, `    — ${r.evidence.source}${HEADING_SEPARATOR}${r.evidence.heading}`);
  };
  result.reasons.forEach(cite);
  if (result.caveats.length) {
    lines.push('', 'Keep in mind:');
    result.caveats.forEach(cite);
  }
  if (result.closeCall) lines.push('', result.closeCall.summary);
  if (result.unanswered.length)
    lines.push(
      '',
      `Not answered (counted as neutral): ${result.unanswered.join(', ')}. Run \`npm run recommend\` with them for a closer answer.`,
    );
  return lines.join('\n');
}

// The words read as others, as the readable output says them.
const readAs = (corrections: NonNullable<Answer['corrections']>) =>
  `(read ${corrections.map((c) => `"${c.from}" as "${c.to}"`).join(', ')})`;

function readable(result: Answer): string {
  if (!result.answered) {
    return `I don't have a confident answer to that in the knowledge base.\n(question: ${result.question})`;
  }
  if (result.questions && result.questions.length > 1) {
    const lines: string[] = [];
    for (const { question, passageId } of result.questions) {
      const p = result.passages.find((passage) => passage.id === passageId)!;
      lines.push(`Q: ${question}`, p.snippet, `  — ${p.source}${HEADING_SEPARATOR}${p.heading}`, '');
    }
    if (result.corrections?.length) lines.push(readAs(result.corrections));
    return lines.join('\n').trimEnd();
  }
  const [best, ...related] = result.passages;
  const lines = [
    `${result.confidence === 'low' ? "Closest match (I'm not sure this answers it): " : ''}${best!.snippet}`,
    '',
    `> ${best!.text.split('\n').join('\n> ')}`,
    `  — ${best!.source}${HEADING_SEPARATOR}${best!.heading}`,
  ];
  if (related.length) {
    lines.push('', result.confidence === 'low' ? 'Nearby topics:' : 'Related:');
    for (const p of related) lines.push(`  • ${p.snippet}  (${p.source}${HEADING_SEPARATOR}${p.heading})`);
  }
  if (result.corrections?.length) lines.push('', readAs(result.corrections));
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const { values, booleans, positional } = parseFlags(argv, {
    values: ['knowledge', 'limit', 'batch', 'after'],
    booleans: ['json', 'help'],
  });
  if (booleans.has('help')) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const limit = values.limit === undefined ? 5 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive integer, got "${values.limit}"`);
  // A follow-up posted in a thread under this question.
  const context = values.after?.trim() ? [values.after.trim()] : [];
  const dir = values.knowledge ?? 'knowledge';
  let questions: string[];
  if (values.batch !== undefined) {
    if (positional.length) throw new UsageError('give either --batch FILE or a question, not both');
    const raw =
      values.batch === '-'
        ? await readStdin()
        : await readFile(values.batch, 'utf8').catch((e) => {
            throw new UsageError(`cannot read --batch file ${values.batch}: ${(e as NodeJS.ErrnoException).code ?? e}`);
          });
    // A file saved by a Windows editor may start with a BOM; it is not part of the first question.
    questions = raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .filter((line) => line.trim().length > 0);
  } else {
    const question = positional.join(' ').trim();
    if (!question) throw new UsageError(`a question is required\n${USAGE}`);
    questions = [question];
  }
  const kb: KnowledgeBase = await loadKnowledgeBase(dir, { cacheDir: cacheDirFromConfig() });
  for (const w of kb.warnings) process.stderr.write(`warning: ${w.source}: ${w.reason}\n`);
  const out: string[] = [];
  const evidence = evidenceFromIndex(kb.index);
  const json = booleans.has('json');
  for (const question of questions) {
    const { answer: result, recommended } = respond(kb.index, evidence, question, { limit, context });
    if (recommended) {
      out.push(
        json
          ? JSON.stringify({ ...answerJson(result), recommendation: recommended.recommendation })
          : readableRecommendation(recommended) + (questions.length > 1 ? '\n' : ''),
      );
      continue;
    }
    out.push(json ? JSON.stringify(answerJson(result)) : readable(result) + (questions.length > 1 ? '\n' : ''));
  }
  process.stdout.write(out.join('\n') + '\n');
}

// The CLI shares the bot's index cache (CACHE_DIR); a config problem unrelated to asking
// (a malformed Slack token in .env, say) must not stop it, so it then goes without a cache.
function cacheDirFromConfig(): string | undefined {
  try {
    return parseConfig(loadEnv()).cacheDir;
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

runCli(() => main(process.argv.slice(2)));
