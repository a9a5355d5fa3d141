/** Rules about structure and metadata: sections, anger type, placeholders, locale. */
import type { Rule } from '../rule';
import { sectionOrder } from './section-order';
import { emptySection } from './empty-section';
import { angerType } from './anger-type';
import { placeholderSyntax } from './placeholder-syntax';
import { localeMismatch } from './locale-mismatch';

export const structureRules: Rule[] = [sectionOrder, emptySection, angerType, placeholderSyntax, localeMismatch];
