import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

/**
 * The comparison for the Slack HTTP scenario: a bare Bolt app on the same receiver type
 * that only acknowledges app_mention events and the slash command, doing no work.
 * Usage: tsx bench/bare-bolt-app.ts PORT (env SLACK_SIGNING_SECRET, SLACK_API_URL)
 */

const port = Number(process.argv[2]);
const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET!,
  endpoints: ['/slack/events'],
  processBeforeResponse: false,
  logLevel: LogLevel.ERROR,
});
const app = new App({
  receiver,
  token: 'xoxb-bench-0000',
  botId: 'BBOT0001',
  botUserId: 'UBOT0001',
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});
app.event('app_mention', async () => {});
app.command('/containers-or-vms', async ({ ack }) => {
  await ack();
});
await app.start(port);
process.stdout.write(JSON.stringify({ listening: port }) + '\n');
