import { renderMessage, renderNote, type Button, type RenderOptions } from './render-text.js';

/**
 * The fixed ids of the one-user, one-channel workspace the local chat pretends to be. They are
 * shaped like Slack's (capitals and digits), so code that validates ids treats them as real.
 */
export const LOCAL = {
  teamId: 'T0LOCAL',
  teamDomain: 'local',
  appId: 'A0LOCAL',
  userId: 'U0LOCAL',
  userName: 'you',
  botUserId: 'U0BOT',
  botId: 'B0BOT',
  botName: 'bot',
  channelId: 'C0LOCAL',
  channelName: 'local',
  dmId: 'D0LOCAL',
  homeViewId: 'V0HOME',
  /** The bot token the app is given; the local Web API accepts any token. */
  botToken: 'xoxb-local',
} as const;

export const HOME_CHANNEL = 'app_home';

export const MODAL_HINT = "(Modals can't be filled in in the local chat: type your question as a message instead; the answer is the same.)";

/** A message (or the App Home view) currently on screen, with the buttons it was shown with. */
export interface ShownMessage {
  channel: string;
  ts: string;
  threadTs?: string;
  ephemeral: boolean;
  text?: string;
  blocks?: unknown[];
  buttons: Button[];
  /** The published view, for App Home. */
  view?: Record<string, unknown>;
}

export interface NewMessage {
  channel: string;
  text?: string;
  blocks?: unknown[];
  threadTs?: string;
  ephemeral?: boolean;
}

/** A message as Slack's conversation methods return it: people's and the bot's, never ephemeral ones. */
export interface SaidMessage {
  type: 'message';
  channel: string;
  ts: string;
  thread_ts?: string;
  user: string;
  bot_id?: string;
  text: string;
  blocks?: unknown[];
  metadata?: unknown;
}

const key = (channel: string, ts: string) => `${channel}/${ts}`;

/**
 * What the local user sees: every message the bot showed, in order, printed as it arrives.
 * The receiver asks it which button a number means; the Web API and acks add to it.
 */
export class LocalWorkspace {
  readonly renderOptions: RenderOptions;
  private readonly messages = new Map<string, ShownMessage>();
  // Keys in the order they were last shown; an update moves a message to the end.
  private order: string[] = [];
  private readonly clockSeconds = Math.floor(Date.now() / 1000);
  private sequence = 0;
  private printed = 0;
  private readonly said: SaidMessage[] = [];

  constructor(private readonly options: { colour: boolean; write: (text: string) => void }) {
    this.renderOptions = {
      colour: options.colour,
      userNames: { [LOCAL.userId]: LOCAL.userName, [LOCAL.botUserId]: LOCAL.botName },
      channelNames: { [LOCAL.channelId]: LOCAL.channelName, [LOCAL.dmId]: 'dm' },
    };
  }

  /** A fresh Slack-style timestamp ("seconds.micro"), strictly increasing. */
  nextTs(): string {
    this.sequence += 1;
    return `${this.clockSeconds}.${String(this.sequence).padStart(6, '0')}`;
  }

  /** How many things have been printed so far; the chat compares it to notice a silent bot. */
  get printedCount(): number {
    return this.printed;
  }

  post(message: NewMessage): ShownMessage {
    const shown: ShownMessage = {
      channel: message.channel,
      ts: this.nextTs(),
      ephemeral: message.ephemeral ?? false,
      buttons: [],
      ...(message.threadTs ? { threadTs: message.threadTs } : {}),
      ...(message.text !== undefined ? { text: message.text } : {}),
      ...(message.blocks ? { blocks: message.blocks } : {}),
    };
    this.show(shown, false);
    return shown;
  }

  /** Records a message said in a conversation (by the user or the bot), for conversations.replies and .history. */
  record(message: SaidMessage): void {
    this.said.push(message);
  }

  /** Everything said in a channel, oldest first. */
  conversation(channel: string): SaidMessage[] {
    return this.said.filter((m) => m.channel === channel);
  }

  /** The thread of the bot's latest reply in a channel (its root ts), for `>` replies. */
  latestBotThread(channel: string): string | undefined {
    for (let i = this.said.length - 1; i >= 0; i--) {
      const m = this.said[i]!;
      if (m.channel === channel && m.bot_id !== undefined) return m.thread_ts ?? m.ts;
    }
    return undefined;
  }

  find(channel: string, ts: string): ShownMessage | undefined {
    return this.messages.get(key(channel, ts));
  }

  /** Replaces a message's content in place (chat.update, replace_original); undefined if unknown. */
  replace(channel: string, ts: string, content: { text?: string; blocks?: unknown[] }): ShownMessage | undefined {
    const old = this.find(channel, ts);
    if (!old) return undefined;
    const shown: ShownMessage = { ...old, text: content.text, blocks: content.blocks, buttons: [] };
    this.show(shown, true);
    return shown;
  }

  remove(channel: string, ts: string): boolean {
    const k = key(channel, ts);
    if (!this.messages.delete(k)) return false;
    this.order = this.order.filter((o) => o !== k);
    this.note('(the bot deleted a message)');
    return true;
  }

  /** Shows a published App Home view; the view's buttons become clickable like a message's. */
  publishHome(view: Record<string, unknown>): ShownMessage {
    const existing = this.find(HOME_CHANNEL, LOCAL.homeViewId);
    const shown: ShownMessage = {
      channel: HOME_CHANNEL,
      ts: LOCAL.homeViewId,
      ephemeral: false,
      buttons: [],
      view,
      blocks: Array.isArray(view.blocks) ? view.blocks : [],
    };
    this.show(shown, existing !== undefined);
    return shown;
  }

  /** Shows a modal the bot opened. Modals are not interactive here, so a note says what to do instead. */
  openModal(view: Record<string, unknown>): void {
    const title = (view.title as { text?: unknown } | undefined)?.text;
    const rendered = renderMessage(
      { blocks: Array.isArray(view.blocks) ? view.blocks : [] },
      {
        from: LOCAL.botName,
        place: `modal${typeof title === 'string' ? `: ${title}` : ''}`,
      },
      this.renderOptions,
    );
    this.print(`${rendered.text}\n`);
    this.note(MODAL_HINT);
  }

  react(_channel: string, ts: string, name: string): void {
    this.note(`(the bot reacted :${name}: to ${ts === this.lastUserTs ? 'your message' : 'a message'})`);
  }

  /** The ts of the user's latest message, so reactions on it read naturally. */
  lastUserTs?: string;

  /** A line from the chat itself, not from the bot. */
  note(text: string): void {
    this.print(`${renderNote(text, this.renderOptions)}\n`);
  }

  print(text: string): void {
    this.printed += 1;
    this.options.write(text);
  }

  /** The most recent message that has buttons, and its button with that number. */
  button(number: number): { message: ShownMessage; button: Button } | { problem: string } {
    for (let i = this.order.length - 1; i >= 0; i--) {
      const message = this.messages.get(this.order[i]!)!;
      if (!message.buttons.length) continue;
      const button = message.buttons.find((b) => b.number === number);
      if (button) return { message, button };
      const range = message.buttons.length === 1 ? 'only button 1' : `buttons 1–${message.buttons.length}`;
      return { problem: `There is no button ${number}: the latest message with buttons has ${range}.` };
    }
    return { problem: 'There are no buttons to click yet.' };
  }

  private place(channel: string): string {
    if (channel === HOME_CHANNEL) return 'App Home';
    if (channel === LOCAL.dmId) return 'DM';
    if (channel === LOCAL.channelId) return `#${LOCAL.channelName}`;
    return channel;
  }

  private show(message: ShownMessage, updated: boolean): void {
    const rendered = renderMessage(
      message,
      {
        from: LOCAL.botName,
        place: this.place(message.channel),
        inThread: message.threadTs !== undefined,
        ephemeral: message.ephemeral,
        updated,
      },
      this.renderOptions,
    );
    message.buttons = rendered.buttons;
    const k = key(message.channel, message.ts);
    this.messages.set(k, message);
    this.order = this.order.filter((o) => o !== k);
    this.order.push(k);
    this.print(`${rendered.text}\n`);
  }
}
