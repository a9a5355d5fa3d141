// `npm run test:vscode`: runs tests/vscode/suite in VS Code (Electron) through @vscode/test-electron,
// with the VS Code build at $VSCODE_EXECUTABLE or one downloaded by test-electron. Where neither is
// available it says so and exits non-zero (`npm run test:e2e` runs the same suite in code-server).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVscodeTests } from './build-vscode-tests.mjs';
import { freshWorkspace } from './vscode-test-workspace.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
const testsDir = await buildVscodeTests();
const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');

let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
if (vscodeExecutablePath && !existsSync(vscodeExecutablePath)) {
  console.error(`test:vscode: VSCODE_EXECUTABLE=${vscodeExecutablePath} does not exist.`);
  process.exit(2);
}
if (!vscodeExecutablePath) {
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: 'stable', timeout: 60_000 });
  } catch (err) {
    console.error(
      `test:vscode: cannot run: no VS Code build could be downloaded (${String(err?.message ?? err).split('\n')[0]}) and VSCODE_EXECUTABLE is not set.\n` +
        'Point VSCODE_EXECUTABLE at a VS Code binary, or run `npm run test:e2e`, which runs the same suite inside code-server.',
    );
    process.exit(1);
  }
}

const workspace = freshWorkspace();
const result = join(workspace, '..', 'result.json');
let code = 0;
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(testsDir, 'index.js'),
    extensionTestsEnv: { MACROLINT_VSCODE_RESULT: result },
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`test:vscode: ${err?.message ?? err}`);
  code = 1;
}
if (existsSync(result)) {
  const r = JSON.parse(readFileSync(result, 'utf8'));
  console.log(`test:vscode: ${r.passed} passed, ${r.failed} failed in VS Code ${r.vscodeVersion}`);
  if (r.failed) code = 1;
} else {
  console.error('test:vscode: the suite wrote no result');
  code = 1;
}
rmSync(join(workspace, '..'), { recursive: true, force: true });
process.exit(code);
