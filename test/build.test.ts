import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` runs compiled JavaScript. The build is made the way `npm run build` makes it, but
 * into a scratch folder so a developer's dist/ is left alone, and the entry the start script
 * names is run from there with a question on stdin. The folder is inside the project so the
 * compiled code finds its packages in node_modules, as dist/ does.
 */

const root = process.cwd();
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const scratch = mkdtempSync(join(root, 'node_modules', '.cache', 'build-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(command: string, args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      command,
      args,
      {
        cwd: root,
        timeout: 120_000,
        env: {
          PATH: process.env.PATH ?? '',
          NO_COLOR: '1',
          CACHE_DIR: join(scratch, 'cache'),
          DATA_DIR: join(scratch, 'data'),
          KNOWLEDGE_WATCH: 'false',
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input ?? '');
  });
}

describe('compiled start', () => {
  it('the start script runs node on the compiled entry, and that entry answers in the local chat', async () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe('node dist/index.js');
    expect(scripts.prepare).toContain('npm run build');
    const out = join(scratch, 'dist');
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const build = await run(process.execPath, [
      tsc,
      '-p',
      'tsconfig.build.json',
      '--outDir',
      out,
      '--tsBuildInfoFile',
      join(out, '.tsbuildinfo'),
    ]);
    expect(build.stdout + build.stderr).toBe('');
    expect(build.code).toBe(0);
    const chat = await run(process.execPath, [join(out, 'index.js')], 'can containers run on virtual machines?\n/quit\n');
    expect(chat.code).toBe(0);
    expect(chat.stdout).toContain('containers can run seamlessly on virtual machines');
  }, 180_000);
});
