import type { Logger } from 'pino';
import { DatabaseUnavailableError } from '../core/errors.js';
import type { ChannelSetting, ChannelSettingsStore } from '../store/feedback-store.js';

/**
 * Which channels are help channels (top-level questions answered without a mention): an
 * admin's stored `/containers-or-vms auto-answer on|off` for the channel, else
 * AUTO_ANSWER_CHANNELS. The listener asks only for top-level questions, and each answer is
 * kept for HELP_CHANNEL_CACHE_MS, so a busy channel costs one store read per half minute.
 * A change made on this replica applies here at once; other replicas (sharing PostgreSQL)
 * see it when their entry expires, so all converge within HELP_CHANNEL_CACHE_MS. A store that
 * cannot be read (PostgreSQL down) never stops answering: the variable decides, with a warning.
 */

/** How long one replica trusts what it read; every replica agrees within this time. */
export const HELP_CHANNEL_CACHE_MS = 30_000;

// Channels are few; the bound only keeps a flood of unknown ids from growing the map.
const MAX_CACHED_CHANNELS = 1_000;

export type AutoAnswerSource = 'stored' | 'variable';

export interface AutoAnswerState {
  on: boolean;
  /** The stored override, or AUTO_ANSWER_CHANNELS (also when the store could not be read). */
  source: AutoAnswerSource;
  /** Whether AUTO_ANSWER_CHANNELS lists the channel. */
  listed: boolean;
  /** When an admin stored it (source 'stored'). */
  at?: Date;
  /** Set when the store could not be read and the variable decided instead. */
  storeProblem?: string;
}

export interface HelpChannelsOptions {
  /** AUTO_ANSWER_CHANNELS. */
  listed: readonly string[];
  /** Absent: only the variable counts and the setting cannot be changed. */
  store?: ChannelSettingsStore;
  logger: Pick<Logger, 'warn'>;
  cacheMs?: number;
  now?: () => number;
}

export class HelpChannels {
  readonly #listed: ReadonlySet<string>;
  readonly #store?: ChannelSettingsStore;
  readonly #logger: Pick<Logger, 'warn'>;
  readonly #cacheMs: number;
  readonly #now: () => number;
  // The promise, not the value: concurrent messages in one channel share one read.
  readonly #cache = new Map<string, { until: number; state: Promise<AutoAnswerState> }>();

  constructor(options: HelpChannelsOptions) {
    this.#listed = new Set(options.listed);
    this.#store = options.store;
    this.#logger = options.logger;
    this.#cacheMs = options.cacheMs ?? HELP_CHANNEL_CACHE_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Whether settings can be stored at all. */
  get changeable(): boolean {
    return this.#store !== undefined;
  }

  /** For the message listener: cached, never rejects. */
  async autoAnswers(channel: string): Promise<boolean> {
    const cached = this.#cache.get(channel);
    if (cached && cached.until > this.#now()) return (await cached.state).on;
    return (await this.#remember(channel, this.#read(channel))).on;
  }

  /** For the command: read afresh, with where the setting comes from; the listener here follows what it shows. Never rejects. */
  state(channel: string): Promise<AutoAnswerState> {
    return this.#remember(channel, this.#read(channel));
  }

  /** Stores an admin's choice; false when it could not be stored. Applies on this replica at once. */
  async set(channel: string, on: boolean): Promise<boolean> {
    if (!this.#store) return false;
    const setting: ChannelSetting = { channelId: channel, autoAnswer: on, at: new Date(this.#now()) };
    if (!(await this.#store.setChannelSetting(setting))) return false;
    void this.#remember(channel, Promise.resolve(this.#stored(setting)));
    return true;
  }

  #remember(channel: string, state: Promise<AutoAnswerState>): Promise<AutoAnswerState> {
    // Deleted first so the map's order is the order of reads, and the oldest goes first.
    this.#cache.delete(channel);
    if (this.#cache.size >= MAX_CACHED_CHANNELS) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(channel, { until: this.#now() + this.#cacheMs, state });
    return state;
  }

  async #read(channel: string): Promise<AutoAnswerState> {
    const listed = this.#listed.has(channel);
    if (!this.#store) return { on: listed, source: 'variable', listed };
    try {
      const setting = await this.#store.channelSetting(channel);
      return setting ? this.#stored(setting) : { on: listed, source: 'variable', listed };
    } catch (error) {
      // Anyone in the channel can run the command: a driver's message (hosts, ports, paths) stays in the log.
      const problem =
        error instanceof DatabaseUnavailableError
          ? error.message
          : "the feedback database did not answer; the details are in the bot's log";
      this.#logger.warn({ err: error, channel }, "could not read the channel's auto-answer setting; AUTO_ANSWER_CHANNELS decides for now");
      return { on: listed, source: 'variable', listed, storeProblem: problem };
    }
  }

  #stored(setting: ChannelSetting): AutoAnswerState {
    return {
      on: setting.autoAnswer,
      source: 'stored',
      listed: this.#listed.has(setting.channelId),
      ...(setting.at ? { at: setting.at } : {}),
    };
  }
}
