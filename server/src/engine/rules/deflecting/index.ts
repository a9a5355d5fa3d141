/** The `deflecting/*` family. */
import type { Rule } from '../../rule';

export const deflectingRules: Rule[] = [];
