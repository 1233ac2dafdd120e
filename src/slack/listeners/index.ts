import type { App } from '@slack/bolt';
import type { BotDeps } from '../deps.js';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';
import { registerMessages } from './messages/index.js';
import { registerViews } from './views/index.js';

/** Every listener, grouped by Slack surface. */
export function registerListeners(app: App, deps: BotDeps): void {
  registerEvents(app, deps);
  registerMessages(app, deps);
  registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
}
