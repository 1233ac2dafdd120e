import { Agent, request as httpRequest } from 'node:http';
import { latencyOf, type Latency } from './measure.js';

/**
 * An open-loop load at a steady rate, for the "ack latency at N requests/s" figures.
 * autocannon's rate option sends each connection's quota for the second as fast as it can
 * and then waits for the next second, so its "200/s" is bursts of back-to-back requests
 * on every connection: latency under brief saturation, not at a steady 200/s. Here request
 * n is due at start + n / rate whatever happened to earlier ones, and its latency is
 * measured from when it was due (a late send counts against the app, as it would for Slack).
 */

export interface PacedRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface PacedResult extends Latency {
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
}

export async function pacedLoad(origin: string, next: () => PacedRequest, ratePerSecond: number, seconds: number): Promise<PacedResult> {
  const url = new URL(origin);
  // Enough keep-alive sockets that a slow answer never holds up the next send.
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(ratePerSecond * seconds);
  const intervalMs = 1000 / ratePerSecond;
  const samples: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  const send = (due: number) => {
    const { path, headers, body } = next();
    inFlight.push(
      new Promise<void>((resolve) => {
        const req = httpRequest(
          {
            host: url.hostname,
            port: url.port,
            method: 'POST',
            path,
            headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
            agent,
            timeout: 10_000,
          },
          (res) => {
            res.resume();
            res.on('end', () => {
              samples.push(performance.now() - due);
              if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode > 299) non2xx++;
              resolve();
            });
          },
        );
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', () => {
          errors++;
          resolve();
        });
        req.end(body);
      }),
    );
  };
  let sent = 0;
  while (sent < total) {
    const now = performance.now();
    // Everything due by now goes out at once, each timed from its own due time.
    while (sent < total && start + sent * intervalMs <= now) {
      send(start + sent * intervalMs);
      sent++;
    }
    if (sent < total) await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + sent * intervalMs - performance.now())));
  }
  await Promise.all(inFlight);
  const elapsedS = (performance.now() - start) / 1000;
  agent.destroy();
  return { ...latencyOf(samples), requestsPerSecond: samples.length / elapsedS, non2xx, errors };
}
