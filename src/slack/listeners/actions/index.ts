import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { FEEDBACK_ACTIONS } from '../../render/feedback.js';
import { FLOW_ACTIONS, FLOW_CHOICE_PATTERN } from '../../render/flow-step.js';
import { NEAR_TOPIC_ACTION_PATTERN } from '../../render/closest-match.js';
import { HOME_ACTIONS } from '../../render/help.js';
import { RECOMMENDATION_ACTIONS } from '../../render/recommendation.js';
import { explainInDm } from './explain-in-dm.js';
import { feedbackVote } from './feedback-vote.js';
import { flowChoice } from './flow-choice.js';
import { nearTopic } from './near-topic.js';
import { openAskModal } from './open-ask-modal.js';
import { shareInChannel } from './share-in-channel.js';
import { startFlow } from './start-flow.js';
import { startFlowInDm } from './start-flow-in-dm.js';

export function registerActions(app: App, deps: BotDeps): void {
  app.action(FLOW_CHOICE_PATTERN, flowChoice(deps));
  app.action(FLOW_ACTIONS.startOver, flowChoice(deps));
  app.action(FLOW_ACTIONS.start, startFlow(deps));
  app.action(RECOMMENDATION_ACTIONS.explainInDm, explainInDm(deps));
  app.action(RECOMMENDATION_ACTIONS.shareInChannel, shareInChannel(deps));
  app.action(FEEDBACK_ACTIONS.helpful, feedbackVote(deps));
  app.action(FEEDBACK_ACTIONS.notHelpful, feedbackVote(deps));
  app.action(HOME_ACTIONS.askQuestion, openAskModal(deps));
  app.action(HOME_ACTIONS.startFlow, startFlowInDm(deps));
  app.action(NEAR_TOPIC_ACTION_PATTERN, nearTopic(deps));
}
