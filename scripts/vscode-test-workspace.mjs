// A fresh temp copy of tests/vscode/workspace (the suite's fixes write to it).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Copies the fixture workspace to a new temp folder and returns its path. */
export function freshWorkspace() {
  const dir = join(mkdtempSync(join(tmpdir(), 'macrolint-ws-')), 'workspace');
  cpSync(join(root, 'tests', 'vscode', 'workspace'), dir, { recursive: true });
  return dir;
}
