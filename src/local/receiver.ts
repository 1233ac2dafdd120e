import { randomUUID } from 'node:crypto';
import type { App, Receiver } from '@slack/bolt';
import { escapeEntities } from '../slack/render/mrkdwn.js';
import type { LocalWebApi, ResponseOrigin } from './web-api.js';
import { HOME_CHANNEL, LOCAL, type LocalWorkspace, type ShownMessage } from './workspace.js';

/**
 * A Bolt Receiver for the terminal: each thing the local user does becomes the payload Slack
 * would send for it (Events API, slash command, block_actions), handed to app.processEvent.
 * Bolt's own middleware and the app's listeners then run exactly as they do for Slack.
 */

type Body = Record<string, unknown>;

// Slack escapes `&`, `<` and `>` in everything a user types before it reaches an app.
const escapeUserText = escapeEntities;

export class LocalReceiver implements Receiver {
  private app?: App;
  private sequence = 0;

  constructor(private readonly local: { workspace: LocalWorkspace; webApi: LocalWebApi }) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<this> {
    return this;
  }

  async stop(): Promise<void> {}

  /** A direct message from the local user to the bot (message.im). */
  async directMessage(text: string): Promise<void> {
    await this.event(this.userMessage('message', LOCAL.dmId, escapeUserText(text), { channel_type: 'im' }));
  }

  /** A mention of the bot in #local (app_mention), or in a thread there; the text follows "<@U0BOT> ". */
  async mention(text: string, threadTs?: string): Promise<void> {
    const mentionText = `<@${LOCAL.botUserId}>${text ? ` ${escapeUserText(text)}` : ''}`;
    await this.event(this.userMessage('app_mention', LOCAL.channelId, mentionText, threadTs ? { thread_ts: threadTs } : {}));
  }

  /** A top-level message in #local without a mention (message.channels). */
  async channelMessage(text: string): Promise<void> {
    await this.event(this.userMessage('message', LOCAL.channelId, escapeUserText(text), { channel_type: 'channel' }));
  }

  /** A reply in the thread of the bot's latest reply in #local (message.channels), or why there is none. */
  async threadReply(text: string): Promise<string | undefined> {
    const threadTs = this.local.workspace.latestBotThread(LOCAL.channelId);
    if (!threadTs) return `There is no bot reply in #${LOCAL.channelName} to reply to yet: mention the bot first (@bot <question>).`;
    await this.event(this.userMessage('message', LOCAL.channelId, escapeUserText(text), { channel_type: 'channel', thread_ts: threadTs }));
    return undefined;
  }

  /** The thread of the bot's latest reply in #local, if any. */
  latestThread(): string | undefined {
    return this.local.workspace.latestBotThread(LOCAL.channelId);
  }

  /** The user opening the bot's Home tab (app_home_opened). */
  async openHome(): Promise<void> {
    const ts = this.local.workspace.nextTs();
    const view = this.local.workspace.find(HOME_CHANNEL, LOCAL.homeViewId)?.view;
    await this.event({
      type: 'app_home_opened',
      user: LOCAL.userId,
      channel: LOCAL.dmId,
      tab: 'home',
      event_ts: ts,
      ...(view ? { view } : {}),
    });
  }

  /** A slash command run in #local, sent as Slack sends it: form fields, all strings. */
  async command(command: string, text: string): Promise<void> {
    const origin: ResponseOrigin = { channel: LOCAL.channelId };
    const body: Body = {
      token: 'local-verification-token',
      team_id: LOCAL.teamId,
      team_domain: LOCAL.teamDomain,
      channel_id: LOCAL.channelId,
      channel_name: LOCAL.channelName,
      user_id: LOCAL.userId,
      user_name: LOCAL.userName,
      command,
      text: escapeUserText(text),
      api_app_id: LOCAL.appId,
      is_enterprise_install: 'false',
      response_url: this.local.webApi.responseUrl(origin),
      trigger_id: this.triggerId(),
    };
    await this.dispatch(body, (response) => {
      const shown = this.showAckResponse(response, origin);
      if (shown && !origin.ts) origin.ts = shown.ts;
    });
  }

  /**
   * Clicks button `number` of the most recent message with buttons (block_actions), or returns
   * why it cannot.
   */
  async click(number: number): Promise<string | undefined> {
    const target = this.local.workspace.button(number);
    if ('problem' in target) return target.problem;
    const { message, button } = target;
    const action = {
      type: 'button',
      block_id: button.blockId,
      action_id: button.actionId,
      text: { type: 'plain_text', text: button.text, emoji: true },
      ...(button.value !== undefined ? { value: button.value } : {}),
      ...(button.url !== undefined ? { url: button.url } : {}),
      ...(button.style !== undefined ? { style: button.style } : {}),
      action_ts: this.local.workspace.nextTs(),
    };
    const body: Body = {
      type: 'block_actions',
      user: { id: LOCAL.userId, username: LOCAL.userName, name: LOCAL.userName, team_id: LOCAL.teamId },
      api_app_id: LOCAL.appId,
      token: 'local-verification-token',
      trigger_id: this.triggerId(),
      team: { id: LOCAL.teamId, domain: LOCAL.teamDomain },
      enterprise: null,
      is_enterprise_install: false,
      state: { values: {} },
      actions: [action],
      ...(message.view ? this.viewContext(message) : this.messageContext(message)),
    };
    await this.dispatch(body, () => undefined);
    return undefined;
  }

  private viewContext(message: ShownMessage): Body {
    return { container: { type: 'view', view_id: message.view!.id ?? LOCAL.homeViewId }, view: message.view };
  }

  private messageContext(message: ShownMessage): Body {
    const thread = message.threadTs ? { thread_ts: message.threadTs } : {};
    return {
      container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: message.ephemeral, ...thread },
      channel: { id: message.channel, name: message.channel === LOCAL.channelId ? LOCAL.channelName : 'directmessage' },
      // Slack leaves the message out of block_actions for ephemeral messages; only the container names it.
      ...(message.ephemeral
        ? {}
        : {
            message: {
              type: 'message',
              user: LOCAL.botUserId,
              bot_id: LOCAL.botId,
              app_id: LOCAL.appId,
              team: LOCAL.teamId,
              ts: message.ts,
              text: message.text ?? '',
              ...(message.blocks ? { blocks: message.blocks } : {}),
              ...thread,
            },
          }),
      response_url: this.local.webApi.responseUrl({
        channel: message.channel,
        ts: message.ts,
        ...(message.threadTs ? { threadTs: message.threadTs } : {}),
      }),
    };
  }

  private userMessage(type: 'message' | 'app_mention', channel: string, text: string, extra: Body = {}): Body {
    const ts = this.local.workspace.nextTs();
    this.local.workspace.lastUserTs = ts;
    this.local.workspace.record({
      type: 'message',
      channel,
      ts,
      user: LOCAL.userId,
      text,
      ...(typeof extra.thread_ts === 'string' ? { thread_ts: extra.thread_ts } : {}),
    });
    return {
      type,
      user: LOCAL.userId,
      text,
      ts,
      team: LOCAL.teamId,
      channel,
      event_ts: ts,
      client_msg_id: randomUUID(),
      blocks: [
        { type: 'rich_text', block_id: ts.replace('.', ''), elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] },
      ],
      ...extra,
    };
  }

  private async event(event: Body): Promise<void> {
    this.sequence += 1;
    const body: Body = {
      token: 'local-verification-token',
      team_id: LOCAL.teamId,
      context_team_id: LOCAL.teamId,
      context_enterprise_id: null,
      api_app_id: LOCAL.appId,
      event,
      type: 'event_callback',
      // Fresh per line, so an app that drops retried deliveries by event_id still sees repeats.
      event_id: `Ev${Date.now().toString(36).toUpperCase()}L${this.sequence}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        { enterprise_id: null, team_id: LOCAL.teamId, user_id: LOCAL.botUserId, is_bot: true, is_enterprise_install: false },
      ],
      is_ext_shared_channel: false,
      event_context: `4-local-${this.sequence}`,
    };
    await this.dispatch(body, () => undefined);
  }

  private triggerId(): string {
    this.sequence += 1;
    return `${this.sequence}.local.${randomUUID().replace(/-/g, '')}`;
  }

  // An ack body for a slash command is shown as Slack shows it: a message from the bot,
  // ephemeral unless response_type is in_channel.
  private showAckResponse(response: unknown, origin: ResponseOrigin): ShownMessage | undefined {
    if (response === undefined || response === null || response === '') return undefined;
    const content = typeof response === 'string' ? { text: response } : (response as Body);
    const text = typeof content.text === 'string' ? content.text : undefined;
    const blocks = Array.isArray(content.blocks) ? content.blocks : undefined;
    if (text === undefined && !blocks) return undefined;
    return this.local.workspace.post({ channel: origin.channel, text, blocks, ephemeral: content.response_type !== 'in_channel' });
  }

  private async dispatch(body: Body, onAck: (response: unknown) => void): Promise<void> {
    if (!this.app) throw new Error('LocalReceiver: init(app) was not called');
    let acked = false;
    await this.app.processEvent({
      body,
      ack: async (response?: unknown) => {
        // Slack keeps the first acknowledgement only.
        if (acked) return;
        acked = true;
        onAck(response);
      },
      retryNum: undefined,
      retryReason: undefined,
      customProperties: {},
    });
  }
}
