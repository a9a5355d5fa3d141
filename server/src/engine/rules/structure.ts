/** Rules about structure and metadata: sections, anger type, placeholders, locale. */
import type { Rule } from '../rule';

export const structureRules: Rule[] = [];
