/**
 * The engine's configuration for regression tests on synthetic text: the phrase tables and rules alone,
 * trained models off. Synthetic fixtures pin the tables' behaviour exactly; the models are judged on
 * real replies (`npm run eval:real`) and have their own tests (tests/detect-models.test.ts).
 */
import { defaultConfig as engineDefault, mergeConfigs as engineMerge, type Config, type PartialConfig } from '../server/src/engine/config';

export type { PartialConfig } from '../server/src/engine/config';

/** Engine defaults with the trained models off. */
export function defaultConfig(): Config {
  return engineMerge(engineDefault(), { detection: { models: false } });
}

/** `mergeConfigs` of the engine (re-exported so tests import both from here). */
export function mergeConfigs(base: Config, ...layers: PartialConfig[]): Config {
  return engineMerge(base, ...layers);
}
