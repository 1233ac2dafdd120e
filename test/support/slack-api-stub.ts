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

export class SlackApiStub {
  readonly calls: RecordedCall[] = [];
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

  /** Calls that post something people see: messages, ephemerals, views, responses. */
  get visibleCalls(): RecordedCall[] {
    return this.calls.filter((c) => !['auth.test', 'apps.connections.open'].includes(c.method));
  }

  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
  }

  /** Resolves with the first call matching `predicate`, waiting up to `timeoutMs` for it. */
  async waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs = 5_000): Promise<RecordedCall> {
    const found = () => this.calls.find(predicate);
    const deadline = Date.now() + timeoutMs;
    while (!found()) {
      if (Date.now() > deadline) throw new Error(`No matching Web API call within ${timeoutMs} ms. Calls: ${this.calls.map((c) => c.method).join(', ') || 'none'}`);
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
        return { ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'containers-or-vms', team_id: 'T0001', user_id: this.botUserId, bot_id: this.botId };
      case 'chat.postMessage': {
        const ts = `${(this.ts += 1)}.000100`;
        return { ok: true, channel: args.channel, ts, message: { type: 'message', text: args.text, user: this.botUserId, bot_id: this.botId, ts } };
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
