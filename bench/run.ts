import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { parseFlags } from '../src/cli/args.js';
import { runCli } from '../src/cli/run.js';
import { prepareKnowledgeSets, type KnowledgeSet } from './knowledge-sets.js';
import { renderTable, type BenchOptions, type ScenarioResult, type TargetCheck } from './measure.js';

/**
 * npm run bench [-- --json FILE] [--quick] [--only index-build,query-latency,...]
 * Runs every scenario in one process (children where a fresh process matters), prints
 * one table per figure set, then the targets, and optionally writes all figures as JSON.
 */

type ScenarioRun = (sets: KnowledgeSet[], options: BenchOptions) => Promise<ScenarioResult>;

const SCENARIOS: Record<string, () => Promise<ScenarioRun>> = {
  'index-build': async () => (await import('./index-build.js')).runIndexBuild,
  'query-latency': async () => (await import('./query-latency.js')).runQueryLatency,
  baseline: async () => (await import('./baseline.js')).runBaseline,
  'ask-batch': async () => (await import('./ask-batch.js')).runAskBatch,
  startup: async () => (await import('./startup.js')).runStartup,
  'slack-http': async () => (await import('./slack-http.js')).runSlackHttp,
  replicas: async () => (await import('./replicas.js')).runReplicas,
};

async function main(argv: string[]): Promise<void> {
  const { values, booleans } = parseFlags(argv, { values: ['json', 'only'], booleans: ['quick', 'help'] });
  if (booleans.has('help')) {
    process.stdout.write(`Usage: npm run bench -- [--json FILE] [--quick] [--only ${Object.keys(SCENARIOS).join(',')}]\n`);
    return;
  }
  const options: BenchOptions = { quick: booleans.has('quick') };
  const only = values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const names = Object.keys(SCENARIOS).filter((n) => !only || only.includes(n));
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  const started = Date.now();
  process.stdout.write(
    `# npm run bench${options.quick ? ' --quick' : ''}\n\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}\n\n`,
  );

  const { sets, cleanup } = await prepareKnowledgeSets(options);
  const figures: Record<string, unknown> = {};
  const targets: TargetCheck[] = [];
  const failures: string[] = [];
  try {
    for (const name of names) {
      const t0 = Date.now();
      process.stderr.write(`bench: ${name}…\n`);
      try {
        const result = await (await SCENARIOS[name]!())(sets, options);
        Object.assign(figures, result.figures);
        targets.push(...(result.targets ?? []));
        for (const table of result.tables) process.stdout.write(renderTable(table) + '\n\n');
      } catch (error) {
        // One broken scenario must not hide the figures of the others.
        failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        process.stdout.write(`### ${name}\n\nnot measured: ${error instanceof Error ? error.message : String(error)}\n\n`);
      }
      process.stderr.write(`bench: ${name} took ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await cleanup();
  }
  if (targets.length) {
    const fmt = (t: TargetCheck) =>
      t.value === null ? '–' : t.unit === '×' ? `${t.value.toFixed(2)}×` : `${t.value.toFixed(t.value < 10 ? 2 : 0)} ${t.unit}`.trim();
    process.stdout.write(
      renderTable({
        title: 'Targets',
        columns: ['measure', 'target', 'measured', 'met'],
        rows: targets.map((t) => [t.measure, t.target, fmt(t), t.ok === null ? 'not measured' : t.ok ? 'yes' : 'NO']),
      }) + '\n\n',
    );
  }
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`Whole run: ${seconds.toFixed(0)} s.\n`);
  if (values.json) {
    await writeFile(
      values.json,
      JSON.stringify({ date: new Date().toISOString(), machine, quick: options.quick, seconds, figures, targets, failures }, null, 2) +
        '\n',
    );
    process.stderr.write(`bench: figures written to ${values.json}\n`);
  }
  if (failures.length) process.exitCode = 1;
}

runCli(() => main(process.argv.slice(2)));
