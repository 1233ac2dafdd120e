import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { runLocalChat } from '../../src/local/chat.js';

/**
 * The receiver's payloads against the Slack payload fixtures the HTTP tests use (shapes from
 * Slack's docs): every field a fixture has, the local payload has too, with the same JSON type.
 */

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/slack/${name}.json`, import.meta.url), 'utf8')) as unknown;

// Present only for Enterprise Grid workspaces; the local workspace is not one.
const GRID_ONLY = new Set(['enterprise_id', 'enterprise_name']);

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Paths where `actual` lacks a field of `expected` or holds another JSON type there. */
function shapeDifferences(expected: unknown, actual: unknown, path = ''): string[] {
  if (kind(expected) === 'null') return [];
  if (kind(expected) !== kind(actual)) return [`${path || '/'}: ${kind(expected)} expected, got ${kind(actual)}`];
  if (kind(expected) === 'array') {
    const [first] = expected as unknown[];
    return first === undefined ? [] : (actual as unknown[]).flatMap((item, i) => shapeDifferences(first, item, `${path}/${i}`));
  }
  if (kind(expected) !== 'object') return [];
  return Object.entries(expected as Record<string, unknown>).flatMap(([key, value]) => {
    const here = `${path}/${key}`;
    if (!(key in (actual as Record<string, unknown>))) return GRID_ONLY.has(key) ? [] : [`${here}: missing`];
    return shapeDifferences(value, (actual as Record<string, unknown>)[key], here);
  });
}

async function payloadsFor(lines: string[]): Promise<Record<string, unknown>[]> {
  const bodies: Record<string, unknown>[] = [];
  const input = new PassThrough();
  const output = new PassThrough().resume();
  input.end(lines.map((l) => `${l}\n`).join(''));
  await runLocalChat({
    createApp: (transport) => {
      const app = new App(transport);
      app.use(async ({ body }) => {
        bodies.push(body as Record<string, unknown>);
      });
      return app;
    },
    input,
    output,
    colour: false,
    logger: { error: () => undefined },
  });
  return bodies;
}

describe("local payloads have Slack's shapes", () => {
  it('for a DM, a mention, the slash command and App Home', async () => {
    const [dm, mention, command, home] = await payloadsFor(['a question', '@bot a question', '/containers-or-vms', '/home']);
    expect(shapeDifferences(fixture('message_im'), dm)).toEqual([]);
    expect(shapeDifferences(fixture('app_mention'), mention)).toEqual([]);
    expect(shapeDifferences(fixture('slash_command'), command)).toEqual([]);
    expect(shapeDifferences(fixture('app_home_opened'), home)).toEqual([]);
  });

  it("for a click on a message's button", async () => {
    const bodies: Record<string, unknown>[] = [];
    const input = new PassThrough();
    input.end('show\n1\n');
    await runLocalChat({
      createApp: (transport) => {
        const app = new App(transport);
        app.use(async ({ body, next }) => {
          bodies.push(body as Record<string, unknown>);
          await next();
        });
        app.message(async ({ say }) => {
          await say({
            text: 'pick',
            blocks: [
              {
                type: 'actions',
                block_id: 'b',
                elements: [{ type: 'button', action_id: 'go', value: 'v', text: { type: 'plain_text', text: 'Go' } }],
              },
            ],
          });
        });
        app.action('go', async ({ ack }) => ack());
        return app;
      },
      input,
      output: new PassThrough().resume(),
      colour: false,
      logger: { error: () => undefined },
    });
    expect(bodies[1]!.type).toBe('block_actions');
    expect(shapeDifferences(fixture('block_actions'), bodies[1])).toEqual([]);
  });

  it('for a click on an App Home button', async () => {
    const bodies: Record<string, unknown>[] = [];
    const input = new PassThrough();
    input.end('/home\n1\n');
    await runLocalChat({
      createApp: (transport) => {
        const app = new App(transport);
        app.use(async ({ body, next }) => {
          bodies.push(body as Record<string, unknown>);
          await next();
        });
        app.event('app_home_opened', async ({ client, event }) => {
          await client.views.publish({
            user_id: event.user,
            view: {
              type: 'home',
              blocks: [
                {
                  type: 'actions',
                  block_id: 'b',
                  elements: [{ type: 'button', action_id: 'go', value: 'v', text: { type: 'plain_text', text: 'Go' } }],
                },
              ],
            },
          });
        });
        app.action('go', async ({ ack }) => ack());
        return app;
      },
      input,
      output: new PassThrough().resume(),
      colour: false,
      logger: { error: () => undefined },
    });
    expect(bodies[1]!.type).toBe('block_actions');
    expect(shapeDifferences(fixture('block_actions_home'), bodies[1])).toEqual([]);
  });

  it('and the comparison notices a missing or mistyped field', () => {
    expect(shapeDifferences({ a: { b: 'x' }, c: [{ d: 1 }] }, { a: {}, c: [{ d: '1' }] })).toEqual([
      '/a/b: missing',
      '/c/0/d: number expected, got string',
    ]);
  });
});
