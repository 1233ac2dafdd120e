import { PassThrough, Writable } from 'node:stream';
import { App, LogLevel, type BlockAction, type ButtonAction } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { runLocalChat, type LocalTransport } from '../../src/local/chat.js';

/**
 * The chat loop and receiver against a small Bolt app of our own: real App, real middleware,
 * real WebClient over HTTP to the local Web API. The real bot is covered by transcript tests.
 */

const buttons = (...labels: string[]) => ({
  type: 'actions',
  block_id: 'choices',
  elements: labels.map((label) => ({
    type: 'button',
    action_id: 'pick',
    text: { type: 'plain_text', text: label },
    value: label.toLowerCase(),
  })),
});

// Listener errors here are deliberate; the chat's own logger records them.
const quietLogger = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };

function tinyApp(bodies: Record<string, unknown>[]) {
  return (transport: LocalTransport) => {
    const app = new App({ ...transport, logger: quietLogger });
    app.use(async ({ body, next }) => {
      bodies.push(body as Record<string, unknown>);
      await next();
    });
    app.message(/^slow/, async ({ client, message }) => {
      // Not awaited: the chat must still wait for this call before reading the next line.
      void Promise.resolve().then(() => client.chat.postMessage({ channel: message.channel, text: 'late but in order' }));
    });
    app.message(/^silent/, async () => {});
    app.message(/^boom/, async () => {
      throw new Error('listener failed');
    });
    app.message(/^ask/, async ({ say }) => {
      await say({ text: 'Pick one', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*Pick* one' } }, buttons('Red', 'Blue')] });
    });
    app.event('app_mention', async ({ event, client }) => {
      await client.reactions.add({ channel: event.channel, timestamp: event.ts, name: 'eyes' });
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, text: `you said: ${event.text}` });
    });
    app.command('/containers-or-vms', async ({ ack, command, respond }) => {
      if (command.text === 'later') {
        await ack();
        await respond({ response_type: 'in_channel', text: 'shared for everyone' });
        return;
      }
      await ack({
        text: 'Question 1',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `Question 1 (text: ${command.text || 'none'})` } }, buttons('Yes', 'No')],
      });
    });
    app.action<BlockAction<ButtonAction>>('pick', async ({ ack, action, body, client, respond }) => {
      await ack();
      // A Home tab click has no response_url, as in Slack: the view is published again instead.
      if (body.container.type === 'view') {
        await client.views.publish({
          user_id: body.user.id,
          view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `went *${action.value}*` } }] },
        });
        return;
      }
      await respond({
        replace_original: true,
        text: `picked ${action.value}`,
        blocks: [{ type: 'section', text: { type: 'plain_text', text: `picked ${action.value}` } }, buttons('Again')],
      });
    });
    app.event('app_home_opened', async ({ event, client }) => {
      await client.views.publish({
        user_id: event.user,
        view: { type: 'home', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'Home of the bot' } }, buttons('Go')] },
      });
    });
    return app;
  };
}

async function chat(lines: string[], { end = true } = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const bodies: Record<string, unknown>[] = [];
  const errors: unknown[] = [];
  input.write(lines.map((l) => `${l}\n`).join(''));
  if (end) input.end();
  const code = await runLocalChat({
    createApp: tinyApp(bodies),
    input,
    output,
    colour: false,
    logger: { error: (e: unknown) => errors.push(e) } as never,
  });
  return { code, text, bodies, errors };
}

/** The transcript after the banner: from the first echoed line on. */
const transcript = (text: string) => text.slice(text.indexOf('you › '));

describe('local chat with a small Bolt app', () => {
  it("sends a plain line as a DM event of Slack's shape and shows the reply with numbered buttons", async () => {
    const { code, text, bodies } = await chat(['ask me <something> & more']);
    expect(code).toBe(0);
    expect(transcript(text)).toBe('you › ask me <something> & more\nbot (DM):\n  Pick one\n  [1] Red  [2] Blue\n\n');
    const body = bodies[0]!;
    expect(body).toMatchObject({ type: 'event_callback', team_id: 'T0LOCAL', api_app_id: 'A0LOCAL' });
    expect(body.event).toMatchObject({
      type: 'message',
      channel: 'D0LOCAL',
      channel_type: 'im',
      user: 'U0LOCAL',
      text: 'ask me &lt;something&gt; &amp; more',
    });
  });

  it('clicks a button by number with a block_actions payload and replaces the message through response_url', async () => {
    const { text, bodies } = await chat(['ask', '2', '1', '5']);
    expect(transcript(text)).toContain('you › 2\nbot (DM, updated):\n  picked blue\n  [1] Again\n');
    expect(transcript(text)).toContain('you › 1\nbot (DM, updated):\n  picked again\n');
    expect(transcript(text)).toContain('you › 5\nThere is no button 5: the latest message with buttons has only button 1.');
    const click = bodies.find((b) => b.type === 'block_actions')!;
    const reply = bodies[0]!;
    expect(click).toMatchObject({
      type: 'block_actions',
      user: { id: 'U0LOCAL' },
      channel: { id: 'D0LOCAL' },
      container: { type: 'message', channel_id: 'D0LOCAL', is_ephemeral: false },
      actions: [{ type: 'button', action_id: 'pick', block_id: 'choices', value: 'blue', text: { type: 'plain_text', text: 'Blue' } }],
      message: { bot_id: 'B0BOT', text: 'Pick one' },
    });
    expect(typeof click.response_url).toBe('string');
    expect(reply).toBeDefined();
  });

  it('runs the slash command with its form fields, shows the ack body as ephemeral, and clicks on it', async () => {
    const { text, bodies } = await chat(['/containers-or-vms kernel=custom', '1', '/containers-or-vms later']);
    expect(transcript(text)).toContain('bot (#local, only you can see this):\n  Question 1 (text: kernel=custom)\n  [1] Yes  [2] No\n');
    expect(transcript(text)).toContain('you › 1\nbot (#local, only you can see this, updated):\n  picked yes\n');
    expect(transcript(text)).toContain('you › /containers-or-vms later\nbot (#local):\n  shared for everyone\n');
    expect(bodies[0]).toMatchObject({
      command: '/containers-or-vms',
      text: 'kernel=custom',
      user_id: 'U0LOCAL',
      channel_id: 'C0LOCAL',
      team_id: 'T0LOCAL',
    });
    // Slack leaves the message out of block_actions for an ephemeral message; the container names it.
    expect(bodies[1]).toMatchObject({ type: 'block_actions', container: { type: 'message', is_ephemeral: true, channel_id: 'C0LOCAL' } });
    expect(bodies[1]!.message).toBeUndefined();
  });

  it('sends @bot lines as app_mention in #local and answers in the thread', async () => {
    const { text, bodies } = await chat(['@bot what is a VM?']);
    const event = bodies[0]!.event as Record<string, string>;
    expect(event).toMatchObject({ type: 'app_mention', channel: 'C0LOCAL', text: '<@U0BOT> what is a VM?' });
    expect(transcript(text)).toBe(
      'you › @bot what is a VM?\n(the bot reacted :eyes: to your message)\n\nbot (#local, in thread):\n  you said: @bot what is a VM?\n\n',
    );
  });

  it('takes @containers-or-vms, the name the bot goes by, as a mention too', async () => {
    const { bodies } = await chat(['@containers-or-vms is a VM safer?', '@bottle of water']);
    expect(bodies[0]!.event).toMatchObject({ type: 'app_mention', text: '<@U0BOT> is a VM safer?' });
    expect(bodies[1]!.event).toMatchObject({ type: 'message', channel_type: 'im', text: '@bottle of water' });
  });

  it('opens App Home and makes its buttons clickable as a view interaction', async () => {
    const { text, bodies } = await chat(['/home', '1']);
    expect(transcript(text)).toContain('bot (App Home):\n  Home of the bot\n  [1] Go\n');
    expect(bodies[0]!.event).toMatchObject({ type: 'app_home_opened', user: 'U0LOCAL', tab: 'home' });
    expect(bodies[1]).toMatchObject({ type: 'block_actions', container: { type: 'view', view_id: 'V0HOME' }, view: { type: 'home' } });
    expect(bodies[1]!.response_url).toBeUndefined();
    expect(transcript(text)).toContain('you › 1\nbot (App Home, updated):\n  went go\n');
  });

  it('gives every line a fresh event_id, so repeats are not taken for retries', async () => {
    const { bodies } = await chat(['ask', 'ask']);
    expect(bodies[0]!.event_id).not.toBe(bodies[1]!.event_id);
    expect((bodies[0]!.event as { ts: string }).ts).not.toBe((bodies[1]!.event as { ts: string }).ts);
  });

  it('handles lines strictly in order, waiting for calls a listener did not await', async () => {
    const { text } = await chat(['slow', 'ask']);
    expect(transcript(text)).toMatch(/^you › slow\nbot \(DM\):\n {2}late but in order\n\nyou › ask\n/);
  });

  it('answers /help, hints at unknown commands, notes silence and errors, and skips blank lines', async () => {
    const { code, text, errors } = await chat(['/help', '', '/nope', 'silent', 'boom', '3']);
    expect(code).toBe(0);
    const t = transcript(text);
    expect(t).toContain('you › /help\n  <question>');
    expect(t).toContain('you › /nope\n/nope is not a command here. Type /help');
    expect(t).toContain('you › silent\n(no reply)\n');
    expect(t).toContain('you › boom\n(the bot hit an error');
    expect(t).toContain('you › 3\nThere are no buttons to click yet.');
    expect(errors).toHaveLength(1);
  });

  it('reads /help, /home and /quit followed by words as those commands, never as unknown ones', async () => {
    const { code, text } = await chat(['/help me', '/home please', '/quit now', 'never read']);
    expect(code).toBe(0);
    const t = transcript(text);
    expect(t).not.toContain('is not a command here');
    expect(t).toContain('you › /help me\n  <question>');
    expect(t).toContain('Home of the bot');
    expect(t).not.toContain('never read');
  });

  it('prints a banner on how to use it and how to connect Slack', async () => {
    const { text } = await chat([]);
    expect(text).toContain('local mode');
    expect(text).toContain('/containers-or-vms');
    expect(text).toContain('SLACK_BOT_TOKEN');
  });

  it('ends with 0 when its output is closed (a pipe into head), instead of crashing', async () => {
    const input = new PassThrough();
    input.write('ask\n');
    const output = new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
    const code = await runLocalChat({ createApp: tinyApp([]), input, output, colour: false, logger: { error: () => undefined } });
    expect(code).toBe(0);
  });

  it('stops at /quit without reading further lines, even with input still open', async () => {
    const { code, text, bodies } = await chat(['/quit', 'ask'], { end: false });
    expect(code).toBe(0);
    expect(text).not.toContain('you › ask');
    expect(bodies).toHaveLength(0);
  });
});
