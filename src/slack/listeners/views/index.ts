import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { ASK_QUESTION } from '../../render/ask-modal.js';
import { askQuestionSubmitted } from './ask-question-submitted.js';

export function registerViews(app: App, deps: BotDeps): void {
  app.view(ASK_QUESTION.callbackId, askQuestionSubmitted(deps));
}
