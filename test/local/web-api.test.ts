import { webApi as slackWebApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockProblems, startLocalWebApi, type LocalWebApi } from '../../src/local/web-api.js';
import { LocalWorkspace } from '../../src/local/workspace.js';

/** The local Web API through the real WebClient and real fetch, as the app uses it. */

let printed: string[];
let workspace: LocalWorkspace;
let api: LocalWebApi;
let client: slackWebApi.WebClient;

beforeEach(async () => {
  printed = [];
  workspace = new LocalWorkspace({ colour: false, write: (t) => printed.push(t) });
  api = await startLocalWebApi(workspace);
  client = new slackWebApi.WebClient('xoxb-local', {
    slackApiUrl: api.apiUrl,
    fetch: api.fetch,
    retryConfig: { retries: 0 },
    logLevel: slackWebApi.LogLevel.ERROR,
  });
});

afterEach(async () => {
  await api.close();
});

const respond = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('local Web API', () => {
  it('answers auth.test with the local bot identity', async () => {
    expect(await client.auth.test()).toMatchObject({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0LOCAL' });
  });

  it('posts, updates and deletes messages, showing each change', async () => {
    const posted = await client.chat.postMessage({
      channel: 'C0LOCAL',
      text: 'first',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*first*' } }],
    });
    expect(posted).toMatchObject({ ok: true, channel: 'C0LOCAL', message: { bot_id: 'B0BOT', text: 'first' } });
    await client.chat.update({ channel: 'C0LOCAL', ts: posted.ts!, text: 'second' });
    await client.chat.delete({ channel: 'C0LOCAL', ts: posted.ts! });
    expect(printed).toEqual(['bot (#local):\n  first\n', 'bot (#local, updated):\n  second\n', '(the bot deleted a message)\n']);
    await expect(client.chat.update({ channel: 'C0LOCAL', ts: posted.ts!, text: 'gone' })).rejects.toMatchObject({
      data: { error: 'message_not_found' },
    });
  });

  it('answers conversations.replies and .history with what was said, metadata only when asked for', async () => {
    const userTs = workspace.nextTs();
    workspace.record({ type: 'message', channel: 'C0LOCAL', ts: userTs, user: 'U0LOCAL', text: 'can containers run on vms?' });
    const metadata = { event_type: 'containers_or_vms_recommendation', event_payload: { state: 'v1;kernel=custom' } };
    const reply = await client.chat.postMessage({ channel: 'C0LOCAL', thread_ts: userTs, text: 'yes', metadata });
    await client.chat.postMessage({ channel: 'C0LOCAL', text: 'elsewhere' });
    const thread = await client.conversations.replies({ channel: 'C0LOCAL', ts: userTs, include_all_metadata: true });
    expect(thread.messages!.map((m) => [m.user, m.text])).toEqual([
      ['U0LOCAL', 'can containers run on vms?'],
      ['U0BOT', 'yes'],
    ]);
    expect(thread.messages![1]).toMatchObject({ ts: reply.ts, thread_ts: userTs, bot_id: 'B0BOT', metadata });
    const plain = await client.conversations.replies({ channel: 'C0LOCAL', ts: userTs });
    expect(plain.messages![1]!.metadata).toBeUndefined();
    const history = await client.conversations.history({ channel: 'C0LOCAL' });
    // Top-level messages only, newest first.
    expect(history.messages!.map((m) => m.text)).toEqual(['elsewhere', 'can containers run on vms?']);
    await expect(client.conversations.replies({ channel: 'C0LOCAL', ts: '1.000001' })).rejects.toMatchObject({
      data: { error: 'thread_not_found' },
    });
  });

  it('delivers a message to a user id in their DM, and opens that DM', async () => {
    expect(await client.conversations.open({ users: 'U0LOCAL' })).toMatchObject({ channel: { id: 'D0LOCAL' } });
    expect(await client.chat.postMessage({ channel: 'U0LOCAL', text: 'hello' })).toMatchObject({ channel: 'D0LOCAL' });
    expect(printed).toEqual(['bot (DM):\n  hello\n']);
  });

  it('refuses what Slack refuses: no text, broken Block Kit limits, ephemeral to a stranger', async () => {
    await expect(client.chat.postMessage({ channel: 'C0LOCAL', text: '' })).rejects.toMatchObject({ data: { error: 'no_text' } });
    const long = { type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } };
    await expect(client.chat.postMessage({ channel: 'C0LOCAL', text: 't', blocks: [long] })).rejects.toMatchObject({
      data: { error: 'invalid_blocks' },
    });
    await expect(client.chat.postEphemeral({ channel: 'C0LOCAL', user: 'U0OTHER', text: 'psst' })).rejects.toMatchObject({
      data: { error: 'user_not_in_channel' },
    });
    expect(printed).toEqual([]);
  });

  it('marks ephemeral messages, which chat.update cannot change, and publishes App Home', async () => {
    const ephemeral = await client.chat.postEphemeral({ channel: 'C0LOCAL', user: 'U0LOCAL', text: 'just you' });
    await expect(client.chat.update({ channel: 'C0LOCAL', ts: ephemeral.message_ts!, text: 'changed' })).rejects.toMatchObject({
      data: { error: 'message_not_found' },
    });
    const home = await client.views.publish({
      user_id: 'U0LOCAL',
      view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Welcome' } }] },
    });
    expect(home.view).toMatchObject({ id: 'V0HOME', type: 'home' });
    expect(printed).toEqual(['bot (#local, only you can see this):\n  just you\n', 'bot (App Home):\n  Welcome\n']);
  });

  it('says ok to methods it has no model of, so an extra call never breaks the chat', async () => {
    expect(await client.apiCall('users.profile.get')).toMatchObject({ ok: true });
    expect(api.calls.map((c) => c.method)).toEqual(['users.profile.get']);
  });

  it('follows response_url semantics: new ephemeral, replace_original, in_channel, delete_original', async () => {
    const url = api.responseUrl({ channel: 'C0LOCAL' });
    expect((await respond(url, { text: 'one' })).status).toBe(200);
    expect((await respond(url, { replace_original: true, text: 'two' })).status).toBe(200);
    expect((await respond(url, { response_type: 'in_channel', text: 'all' })).status).toBe(200);
    expect((await respond(url, { delete_original: true })).status).toBe(200);
    expect(printed).toEqual([
      'bot (#local, only you can see this):\n  one\n',
      'bot (#local, only you can see this, updated):\n  two\n',
      'bot (#local):\n  all\n',
      '(the bot deleted a message)\n',
    ]);
    expect((await respond(`${url}x`, { text: 'nope' })).status).toBe(404);
    expect(
      (await respond(url, { text: 'y', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }] })).status,
    ).toBe(400);
  });

  it('settles only once every call in flight has been answered', async () => {
    const call = client.chat.postMessage({ channel: 'C0LOCAL', text: 'in flight' });
    await api.settled();
    expect(printed).toEqual(['bot (#local):\n  in flight\n']);
    await call;
  });
});

describe('blockProblems', () => {
  const button = (text: string, value = 'v') => ({
    type: 'actions',
    elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text }, value }],
  });

  it("accepts blocks within Slack's limits", () => {
    expect(
      blockProblems([{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3000) } }, button('b'.repeat(75), 'v'.repeat(2000))]),
    ).toEqual([]);
    expect(blockProblems(undefined)).toEqual([]);
  });

  it('names each broken limit with a json-pointer, as Slack does', () => {
    expect(blockProblems(Array.from({ length: 51 }, () => ({ type: 'divider' })))).toEqual([
      'no more than 50 items allowed [json-pointer:/blocks]',
    ]);
    expect(blockProblems([button('b'.repeat(76), 'v'.repeat(2001))])).toEqual([
      'must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]',
      'must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]',
    ]);
    expect(
      blockProblems([
        { type: 'divider', block_id: 'x' },
        { type: 'divider', block_id: 'x' },
      ]),
    ).toEqual(['duplicate block_id [json-pointer:/blocks/1/block_id]']);
    expect(blockProblems('nope')).toEqual(['blocks must be an array']);
  });
});
