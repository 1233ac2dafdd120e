import { existsSync } from 'node:fs';
import { ConfigError, loadEnv, parseConfig, type Config } from '../config.js';
import { processToken } from '../core/knowledge/terms.js';
import { loadKnowledgeBase } from '../knowledge/base.js';
import { DatabaseUnavailableError, PostgresFeedbackStore } from '../store/postgres-feedback-store.js';
import {
  DEFAULT_REPORT_DAYS,
  DEFAULT_REPORT_LIMIT,
  emptyReport,
  formatReportTables,
  lexiconCandidates,
  type ReportData,
} from '../store/report.js';
import { databasePath, SqliteFeedbackStore } from '../store/sqlite-feedback-store.js';
import { parseFlags, UsageError } from './args.js';
import { runCli } from './run.js';

const USAGE = `Usage:
  npm run --silent report -- [--json] [--data DIR] [--days N] [--limit N]

Prints the knowledge-gaps report from DATA_DIR/bot.sqlite, or from PostgreSQL when
DATABASE_URL is set: the most frequent unanswered questions, the passages most often marked
"Not helpful", and totals per day.
  --data DIR   the data folder's SQLite file, even when DATABASE_URL is set
               (default: DATA_DIR from the environment or .env, else data/)
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

function configured(): Config {
  try {
    return parseConfig(loadEnv());
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
  const config = values.data === undefined ? configured() : undefined;
  const json = booleans.has('json');
  if (config?.databaseUrl) {
    await print(
      await postgresReport(config.databaseUrl, { days, limit }),
      'PostgreSQL (DATABASE_URL)',
      json,
      values.knowledge ?? config.knowledgeDir,
    );
    return;
  }
  const dataDir = values.data ?? config!.dataDir;
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
  await print(data, path, json, values.knowledge ?? config?.knowledgeDir ?? knowledgeDirFromEnv());
}

async function print(data: ReportData, from: string, json: boolean, knowledgeDir: string): Promise<void> {
  const candidates = await lexiconCandidatesFor(knowledgeDir, data);
  if (json) {
    process.stdout.write(JSON.stringify({ ...data, lexiconCandidates: candidates }) + '\n');
    return;
  }
  const width = process.stdout.isTTY ? process.stdout.columns : undefined;
  process.stdout.write(`Knowledge gaps report for ${from}, ${data.generatedAt.slice(0, 16).replace('T', ' ')} UTC\n\n`);
  process.stdout.write(formatReportTables(data, { width }) + '\n');
  process.stdout.write('\nCandidate lexicon entries (words of unanswered questions the knowledge never uses; add them to synonyms.txt):\n');
  process.stdout.write(
    candidates.length ? candidates.map((c) => `  ${String(c.count).padStart(5)}  ${c.word}`).join('\n') + '\n' : '  (none)\n',
  );
}

// With --data the environment need not be valid: the candidates then come from knowledge/.
function knowledgeDirFromEnv(): string {
  try {
    return parseConfig(loadEnv()).knowledgeDir;
  } catch {
    return 'knowledge';
  }
}

async function lexiconCandidatesFor(dir: string, data: ReportData) {
  // The report is about the data; without a readable knowledge folder it simply lists no candidates.
  const kb = await loadKnowledgeBase(dir).catch(() => null);
  if (!kb) return [];
  return lexiconCandidates(data.unanswered, processToken, (t) => kb.index.knows(t), data.unanswered.length ? DEFAULT_REPORT_LIMIT : 0);
}

async function postgresReport(url: string, options: { days: number; limit: number }): Promise<ReportData> {
  const store = new PostgresFeedbackStore(url);
  try {
    return await store.report(options);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError)
      throw new UsageError(`cannot reach the feedback database: check DATABASE_URL (${store.health.lastError ?? 'no answer'})`);
    throw error;
  } finally {
    await store.close();
  }
}

runCli(() => main(process.argv.slice(2)));
