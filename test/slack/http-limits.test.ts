import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/slack/receivers.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { mentionEvent } from '../support/fixtures.js';
import { eventRequest, signature, SIGNING_SECRET } from '../support/signed-request.js';

/** The HTTP gate in front of Bolt: signature before parsing, 1 MB bodies, header and request timeouts. */

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot({ receiver: { limits: { ackTimeoutMs: 150, headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 50 } } });
});
afterAll(async () => {
  await bot.stop();
});

const port = () => Number(new URL(bot.origin).port);

/** Writes raw bytes on a new connection; resolves with everything the server sent until it closed the connection. */
function rawExchange(write: (socket: Socket) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port(), '127.0.0.1', () => write(socket));
    let received = '';
    socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    // A bound on the test, not an assertion on speed: the server closes well before.
    setTimeout(() => {
      socket.destroy();
      resolve(`${received}[still open]`);
    }, 10_000).unref();
  });
}

function signedHeaders(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(SIGNING_SECRET, timestamp, body) };
}

describe('the signature is checked before the body is parsed', () => {
  it('an unsigned body that is not even JSON gets 401, while the same body signed gets 400', async () => {
    const broken = { body: '{"type":"event_callback","event":', contentType: 'application/json' };
    expect((await bot.send(broken, { unsigned: true })).status).toBe(401);
    expect((await bot.send(broken, { secret: 'wrong-secret-0000' })).status).toBe(401);
    expect((await bot.send(broken)).status).toBe(400);
  });

  it('a request without signature headers is refused before its body is read', async () => {
    // The body is announced but never sent: only a refusal that does not wait for it can answer.
    const reply = await rawExchange((s) =>
      s.write(`POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`),
    );
    expect(reply).toMatch(/^HTTP\/1\.1 401 /);
  });

  it('answers an unsigned 2 MB body 401 and does no work', async () => {
    bot.stub.reset();
    const big = eventRequest({ ...mentionEvent('<@UBOT0001> hi'), pad: 'x'.repeat(2 * 1024 * 1024) });
    expect((await bot.send(big, { unsigned: true })).status).toBe(401);
    expect(bot.stub.calls).toHaveLength(0);
  });
});

describe('bodies over 1 MB', () => {
  it('a signed 2 MB body gets 413 and does no work; the bot answers the next request', async () => {
    bot.stub.reset();
    const big = eventRequest({ ...mentionEvent('<@UBOT0001> Can containers run on virtual machines?'), pad: 'x'.repeat(2 * 1024 * 1024) });
    expect((await bot.send(big)).status).toBe(413);
    expect(bot.stub.calls).toHaveLength(0);
    const small = eventRequest({
      ...mentionEvent('<@UBOT0001> Can containers run on virtual machines?'),
      pad: 'x'.repeat(MAX_BODY_BYTES - 4096),
    });
    expect((await bot.send(small)).status).toBe(200);
    expect(bot.stub.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a declared length over the limit is refused without waiting for the body', async () => {
    const headers = signedHeaders('x');
    const reply = await rawExchange((s) =>
      s.write(
        `POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
          `X-Slack-Request-Timestamp: ${headers['x-slack-request-timestamp']}\r\nX-Slack-Signature: ${headers['x-slack-signature']}\r\n` +
          `Content-Length: ${2 * 1024 * 1024}\r\n\r\n`,
      ),
    );
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('a chunked body (no declared length) is cut at the limit with 413', async () => {
    const body = JSON.stringify({ type: 'event_callback', pad: 'x'.repeat(2 * 1024 * 1024) });
    const status = await new Promise<number | string>((resolve) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: port(),
          path: '/slack/events',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...signedHeaders(body) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.slice(i, i + 64 * 1024));
      req.end();
    });
    expect(status).toBe(413);
  });
});

describe('refused deliveries', () => {
  it('count as acknowledged: no false "not acknowledged" error once Bolt\'s ack timer has run out', async () => {
    const refused = [
      { body: '{}', contentType: 'application/json' },
      { body: 'payload=%7B%22type%22%3A%22%22%2C%22actions%22%3A%5B%5D%7D', contentType: 'application/x-www-form-urlencoded' },
      { body: '{"type":"event_callback","event":{"type":"message","channel":null}}', contentType: 'application/json' },
    ];
    for (const request of refused) expect((await bot.send(request)).status).toBe(400);
    // Past the (shortened) ack timeout: the timer has fired by now if it was left running.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(bot.logs.filter((l) => /not acknowledged/.test(String(l.msg)))).toEqual([]);
    expect(bot.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});

describe('slow clients', () => {
  it('a client dribbling its headers is answered 408 and disconnected', async () => {
    const reply = await rawExchange((s) => {
      s.write('POST /slack/events HTTP/1.1\r\nHost: x\r\n');
      const drip = setInterval(() => (s.writable ? s.write('X-Drip: 1\r\n') : clearInterval(drip)), 50);
      s.on('close', () => clearInterval(drip));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('a client dribbling its body is answered 408 and disconnected', async () => {
    const body = JSON.stringify(mentionEvent('<@UBOT0001> hi'));
    const headers = signedHeaders(body);
    const reply = await rawExchange((s) => {
      s.write(
        `POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Slack-Request-Timestamp: ${headers['x-slack-request-timestamp']}\r\n` +
          `X-Slack-Signature: ${headers['x-slack-signature']}\r\nContent-Length: ${body.length}\r\n\r\n`,
      );
      let sent = 0;
      const drip = setInterval(() => (s.writable && sent < body.length - 1 ? s.write(body[sent++]!) : clearInterval(drip)), 50);
      s.on('close', () => clearInterval(drip));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
    expect(reply).not.toContain('[still open]');
  });
});
