import { stripBidiControls } from '../core/bidi.js';
import { foldText } from '../core/knowledge/terms.js';
import { HEADING_SEPARATOR } from '../core/knowledge/types.js';

/**
 * The knowledge-gaps report as plain, JSON-friendly data, and the pure pieces around it:
 * question normalization, the text tables for `npm run report`, the short Slack summary
 * and the admin check. Nothing here touches SQLite.
 */

export const DEFAULT_REPORT_DAYS = 14;
export const DEFAULT_REPORT_LIMIT = 10;

export interface ReportOptions {
  /** Days of per-day totals, ending today (UTC). */
  days?: number;
  /** Rows in each top list. */
  limit?: number;
  now?: Date;
}

export interface UnansweredQuestion {
  /** The most recent wording of the question. */
  question: string;
  /** The normalized text the rows were grouped by. */
  key: string;
  count: number;
  /** Distinct askers (by hashed user id). */
  people: number;
  /** ISO time. */
  lastAsked: string;
}

export interface UnhelpfulPassage {
  passageId: string;
  source: string;
  heading: string;
  notHelpful: number;
  helpful: number;
  /** ISO time of the last Not helpful vote. */
  lastVoted: string;
}

export interface DayTotals {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  abstained: number;
  helpful: number;
  notHelpful: number;
}

export interface ReportData {
  generatedAt: string;
  days: number;
  /** Most frequent first, over every retained row. */
  unanswered: UnansweredQuestion[];
  /** Most Not helpful votes first, over every retained row. */
  notHelpful: UnhelpfulPassage[];
  /** One entry per day, oldest first, `days` entries. */
  daily: DayTotals[];
  /** Sums of `daily`. */
  totals: { abstained: number; helpful: number; notHelpful: number };
}

/**
 * The grouping key for a question: case, Unicode forms, punctuation and runs of spaces
 * folded, so "Can containers run on VMs?" and "can containers run on vms" count together.
 */
export function normalizeQuestion(question: string): string {
  return (
    foldText(question)
      .toLowerCase()
      // Apostrophes join ("what's" -> "whats") rather than split a word in two.
      .replace(/['`]/g, '')
      .replace(/[\p{P}\s]+/gu, ' ')
      .trim()
  );
}

/** UTC day (YYYY-MM-DD) of a time. */
export function dayOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** The `days` UTC days ending on `now`'s day, oldest first. */
export function lastDays(now: Date, days: number): string[] {
  const out: string[] = [];
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (let i = days - 1; i >= 0; i--) out.push(dayOf(new Date(today - i * 86_400_000)));
  return out;
}

/** Per-day totals for every day of the window, zero-filled where nothing happened. */
export function fillDays(now: Date, days: number, counted: readonly DayTotals[]): DayTotals[] {
  const byDay = new Map(counted.map((d) => [d.day, d]));
  return lastDays(now, days).map((day) => byDay.get(day) ?? { day, abstained: 0, helpful: 0, notHelpful: 0 });
}

export function sumDays(daily: readonly DayTotals[]): ReportData['totals'] {
  return daily.reduce(
    (t, d) => ({ abstained: t.abstained + d.abstained, helpful: t.helpful + d.helpful, notHelpful: t.notHelpful + d.notHelpful }),
    { abstained: 0, helpful: 0, notHelpful: 0 },
  );
}

/** A report with nothing in it, for a store that keeps nothing or a database not yet created. */
export function emptyReport(options: ReportOptions = {}): ReportData {
  const now = options.now ?? new Date();
  const days = options.days ?? DEFAULT_REPORT_DAYS;
  const daily = fillDays(now, days, []);
  return { generatedAt: now.toISOString(), days, unanswered: [], notHelpful: [], daily, totals: sumDays(daily) };
}

/** True when nothing was recorded at all. */
export function isEmptyReport(data: ReportData): boolean {
  return (
    data.unanswered.length === 0 && data.notHelpful.length === 0 && data.daily.every((d) => d.abstained + d.helpful + d.notHelpful === 0)
  );
}

/** Whether a Slack user may see the report. An empty admin list admits nobody. */
export function isAdmin(userId: string | undefined, adminIds: readonly string[]): boolean {
  if (!userId) return false;
  return adminIds.some((id) => id.trim() === userId.trim());
}

function clip(text: string, max: number): string {
  const oneLine = stripBidiControls(text).replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

function minute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

interface Column {
  title: string;
  align?: 'left' | 'right';
}

/** Lays rows out as a fixed-width text table with a header rule. */
export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const cell = (text: string, i: number) => {
    const pad = ' '.repeat(widths[i]! - [...text].length);
    return columns[i]!.align === 'right' ? pad + text : text + pad;
  };
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => cell(c, i))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The report as text tables, for `npm run report`. */
export function formatReportTables(data: ReportData, options: { width?: number } = {}): string {
  const questionWidth = Math.max(30, (options.width ?? 100) - 40);
  const out: string[] = [];

  out.push(`Unanswered questions (most frequent first)`);
  out.push(
    data.unanswered.length === 0
      ? '  none recorded'
      : textTable(
          [{ title: 'Count', align: 'right' }, { title: 'People', align: 'right' }, { title: 'Last asked (UTC)' }, { title: 'Question' }],
          data.unanswered.map((q) => [String(q.count), String(q.people), minute(q.lastAsked), clip(q.question, questionWidth)]),
        ),
  );

  out.push('', `Passages marked "Not helpful" (most votes first)`);
  out.push(
    data.notHelpful.length === 0
      ? '  none recorded'
      : textTable(
          [{ title: 'Not helpful', align: 'right' }, { title: 'Helpful', align: 'right' }, { title: 'Source' }, { title: 'Heading' }],
          data.notHelpful.map((p) => [
            String(p.notHelpful),
            String(p.helpful),
            clip(p.source, questionWidth),
            clip(p.heading, questionWidth),
          ]),
        ),
  );

  out.push('', `Per day, last ${data.days} days (UTC)`);
  out.push(
    textTable(
      [
        { title: 'Day' },
        { title: 'Abstained', align: 'right' },
        { title: 'Helpful', align: 'right' },
        { title: 'Not helpful', align: 'right' },
      ],
      [
        ...data.daily.map((d) => [d.day, String(d.abstained), String(d.helpful), String(d.notHelpful)]),
        ['total', String(data.totals.abstained), String(data.totals.helpful), String(data.totals.notHelpful)],
      ],
    ),
  );
  return out.join('\n');
}

/**
 * A short plain-text version for the Slack report command: one line per item, at most
 * `top` items per list. The Slack adapter turns the lines into blocks.
 */
export function renderReportSummary(data: ReportData, options: { top?: number } = {}): string[] {
  const top = options.top ?? 5;
  const t = data.totals;
  const lines = [`Last ${data.days} days: ${t.abstained} unanswered, ${t.helpful} helpful, ${t.notHelpful} not helpful.`];
  if (isEmptyReport(data)) {
    lines.push('Nothing recorded yet: no unanswered questions and no feedback.');
    return lines;
  }
  if (data.unanswered.length) {
    lines.push('Most asked without an answer:');
    for (const q of data.unanswered.slice(0, top)) {
      lines.push(`• ${q.count}× "${clip(q.question, 80)}" (last ${q.lastAsked.slice(0, 10)})`);
    }
  }
  if (data.notHelpful.length) {
    lines.push('Passages most often marked Not helpful:');
    for (const p of data.notHelpful.slice(0, top)) {
      lines.push(
        `• ${p.notHelpful}× ${p.heading ? `${clip(p.source, 80)}${HEADING_SEPARATOR}${clip(p.heading, 80)}` : clip(p.source, 80)}`,
      );
    }
  }
  lines.push('Full report: npm run report');
  return lines;
}

/** A word of unanswered questions that neither the knowledge nor its lexicon uses: a candidate lexicon entry. */
export interface LexiconCandidate {
  word: string;
  /** How many unanswered questions (counting repeats) used it. */
  count: number;
}

/**
 * Candidate lexicon entries: words of unanswered questions the knowledge never uses, most
 * asked first. `term` maps a word to its index term (null for stop words), `knows` says
 * whether the knowledge or lexicon has that term.
 */
export function lexiconCandidates(
  unanswered: readonly Pick<UnansweredQuestion, 'question' | 'count'>[],
  term: (word: string) => string | null,
  knows: (term: string) => boolean,
  limit = DEFAULT_REPORT_LIMIT,
): LexiconCandidate[] {
  const counts = new Map<string, number>();
  for (const row of unanswered) {
    const words = new Set(
      foldText(row.question)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    );
    for (const word of words) {
      const t = word.length > 1 && !/^\d+$/.test(word) ? term(word) : null;
      if (t !== null && !knows(t)) counts.set(word, (counts.get(word) ?? 0) + row.count);
    }
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1))
    .slice(0, limit);
}
