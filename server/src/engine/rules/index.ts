/** The registry of built-in rules, in documentation order. */
import type { Rule } from '../rule';
import { syntaxError } from './syntax-error';
import { macroShape } from './macro-shape';
import { moveRules } from './moves';
import { deflectingRules } from './deflecting';
import { structureRules } from './structure';
import { unfilledBlank } from './unfilled-blank';
import { WORKSPACE_RULES } from './workspace';

export const RULES: readonly Rule[] = [...moveRules, ...deflectingRules, ...structureRules, unfilledBlank, syntaxError, macroShape, ...WORKSPACE_RULES];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

/** The rule with this id, if built in. */
export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
