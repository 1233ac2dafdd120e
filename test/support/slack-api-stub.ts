import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Slack's Web API and for `response_url` targets. It records every call
 * (method, parsed arguments, token) and answers ok:true with plausible shapes; failures can be
 * queued per method. Reach it through SLACK_API_URL = `${stub.apiUrl}`.
 */

export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `response_url` for posts to a response URL. */
  method: string;
  args: Record<string, unknown>;
  token?: string;
  /** For response_url posts: the id in /response/<id>. */
  responseId?: string;
  /** The body exactly as received. */
  raw: string;
  /** Date.now() when the request arrived. */
  at: number;
  /** Set once the stub's answer was fully written (not for hang-ups or answers cut off by the client). */
  answered?: boolean;
}

export interface StubFailure {
  status?: number;
  body?: Record<string, unknown>;
  retryAfter?: number;
  /** Destroy the socket without answering. */
  hangUp?: boolean;
  /** Wait this long before answering; with nothing else set, the answer is the normal ok:true one. */
  delayMs?: number;
}

export interface SlackApiStubOptions {
  botUserId?: string;
  botId?: string;
  /** URL apps.connections.open returns (Socket Mode tests). */
  socketUrl?: string;
}

/** A message as Slack's conversation methods return it. */
export interface StoredMessage {
  type: 'message';
  channel: string;
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  text: string;
  blocks?: unknown;
  metadata?: unknown;
}

const tsOrder = (a: string, b: string) => {
  const [as = 0, au = 0] = a.split('.').map(Number);
  const [bs = 0, bu = 0] = b.split('.').map(Number);
  return as - bs || au - bu;
};

export class SlackApiStub {
  readonly calls: RecordedCall[] = [];
  /**
   * What was said, per channel: the bot's chat.postMessage calls and the people's messages the
   * tests delivered as events (see `said`). conversations.replies and .history answer from it.
   */
  readonly conversations = new Map<string, StoredMessage[]>();
  private readonly failures = new Map<string, StubFailure[]>();
  private server?: Server;
  private ts = 1_700_000_000;
  private listeners: (() => void)[] = [];
  socketUrl?: string;

  constructor(private readonly options: SlackApiStubOptions = {}) {
    this.socketUrl = options.socketUrl;
  }

  get botUserId(): string {
    return this.options.botUserId ?? 'UBOT0001';
  }

  get botId(): string {
    return this.options.botId ?? 'BBOT0001';
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ answer, call }) => {
          if (answer === 'hang-up') {
            req.socket.destroy();
            return;
          }
          if (call) res.on('finish', () => (call.answered = true));
          res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
          res.end(JSON.stringify(answer.body));
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  get origin(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The Web API base URL, for SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A response_url served by this stub. */
  responseUrl(id: string): string {
    return `${this.origin}/response/${id}`;
  }

  /** Delays the normal answer to the next call(s) to a method. */
  delayNext(method: string, delayMs: number, times = 1): void {
    this.failNext(method, { delayMs }, times);
  }

  /** Queues a failure for the next call(s) to a method. */
  failNext(method: string, failure: StubFailure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.failures.set(method, queue);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Calls that post something people see: messages, ephemerals, views, responses (not reads). */
  get visibleCalls(): RecordedCall[] {
    // Reading a conversation (conversations.replies, .history) shows nothing to anyone.
    return this.calls.filter(
      (c) => !['auth.test', 'apps.connections.open', 'conversations.replies', 'conversations.history'].includes(c.method),
    );
  }

  /** Clears the recorded calls and queued failures; what was said stays, as in a workspace. */
  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
  }

  /** A fresh message timestamp, later than every message so far. */
  nextTs(): string {
    this.ts += 1;
    return `${this.ts}.000100`;
  }

  /** Records a person's message (an event the test delivers), so the conversation methods return it. */
  said(event: Record<string, unknown>): void {
    if ((event.type !== 'message' && event.type !== 'app_mention') || typeof event.channel !== 'string' || typeof event.ts !== 'string')
      return;
    const list = this.conversations.get(event.channel) ?? [];
    // A mention arrives as app_mention and as message: one message in the channel.
    if (list.some((m) => m.ts === event.ts)) return;
    list.push({
      type: 'message',
      channel: event.channel,
      ts: event.ts,
      text: String(event.text ?? ''),
      ...(typeof event.thread_ts === 'string' ? { thread_ts: event.thread_ts } : {}),
      ...(typeof event.user === 'string' ? { user: event.user } : {}),
      ...(typeof event.bot_id === 'string' ? { bot_id: event.bot_id } : {}),
      ...(typeof event.subtype === 'string' ? { subtype: event.subtype } : {}),
    });
    list.sort((a, b) => tsOrder(a.ts, b.ts));
    this.conversations.set(event.channel, list);
    const seconds = Math.floor(Number(event.ts));
    if (seconds > this.ts) this.ts = seconds;
  }

  private posted(args: Record<string, unknown>, ts: string): StoredMessage {
    const channel = String(args.channel);
    const message: StoredMessage = {
      type: 'message',
      channel,
      ts,
      user: this.botUserId,
      bot_id: this.botId,
      text: String(args.text ?? ''),
      ...(typeof args.thread_ts === 'string' ? { thread_ts: args.thread_ts } : {}),
      ...(args.blocks !== undefined ? { blocks: args.blocks } : {}),
      ...(args.metadata !== undefined ? { metadata: args.metadata } : {}),
    };
    const list = this.conversations.get(channel) ?? [];
    list.push(message);
    this.conversations.set(channel, list);
    return message;
  }

  // Slack leaves metadata out unless include_all_metadata is set, and the channel out of messages.
  private shown(messages: StoredMessage[], args: Record<string, unknown>): Record<string, unknown>[] {
    const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
    return messages.map(({ channel: _channel, metadata, ...rest }) => ({
      ...rest,
      ...(withMetadata && metadata !== undefined ? { metadata } : {}),
    }));
  }

  /** Resolves with the first call matching `predicate`, waiting up to `timeoutMs` for it. */
  async waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs = 5_000): Promise<RecordedCall> {
    const found = () => this.calls.find(predicate);
    const deadline = Date.now() + timeoutMs;
    while (!found()) {
      if (Date.now() > deadline)
        throw new Error(`No matching Web API call within ${timeoutMs} ms. Calls: ${this.calls.map((c) => c.method).join(', ') || 'none'}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.listeners.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return found()!;
  }

  private record(call: RecordedCall): RecordedCall {
    this.calls.push(call);
    for (const wake of this.listeners.splice(0)) wake();
    return call;
  }

  private async handle(req: IncomingMessage): Promise<{ answer: Answer; call?: RecordedCall }> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.origin);
    const response = /^\/response\/([^/]+)$/.exec(url.pathname);
    if (response) {
      const call = this.record({ method: 'response_url', args: parseJson(raw), responseId: response[1], raw, at: Date.now() });
      return { answer: { status: 200, body: { ok: true } }, call };
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const args = (req.headers['content-type'] ?? '').includes('application/json') ? parseJson(raw) : parseForm(raw);
    const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/, '') || (args.token as string | undefined);
    const call = this.record({ method, args, token, raw, at: Date.now() });
    const failure = this.failures.get(method)?.shift();
    if (failure?.delayMs) await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
    if (failure?.hangUp) return { answer: 'hang-up' };
    if (failure && (failure.status !== undefined || failure.body !== undefined || failure.retryAfter !== undefined)) {
      return {
        answer: {
          status: failure.status ?? 200,
          body: failure.body ?? { ok: false, error: 'internal_error' },
          headers: failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : undefined,
        },
        call,
      };
    }
    return { answer: { status: 200, body: this.answer(method, args) }, call };
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://example.slack.com/',
          team: 'Example',
          user: 'containers-or-vms',
          team_id: 'T0001',
          user_id: this.botUserId,
          bot_id: this.botId,
        };
      case 'chat.postMessage': {
        const ts = this.nextTs();
        this.posted(args, ts);
        return {
          ok: true,
          channel: args.channel,
          ts,
          message: { type: 'message', text: args.text, user: this.botUserId, bot_id: this.botId, ts },
        };
      }
      case 'conversations.replies': {
        const all = this.conversations.get(String(args.channel)) ?? [];
        const thread = all.filter((m) => m.ts === args.ts || m.thread_ts === args.ts);
        if (thread.length === 0) return { ok: false, error: 'thread_not_found' };
        // As Slack does: oldest first, `limit` a page (default 100), up to `latest`, then a cursor for the rest.
        const inclusive = args.inclusive === true || args.inclusive === 'true';
        const shown = thread.filter(
          (m) => typeof args.latest !== 'string' || (inclusive ? tsOrder(m.ts, args.latest) <= 0 : tsOrder(m.ts, args.latest) < 0),
        );
        const limit = Number(args.limit ?? 100) || 100;
        const from = typeof args.cursor === 'string' && args.cursor !== '' ? Number(args.cursor.replace('page:', '')) : 0;
        const page = shown.slice(from, from + limit);
        const more = from + limit < shown.length;
        return {
          ok: true,
          messages: this.shown(page, args),
          has_more: more,
          ...(more ? { response_metadata: { next_cursor: `page:${from + limit}` } } : {}),
        };
      }
      case 'conversations.history': {
        const all = this.conversations.get(String(args.channel)) ?? [];
        const inclusive = args.inclusive === true || args.inclusive === 'true';
        const inRange = (ts: string) => {
          if (typeof args.latest === 'string' && (inclusive ? tsOrder(ts, args.latest) > 0 : tsOrder(ts, args.latest) >= 0)) return false;
          if (typeof args.oldest === 'string' && (inclusive ? tsOrder(ts, args.oldest) < 0 : tsOrder(ts, args.oldest) <= 0)) return false;
          return true;
        };
        const limit = Number(args.limit ?? 100) || 100;
        const top = all
          .filter((m) => (m.thread_ts === undefined || m.thread_ts === m.ts) && inRange(m.ts))
          .reverse()
          .slice(0, limit);
        return { ok: true, messages: this.shown(top, args), has_more: false };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${(this.ts += 1)}.000200` };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users ?? 'X').replace(/[^A-Z0-9]/g, '')}` } };
      case 'views.publish':
        return { ok: true, view: { id: 'V0001', type: 'home' } };
      case 'apps.connections.open':
        return this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'not_configured' };
      default:
        return { ok: true };
    }
  }
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> } | 'hang-up';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): Record<string, unknown> {
  try {
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  } catch {
    return { _unparsed: raw };
  }
}

// The web client form-encodes arguments and JSON-encodes nested ones (blocks, view).
function parseForm(raw: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? parseJson(value) : value;
  }
  return out;
}
