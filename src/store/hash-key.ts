import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HashKeyError } from '../core/errors.js';

// Defined with every other coded error in src/core/errors.ts; exported here for existing importers.
export { HashKeyError };

/**
 * The key under which Slack user ids are hashed before any store sees them. It never lives
 * beside the hashes: with the key, a list of workspace ids reverses every hash in seconds.
 */

/** The key file under DATA_DIR when neither FEEDBACK_HASH_KEY nor a signing secret is set. */
export const HASH_KEY_FILE = 'user-hash.key';

export type HashKeySource = 'FEEDBACK_HASH_KEY' | 'SLACK_SIGNING_SECRET' | 'key file';

export interface HashKey {
  key: string;
  source: HashKeySource;
  /** The key file, when the key came from one. */
  path?: string;
}

export interface HashKeyInputs {
  /** FEEDBACK_HASH_KEY, when set. */
  configured?: string;
  signingSecret?: string;
  dataDir: string;
}

/**
 * FEEDBACK_HASH_KEY when set; else a key derived from the signing secret (HTTP mode); else
 * the key in `$DATA_DIR/user-hash.key`, created (mode 0600) on first run. Throws HashKeyError
 * naming the file when it can be neither read nor created.
 */
export function resolveHashKey({ configured, signingSecret, dataDir }: HashKeyInputs): HashKey {
  if (configured) return { key: configured, source: 'FEEDBACK_HASH_KEY' };
  // A separate derivation, so the stored hashes say nothing about the secret that signs requests.
  if (signingSecret)
    return {
      key: createHmac('sha256', signingSecret).update('containers-or-vms: feedback user hash key v1').digest('hex'),
      source: 'SLACK_SIGNING_SECRET',
    };
  const path = join(dataDir, HASH_KEY_FILE);
  try {
    // 'wx' fails if the file exists: two processes starting at once keep the first key.
    writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST')
      throw new HashKeyError(
        `cannot create the user hash key file ${path}: ${(error as Error).message}. Set FEEDBACK_HASH_KEY, or DATA_DIR to a folder the bot can write to.`,
        { cause: error },
      );
  }
  try {
    const key = readFileSync(path, 'utf8').trim();
    if (key.length < 32) throw new Error(`it holds ${key.length} characters, expected at least 32`);
    if ((statSync(path).mode & 0o077) !== 0) throw new Error('it is readable by other users; chmod 600 it');
    return { key, source: 'key file', path };
  } catch (error) {
    throw new HashKeyError(
      `cannot use the user hash key file ${path}: ${(error as Error).message}. Fix the file (chmod 600, owned by the bot) or set FEEDBACK_HASH_KEY.`,
      { cause: error },
    );
  }
}

/** The stored form of a Slack user id: HMAC-SHA-256 under the key, hex. */
export function hashUserId(key: string, userId: string): string {
  return createHmac('sha256', key).update(userId).digest('hex');
}
