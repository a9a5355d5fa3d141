/**
 * End to end in a real VS Code: runs scripts/e2e-code-server.mjs, which installs code-server (cached in
 * .cache/code-server), runs the tests/vscode suite in its extension host through headless Chromium,
 * then installs the packaged .vsix with a stand-in Spanish language pack and checks what a person sees
 * (Problems panel, Spanish command titles and library view), opens the example library (the "Macro
 * Library" view, a click on a macro, the health report webview), and opens a lone macro in a folder with no macros/ folder and
 * no .macrolintrc (it must get diagnostics). No skip: if code-server cannot be installed, this fails.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

it('the extension works in code-server (VS Code 1.139): suite, packaged .vsix, Spanish UI, lone macro', async () => {
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/e2e-code-server.mjs'], {
      cwd: root,
      env: { ...process.env, MACROLINT_E2E_SKIP_BUILD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
  const lines = output.split('\n').filter((l) => l.startsWith('[e2e'));
  expect(output, output.slice(-6000)).toMatch(/suite: (\d+) passed, 0 failed/);
  expect(lines.filter((l) => / FAIL /.test(l)), output.slice(-6000)).toEqual([]);
  expect(output).toMatch(/ok {3}Problems panel lists deflecting\/apology-but/);
  expect(output).toMatch(/ok {3}Command Palette shows Spanish titles/);
  expect(output).toMatch(/ok {3}Lone macro outside a macro workspace gets diagnostics/);
  expect(output).toMatch(/ok {3}The quick-fix menu on a deflecting phrase offers its rewrites/);
  expect(output).toMatch(/ok {3}Library view lists the example macros with problem counts/);
  expect(output).toMatch(/ok {3}Clicking a YAML library macro opens its file at the macro/);
  expect(output).toMatch(/ok {3}Show Library Health Report opens a webview with the charts/);
  expect(output).toMatch(/ok {3}Explorer shows the library view in Spanish/);
  expect(code, output.slice(-6000)).toBe(0);
}, 15 * 60_000);
