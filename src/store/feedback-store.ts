import { stripBidiControls } from '../core/bidi.js';
import type { ReportData, ReportOptions, UnansweredQuestion, UnhelpfulPassage } from './report.js';
import { emptyReport, normalizeQuestion } from './report.js';

/**
 * The feedback store port: votes on answers, the questions the bot could not answer, and
 * per-channel settings (auto-answer). The SQLite store keeps them in DATA_DIR; the no-op store
 * is what openFeedbackStore returns, with its reason, when DATA_DIR cannot hold the database
 * (the bot then refuses to start).
 */

export type Vote = 'helpful' | 'not-helpful';
export type Surface = 'channel' | 'dm' | 'local';

/**
 * A passage as it was shown. Source and heading are kept with the id because the
 * knowledge folder (and so the index) may change before anyone reads the report.
 */
export interface PassageRef {
  id: string;
  source: string;
  heading: string;
}

export interface FeedbackRecord {
  question: string;
  passages: readonly PassageRef[];
  vote: Vote;
  surface: Surface;
  /** The Slack user id; only its keyed hash is stored. */
  userId: string;
  at?: Date;
}

/**
 * What one vote is about: the question (normalized, already redacted) and the passages shown.
 * A store keeps one vote per user hash and answer key; a later vote replaces the earlier one.
 */
export function answerKey(redactedQuestion: string, passageIds: readonly string[]): string {
  return `${normalizeQuestion(redactedQuestion)}\n${passageIds.join(' ')}`;
}

export interface GapRecord {
  question: string;
  /** Passages shown despite abstaining, if any (usually none). */
  passages?: readonly PassageRef[];
  surface: Surface;
  /** The Slack user id; only its keyed hash is stored. */
  userId: string;
  at?: Date;
}

/** Whether the bot answers top-level questions in a channel without a mention, as an admin set it. */
export interface ChannelSetting {
  channelId: string;
  autoAnswer: boolean;
  /** When it was last set. */
  at?: Date;
}

/** Channel ids as Slack gives them; anything else is refused before it reaches a store. */
export const CHANNEL_ID = /^[A-Z0-9]{2,40}$/;

/**
 * The part of the store the help-channel setting needs. Settings are configuration, not
 * feedback: retention never purges them.
 */
export interface ChannelSettingsStore {
  /** The stored setting, or undefined when none was ever stored. Rejects (throws) when the store cannot be read. */
  channelSetting(channelId: string): Awaitable<ChannelSetting | undefined>;
  /** Stores a setting, replacing the channel's earlier one; false when it could not be stored (never throws). */
  setChannelSetting(setting: ChannelSetting): Awaitable<boolean>;
}

/** SQLite answers at once; PostgreSQL over the network: callers await either. */
export type Awaitable<T> = T | Promise<T>;

export interface FeedbackStore extends ChannelSettingsStore {
  /** True when records survive a restart. */
  readonly persistent: boolean;
  /**
   * Records a Helpful / Not helpful click, replacing the same person's earlier vote on the same
   * answer (see answerKey); false when it could not be stored (never throws).
   */
  recordFeedback(record: FeedbackRecord): Awaitable<boolean>;
  /** Records a question the bot abstained on; false when it could not be stored (never throws). */
  recordGap(record: GapRecord): Awaitable<boolean>;
  report(options?: ReportOptions): Awaitable<ReportData>;
  /** Deletes rows older than the given number of days; returns how many. */
  purge(olderThanDays: number, now?: Date): Awaitable<number>;
  close(): Awaitable<void>;
}

/** Keeps nothing: used when DATA_DIR cannot hold the database. `reason` says why. */
export class NoopFeedbackStore implements FeedbackStore {
  readonly persistent = false;
  constructor(readonly reason: string) {}
  recordFeedback(): boolean {
    return false;
  }
  recordGap(): boolean {
    return false;
  }
  report(options: ReportOptions = {}): ReportData {
    return emptyReport(options);
  }
  purge(): number {
    return 0;
  }
  channelSetting(): undefined {
    return undefined;
  }
  setChannelSetting(): boolean {
    return false;
  }
  close(): void {}
}

/**
 * A report's lists as they may be shown: no bidirectional controls in a question, source or
 * heading, whichever bot or file stored them. Both stores pass their rows through it.
 */
export function shownReportRows(
  unanswered: UnansweredQuestion[],
  notHelpful: UnhelpfulPassage[],
): { unanswered: UnansweredQuestion[]; notHelpful: UnhelpfulPassage[] } {
  return {
    unanswered: unanswered.map((q) => ({ ...q, question: stripBidiControls(q.question) })),
    notHelpful: notHelpful.map((p) => ({ ...p, source: stripBidiControls(p.source), heading: stripBidiControls(p.heading) })),
  };
}
