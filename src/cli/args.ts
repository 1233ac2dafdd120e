import { UsageError } from '../core/errors.js';

// Defined with every other coded error in src/core/errors.ts; exported here for existing importers.
export { UsageError };
/** Minimal flag parser for our CLIs: `--flag value`, `--bool`, and positional words. */
export function parseFlags(argv: string[], spec: { values: string[]; booleans: string[] }) {
  const values: Record<string, string> = {};
  const booleans = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (spec.booleans.includes(name)) {
        booleans.add(name);
      } else if (spec.values.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        values[name] = value;
      } else {
        throw new UsageError(`unknown option --${name} (allowed: ${[...spec.values, ...spec.booleans].map((f) => `--${f}`).join(', ')})`);
      }
      continue;
    }
    positional.push(arg);
  }
  return { values, booleans, positional };
}
