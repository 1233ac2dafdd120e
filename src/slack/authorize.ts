import { webApi, type Authorize } from '@slack/bolt';

/**
 * Authorization for a single-workspace bot whose ids are not known up front. Bolt's own
 * version runs auth.test in the constructor and an unhandled failure there kills the process;
 * this one runs it on the first delivery, caches a success and retries after a failure (the
 * delivery is then refused and logged, and the process keeps serving).
 */
export function authorizeWithAuthTest(token: string, clientOptions: webApi.WebClientOptions): Authorize<boolean> {
  const client = new webApi.WebClient(token, clientOptions);
  let identity: Promise<{ botId?: string; botUserId?: string }> | undefined;
  return async () => {
    identity ??= client.auth.test().then((r) => ({ botId: r.bot_id, botUserId: r.user_id }));
    try {
      return { botToken: token, ...(await identity) };
    } catch (error) {
      identity = undefined;
      throw error;
    }
  };
}
