import { FLOW_STEPS } from '../core/flow/steps.js';
import { evidenceFromIndex } from '../core/recommend/evidence.js';
import { allowedFactorsText } from '../core/recommend/factors.js';
import { parseFactorInput, type Understood } from '../core/recommend/parse-input.js';
import { recommend, RECOMMENDATION_LABELS, type RecommendationResult } from '../core/recommend/recommend.js';
import { loadKnowledgeBase } from '../knowledge/base.js';
import { parseFlags, UsageError } from './args.js';
import { runCli } from './run.js';
import { HEADING_SEPARATOR } from '../core/knowledge/types.js';

const USAGE = `Usage:
  npm run --silent recommend -- [--json] [--knowledge DIR] key=value ...
  npm run --silent recommend -- [--json] [--knowledge DIR] "plain description of the workload"
Keys and values: ${allowedFactorsText()}`;

function questionsText(): string {
  const lines = [USAGE, '', 'The questions (answer any of them; unanswered ones count as neutral):'];
  FLOW_STEPS.forEach((step, i) => {
    lines.push('', `${i + 1}. ${step.question}`, `   ${step.hint}`);
    const width = Math.max(...step.options.map((o) => `${step.factor}=${o.value}`.length));
    for (const option of step.options) {
      lines.push(`   ${`${step.factor}=${option.value}`.padEnd(width)}  ${option.label}: ${option.hint}`);
    }
  });
  return lines.join('\n');
}

function quoted(text: string): string {
  return `"${text}"`;
}

function readable(result: RecommendationResult, understood: Understood[]): string {
  const lines = [
    `Recommendation: ${RECOMMENDATION_LABELS[result.recommendation]} (confidence: ${result.confidence})`,
    `Understood: ${understood.map((u) => (u.from === 'pair' ? u.words : `${u.factor}=${u.value} (from "${u.words}")`)).join(', ')}`,
    '',
    'Why:',
  ];
  for (const reason of result.reasons) {
    lines.push(
      `  • ${reason.summary}`,
      `    ${quoted(reason.evidence.text)}`,
      `    — ${reason.evidence.source}${HEADING_SEPARATOR}${reason.evidence.heading}`,
    );
  }
  if (result.caveats.length) {
    lines.push('', 'Keep in mind:');
    for (const caveat of result.caveats) {
      lines.push(
        `  • ${caveat.summary}`,
        `    ${quoted(caveat.evidence.text)}`,
        `    — ${caveat.evidence.source}${HEADING_SEPARATOR}${caveat.evidence.heading}`,
      );
    }
  }
  if (result.closeCall) {
    lines.push('', result.closeCall.summary);
    for (const reason of result.closeCall.against) {
      lines.push(
        `  • ${reason.summary}`,
        `    ${quoted(reason.evidence.text)}`,
        `    — ${reason.evidence.source}${HEADING_SEPARATOR}${reason.evidence.heading}`,
      );
    }
  }
  if (result.unanswered.length) lines.push('', `Not answered (counted as neutral): ${result.unanswered.join(', ')}`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const { values, booleans, positional } = parseFlags(argv, { values: ['knowledge'], booleans: ['json', 'help'] });
  const input = parseFactorInput(positional.join(' '));
  if (booleans.has('help') || input.kind === 'empty' || input.kind === 'help') {
    process.stdout.write((booleans.has('json') ? JSON.stringify({ steps: FLOW_STEPS }) : questionsText()) + '\n');
    return;
  }
  if (input.kind === 'error') throw new UsageError(`${input.message}\n${USAGE}`);

  const kb = await loadKnowledgeBase(values.knowledge ?? 'knowledge');
  for (const w of kb.warnings) process.stderr.write(`warning: ${w.source}: ${w.reason}\n`);
  const result = recommend(input.answers, evidenceFromIndex(kb.index));
  if (booleans.has('json')) {
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    process.stdout.write(readable(result, input.understood) + '\n');
  }
}

runCli(() => main(process.argv.slice(2)));
