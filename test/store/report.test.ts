import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyReport,
  fillDays,
  formatReportTables,
  isAdmin,
  isEmptyReport,
  lastDays,
  normalizeQuestion,
  renderReportSummary,
  textTable,
  type ReportData,
} from '../../src/store/report.js';

const NOW = new Date('2026-11-27T08:30:00Z');

function sample(): ReportData {
  const daily = fillDays(NOW, 14, [
    { day: '2026-11-27', abstained: 3, helpful: 1, notHelpful: 2 },
    { day: '2026-11-20', abstained: 1, helpful: 4, notHelpful: 0 },
  ]);
  return {
    generatedAt: NOW.toISOString(),
    days: 14,
    unanswered: [
      {
        question: 'How do I run Windows on a Mac?',
        key: 'how do i run windows on a mac',
        count: 3,
        people: 2,
        lastAsked: '2026-11-27T08:00:00.000Z',
      },
      { question: 'what is the weather', key: 'what is the weather', count: 1, people: 1, lastAsked: '2026-11-20T10:05:00.000Z' },
    ],
    notHelpful: [
      {
        passageId: 'guide.md#3',
        source: 'guide.md',
        heading: 'Guide › Overhead',
        notHelpful: 2,
        helpful: 1,
        lastVoted: '2026-11-27T07:00:00.000Z',
      },
    ],
    daily,
    totals: { abstained: 4, helpful: 5, notHelpful: 2 },
  };
}

describe('normalizeQuestion', () => {
  it('folds case, punctuation, apostrophes, typography and spacing', () => {
    expect(normalizeQuestion('  Can containers run on VMs?? ')).toBe('can containers run on vms');
    expect(normalizeQuestion('What’s   the overhead —\tof a VM?')).toBe('whats the overhead of a vm');
    expect(normalizeQuestion("What's the overhead of a VM")).toBe(normalizeQuestion('what’s the overhead of a vm!'));
    expect(normalizeQuestion('ＶＭ')).toBe('vm');
  });

  it('keeps different words apart', () => {
    expect(normalizeQuestion('containers vs VMs')).not.toBe(normalizeQuestion('containers on VMs'));
  });

  it('is idempotent and never leaves punctuation or double spaces', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        const key = normalizeQuestion(q);
        expect(normalizeQuestion(key)).toBe(key);
        expect(key).not.toMatch(/\s\s|^\s|\s$|[\p{P}]/u);
      }),
    );
  });
});

describe('days', () => {
  it('lists the window oldest first, across a month end', () => {
    expect(lastDays(new Date('2026-12-02T23:59:59Z'), 4)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('zero-fills days with nothing recorded and ignores days outside the window', () => {
    const daily = fillDays(NOW, 2, [
      { day: '2026-11-27', abstained: 1, helpful: 0, notHelpful: 0 },
      { day: '2026-01-01', abstained: 9, helpful: 9, notHelpful: 9 },
    ]);
    expect(daily).toEqual([
      { day: '2026-11-26', abstained: 0, helpful: 0, notHelpful: 0 },
      { day: '2026-11-27', abstained: 1, helpful: 0, notHelpful: 0 },
    ]);
  });
});

describe('isAdmin', () => {
  it('admits listed ids only; an empty list admits nobody', () => {
    expect(isAdmin('U0ADMIN', ['U0OTHER', 'U0ADMIN'])).toBe(true);
    expect(isAdmin('U0USER', ['U0ADMIN'])).toBe(false);
    expect(isAdmin('U0ADMIN', [])).toBe(false);
    expect(isAdmin(undefined, ['U0ADMIN'])).toBe(false);
    expect(isAdmin('', [''])).toBe(false);
  });

  it('compares ids exactly (Slack ids are case-sensitive upper case)', () => {
    expect(isAdmin('u0admin', ['U0ADMIN'])).toBe(false);
    expect(isAdmin('U0ADMIN2', ['U0ADMIN'])).toBe(false);
  });
});

describe('formatReportTables', () => {
  it('prints the three tables with aligned columns', () => {
    const text = formatReportTables(sample());
    expect(text).toContain('Unanswered questions (most frequent first)');
    expect(text).toMatch(/^\s+3\s+2\s+2026-11-27 08:00\s+How do I run Windows on a Mac\?$/m);
    expect(text).toMatch(/^\s+2\s+1\s+guide\.md\s+Guide › Overhead$/m);
    expect(text).toMatch(/^2026-11-27\s+3\s+1\s+2$/m);
    expect(text).toMatch(/^total\s+4\s+5\s+2$/m);
    expect(text.split('\n').filter((l) => /^\d{4}-\d\d-\d\d /.test(l))).toHaveLength(14);
  });

  it('says so when a list is empty', () => {
    const text = formatReportTables(emptyReport({ now: NOW }));
    expect(text.match(/none recorded/g)).toHaveLength(2);
  });

  it('clips long questions to one line', () => {
    const data = sample();
    data.unanswered[0]!.question = `why ${'very '.repeat(50)}long\nquestion`;
    const line = formatReportTables(data, { width: 100 })
      .split('\n')
      .find((l) => l.includes('why very'))!;
    expect(line.endsWith('…')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(100);
  });
});

describe('textTable', () => {
  it('pads every cell to its column width and right-aligns numbers', () => {
    expect(
      textTable(
        [{ title: 'N', align: 'right' }, { title: 'Name' }],
        [
          ['10', 'a'],
          ['2', 'bbbbbb'],
        ],
      ).split('\n'),
    ).toEqual([' N  Name', '--  ------', '10  a', ' 2  bbbbbb']);
  });
});

describe('renderReportSummary', () => {
  it('gives the totals, the top unanswered questions and the least helpful passages', () => {
    expect(renderReportSummary(sample())).toEqual([
      'Last 14 days: 4 unanswered, 5 helpful, 2 not helpful.',
      'Most asked without an answer:',
      '• 3× "How do I run Windows on a Mac?" (last 2026-11-27)',
      '• 1× "what is the weather" (last 2026-11-20)',
      'Passages most often marked Not helpful:',
      '• 2× guide.md › Guide › Overhead',
      'Full report: npm run report',
    ]);
  });

  it('caps each list', () => {
    const lines = renderReportSummary(sample(), { top: 1 });
    expect(lines.filter((l) => l.startsWith('•'))).toHaveLength(2);
  });

  it('says nothing was recorded for an empty report', () => {
    const empty = emptyReport({ now: NOW });
    expect(isEmptyReport(empty)).toBe(true);
    expect(renderReportSummary(empty)).toEqual([
      'Last 14 days: 0 unanswered, 0 helpful, 0 not helpful.',
      'Nothing recorded yet: no unanswered questions and no feedback.',
    ]);
  });
});
