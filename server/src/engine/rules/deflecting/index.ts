/** The `deflecting/*` family: eight phrase rules sharing one implementation (phrase-rule.ts). */
import type { Rule } from '../../rule';
import { apologyBut } from './apology-but';
import { nonApology } from './non-apology';
import { blameShifting } from './blame-shifting';
import { customerBlame } from './customer-blame';
import { policyShield } from './policy-shield';
import { dismissive } from './dismissive';
import { minimizing } from './minimizing';
import { redirect } from './redirect';

export const deflectingRules: Rule[] = [apologyBut, nonApology, blameShifting, customerBlame, policyShield, dismissive, minimizing, redirect];
