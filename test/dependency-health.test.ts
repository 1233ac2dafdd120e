import { afterEach, describe, expect, it } from 'vitest';
import { DependencyHealth } from '../src/dependency-health.js';

function setUp(probe: () => Promise<unknown>) {
  const lines: { level: string; msg: string }[] = [];
  const logger = {
    info: (_o: unknown, msg?: string) => lines.push({ level: 'info', msg: msg ?? '' }),
    warn: (_o: unknown, msg?: string) => lines.push({ level: 'warn', msg: msg ?? '' }),
  };
  const health = new DependencyHealth({
    variable: 'REDIS_URL',
    logger: logger as never,
    whileDown: 'using memory',
    whenBack: 'sharing',
    probe,
    downIntervalMs: 10,
    upIntervalMs: 10,
    probeTimeoutMs: 50,
  });
  return { lines, health };
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 5));
  }
}

let open: DependencyHealth[] = [];
afterEach(() => {
  for (const h of open) h.close();
  open = [];
});

describe('DependencyHealth', () => {
  it('warns once per outage however many failures it sees, and says once when the service is back', async () => {
    let reachable = false;
    const { lines, health } = setUp(async () => {
      if (!reachable) throw new Error('connect ECONNREFUSED');
    });
    open.push(health);
    await until(() => lines.length === 1);
    for (let i = 0; i < 5; i += 1) health.markDown(new Error('again'));
    expect(health.up).toBe(false);
    expect(lines).toEqual([{ level: 'warn', msg: 'REDIS_URL is unreachable (connect ECONNREFUSED): using memory until it is back' }]);
    expect(health.lastError).toBe('again');
    reachable = true;
    await until(() => health.up);
    expect(lines.at(-1)).toEqual({ level: 'info', msg: 'REDIS_URL is reachable again: sharing' });
    reachable = false;
    await until(() => !health.up);
    expect(lines.filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('counts a call that does not answer in time as a failure', async () => {
    const { health } = setUp(async () => undefined);
    open.push(health);
    await until(() => health.up);
    await expect(health.observe(() => new Promise(() => {}), 20)).rejects.toThrow(/no answer within 20 ms/);
    expect(health.up).toBe(false);
  });

  it('logs the first success as a connection, not a return', async () => {
    const { lines, health } = setUp(async () => undefined);
    open.push(health);
    await until(() => health.up);
    expect(lines).toEqual([{ level: 'info', msg: 'REDIS_URL connected: sharing' }]);
  });
});
