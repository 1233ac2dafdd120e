import { exampleQuestions } from '../../answering.js';
import type { BotDeps } from '../../deps.js';
import { postInDm } from '../../dm.js';
import { reportFailure } from '../../failure.js';
import { renderAskModal } from '../../render/ask-modal.js';
import type { ButtonArgs } from './flow-choice.js';

/** App Home's "Ask a question": a modal with a question field (its trigger_id lives 3 s, so it opens right after the ack). */
export function openAskModal(deps: BotDeps) {
  return async ({ ack, body, client }: ButtonArgs) => {
    await ack();
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: renderAskModal(exampleQuestions(deps)) });
    } catch (error) {
      // A Home tab click has no response_url: the apology goes to the DM.
      await reportFailure(deps.logger, error, { handler: 'open_ask_modal', type: body.type, user: body.user.id }, (text) =>
        postInDm(client, body.user.id, { text }),
      );
    }
  };
}
