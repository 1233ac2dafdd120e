import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, type KnowledgeSet } from './knowledge-sets.js';
import { ms, type BenchOptions, type ScenarioResult } from './measure.js';
import { allQuestions, loadDevQuestions, questionWorkload } from './questions.js';

/**
 * The ask CLI answering a batch in one process, exactly as documented:
 * npm run --silent ask -- --json --knowledge ../shared/corpus --batch FILE
 * Wall time includes npm, Node and tsx start, loading the knowledge and every answer.
 */

interface AskRun {
  wallMs: number;
  answers: number;
}

function runAsk(file: string, knowledge: string): Promise<AskRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('npm', ['run', '--silent', 'ask', '--', '--json', '--knowledge', knowledge, '--batch', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      for (const byte of c) if (byte === 10) lines++;
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`ask exited ${code}: ${err.slice(-500)}`));
      resolve({ wallMs: performance.now() - start, answers: lines });
    });
  });
}

export async function runAskBatch(sets: KnowledgeSet[], options: BenchOptions): Promise<ScenarioResult> {
  if (!sets.some((s) => s.dir === CORPUS)) throw new Error('ask-batch needs ../shared/corpus');
  const count = options.quick ? 200 : 1000;
  const questions = questionWorkload(allQuestions(await loadDevQuestions()), count, 11);
  const temp = await mkdtemp(join(tmpdir(), 'bench-ask-'));
  try {
    const file = join(temp, 'questions.txt');
    await writeFile(file, questions.join('\n') + '\n');
    const first = await runAsk(file, CORPUS);
    const second = await runAsk(file, CORPUS);
    for (const run of [first, second]) {
      if (run.answers !== count) throw new Error(`ask printed ${run.answers} answers for ${count} questions`);
    }
    return {
      figures: { askBatch: { questions: count, first, second } },
      tables: [
        {
          title: `ask CLI: ${count} questions in one process on the corpus (npm run --silent ask -- --json --knowledge ../shared/corpus --batch FILE)`,
          columns: ['run', 'wall s', 'ms per question (incl. start)', 'answers'],
          rows: [
            ['first', (first.wallMs / 1000).toFixed(1), ms(first.wallMs / count), first.answers],
            ['second', (second.wallMs / 1000).toFixed(1), ms(second.wallMs / count), second.answers],
          ],
        },
      ],
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
