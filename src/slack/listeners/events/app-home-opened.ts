import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { exampleQuestions } from '../../answering.js';
import type { BotDeps } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import { renderAppHome } from '../../render/help.js';

/** Publishes the Home tab each time someone opens it (the knowledge may have changed). */
export function appHomeOpened(deps: BotDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: renderAppHome(exampleQuestions(deps)) });
    } catch (error) {
      await reportFailure(deps.logger, error, { handler: 'app_home_opened', type: event.type, eventId: body.event_id, user: event.user });
    }
  };
}
