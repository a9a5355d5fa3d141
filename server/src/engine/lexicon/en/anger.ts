import type { AngerLexicon } from '../anger-types';

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)';
const HOUR = "(?:\\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)?|noon|midday|midnight)";
const AMOUNT = '(?:\\d+|one|two|three|four|five|six|seven|24|48|72|a couple of|a few)';
const FAILED_ACT = "(?:follow(?:ed)? up|get back to you|got back to you|call(?:ed)? you(?: back)?|reply|replied|respond(?:ed)?|write back|update(?:d)? you|keep (?:you|our promise|our word)|kept (?:you|our promise|our word)|deliver(?:ed)?|fix(?:ed)? (?:it|this|the)|do (?:what|as) we (?:said|promised)|did (?:what|as) we (?:said|promised))";

/** English anger-type phrases (regular-expression sources over normalised text). */
export const angerEn: AngerLexicon = {
  repeatYourself: [
    // "as I said I would" reports a kept promise, not impatience.
    "as i(?: have| had|'ve)? (?:already |previously |just )?(?:said|mentioned|explained|stated|told you|noted|pointed out)(?! (?:i|we)(?: would| will|'d|'ll))",
    'as (?:previously|already|i) (?:stated|mentioned|explained|noted)(?: (?:before|earlier|above|below))?(?! (?:i|we)(?: would| will|\'d|\'ll))',
    'as (?:per|stated in) my (?:last|previous|earlier) (?:email|e-mail|message|reply|response)',
    "like i (?:already |just )?(?:said|mentioned|told you)(?! (?:i|we)(?: would| will|'d|'ll))",
    "as you (?:were|have been) (?:already )?(?:told|informed)",
  ],
  ownFailure: [
    `(?:we|i) (?:didn't|did not|failed to|never|forgot to) ${FAILED_ACT}`,
    `(?:we|i) (?:should|could) have ${FAILED_ACT}`,
    "(?:we|i) (?:let you down|dropped the ball|messed up|made a mistake|got this wrong|got it wrong)",
    "(?:we|i) (?:really |truly |clearly |badly |completely )?(?:let you down|failed you)",
    "(?:we|i) (?:broke|didn't keep|did not keep) (?:our|my|that) (?:promise|word|commitment)",
    "(?:we|i) (?:promised|said we would|said i would|told you we would)[^.!?]{0,60}(?:and|but) (?:didn't|did not|never)",
    "(?:that|this|it) (?:was|is|'s) (?:on us|on me|our (?:fault|mistake)|my (?:fault|mistake))",
    "(?:that's|that is|it's|it is) (?:on us|on me)",
    '(?:our|my) (?:mistake|fault|failure)',
    'we (?:owe you|should have done better)',
  ],
  followUpTime: [
    `by (?:(?:the )?end of (?:the |today|tomorrow|this )?(?:day|week|business day)|eod|tomorrow|tonight|today|${WEEKDAY}|${HOUR}|noon|\\uE000)`,
    `(?:within|in) (?:the next )?${AMOUNT} (?:business |working )?(?:hours?|days?|minutes?)`,
    `(?:before|at|by) ${HOUR}(?: (?:today|tomorrow|on ${WEEKDAY}))?`,
    `(?:on|this|next|before) ${WEEKDAY}`,
    '(?:later today|first thing tomorrow|tomorrow (?:morning|afternoon|evening)|today|tomorrow)',
    '(?:no later than|at the latest by) [^.!?]{1,30}',
  ],
  genericAcknowledge: [
    "(?:i|we) (?:completely |totally |fully |really |do |can )?(?:understand|get|appreciate|hear) (?:your|the|how) (?:frustration|frustrating|concern|concerns|anger|upset|disappointment|feelings?)",
    '(?:i|we) (?:completely |totally |fully |really |do |can )?understand how (?:you feel|you must feel|frustrating (?:this|that|it) (?:is|must be))',
    "(?:i|we) (?:completely |totally |fully |really )?understand (?:that )?you(?:'re| are) (?:frustrated|upset|angry|disappointed|unhappy)",
    "(?:i'm|i am|we're|we are) sorry (?:for|about) (?:your|the) (?:frustration|trouble|troubles|experience|issue|issues|problem|problems)",
    "(?:i'm|i am|we're|we are) sorry (?:that )?you(?:'re| are) (?:frustrated|upset|unhappy|disappointed)",
    'thank you for (?:your|bringing) (?:feedback|patience|this to our attention)',
  ],
  specificProblem: [
    "(?:your|the|this) (?:order|package|parcel|delivery|shipment|refund|payment|charge|charges|account|subscription|booking|reservation|invoice|bill|item|items|device|product|card|login|password|flight|ticket|appointment|replacement|return|exchange|tracking|plan|renewal|app|update|purchase|transfer|installation|technician|repair|claim|warranty)",
    "(?:hasn't|has not|haven't|have not|didn't|did not|wasn't|was not|isn't|is not|never|still hasn't|still not|won't|will not|can't|cannot) (?:arrived?|come|came|shown up|showed up|worked?|working|been (?:delivered|refunded|processed|resolved|shipped|fixed|answered)|(?:been )?received|load|loading|log in|connect|charge)",
    '(?:arrived|came|was delivered) (?:damaged|broken|late|open|opened|wet|incomplete|missing|cracked|defective|wrong)',
    '(?:charged|billed) (?:you )?(?:twice|two times|double|again|the wrong amount|too much)',
    '(?:double|duplicate|wrong|unexpected|extra) (?:charge|charges|payment|item|size|order|bill)',
    '(?:late|delayed|damaged|broken|missing|lost|cancelled|canceled|stuck|declined|locked|overcharged|wrong|faulty|defective|leaking|expired|rude)',
    `(?:waiting|waited|been waiting|had to wait) (?:for )?(?:over |more than |almost |nearly )?${AMOUNT} (?:hours?|days?|weeks?|months?)`,
  ],
};
