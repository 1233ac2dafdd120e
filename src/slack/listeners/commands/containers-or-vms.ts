import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { readQuestion } from '../../../core/answer/reading.js';
import { emptyFlowState } from '../../../core/flow/state.js';
import { parseFactorInput } from '../../../core/recommend/parse-input.js';
import { isAdmin } from '../../../store/report.js';
import { exampleQuestions } from '../../answering.js';
import type { BotDeps } from '../../deps.js';
import { reportFailure } from '../../failure.js';
import { message, section } from '../../render/blocks.js';
import { renderHelp } from '../../render/help.js';
import { mrkdwn, plainText } from '../../render/mrkdwn.js';
import { renderInputError, renderRecommendation } from '../../render/recommendation.js';
import { flowMessage, recommendationFor } from '../../recommending.js';
import { autoAnswerCommand, parseAutoAnswer } from './auto-answer.js';

/**
 * `/containers-or-vms [help | report | auto-answer [on|off] | key=value … | free text]`. Acked at once with nothing
 * (Slack's 3 s), then answered through response_url, ephemerally.
 */
export function containersOrVms(deps: BotDeps) {
  return async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    try {
      const text = plainText(command.text ?? '').trim();
      if (/^report$/i.test(text)) {
        if (!isAdmin(command.user_id, deps.config.adminUserIds) || !deps.reportSummary) {
          await respond({ response_type: 'ephemeral', text: 'The report is for the admins listed in ADMIN_USER_IDS.' });
          return;
        }
        const lines = (await deps.reportSummary()).map(mrkdwn);
        await respond({ response_type: 'ephemeral', ...message(lines.join('\n'), [section(lines.join('\n'))]) });
        return;
      }
      const autoAnswer = parseAutoAnswer(text);
      if (autoAnswer) {
        await respond({ response_type: 'ephemeral', ...(await autoAnswerCommand(deps, autoAnswer, command)) });
        return;
      }
      // Free text is read as typed in chat (emoji codes, typos) before the factor parser reads it.
      const input = parseFactorInput(readQuestion(deps.knowledge().index, text).text || text);
      if (input.kind === 'empty') {
        await respond({ response_type: 'ephemeral', ...flowMessage(deps, emptyFlowState()) });
      } else if (input.kind === 'help') {
        await respond({ response_type: 'ephemeral', ...renderHelp(exampleQuestions(deps)) });
      } else if (input.kind === 'error') {
        await respond({ response_type: 'ephemeral', ...renderInputError(input.message, { askHint: input.code === 'NOT_UNDERSTOOD' }) });
      } else {
        const state = { answers: input.answers, skipped: [] };
        await respond({
          response_type: 'ephemeral',
          ...renderRecommendation(recommendationFor(deps, state), { state, understood: input.understood }),
        });
      }
    } catch (error) {
      await reportFailure(
        deps.logger,
        error,
        { handler: 'containers_or_vms', type: 'slash_command', channel: command.channel_id, user: command.user_id },
        (text) => respond({ response_type: 'ephemeral', text }),
      );
    }
  };
}
