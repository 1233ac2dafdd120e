import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { channelMessage } from './channel-message.js';
import { directMessage } from './direct-message.js';

export function registerMessages(app: App, deps: BotDeps): void {
  app.message(directMessage(deps));
  app.message(channelMessage(deps));
}
