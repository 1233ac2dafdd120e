import { createHmac } from 'node:crypto';

/**
 * Requests the way Slack sends them: signed with v0 HMAC-SHA256 of `v0:${timestamp}:${body}`
 * (https://docs.slack.dev/authentication/verifying-requests-from-slack).
 */

export const SIGNING_SECRET = 'testsigningsecret0123456789';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Leave the signature headers out entirely. */
  unsigned?: boolean;
  headers?: Record<string, string>;
}

export interface SlackRequest {
  body: string;
  contentType: string;
}

/** Events API: JSON. */
export function eventRequest(payload: unknown): SlackRequest {
  return { body: JSON.stringify(payload), contentType: 'application/json' };
}

/** Slash commands: exactly application/x-www-form-urlencoded. */
export function commandRequest(fields: Record<string, string>): SlackRequest {
  return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** Interactivity: form-encoded `payload=<json>`. */
export function interactionRequest(payload: unknown): SlackRequest {
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export async function send(url: string, request: SlackRequest, options: SendOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': request.contentType };
  if (!options.unsigned) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = signature(options.secret ?? SIGNING_SECRET, timestamp, request.body);
  }
  Object.assign(headers, options.headers);
  return fetch(url, { method: 'POST', headers, body: request.body });
}
