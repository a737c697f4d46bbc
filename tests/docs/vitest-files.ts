import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A README block that is a Vitest file is run by Vitest itself, in a process of its own, as a
// user runs it: its `useWorkflowMockServer()` registers its own hooks, so the mock fails its test
// when a request broke a spec, exactly as it would in the user's project.

export interface VitestFileResult {
  passed: boolean;
  /** Each failed test's name and messages, or why the file did not run at all. */
  failures: string[];
}

interface JsonReport {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

/**
 * Runs every file in `dir` whose name ends in `.vitest.ts` or `.vitest.js`, in one Vitest process;
 * `signal` kills it, so that a file that hangs does not outlive the test that waits for it.
 */
export async function runVitestFiles(
  dir: string,
  vitestBin: string,
  env: Record<string, string>,
  signal: AbortSignal,
): Promise<Map<string, VitestFileResult>> {
  // No setup of the harness's own (its reports, its fresh-build check): only what a user's
  // minimal project would have.
  writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { include: ['*.vitest.{ts,js}'] } };\n");
  const reportFile = join(dir, 'vitest-report.json');
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(
      vitestBin,
      ['run', '--config', 'vitest.config.mjs', '--reporter', 'json', '--outputFile', reportFile],
      { cwd: dir, env: { ...process.env, ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'], signal },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, output }));
  });
  if (!existsSync(reportFile)) throw new Error(`Vitest wrote no report (exit ${code}):\n${output}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport;
  return new Map(
    report.testResults.map((file) => {
      const failures = file.assertionResults
        .filter((test) => test.status !== 'passed')
        .map((test) => `${test.fullName} (${test.status}): ${test.failureMessages.join('\n')}`);
      if (file.message) failures.unshift(file.message);
      const passed = file.status === 'passed' && file.assertionResults.length > 0 && failures.length === 0;
      if (!passed && file.assertionResults.length === 0 && !file.message) failures.push('it holds no test');
      return [file.name, { passed, failures }];
    }),
  );
}
