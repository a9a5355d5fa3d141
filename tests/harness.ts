/**
 * Fixture harness: fixtures under tests/fixtures carry inline expectation markers.
 *
 * - `<!-- expect: rule-a, rule-b -->` (Markdown) or `# expect: rule-a` (YAML) at the end of a line:
 *   findings of those rules start on that line.
 * - A marker alone on its line applies to the next line that is not a marker.
 * - `<!-- expect +K: rule -->` / `# expect +K: rule` alone on a line: the line K lines below
 *   (for lines inside YAML block scalars, where a comment would be content); `expect @N:` line N.
 * - `<!-- fixture-rules: deflecting/*, over-apology -->` / `# fixture-rules: …`: only findings of these
 *   rules are compared (default: every rule).
 * - `<!-- fixture-config: {"helpdesk": "zendesk"} -->` / `# fixture-config: {…}`: a config layer (JSON).
 * A sibling `name.fixed.md` / `name.fixed.yaml` holds the text expected after fix-all.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lineStarts } from '../server/src/engine/text';
import type { PartialConfig } from '../server/src/engine/config';

export const FIXTURES = join(__dirname, 'fixtures');

export interface Expectation {
  line: number; // 1-based
  ruleId: string;
}

export interface Fixture {
  path: string;
  rel: string;
  text: string;
  fixedPath?: string;
  expectations: Expectation[];
  rules?: string[];
  config?: PartialConfig;
}

const MARKER = /(?:<!--|#)\s*expect(?:\s*\+(\d+)|\s*@(\d+))?\s*:\s*([^>\n]*?)\s*(?:-->)?[ \t]*$/;
const RULES = /(?:<!--|#)\s*fixture-rules\s*:\s*([^>\n]*?)\s*(?:-->)?[ \t]*$/;
const CONFIG = /(?:<!--|#)\s*fixture-config\s*:\s*(\{.*\})\s*(?:-->)?[ \t]*$/;

/** Every fixture file (not `.fixed` siblings), recursively. */
export function listFixtures(dir = FIXTURES): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFixtures(p));
    else if (/\.(md|ya?ml)$/.test(name) && !/\.fixed\.(md|ya?ml)$/.test(name) && !name.startsWith('.')) out.push(p);
  }
  return out;
}

/** Reads a fixture and its markers. */
export function readFixture(path: string): Fixture {
  const text = readFileSync(path, 'utf8');
  const starts = lineStarts(text);
  const lines = starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1] : text.length).replace(/\r?\n$/, ''));
  const expectations: Expectation[] = [];
  let rules: string[] | undefined;
  let config: PartialConfig | undefined;
  const isMarkerOnly = (l: string) => /^\s*(?:<!--|#)\s*(expect|fixture-)/.test(l);
  lines.forEach((line, i) => {
    const r = RULES.exec(line);
    if (r) rules = r[1].split(/[,\s]+/).filter(Boolean);
    const c = CONFIG.exec(line);
    if (c) config = JSON.parse(c[1]) as PartialConfig;
    const m = MARKER.exec(line);
    if (!m) return;
    const ids = m[3].split(/[,\s]+/).filter(Boolean);
    let target = i;
    if (m[1]) target = i + Number(m[1]);
    else if (m[2]) target = Number(m[2]) - 1;
    else if (isMarkerOnly(line)) {
      target = i + 1;
      while (target < lines.length && isMarkerOnly(lines[target])) target++;
    }
    for (const id of ids) expectations.push({ line: target + 1, ruleId: id });
  });
  const fixedPath = path.replace(/\.(md|ya?ml)$/, '.fixed.$1');
  return {
    path,
    rel: relative(FIXTURES, path),
    text,
    fixedPath: existsSync(fixedPath) ? fixedPath : undefined,
    expectations,
    rules,
    config,
  };
}

/** True when a rule id is selected by a fixture's `fixture-rules` (globs with a trailing `*`). */
export function ruleSelected(fixture: Fixture, id: string): boolean {
  if (!fixture.rules) return true;
  return fixture.rules.some((r) => (r.endsWith('*') ? id.startsWith(r.slice(0, -1)) : r === id));
}
