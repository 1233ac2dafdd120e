import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCAL, type LocalWorkspace, type SaidMessage } from './workspace.js';
import { LIMITS } from '../slack/render/blocks.js';

/**
 * The Slack Web API and response_url endpoints, answered in-process on 127.0.0.1 and shown
 * in the local workspace. The app's WebClient reaches it through `slackApiUrl`, exactly as
 * it would reach slack.com, so listeners run unchanged.
 */

type Args = Record<string, unknown>;
type Result = Record<string, unknown> & { ok: boolean };

/** Where a response_url's messages go: the channel, and the message it may replace. */
export interface ResponseOrigin {
  channel: string;
  ts?: string;
  threadTs?: string;
}

export interface LocalWebApi {
  /** Base URL for WebClient's slackApiUrl, ending in "/". */
  readonly apiUrl: string;
  /** A response_url for an interaction that came from `origin`. */
  responseUrl(origin: ResponseOrigin): string;
  /** fetch that counts calls in flight; give it to the app so settled() sees them from the start. */
  readonly fetch: typeof globalThis.fetch;
  /** Resolves once no Web API call or response_url POST is in flight. */
  settled(): Promise<void>;
  /** Every call received, oldest first (method or "response_url", and its arguments). */
  readonly calls: ReadonlyArray<{ method: string; args: Args }>;
  close(): Promise<void>;
}

// Slack refuses a message that breaks a Block Kit limit (LIMITS, shared with the renderers) with invalid_blocks.

/** Problems Slack would report for these blocks, in its `errors` style; empty when valid. */
export function blockProblems(blocks: unknown, maxBlocks: number = LIMITS.blocksPerMessage): string[] {
  if (blocks === undefined) return [];
  if (!Array.isArray(blocks)) return ['blocks must be an array'];
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`no more than ${maxBlocks} items allowed [json-pointer:/blocks]`);
  const seen = new Set<string>();
  const textOf = (t: unknown) => (t && typeof t === 'object' ? (t as Args).text : undefined);
  const checkLength = (value: unknown, max: number, pointer: string) => {
    if (typeof value === 'string' && value.length > max) problems.push(`must be less than ${max + 1} characters [json-pointer:${pointer}]`);
  };
  blocks.forEach((raw, i) => {
    const block = (raw ?? {}) as Args;
    const at = `/blocks/${i}`;
    if (typeof block.type !== 'string') problems.push(`missing required field: type [json-pointer:${at}]`);
    if (typeof block.block_id === 'string') {
      if (seen.has(block.block_id)) problems.push(`duplicate block_id [json-pointer:${at}/block_id]`);
      seen.add(block.block_id);
      checkLength(block.block_id, LIMITS.blockId, `${at}/block_id`);
    }
    if (block.type === 'section') {
      checkLength(textOf(block.text), LIMITS.sectionText, `${at}/text/text`);
      if (block.text === undefined && !Array.isArray(block.fields))
        problems.push(`must provide either text or fields [json-pointer:${at}]`);
    }
    if (block.type === 'header') checkLength(textOf(block.text), LIMITS.headerText, `${at}/text/text`);
    const elements = [...(Array.isArray(block.elements) ? block.elements : []), ...(block.accessory ? [block.accessory] : [])];
    elements.forEach((rawElement, j) => {
      const el = (rawElement ?? {}) as Args;
      if (el.type !== 'button') return;
      const elAt = `${at}/elements/${j}`;
      checkLength(textOf(el.text), LIMITS.buttonText, `${elAt}/text/text`);
      checkLength(el.value, LIMITS.buttonValue, `${elAt}/value`);
      checkLength(el.action_id, LIMITS.actionId, `${elAt}/action_id`);
    });
  });
  return problems;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

function messageProblem(args: Args, maxBlocks?: number): Result | undefined {
  if (str(args.text) === undefined && !list(args.blocks)?.length && !list(args.attachments)?.length) return { ok: false, error: 'no_text' };
  const problems = blockProblems(args.blocks, maxBlocks);
  if (problems.length) return { ok: false, error: 'invalid_blocks', errors: problems };
  return undefined;
}

// Messages to a user id land in that user's DM, as with Slack's chat.postMessage.
const channelOf = (channel: string) => (channel === LOCAL.userId ? LOCAL.dmId : channel);

function botMessage(ts: string, args: Args) {
  return {
    type: 'message',
    user: LOCAL.botUserId,
    bot_id: LOCAL.botId,
    app_id: LOCAL.appId,
    team: LOCAL.teamId,
    ts,
    text: str(args.text) ?? '',
    ...(list(args.blocks) ? { blocks: args.blocks } : {}),
    ...(str(args.thread_ts) ? { thread_ts: args.thread_ts } : {}),
  };
}

/** A bot message as the conversation methods return it, with its metadata. */
function saidByBot(channel: string, ts: string, args: Args): SaidMessage {
  return {
    type: 'message',
    channel,
    ts,
    user: LOCAL.botUserId,
    bot_id: LOCAL.botId,
    text: str(args.text) ?? '',
    ...(str(args.thread_ts) ? { thread_ts: str(args.thread_ts) } : {}),
    ...(list(args.blocks) ? { blocks: list(args.blocks) } : {}),
    ...(args.metadata && typeof args.metadata === 'object' ? { metadata: args.metadata } : {}),
  };
}

const tsCompare = (a: string, b: string) => {
  const [as = 0, au = 0] = a.split('.').map(Number);
  const [bs = 0, bu = 0] = b.split('.').map(Number);
  return as - bs || au - bu;
};

// As Slack: metadata only with include_all_metadata, and no channel field on each message.
function shownMessages(messages: SaidMessage[], args: Args): Args[] {
  const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
  return messages.map(({ channel: _channel, metadata, ...rest }) => ({
    ...rest,
    ...(withMetadata && metadata !== undefined ? { metadata } : {}),
  }));
}

// The fields Slack adds to every view it stores, so clicks in a view carry Slack's view shape.
const viewDefaults = (id: string) => ({
  id,
  team_id: LOCAL.teamId,
  app_id: LOCAL.appId,
  bot_id: LOCAL.botId,
  app_installed_team_id: LOCAL.teamId,
  state: { values: {} },
  private_metadata: '',
  callback_id: '',
  external_id: '',
  root_view_id: id,
  previous_view_id: null,
  title: { type: 'plain_text', text: 'View Title', emoji: true },
  close: null,
  submit: null,
  clear_on_close: false,
  notify_on_close: false,
});

function methods(workspace: LocalWorkspace): Record<string, (args: Args) => Result> {
  return {
    'auth.test': () => ({
      ok: true,
      url: `https://${LOCAL.teamDomain}.slack.com/`,
      team: LOCAL.teamDomain,
      user: LOCAL.botName,
      team_id: LOCAL.teamId,
      user_id: LOCAL.botUserId,
      bot_id: LOCAL.botId,
      is_enterprise_install: false,
    }),
    'chat.postMessage': (args) => {
      const channel = str(args.channel);
      if (!channel) return { ok: false, error: 'channel_not_found' };
      const problem = messageProblem(args);
      if (problem) return problem;
      const shown = workspace.post({
        channel: channelOf(channel),
        text: str(args.text),
        blocks: list(args.blocks),
        threadTs: str(args.thread_ts),
      });
      workspace.record(saidByBot(shown.channel, shown.ts, args));
      return { ok: true, channel: shown.channel, ts: shown.ts, message: botMessage(shown.ts, args) };
    },
    'chat.postEphemeral': (args) => {
      const channel = str(args.channel);
      if (!channel) return { ok: false, error: 'channel_not_found' };
      if (str(args.user) !== LOCAL.userId) return { ok: false, error: 'user_not_in_channel' };
      const problem = messageProblem(args);
      if (problem) return problem;
      const shown = workspace.post({
        channel: channelOf(channel),
        text: str(args.text),
        blocks: list(args.blocks),
        threadTs: str(args.thread_ts),
        ephemeral: true,
      });
      return { ok: true, message_ts: shown.ts };
    },
    'chat.update': (args) => {
      const channel = str(args.channel);
      const ts = str(args.ts);
      if (!channel || !ts) return { ok: false, error: 'message_not_found' };
      // Ephemeral messages can only be changed through their response_url, as in Slack.
      if (workspace.find(channelOf(channel), ts)?.ephemeral !== false) return { ok: false, error: 'message_not_found' };
      const problem = messageProblem(args);
      if (problem) return problem;
      const shown = workspace.replace(channelOf(channel), ts, { text: str(args.text), blocks: list(args.blocks) })!;
      return { ok: true, channel: shown.channel, ts, text: str(args.text) ?? '', message: botMessage(ts, args) };
    },
    'chat.delete': (args) => {
      const channel = str(args.channel);
      const ts = str(args.ts);
      if (!channel || !ts || workspace.find(channelOf(channel), ts)?.ephemeral !== false) return { ok: false, error: 'message_not_found' };
      workspace.remove(channelOf(channel), ts);
      return { ok: true, channel, ts };
    },
    'views.publish': (args) => {
      const view = args.view && typeof args.view === 'object' ? (args.view as Args) : undefined;
      if (!view || view.type !== 'home') return { ok: false, error: 'invalid_arguments' };
      if (str(args.user_id) !== LOCAL.userId) return { ok: false, error: 'user_not_found' };
      const problems = blockProblems(view.blocks, LIMITS.blocksPerView);
      if (problems.length) return { ok: false, error: 'invalid_arguments', response_metadata: { messages: problems } };
      const published = { ...viewDefaults(LOCAL.homeViewId), hash: workspace.nextTs(), ...view };
      workspace.publishHome(published);
      return { ok: true, view: published };
    },
    'views.open': (args) => {
      const view = args.view && typeof args.view === 'object' ? (args.view as Args) : undefined;
      if (!str(args.trigger_id)) return { ok: false, error: 'invalid_trigger_id' };
      if (!view || view.type !== 'modal' || !str((view.title as Args | undefined)?.text)) return { ok: false, error: 'invalid_arguments' };
      const problems = blockProblems(view.blocks, LIMITS.blocksPerView);
      if (problems.length) return { ok: false, error: 'invalid_arguments', response_metadata: { messages: problems } };
      const hash = workspace.nextTs();
      const opened = { ...viewDefaults(`V0MODAL${hash.replace('.', '')}`), hash, ...view };
      workspace.openModal(opened);
      return { ok: true, view: opened };
    },
    'conversations.open': (args) => {
      const users = str(args.users) ?? '';
      if (users !== LOCAL.userId && str(args.channel) !== LOCAL.dmId) return { ok: false, error: 'user_not_found' };
      return { ok: true, channel: { id: LOCAL.dmId } };
    },
    'reactions.add': (args) => {
      const channel = str(args.channel);
      const ts = str(args.timestamp);
      const name = str(args.name);
      if (!channel || !ts || !name) return { ok: false, error: 'invalid_arguments' };
      workspace.react(channel, ts, name);
      return { ok: true };
    },
    'conversations.replies': (args) => {
      const channel = str(args.channel);
      const ts = str(args.ts);
      if (!channel || !ts) return { ok: false, error: 'invalid_arguments' };
      const thread = workspace.conversation(channelOf(channel)).filter((m) => m.ts === ts || m.thread_ts === ts);
      if (thread.length === 0) return { ok: false, error: 'thread_not_found' };
      return { ok: true, messages: shownMessages(thread, args), has_more: false };
    },
    'conversations.history': (args) => {
      const channel = str(args.channel);
      if (!channel) return { ok: false, error: 'channel_not_found' };
      const inclusive = args.inclusive === true || args.inclusive === 'true';
      const latest = str(args.latest);
      const oldest = str(args.oldest);
      const limit = Number(args.limit ?? 100) || 100;
      const top = workspace
        .conversation(channelOf(channel))
        .filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts)
        .filter((m) => !latest || (inclusive ? tsCompare(m.ts, latest) <= 0 : tsCompare(m.ts, latest) < 0))
        .filter((m) => !oldest || (inclusive ? tsCompare(m.ts, oldest) >= 0 : tsCompare(m.ts, oldest) > 0))
        .reverse()
        .slice(0, limit);
      return { ok: true, messages: shownMessages(top, args), has_more: false };
    },
    'chat.getPermalink': (args) => ({
      ok: true,
      channel: args.channel,
      permalink: `https://${LOCAL.teamDomain}.slack.com/archives/${String(args.channel)}/p${String(args.message_ts).replace('.', '')}`,
    }),
  };
}

// WebClient sends nested arguments (blocks, view, …) as JSON strings inside a form body.
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);

async function readBody(req: IncomingMessage, limit = 2 * 1024 * 1024): Promise<Args> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(raw) as Args;
  const args: Args = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(name) && /^[[{]/.test(value)) {
      try {
        args[name] = JSON.parse(value);
        continue;
      } catch {
        // Slack treats unparsable JSON as a plain string; the method then rejects it.
      }
    }
    args[name] = value;
  }
  return args;
}

function respondTo(workspace: LocalWorkspace, origin: ResponseOrigin, body: Args): Result {
  if (body.delete_original === true || body.delete_original === 'true') {
    if (origin.ts) workspace.remove(origin.channel, origin.ts);
    return { ok: true };
  }
  const problem = messageProblem(body);
  if (problem) return problem;
  const content = { text: str(body.text), blocks: list(body.blocks) };
  if ((body.replace_original === true || body.replace_original === 'true') && origin.ts) {
    const shown = workspace.replace(origin.channel, origin.ts, content);
    if (shown) return { ok: true };
  }
  const shown = workspace.post({
    channel: origin.channel,
    ...content,
    threadTs: str(body.thread_ts) ?? origin.threadTs,
    ephemeral: body.response_type !== 'in_channel',
  });
  if (!shown.ephemeral)
    workspace.record(saidByBot(shown.channel, shown.ts, { text: content.text, blocks: content.blocks, thread_ts: shown.threadTs }));
  // Later responses through the same URL replace the message it produced, as in Slack.
  if (!origin.ts) origin.ts = shown.ts;
  return { ok: true };
}

/** Starts the local Web API on 127.0.0.1 and an ephemeral port. */
export async function startLocalWebApi(workspace: LocalWorkspace): Promise<LocalWebApi> {
  const table = methods(workspace);
  const origins = new Map<string, ResponseOrigin>();
  const calls: Array<{ method: string; args: Args }> = [];
  const inFlight = new Set<Promise<unknown>>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, result: Result) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(result));
    };
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let args: Args;
    try {
      args = req.method === 'POST' ? await readBody(req) : Object.fromEntries(url.searchParams);
    } catch {
      send(400, { ok: false, error: 'invalid_form_data' });
      return;
    }
    const response = /^\/response\/([\w-]+)$/.exec(url.pathname);
    if (response) {
      calls.push({ method: 'response_url', args });
      const origin = origins.get(response[1]!);
      if (!origin) return send(404, { ok: false, error: 'expired_url' });
      const result = respondTo(workspace, origin, args);
      return send(result.ok ? 200 : 400, result);
    }
    const method = /^\/api\/([\w.]+)$/.exec(url.pathname)?.[1];
    if (!method) return send(404, { ok: false, error: 'unknown_method' });
    calls.push({ method, args });
    // Methods the listeners are not expected to call still succeed, so an extra call never breaks the chat.
    send(200, table[method]?.(args) ?? { ok: true });
  };

  const server = createServer((req, res) => {
    const done = handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let nextOrigin = 0;

  const trackingFetch: typeof globalThis.fetch = (input, init) => {
    const call = globalThis.fetch(input, init);
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call)).catch(() => undefined);
    return call;
  };

  return {
    apiUrl: `${base}/api/`,
    responseUrl(origin) {
      nextOrigin += 1;
      const id = `R${nextOrigin}`;
      origins.set(id, origin);
      return `${base}/response/${id}`;
    },
    fetch: trackingFetch,
    calls,
    async settled() {
      // A listener may start a call without awaiting it; let such calls begin before checking.
      for (let round = 0; round < 100; round++) {
        await new Promise((resolve) => setImmediate(resolve));
        if (inFlight.size === 0) return;
        await Promise.allSettled([...inFlight]);
      }
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
