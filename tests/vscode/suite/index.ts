/**
 * Mocha runner loaded by VS Code's extension host (`--extensionTestsPath`), in VS Code (test-electron)
 * or in code-server. Writes a JSON result file the launching script waits for.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import Mocha from 'mocha';

export interface SuiteResult {
  passed: number;
  failed: number;
  tests: Array<{ title: string; state: 'passed' | 'failed'; error?: string }>;
  vscodeVersion: string;
  finishedAt: string;
}

/** Where the result goes: `MACROLINT_VSCODE_RESULT`, else a fixed temp path. */
export const resultPath = () => process.env.MACROLINT_VSCODE_RESULT ?? join(tmpdir(), 'macrolint-vscode-result.json');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.addFile(join(__dirname, 'extension.test.js'));
  const tests: SuiteResult['tests'] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const vscode = require('vscode') as typeof import('vscode');
      const result: SuiteResult = {
        passed: tests.filter((t) => t.state === 'passed').length,
        failed: failures,
        tests,
        vscodeVersion: vscode.version,
        finishedAt: new Date().toISOString(),
      };
      const file = resultPath();
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(result, null, 2));
      if (failures > 0) reject(new Error(`${failures} VS Code test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: Error) => tests.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err).slice(0, 2000) }));
  });
}
