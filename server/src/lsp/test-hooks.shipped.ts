/** What production bundles get for `./test-hooks` (see esbuild.mjs): no test rules, no test requests. */
import type { Rule } from '../engine/rule';

/** No extra rules in a shipped server. */
export function testRules(): Rule[] {
  return [];
}

/** No test requests in a shipped server. */
export function installTestRequests(): void {}
