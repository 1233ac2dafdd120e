import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './render/blocks.js';

/**
 * Posts in the person's DM with the bot, opening it first: App Home clicks and modal
 * submissions carry no channel to answer in.
 */
export async function postInDm(client: webApi.WebClient, userId: string, message: SlackMessage | { text: string }): Promise<void> {
  const dm = await client.conversations.open({ users: userId });
  const channel = dm.channel?.id;
  if (!channel) throw new Error('conversations.open returned no channel');
  await client.chat.postMessage({ channel, ...message });
}
