import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { COMMAND } from '../../render/help.js';
import { containersOrVms } from './containers-or-vms.js';

export function registerCommands(app: App, deps: BotDeps): void {
  app.command(COMMAND, containersOrVms(deps));
}
