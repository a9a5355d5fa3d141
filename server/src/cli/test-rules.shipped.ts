/** What production bundles get for `./test-rules` (see esbuild.mjs): no test rules, no isolation layer. */
import type { Rule } from '../engine/rule';
import type { PartialConfig } from '../engine/config';

export const TEST_RULES: readonly Rule[] = [];

/** No layer: production builds have no test rules to isolate. */
export function isolationLayer(): PartialConfig {
  return {};
}
