/**
 * Every error the bot throws on purpose, in one module (as bolt-js's errors.ts): one list of
 * codes and the classes that carry them. It lives in the core because the core throws one of
 * them (FlowStateError) and may import only the core; the classes are plain (no I/O, no
 * framework), so the adapters' errors sit here too and the list stays whole. Callers tell the
 * errors apart with `instanceof` or by `code`; a message says what was wrong and what to do.
 */

export const ErrorCode = {
  ConfigInvalid: 'CONFIG_INVALID',
  FolderUnusable: 'FOLDER_UNUSABLE',
  KnowledgeEmpty: 'KNOWLEDGE_EMPTY',
  KnowledgeFolderUnreadable: 'KNOWLEDGE_FOLDER_UNREADABLE',
  KnowledgeCacheDamaged: 'KNOWLEDGE_CACHE_DAMAGED',
  FlowStateInvalid: 'FLOW_STATE_INVALID',
  Usage: 'USAGE',
  SlackPayloadMalformed: 'SLACK_PAYLOAD_MALFORMED',
  SlackShuttingDown: 'SLACK_SHUTTING_DOWN',
  StoreHashKeyUnusable: 'STORE_HASH_KEY_UNUSABLE',
  StoreSchemaTooNew: 'STORE_SCHEMA_TOO_NEW',
  StoreDatabaseUnavailable: 'STORE_DATABASE_UNAVAILABLE',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The base of every error below: a stable code and the class name as `name` (logs show it). */
export abstract class CodedError extends Error {
  abstract readonly code: ErrorCode;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The environment does not describe a usable configuration; `problems` names each bad variable and its expected form. */
export class ConfigError extends CodedError {
  readonly code = ErrorCode.ConfigInvalid;

  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** DATA_DIR or CACHE_DIR cannot be created or written; the message names the variable and the reason. */
export class FolderError extends CodedError {
  readonly code = ErrorCode.FolderUnusable;
}

/** The knowledge folder has no usable passage; the bot refuses to start rather than answer nothing. */
export class NoKnowledgeError extends CodedError {
  readonly code = ErrorCode.KnowledgeEmpty;
}

/** KNOWLEDGE_DIR is missing, not a folder, or cannot be read. */
export class KnowledgeFolderError extends CodedError {
  readonly code = ErrorCode.KnowledgeFolderUnreadable;
}

/** The index cache file is incomplete or damaged; the loader rebuilds the index instead. */
export class DamagedCacheError extends CodedError {
  readonly code = ErrorCode.KnowledgeCacheDamaged;
}

/** A decision-flow state (a button value) that is not one this bot wrote; the flow starts over. */
export class FlowStateError extends CodedError {
  readonly code = ErrorCode.FlowStateInvalid;
}

/** A command-line usage error: the CLI prints the message and exits 2. */
export class UsageError extends CodedError {
  readonly code = ErrorCode.Usage;
}

/** A verified request whose body is not a Slack payload Bolt could route; the receiver answers 400. */
export class MalformedPayloadError extends CodedError {
  readonly code = ErrorCode.SlackPayloadMalformed;
}

/** A delivery that arrives after shutdown began; HTTP answers 503 and Slack retries it elsewhere or later. */
export class ShuttingDownError extends CodedError {
  readonly code = ErrorCode.SlackShuttingDown;
}

/** The user hash key file can be neither read nor created; the message names the file. */
export class HashKeyError extends CodedError {
  readonly code = ErrorCode.StoreHashKeyUnusable;
}

/** The feedback database was written by a newer bot; upgrade the bot or move the database away. */
export class SchemaTooNewError extends CodedError {
  readonly code = ErrorCode.StoreSchemaTooNew;
}

/** PostgreSQL (DATABASE_URL) cannot be reached; writes are dropped until it is back. */
export class DatabaseUnavailableError extends CodedError {
  readonly code = ErrorCode.StoreDatabaseUnavailable;
}
