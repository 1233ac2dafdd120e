import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { pinnedCommand, stopProcess } from './slack-app-process.js';

/**
 * A local stand-in for Slack's Web API (and response_url posts) for the HTTP and startup
 * scenarios, in a process of its own (bench/slack-stub-server.ts): every method answers ok
 * with the shapes the bot reads, so the bot never reaches the network.
 */

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';

export interface SlackStub {
  apiUrl: string;
  responseUrl: string;
  calls: () => Promise<number>;
  stop: () => Promise<void>;
}

/** Starts the stub; `cpus` pins it (taskset list, e.g. "0") where pinning is available. */
export async function startSlackStub(cpus?: string): Promise<SlackStub> {
  const [command, args] = pinnedCommand(cpus, [process.execPath, '--import', 'tsx', 'bench/slack-stub-server.ts']);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the Web API stub exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: `${base}/response/`,
    calls: async () => Number(await (await fetch(`${base}/__calls`)).text()),
    stop: () => stopProcess(child),
  };
}
