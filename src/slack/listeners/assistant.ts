import { Assistant, type App, type AssistantConfig } from '@slack/bolt';
import { exampleQuestions, replyToMessage } from '../answering.js';
import type { BotDeps } from '../deps.js';
import { reportFailure } from '../failure.js';
import { questionFromMessage } from '../question-text.js';
import { clip } from '../render/mrkdwn.js';
import { threadOrNothing } from './messages/reply.js';

/** Slack shows at most four suggested prompts. */
const MAX_PROMPTS = 4;
const PROMPT_TITLE_CHARS = 75;
const THREAD_TITLE_CHARS = 80;
// A choice to try, beside the knowledge's own questions: it shows the recommendation.
const CHOICE_PROMPT = 'Should we use containers or VMs for untrusted customer code?';

/** The assistant's suggested prompts: questions from the knowledge's headings, and one choice. */
export function suggestedPrompts(deps: BotDeps): { title: string; message: string }[] {
  const fromKnowledge = exampleQuestions(deps).slice(0, MAX_PROMPTS - 1);
  return [...fromKnowledge, CHOICE_PROMPT].map((q) => ({ title: clip(q, PROMPT_TITLE_CHARS), message: q }));
}

/**
 * The bot never uses the channel a person is viewing. Bolt's default store keeps the last
 * context saved by anyone in one field shared by every thread (so say() in one person's thread
 * would carry another person's channel_id as metadata), and reads the thread on every say()
 * until then; this one keeps and reads nothing.
 */
const NO_THREAD_CONTEXT: NonNullable<AssistantConfig['threadContextStore']> = {
  // Undefined, not {}: Bolt's say() adds metadata for any context object, even an empty one.
  get: async () => undefined as never,
  save: async () => {},
};

/**
 * Slack's assistant panel (Bolt's Assistant; needs a paid plan, plain DMs work without it):
 * suggested prompts when a thread starts; for each message, a status while answering, a
 * title from the first question, and the same reply a DM gets, in the context of the thread.
 *
 * Bolt's Assistant claims every DM message with a thread_ts (isAssistantMessage cannot tell an
 * assistant thread from a reply in a plain DM thread) and never passes it on, so replies in
 * plain DM threads are answered here too: the same reply, read from the same thread, that the
 * DM listener would give. That is why the status and title are best effort: in a plain DM
 * thread, on a free plan or under a 429 they fail, and the answer still goes out.
 */
export function registerAssistant(app: App, deps: BotDeps): void {
  app.assistant(
    new Assistant({
      threadContextStore: NO_THREAD_CONTEXT,
      threadStarted: async ({ event, say, setSuggestedPrompts }) => {
        try {
          await say('Hi! Ask me about containers and virtual machines, or describe your workload and ask which to use.');
          await setSuggestedPrompts({ title: 'Try asking', prompts: suggestedPrompts(deps) });
        } catch (error) {
          await reportFailure(deps.logger, error, {
            handler: 'assistant_thread_started',
            type: event.type,
            channel: event.assistant_thread.channel_id,
          });
        }
      },
      userMessage: async ({ message, client, context, say, setStatus, setTitle }) => {
        if (message.subtype !== undefined || message.channel_type !== 'im' || !message.thread_ts) return;
        try {
          const question = questionFromMessage(message.text ?? '', context.botUserId).trim();
          const at = { channel: message.channel, ts: message.ts };
          await bestEffort(deps, 'setStatus', at, () => setStatus('is reading the knowledge base…'));
          const conversation = await threadOrNothing(
            deps,
            client,
            { channel: message.channel, threadTs: message.thread_ts, ts: message.ts },
            { userId: context.botUserId, botId: context.botId },
          );
          if (!conversation?.earlier.length)
            await bestEffort(deps, 'setTitle', at, () => setTitle(clip(question.replace(/\s+/g, ' '), THREAD_TITLE_CHARS)));
          await say(replyToMessage(deps, question, 'dm', message.user, conversation));
        } catch (error) {
          await reportFailure(
            deps.logger,
            error,
            { handler: 'assistant_user_message', type: 'message.im', channel: message.channel, ts: message.ts, user: message.user },
            (text) => say(text),
          );
        }
      },
    }),
  );
}

/** A cosmetic assistant call (status, title): its failure is logged, never in the way of the answer. */
async function bestEffort(deps: BotDeps, method: string, at: { channel: string; ts: string }, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    deps.logger.warn({ err: error, ...at }, `assistant ${method} failed; answering without it`);
  }
}
