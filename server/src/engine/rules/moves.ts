/** Rules about the three moves and the phrasing of apologies and promises. */
import type { Rule } from '../rule';
import { missingAcknowledge } from './missing-acknowledge';
import { missingAlign } from './missing-align';
import { missingAssure } from './missing-assure';
import { genericAcknowledge } from './generic-acknowledge';
import { overApology } from './over-apology';
import { vagueAssurance } from './vague-assurance';

export const moveRules: Rule[] = [missingAcknowledge, missingAlign, missingAssure, genericAcknowledge, overApology, vagueAssurance];
