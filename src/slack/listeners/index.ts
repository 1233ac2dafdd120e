import type { App } from '@slack/bolt';
import type { BotDeps } from '../deps.js';
import { registerActions } from './actions/index.js';
import { registerAssistant } from './assistant.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';
import { registerMessages } from './messages/index.js';
import { registerViews } from './views/index.js';

/** Every listener, grouped by Slack surface. */
export function registerListeners(app: App, deps: BotDeps): void {
  // First: it takes the messages of assistant threads (DM threads) before the DM listener sees them.
  registerAssistant(app, deps);
  registerEvents(app, deps);
  registerMessages(app, deps);
  registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
}
