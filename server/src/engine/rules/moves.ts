/** Rules about the three moves and the phrasing of apologies and promises. */
import type { Rule } from '../rule';

export const moveRules: Rule[] = [];
