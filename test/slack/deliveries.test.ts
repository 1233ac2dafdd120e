import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { App, ReceiverEvent } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createHttpReceiver, EVENTS_PATH } from '../../src/slack/receivers.js';
import { startBot } from '../support/bot-harness.js';
import { commandRequest, eventRequest, send, SIGNING_SECRET } from '../support/signed-request.js';

/**
 * The seam our receivers rely on: Bolt's HTTPReceiver hands each delivery to `processEvent` of
 * the app its init() received, and uses nothing else of it. If a Bolt release changes that, the
 * guards in src/slack/deliveries.ts would be bypassed; these tests fail first.
 */

describe('Bolt receiver seam', () => {
  it("Bolt's HTTPReceiver calls processEvent of the app given to init(), and touches nothing else of it", async () => {
    const receiver = createHttpReceiver({
      signingSecret: SIGNING_SECRET,
      logger: createLogger('silent', new Writable({ write: (_c, _e, d) => d() })),
      ready: () => true,
    });
    const seen: ReceiverEvent[] = [];
    const touched = new Set<PropertyKey>();
    const target = {
      processEvent: async (event: ReceiverEvent) => {
        seen.push(event);
        await event.ack();
      },
    };
    // Every property Bolt reads from the app, recorded.
    const app = new Proxy(target, {
      get: (t, key, r) => {
        touched.add(key);
        return Reflect.get(t, key, r);
      },
    });
    receiver.init(app as unknown as App);
    const server = await receiver.start({ port: 0, host: '127.0.0.1' });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${EVENTS_PATH}`;
      const response = await send(
        url,
        commandRequest({
          command: '/containers-or-vms',
          text: 'help',
          user_id: 'U1',
          team_id: 'T1',
          channel_id: 'C1',
          response_url: 'http://127.0.0.1:9/r',
          trigger_id: 't',
        }),
      );
      expect(response.status).toBe(200);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.body.command).toBe('/containers-or-vms');
      expect([...touched].filter((k) => typeof k === 'string' && k !== 'then')).toEqual(['processEvent']);
    } finally {
      await receiver.stop();
    }
  });

  it('createSlackApp leaves App#processEvent as Bolt defines it', async () => {
    const bot = await startBot();
    try {
      expect(Object.hasOwn(bot.app, 'processEvent')).toBe(false);
      // And the guards still hold through the receiver: a body Bolt cannot route is refused, a shutdown refuses work.
      expect((await bot.send(eventRequest({ type: 'event_callback', event: null }))).status).toBe(400);
      bot.app.inFlight.stopAccepting();
      expect((await bot.send(eventRequest({ type: 'event_callback', event: { type: 'app_mention' } }))).status).toBe(503);
    } finally {
      await bot.stop();
    }
  });
});
