/**
 * The .vsix: built with vsce from the current bundles, it holds only what runs (bundles, manifest,
 * strings, snippets, grammar, rule docs, README/CHANGELOG/LICENSE, icon): no sources, tests, maps or
 * node_modules.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Entries of a zip file, read from its central directory (name → uncompressed content reader). */
function readZip(file: string): Map<string, () => Buffer> {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.set(name, () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const vsce = join(root, 'node_modules/.bin/vsce');
let dir: string;
let vsix: string;
let entries: Map<string, () => Buffer>;

beforeAll(() => {
  // `npm test` builds dist/ first; build it here too when this file runs alone.
  if (!existsSync(join(root, 'dist/client.js')) || !existsSync(join(root, 'dist/server.js'))) execFileSync('node', ['esbuild.mjs'], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'macrolint-vsix-'));
  vsix = join(dir, `macrolint-${pkg.version}.vsix`);
  execFileSync(vsce, ['package', '--no-dependencies', '--out', vsix], { cwd: root, stdio: 'pipe', timeout: 120_000 });
  entries = readZip(vsix);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('vsix', () => {
  it('contains only what runs', () => {
    const files = [...entries.keys()].filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
    const allowed = [
      /^package\.json$/,
      /^package\.nls(\.es)?\.json$/,
      /^dist\/(client|server|report)\.js$/,
      /^l10n\/bundle\.l10n\.es\.json$/,
      /^snippets\/(markdown|yaml)\.json$/,
      /^syntaxes\/macrolint\.injection\.json$/,
      /^docs\/rules\/[a-z0-9-]+(\/[a-z0-9-]+)?\.md$/,
      /^(readme|changelog)\.md$/,
      /^LICENSE(\.txt)?$/,
      /^client\/icon\.png$/,
    ];
    expect(files.filter((f) => !allowed.some((re) => re.test(f)))).toEqual([]);
    for (const f of files) expect(f).not.toMatch(/\.ts$|\.map$|node_modules|^tests\/|^server\/src|^client\/src|\.cache|\.vsix$/);
    for (const required of ['package.json', 'package.nls.json', 'package.nls.es.json', 'dist/client.js', 'dist/server.js', 'dist/report.js', 'l10n/bundle.l10n.es.json', 'snippets/markdown.json', 'snippets/yaml.json', 'syntaxes/macrolint.injection.json', 'readme.md', 'client/icon.png']) {
      expect(files, required).toContain(required);
    }
    expect(files.some((f) => /^LICENSE/.test(f))).toBe(true);
  });

  it('ships every rule page the repository has, and everything the manifest points to', () => {
    const manifest = JSON.parse(entries.get('extension/package.json')!().toString('utf8'));
    const referenced = [manifest.main, manifest.icon, ...manifest.contributes.snippets.map((s: { path: string }) => s.path), ...manifest.contributes.grammars.map((g: { path: string }) => g.path)];
    for (const ref of referenced) expect(entries.has(`extension/${String(ref).replace(/^\.\//, '')}`), ref).toBe(true);
    const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'docs/rules'], { cwd: root, encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.md'));
    for (const f of listed) expect(entries.has(`extension/${f}`), f).toBe(true);
  });

  it('is small, and its bundles are the server and client entry points', () => {
    const size = statSync(vsix).size;
    expect(size).toBeLessThan(5 * 1024 * 1024);
    const client = entries.get('extension/dist/client.js')!().toString('utf8');
    expect(client).toMatch(/require\(["']vscode["']\)/);
    console.log(`vsix: ${(size / 1024).toFixed(1)} KiB, ${[...entries.keys()].filter((n) => !n.endsWith('/')).length} entries`);
  });
});
