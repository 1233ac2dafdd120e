import { NoKnowledgeError } from '../knowledge/base.js';
import { KnowledgeFolderError } from '../knowledge/fs.js';
import { UsageError } from './args.js';

/** Runs a CLI's main: usage and knowledge problems exit 2 with one clear line, anything else 1. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => {
      process.exitCode = process.exitCode ?? 0;
    },
    (error: unknown) => {
      if (error instanceof UsageError || error instanceof KnowledgeFolderError || error instanceof NoKnowledgeError) {
        process.stderr.write(`error: ${error.message}\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
