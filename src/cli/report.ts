import { existsSync } from 'node:fs';
import { ConfigError, loadEnv, parseConfig } from '../config.js';
import { processToken } from '../core/knowledge/terms.js';
import { loadKnowledgeBase } from '../knowledge-base.js';
import { DEFAULT_REPORT_DAYS, DEFAULT_REPORT_LIMIT, emptyReport, formatReportTables, lexiconCandidates, type ReportData } from '../store/report.js';
import { databasePath, SqliteFeedbackStore } from '../store/sqlite-feedback-store.js';
import { parseFlags, UsageError } from './args.js';
import { runCli } from './run.js';

const USAGE = `Usage:
  npm run --silent report -- [--json] [--data DIR] [--days N] [--limit N]

Prints the knowledge-gaps report from DATA_DIR/bot.sqlite: the most frequent unanswered
questions, the passages most often marked "Not helpful", and totals per day.
  --data DIR   the data folder (default: DATA_DIR from the environment or .env, else data/)
  --days N     days of per-day totals (default ${DEFAULT_REPORT_DAYS})
  --limit N    rows in each list (default ${DEFAULT_REPORT_LIMIT})
  --knowledge DIR  the knowledge folder for the candidate lexicon entries (default: KNOWLEDGE_DIR, else knowledge/):
               words of unanswered questions that the knowledge and its synonyms.txt never use
  --json       the same data as one JSON object`;

function positive(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, got "${raw}"`);
  return n;
}

function configured<K extends 'dataDir' | 'knowledgeDir'>(key: K): string {
  try {
    return parseConfig(loadEnv())[key];
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`configuration problem (or pass --data DIR):\n${error.message}`);
    throw error;
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, booleans, positional } = parseFlags(argv, { values: ['data', 'days', 'limit', 'knowledge'], booleans: ['json', 'help'] });
  if (booleans.has('help')) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}"\n${USAGE}`);
  const days = positive('days', values.days, DEFAULT_REPORT_DAYS, 3660);
  const limit = positive('limit', values.limit, DEFAULT_REPORT_LIMIT, 10_000);
  const dataDir = values.data ?? configured('dataDir');
  const path = databasePath(dataDir);

  if (!existsSync(path)) {
    // Not an error: the bot creates the file on the first vote or unanswered question.
    const note = `No data yet: ${path} does not exist. The bot creates it when someone votes on an answer or asks something it cannot answer.`;
    if (booleans.has('json')) {
      process.stderr.write(note + '\n');
      process.stdout.write(JSON.stringify(emptyReport({ days })) + '\n');
    } else {
      process.stdout.write(note + '\n');
    }
    return;
  }

  const store = SqliteFeedbackStore.open(path);
  let data;
  try {
    data = store.report({ days, limit });
  } finally {
    store.close();
  }
  const candidates = await lexiconCandidatesFor(values.knowledge, data);
  if (booleans.has('json')) {
    process.stdout.write(JSON.stringify({ ...data, lexiconCandidates: candidates }) + '\n');
    return;
  }
  const width = process.stdout.isTTY ? process.stdout.columns : undefined;
  process.stdout.write(`Knowledge gaps report for ${path}, ${data.generatedAt.slice(0, 16).replace('T', ' ')} UTC\n\n`);
  process.stdout.write(formatReportTables(data, { width }) + '\n');
  process.stdout.write('\nCandidate lexicon entries (words of unanswered questions the knowledge never uses; add them to synonyms.txt):\n');
  process.stdout.write(candidates.length ? candidates.map((c) => `  ${String(c.count).padStart(5)}  ${c.word}`).join('\n') + '\n' : '  (none)\n');
}

async function lexiconCandidatesFor(dir: string | undefined, data: ReportData) {
  // The report is about the data; without a readable knowledge folder it simply lists no candidates.
  const kb = await loadKnowledgeBase(dir ?? configured('knowledgeDir')).catch(() => null);
  if (!kb) return [];
  return lexiconCandidates(data.unanswered, processToken, (t) => kb.index.knows(t), data.unanswered.length ? DEFAULT_REPORT_LIMIT : 0);
}

runCli(() => main(process.argv.slice(2)));
