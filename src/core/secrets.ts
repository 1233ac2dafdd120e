/**
 * The shapes of Slack credentials, in one place: the logger scrubs its lines with them, the
 * knowledge loader scrubs every file before it becomes passages, and the Slack renderer
 * scrubs all outgoing text. A credential in a knowledge file therefore never reaches an
 * index, a cache file, a reply or a log.
 *
 * Each alternative is a fixed prefix followed by one character class, with nothing that can
 * match the same text two ways, so a scan is linear in the text's length.
 */

// Tokens: bot (xoxb-), user (xoxp-), app-level (xapp-), legacy and refresh (xoxa-, xoxr-,
// xoxs-, xoxo-, xoxe-, xoxe.xoxp-…). No \b before them: in a JSON log line a token can follow
// an escaped newline (\nxoxb-…). Signing secrets and client secrets: exactly 32 hex digits
// standing alone (a 40-digit commit id or a 64-digit digest is left alone). Incoming webhook URLs.
const SECRET = /(xox[a-z]|xapp)-[A-Za-z0-9-]+|\b[0-9a-fA-F]{32}\b|(hooks\.slack\.com\/services)\/[A-Za-z0-9/_-]+/g;

/** Replaces anything shaped like a Slack token, signing secret or webhook URL with a marker. */
export function scrubSecrets(text: string): string {
  // Most text has none of the shapes; replace() with a function costs more than a test.
  SECRET.lastIndex = 0;
  if (!SECRET.test(text)) return text;
  return text.replace(SECRET, (_match, token?: string, webhook?: string) =>
    token ? `${token}-[Redacted]` : webhook ? `${webhook}/[Redacted]` : '[Redacted]',
  );
}
