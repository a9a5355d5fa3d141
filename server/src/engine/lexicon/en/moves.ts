/**
 * English tables for the three moves, apologies, vague promises and generic acknowledgements.
 * Patterns are regular-expression source over normalised text (lower case, no accents, straight
 * quotes, placeholders as U+E000). Write constructions, not single sentences.
 */
import type { MovesLexicon } from '../moves-types';

const I = "(?:i|we)";
const WILL = "(?:'ll| will| am going to|'m going to| are going to|'re going to| shall)";
const HAVE = "(?:'ve| have| had)";
const ADV = '(?:(?:so|really|very|truly|incredibly|extremely|super|quite|understandably|definitely|genuinely|completely|totally|such|a|an|pretty|incredibly|deeply|hugely|bound to be|going to be) )*';
/** Feelings a problem causes. */
const FEEL =
  '(?:frustrat\\w*|stressful|stress|annoy\\w*|disappoint\\w*|upsett?\\w*|inconvenient|worr\\w*|confus\\w*|infuriat\\w*|exasperat\\w*|maddening|aggravat\\w*|irritat\\w*|concern\\w*|alarm\\w*|unsettling|distress\\w*|awful|terrible|horrible|unpleasant|tiring|exhausting|draining|difficult|tough|hard|rough|scary|frightening|nerve-?wracking|a (?:real )?(?:pain|hassle|headache|nightmare|letdown|let-down|shock|worry)|no fun|not fun|not great|far from ideal|less than ideal|not ideal|(?:really |so )?(?:un)?fair)';
/** Things that go wrong with an order, an account, a service. */
const THING = '(?:order|package|parcel|delivery|shipment|item|items|refund|payment|card|account|subscription|booking|reservation|flight|ticket|invoice|bill|charge|transfer|replacement|return|exchange|app|device|login|password|service|product|purchase|appointment|request|claim|plan|phone|internet|connection|laptop|order number|food|meal)';

export const movesEn: MovesLexicon = {
  moves: {
    acknowledge: {
      patterns: [
        // "I can see your order still hasn't arrived", "I understand that you were charged twice"
        `${I} (?:can |do |completely |totally |fully |really |absolutely |definitely |certainly )?(?:see|understand|realise|realize|know|hear|gather|appreciate|recognise|recognize|get|noticed|notice|saw|imagine|can imagine)(?: (?:that|how|why|what|from your (?:message|email|note)|here))*(?: (?:your|you|you've|you're|you'd|the|this|it|it's|these|those|there|waiting|having|being|not|a|an|\\uE000))`,
        `${I} can (?:only )?imagine`,
        `${I} hear you`,
        `${I} (?:completely |totally |fully )?get (?:it|that|why|how)`,
        `(?:looks|seems|sounds) like (?:your|you|the|this|it|there)`,
        `(?:thanks|thank you) for (?:letting (?:me|us) know|telling (?:me|us)|flagging|reporting|explaining|bringing this|raising|sharing|your (?:patience|message|email))[^.!?]{0,40} (?:about|that) (?:your|you|the|this)`,
        // "That sounds really frustrating", "this must have been stressful"
        `(?:that|this|it|which|what)(?:'s| is| was| has been| must be| must have been| sounds| sounded| seems| seemed| looks| would be| would have been| can be| is definitely| is really| has been really) ${ADV}${FEEL}`,
        `(?:what|such) (?:a|an) ${ADV}${FEEL}`,
        `how ${ADV}${FEEL} (?:this|that|it) (?:is|was|must|has|sounds)`,
        `(?:must|would|will) (?:be|have been|feel|have felt) ${ADV}${FEEL}`,
        // "I'm sorry you've had to deal with this", "sorry to hear your order arrived damaged"
        `(?:sorry|apologi[sz]e|apologies|regret) (?:to hear|to learn|to see|to read)`,
        `sorry (?:that |if )?(?:your|you(?!r? ?feel)|you've|you're|you'd|you had|you have|this (?:has |is |was )?happened|this happened|it happened|the (?:delay|wait|mix-?up|error|mistake|problem|issue|damage|trouble with))`,
        `(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:the|this|that|your|our) (?:(?:long|late|extra|missed|missing|double|wrong|incorrect|repeated|unexpected|duplicate|failed|broken|damaged|delayed|lost) )*(?:delay|wait|mix-?up|error|mistake|confusion|problem|issue|damage|oversight|miscommunication|charge|charges|experience|frustration|outage|disruption|downtime|cancellation|late \\w+|${THING})`,
        `sorry (?:this|that|it) (?:has |is |was )?(?:happened|been|not|isn't|wasn't|hasn't|didn't)`,
        `(?:you've|you have|you had|you've been|you have been) (?:been )?(?:waiting|had to|been (?:charged|left|kept|stuck|locked|unable|without|going back)|to wait|to chase|to deal|to contact|to reach out|to follow up|to write|to ask|chased|contacted us (?:again|twice|\\w+ times)|reached out (?:again|twice|several|multiple|\\w+ times))`,
        `(?:your|the) ${THING}(?: \\w+)? (?:still )?(?:hasn't|has not|haven't|have not|didn't|did not|never|wasn't|was not|isn't|is not|weren't|were not|arrived|was|got|came) (?:yet )?(?:arrived|arrive|shown up|show up|turned up|come|reached|received|delivered|processed|refunded|working|work|been|damaged|broken|late|missing|charged|cancelled|canceled|lost|stuck|wrong|incorrect|incomplete|declined|blocked|locked|delayed|duplicated|twice)`,
        `(?:it's|it is|that's|that is) (?:been )?(?:\\w+ )?(?:days|weeks|a week|a month|months|hours|over a week|too long) (?:since|now|and|of)`,
        `(?:after|despite) (?:waiting|all this time|several|multiple|\\w+ (?:days|weeks|attempts|calls|emails|messages))`,
        `(?:i|we)(?:'m| am|'re| are) (?:so |really |very |truly )?sorry (?:for|about) (?:everything|all of this|all this|what happened|how)`,
        `(?:i|we) (?:can )?(?:completely |totally |fully |really )?understand (?:your|the|how|why|that|what)`,
        `${I} (?:know|understand) how (?:\\w+ )?(?:frustrating|annoying|stressful|upsetting|disappointing|inconvenient|you feel|much)`,
        `(?:i|we)(?:'m| am|'re| are) (?:so |really |very |truly |deeply )?sorry (?:for|about) (?:the|your) (?:frustration|trouble|hassle|stress|worry|disappointment|experience)`,
        `(?:this|that|it)(?:'s| is| has been| was) (?:not|n't) (?:what you (?:expected|ordered|paid for|were expecting)|how (?:it|this) should)`,
      ],
      guards: [
        `(?:sorry|apologi[sz]e|apologies|regret)(?: for| about)? (?:any|all the|the|this) (?:inconvenience|inconveniences|trouble|troubles|hassle|confusion|issues|problems)(?: (?:this|that|it) (?:may|might) (?:have )?caused?)?`,
        `(?:sorry|apologi[sz]e) (?:if|that) you (?:feel|felt|think|thought|were (?:upset|offended|unhappy|confused)|are (?:upset|unhappy|confused)|perceived)`,
        `sorry you (?:feel|felt|think|thought|are upset|were upset|see it)`,
        `(?:i|we) (?:don't|do not|can't|cannot|couldn't|could not|didn't|did not) (?:see|understand|know|find|imagine)`,
        `(?:not|n't) sure (?:i|we) (?:understand|see)`,
        `${I} understand (?:that )?you (?:want|would like|'d like|wish|are asking|'re asking|need to)`,
        `(?:i|we) (?:can )?see (?:that )?(?:you (?:haven't|have not|didn't|did not|forgot|failed|missed|entered|used|selected|chose))`,
        `looks like you (?:haven't|have not|didn't|did not|forgot|missed|entered|used|selected)`,
        `(?:i|we) (?:know|understand) (?:that )?(?:this|it) (?:is|was) (?:not|n't) (?:our|my) fault`,
        `(?:hope|hoping) (?:you|this|it)`,
        `(?:it's|it is|that's|that is) (?:not|n't) (?:that|so|really) (?:big|bad|serious|hard|difficult)`,
      ],
    },
    align: {
      patterns: [
        `you(?:'re| are| were) (?:absolutely |completely |totally |quite |entirely |100% |100 percent |so |right |perfectly )*right`,
        `you(?:'re| are| have every|'ve every| have all the)? (?:(?:completely|totally|perfectly|fully|entirely|absolutely|well) )?(?:within your rights|entitled to|right to (?:be|expect|ask|feel|want|raise|complain|chase|follow)|reason to be|every right)`,
        `(?:this|that|it|which|none of this|none of that|any of this)(?:'s| is| was| really)? (?:should(?:n't| not| never)|ought not|ought never) (?:to )?(?:have )?(?:happened|happen|been|be|occur|occurred|take|taken|had|need|needed|exist|go|gone)`,
        `(?:should(?:n't| not| never)|ought not|ought never) (?:to )?have (?:had to|needed to|to|been (?:the case|necessary|this hard|like this|so hard|so difficult)|happened|been charged|been left|been waiting|waited)`,
        `(?:you|anyone|customers?) (?:shouldn't|should not|should never|should not ever) (?:have|need|be expected) to`,
        `(?:no one|nobody) should (?:have|need|be expected) to`,
        `(?:you|customers?) (?:deserve|deserved|should (?:be able to )?expect|should be able to (?:rely|trust|count))`,
        `(?:this|that|it)(?:'s| is| was| isn't| is not| wasn't| was not)(?: (?:definitely|certainly|simply|really|just|clearly))? (?:not|n't)? ?(?:the (?:kind of |sort of |level of |type of )?(?:experience|service|standard|quality|support|treatment)|what (?:we|you) (?:want|expect|aim|promise|should)|how (?:we|it|things) (?:should|want|work|is supposed))`,
        `(?:not|n't) (?:the (?:kind of |sort of |level of |type of )?(?:experience|service|standard|quality|support|treatment)|what (?:we|you) (?:want|expect|aim|promise|should|deserve|paid for))`,
        `(?:this|that|it)(?:'s| is| was)(?: (?:simply|just|really|clearly|completely|totally|absolutely|definitely))? (?:not (?:ok|okay|acceptable|good enough|right|fair|on)|unacceptable|inexcusable|not how)`,
        `(?:isn't|wasn't|is not|was not) (?:ok|okay|acceptable|good enough|right|fair)`,
        `(?:your|the|this|that|a) (?:frustration|reaction|concern|concerns|disappointment|anger|annoyance|request|question|point|complaint|feedback|feeling)s? (?:is|are|was|were) (?:(?:completely|totally|entirely|perfectly|absolutely|very|so|more than|100%|fully) )*(?:understandable|justified|valid|reasonable|fair|legitimate|warranted|right|natural|normal)`,
        `(?:it's|it is|that's|that is|this is|which is|it was|that was|it would be) (?:(?:completely|totally|entirely|perfectly|absolutely|very|so|more than|100%|fully|only|quite) )*(?:understandable|justified|valid|reasonable|fair|legitimate|natural|normal) (?:that |to |you|for you|given)`,
        `(?:it's|it is|that's|that is)(?: (?:completely|totally|entirely|perfectly|absolutely|very|so|more than|fully))* understandable`,
        `(?:a|an|that's a|that is a|such a) (?:(?:completely|totally|perfectly|very|really) )?(?:fair|valid|reasonable|legitimate|good|great|important) (?:question|point|concern|request|complaint|ask|thing to (?:ask|expect|want))`,
        `(?:i|we)(?:'d| would)(?: (?:also|definitely|certainly|absolutely))? (?:be|feel|have been|have felt) (?:(?:just as|exactly|the same|equally|really|very|so|pretty|quite) )*(?:frustrat\\w*|upset|annoyed|angry|disappointed|concerned|worried|unhappy|the same|confused|stressed)`,
        `(?:anyone|anybody|everyone|most people|i) would (?:be|feel|have been|have felt)`,
        `in your (?:shoes|position|place)`,
        `(?:we|i) (?:really |clearly |completely |totally )?(?:dropped the ball|let you down|messed (?:this |that |it )?up|made (?:a|an|this|that) (?:mistake|error)|got (?:this|that|it) wrong|fell short|failed you|owe you an apology|should have (?:done|been|caught|told|let|given|sent|checked|known|noticed|flagged|said|informed|called|replied|responded|made|handled|kept)|should've|didn't (?:do|handle|get) (?:this|that|it) right|could have done better|can do better|need to do better|must do better|have to do better)`,
        `(?:that's|that is|this is|it's|it is|this was|that was|it was|the (?:mistake|error|fault) (?:is|was)) (?:entirely |completely |totally |all |fully )?(?:on us|on me|our (?:fault|mistake|error|responsibility|failure|bad)|my (?:fault|mistake|error|responsibility|bad))`,
        `(?:the|this|that) (?:mistake|error|fault|mix-?up|failure|confusion|problem) (?:is|was) (?:entirely |completely |totally |all )?(?:ours|mine|on our (?:side|end)|on us|our)`,
        `(?:we|i) (?:take|accept|own) (?:full |complete |total )?(?:responsibility|ownership|the blame)`,
        `(?:our|my) (?:mistake|fault|error|bad|failure)`,
        `(?:we|i) (?:hear|heard) you`,
        `you were right`,
        `(?:valid|fair|legitimate|understandable|justified) (?:concern|frustration|point|question|complaint)`,
        `(?:no one|nobody) (?:wants|likes|should|enjoys|deserves)`,
        `(?:it's|it is|that's|that is|this is) (?:(?:really|a|completely|totally) )*(?:fair|reasonable|natural|normal) (?:to expect|to ask|to want|to feel|request|question|ask|expectation)`,
        `(?:we|i) (?:completely |totally |fully |absolutely )?agree`,
        `(?:you|your) (?:have|raise|make|made|raised) (?:a |an )?(?:(?:very|really|completely|totally) )?(?:good|fair|valid|great|important) (?:point|question)`,
        `(?:this|that|it) (?:is|was)(?: (?:a|an))? (?:(?:real|genuine|serious|big|major|significant) )+(?:problem|issue|failure|mistake|error|concern)`,
        `(?:that's|that is|this is|it's|it is|it was|that was|this was)(?: (?:really|clearly|simply|just|absolutely))? (?:not|n't) (?:(?:on you|your fault|something you (?:did|should)|something you should have to|down to you))`,
        `(?:not|n't) your fault`,
        `(?:that's|this is|it's|that is|this is|it is|it was|that was) (?:not|n't) (?:how|what) (?:it|this|things|we) (?:should|is supposed|are supposed|were supposed|was supposed|want)`,
        `(?:we|i) (?:got|had) (?:this|that|it) wrong`,
      ],
      guards: [
        `(?:not|n't) (?:our|my) (?:mistake|fault|error|responsibility)`,
        `(?:if|unless|whether) you(?:'re| are) right`,
        `(?:you|customers?) (?:should|will) (?:need to|have to) (?:contact|call|reach|speak|ask|send|provide|check|wait|go)`,
        `you (?:have to|need to) (?:contact|call|reach|speak|ask|send|provide|check|wait|go|make|fill|submit|log|sign|update|try|restart|click|follow|return|pay|include|use|enter|reply)`,
        `(?:anyone|no one|nobody) (?:can|could) (?:help|tell|see)`,
        `(?:not|n't) (?:agree|entitled|within your rights)`,
        `(?:we|i) (?:can't|cannot|don't|do not) agree`,
        `(?:we|i) agree (?:to|with the terms)`,
        `i would (?:be|feel) (?:happy|glad|delighted|pleased)`,
        `(?:anyone|anybody|everyone) would (?:be|feel) (?:happy|glad|able|pleased)`,
      ],
    },
    assure: {
      patterns: [
        // "I'll refund you today", "we're going to send a replacement"
        `${I}${WILL}(?: (?:personally|also|now|then|immediately|gladly|happily|right away|definitely|certainly|absolutely|make sure to|be sure to|be happy to|be glad to|first|still|keep|continue to|get|go ahead and|happily|quickly|closely|actively|urgently|as a priority|directly|today|straight away|of course))* (?:refund|send|ship|replace|update|contact|check|escalate|follow|email|e-mail|message|call|phone|text|ring|keep|make sure|ensure|fix|process|issue|credit|reach out|investigate|look|look into|get|sort|resolve|take|arrange|cancel|reship|re-?send|review|monitor|waive|book|schedule|expedite|chase|confirm|let you know|be in touch|be back|get back|reply|respond|write|open|file|track|stay on|handle|work|push|have|add|apply|reset|restore|reactivate|re-?activate|unlock|correct|cover|pay|reimburse|compensate|set up|organise|organize|dispatch|post|forward|pass|flag|raise|log|report|ask|speak|talk|liaise|coordinate|collect|pick up|repair|upgrade|extend|honou?r|match|deliver|provide|give|offer|prioriti[sz]e|personally|be following|be keeping|be checking|be monitoring|be reaching|be sending|be in contact|be contacting|be working|be looking|be updating|be back in touch|need to check|investigate|find out|dig into|look at|double-check|double check|verify|trace|walk you|guide you|help you|call you|remove|delete|close|reverse|credit|void|transfer|move|switch|rebook|reroute|redeliver|redeliver|re-deliver|notify|inform|remind|hold|reserve|put|do|make|try|see (?:to it|that))`,
        `${I}${HAVE}(?: (?:just|already|now|also|since|gone ahead and|personally|today|immediately|successfully|manually|fully))* (?:refunded|issued|sent|processed|escalated|shipped|credited|cancell?ed|canceled|reset|replaced|arranged|re-?shipped|re-?sent|passed|forwarded|flagged|reported|opened|created|added|applied|updated|corrected|fixed|restored|reactivated|unlocked|booked|scheduled|expedited|contacted|asked|raised|logged|filed|waived|reversed|upgraded|extended|placed|set up|put|initiated|started|submitted|confirmed|reached out|spoken|talked|reviewed|checked|investigated|looked into|looked at|removed|deleted|closed|voided|transferred|moved|switched|rebooked|rerouted|notified|informed|refund|organi[sz]ed|dispatched|posted|chased|made sure|ensured|double-checked|verified|traced|tracked|resolved|sorted|taken care|attached|included|enclosed|emailed|messaged|called|requested|authori[sz]ed|approved|prioriti[sz]ed|marked|tagged|assigned|given|provided|granted|generated|re-?issued|reissued|re-?activated|located|found|tested|increased|adjusted|amended|changed|merged|recovered|re-?opened|reopened|sped up|pushed|returned|paid|reimbursed|compensated|covered|honou?red|matched)`,
        `${I}(?:'m| am|'re| are)(?: (?:now|currently|already|also|still|actively|personally|right now|busy))* (?:checking|looking into|looking at|investigating|working on|working with|escalating|processing|following up|chasing|arranging|refunding|sending|contacting|reviewing|monitoring|tracking|fixing|sorting|preparing|organi[sz]ing|speaking|talking|liaising|reaching out|getting|issuing|crediting|shipping|dispatching|replacing|booking|raising|taking care|on it|on the case|in touch|waiting to hear|happy to (?:refund|send|replace|offer|cover|credit|waive|upgrade|extend|issue|arrange)|going to|about to|treating|handling|digging|double-checking|verifying|keeping (?:an eye|track|you)|making sure|adding|applying|giving|offering|providing|covering|waiving|upgrading|extending)`,
        `(?:let me|allow me to|i'd like to|i would like to|i want to|we want to|we'd like to|i'd be happy to|i would be happy to|we'd be happy to|i'd be glad to|i am happy to|i'm happy to|we're happy to|we are happy to|i can|we can|i could|we could)(?: (?:personally|also|now|quickly|first|gladly|immediately|go ahead and|definitely|certainly))* (?:refund|send|ship|replace|check|escalate|follow up|fix|process|issue|credit|investigate|look into|sort|resolve|take care|arrange|cancel|reship|re-?send|review|waive|book|schedule|expedite|chase|make (?:this|it|things|that) right|make up for|offer|cover|upgrade|extend|reset|restore|reactivate|unlock|correct|compensate|reimburse|dig into|find out|see what happened|get (?:this|that|it|you|a|the|your)|contact|reach out|speak|talk|call)`,
        `(?:a|an|your|the|our)(?: (?:full|partial|new|free|replacement|fresh|second|additional|extra|complimentary))* (?:refund|replacement|credit|voucher|discount|coupon|code|order|parcel|package|item|fix|patch|update|return label|label|courier|engineer|technician|reply|response|update|callback|call back|compensation|gift card|reimbursement|apology gift|shipment|delivery|reshipment|exchange|ticket|case|investigation|claim|request|complaint|escalation|report)(?: (?:of|for) [^.!?]{1,40})? (?:is (?:now |already )?(?:on (?:its|the) way|being (?:processed|prepared|sent|shipped|reviewed|handled|arranged|investigated)|in progress|underway|scheduled|booked|confirmed|ready|approved|issued|sent|processed|arranged)|was (?:just |already )?(?:issued|sent|processed|approved|created|opened|shipped|credited|refunded|booked|arranged|escalated|raised|logged)|will (?:be (?:with you|there|delivered|sent|shipped|refunded|credited|processed|issued|back|ready|available|on its way|dispatched|replaced|fixed|restored|visible|applied|added|reflected|in your)|arrive|reach|show|appear|go out|ship|follow|land)|should (?:arrive|reach|be (?:with you|in your|visible|back|there)|show|appear|land|follow)|goes out|ships|leaves (?:our|the) (?:warehouse|depot)|(?:arrives|lands) (?:tomorrow|today|on|by|within|in))`,
        `(?:has|have) (?:now |already |just )?been (?:refunded|issued|sent|processed|escalated|shipped|credited|cancell?ed|reset|replaced|arranged|re-?shipped|resolved|fixed|restored|reactivated|unlocked|booked|scheduled|expedited|applied|added|updated|corrected|waived|reversed|upgraded|extended|approved|dispatched|posted|reissued|re-?issued|flagged|passed|forwarded|raised|logged|reported|assigned|prioriti[sz]ed)`,
        `you(?:'ll| will| should)(?: (?:also|then|now|soon|shortly|automatically|still))? (?:receive|get|see (?:the|a|your|it)|hear (?:from|back)|have (?:the|a|your|it)|be (?:refunded|credited|contacted|reimbursed|receiving|getting|hearing|notified|updated|sent)|find (?:the|a|your))`,
        `expect (?:a|an|the|your|our|my) (?:refund|replacement|email|update|call|reply|response|credit|follow-up|message|parcel|package|delivery|engineer|technician)`,
        `(?:i|we)(?:'ll| will) (?:be )?(?:in touch|back in touch|following up|keeping you|updating you|reaching out|writing)`,
        `(?:i|we)(?:'m| am|'re| are) (?:going to|gonna) (?:make|get|keep|put|do)`,
        `(?:i|we) (?:personally )?(?:promise|guarantee|commit|undertake)`,
        `(?:i|we)(?:'ve| have) (?:gone ahead|taken|made|got|escalated)`,
        `(?:i|we) (?:just |already |also |then |immediately |personally )?(?:refunded|issued|sent|processed|escalated|shipped|credited|cancell?ed|replaced|arranged|reshipped|forwarded|flagged|reported|opened|created|added|applied|updated|corrected|fixed|restored|reactivated|unlocked|booked|scheduled|expedited|contacted|raised|logged|filed|waived|reversed|upgraded|extended|checked|investigated|looked into|spoke|talked|reached out|confirmed|dispatched|posted|emailed|called|made sure|asked)`,
        `(?:next step|next steps|what happens next|here's what (?:i|we)(?:'ll|'re| will| are)|here is what (?:i|we)|from here,? (?:i|we))`,
        `(?:i|we)(?:'ll| will) (?:not|never) let (?:this|that|it) happen again`,
        `(?:i|we)(?:'ll| will) (?:\\uE000)`,
        `(?:i|we)(?:'ll| will) be (?:personally )?\\w+ing (?:this|it|your|you|the|that)`,
        `(?:on|with) (?:its|their) way`,
        `(?:i've|i have|we've|we have) (?:got|taken) (?:this|it|that|your)`,
        `(?:keep|keeping) you (?:posted|updated|informed|in the loop)`,
        `(?:i|we)(?:'ll| will| would)(?: (?:also|definitely))? like to (?:offer|give|send|refund|credit|make)`,
        `(?:as|by way of) (?:a )?(?:goodwill|an apology|compensation|a thank you|a gesture)`,
        `(?:i|we)(?:'d| would) like to (?:offer|give|send|refund|credit|make)`,
      ],
      guards: [
        `(?:let (?:me|us) know|get in touch|reach out|contact us|reply|write back|don't hesitate) (?:if|when|whether|should|in case|for)`,
        `${I} (?:would|'d) (?:need|require|ask) you`,
        `(?:i|we) (?:can't|cannot|can not|couldn't|could not|won't|will not|are unable to|aren't able to|am unable to|'re unable to|'m unable to|are not able to|am not able to)`,
        `(?:i|we)(?:'ll| will) (?:need|require|ask|have to ask|wait for you|be happy to help|be glad to help|be happy to assist|be here)`,
        `(?:i|we) can (?:help|assist|answer|be reached)`,
        `(?:i|we)(?:'re| are| am|'m) (?:happy|glad|here) to (?:help|assist|answer)`,
        `(?:i|we) can (?:see|tell|confirm that you|understand|imagine|only)`,
        `(?:i|we) (?:could|can) (?:not|n't)`,
        `(?:hope|hopefully|wish)`,
        `(?:you|you'll|you will) (?:need|have) to`,
        `if you (?:would like|'d like|want|need|wish|prefer)`,
      ],
    },
  },
  apologies: {
    patterns: [
      `(?:(?:i|we)(?:'m| am|'re| are) )?(?:(?:so|very|really|truly|deeply|sincerely|terribly|extremely|profoundly|profusely|incredibly|awfully|genuinely|most|all|again|and) )*sorry`,
      `(?:(?:i|we) )?(?:(?:sincerely|deeply|truly|humbly|profusely|really|again|also|do) )*apologi[sz](?:e|es|ed|ing)`,
      `(?:(?:please )?accept )?(?:(?:our|my) )?(?:(?:sincere|sincerest|deepest|deep|heartfelt|humble|humblest|profound|profuse|most sincere|many|a thousand|a million|again|sincere and|deepest and) )*apolog(?:y|ies)`,
      `(?:(?:please )?forgive (?:me|us)|(?:we|i) beg (?:your|for) (?:forgiveness|pardon)|pardon (?:me|us)|my bad)`,
      `(?:(?:i|we) )?(?:(?:deeply|sincerely|truly|really|greatly) )?regret (?:that|the|this|to|any|having|what)`,
      `(?:(?:i|we)(?:'re| are|'m| am) )?(?:so )?(?:very |truly )?(?:embarrassed|ashamed)`,
    ],
    guards: [
      `(?:no need|you don't need|you do not need|there's no need|there is no need|don't|do not) (?:to )?(?:be sorry|apologi[sz]e|worry)`,
      `sorry to (?:bother|trouble|ask|chase|say)(?! that)`,
      `(?:i|we) (?:am|'m|are|'re) (?:not|n't) sorry`,
    ],
  },
  inflated: [
    {
      pattern: `(?<s>i|we)(?<v>'m| am|'re| are) (?:(?:so|very|really|truly|sincerely|genuinely|most|deeply|profoundly|profusely|immensely|infinitely|unreservedly|wholeheartedly)(?:,? and |, | ))*(?:deeply|profoundly|profusely|immensely|infinitely|unreservedly|wholeheartedly)(?:(?:,? and |, | )(?:so|very|really|truly|sincerely|genuinely|deeply|profoundly|profusely))* sorry`,
      replacement: '$<s>$<v> sorry',
    },
    {
      pattern: `(?<s>i|we)(?<v>'m| am|'re| are) (?:so |very |really )?(?:truly|sincerely|genuinely|really|terribly|extremely)(?:,? and |, )(?:truly|sincerely|genuinely|really|terribly|extremely) sorry`,
      replacement: '$<s>$<v> sorry',
    },
    { pattern: `(?<s>i|we) (?:most )?(?:humbly|profusely|deeply|profoundly|unreservedly|wholeheartedly|(?:sincerely|truly) and (?:deeply|profusely|humbly|sincerely|truly)|deeply and (?:sincerely|truly|humbly)) apologi[sz]e`, replacement: '$<s> apologise' },
    { pattern: `(?<s>i|we) (?:humbly )?(?:beg|ask|request|implore) (?:for )?your (?:forgiveness|pardon|understanding and forgiveness)`, replacement: '$<s> apologise' },
    { pattern: `(?<s>i|we) (?:cannot|can't|can not|could not|couldn't) (?:apologi[sz]e|say (?:sorry|how sorry (?:i|we) (?:am|are))) (?:enough|sufficiently)`, replacement: '$<s> apologise' },
    { pattern: `(?:(?:please )?accept )?(?:our|my) (?:(?:deepest|humblest|most sincere|most profound|most heartfelt|profound|profuse|most humble|sincerest and deepest|deepest and most sincere|deepest and sincerest|heartfelt and sincere|sincere and heartfelt)(?:,? (?:and )?| ))+apologies`, replacement: 'our apologies' },
    { pattern: `(?:a )?(?:thousand|million|1000|100) apologies`, replacement: 'apologies' },
    { pattern: `from the (?:very )?bottom of (?:our|my) hearts?`, replacement: '' },
    { pattern: `(?:there are|we have|i have) no words`, replacement: '' },
  ],
  vague: {
    patterns: [
      `as (?:soon|quickly|fast) as (?:possible|we can|i can|humanly possible|we're able|we are able)`,
      `asap`,
      `at (?:the|our) (?:earliest|first) (?:opportunity|convenience|possible)`,
      `in (?:due course|the near future|a timely manner|a timely fashion)`,
      `(?:shortly|soon|in a bit|in a while|before long|at some point|sometime|eventually)`,
      `(?:we|i)(?:'ll| will| are going to|'re going to|'m going to| am going to| shall)(?: (?:definitely|certainly|try to|be sure to|make sure to|also))? (?:look into (?:it|this|that|the matter|the issue|your (?:case|issue|request|query|complaint))|look at (?:it|this|that)|check (?:on )?(?:it|this|that)|see what (?:we|i) can do|do (?:our|my) best|do what (?:we|i) can|try (?:our|my) best|investigate(?: (?:it|this|that|the matter))?|get back to you|be in touch|follow up|look into it|review (?:it|this|that)|pass (?:it|this|that) on|take a look|keep (?:this|it) in mind|take (?:this|it|your feedback) into (?:account|consideration)|consider (?:it|this|that)|get (?:this|it|that) (?:sorted|fixed|resolved|looked at))`,
      `(?:we|i)(?:'re| are|'m| am) (?:currently )?(?:looking into (?:it|this|that|the matter)|working on (?:it|this|that)|on it)`,
      `(?:someone|somebody|a member of (?:our|the) team|one of (?:our|my) (?:colleagues|team|agents|specialists)|the (?:relevant|appropriate|right) (?:team|department|person)|our team|the team)(?: will| should| is going to)? (?:get back to you|be in touch|contact you|reach out|look into|follow up|respond|reply)`,
      `(?:we|i)(?:'ll| will) try`,
      `hopefully`,
      `(?:we|i)(?:'ll| will) (?:let you know|update you|keep you (?:posted|updated|informed))(?: (?:when|once|if|as soon as) (?:we|i) (?:can|know|hear|have (?:more|news|an update)))`,
    ],
    guards: [
      // Concrete times and deadlines in the same sentence make a promise specific.
      `(?:by|before|on|until|no later than|end of|close of) (?:the )?(?:end of )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|noon|midday|midnight|eod|cob|the end of (?:the|this|today)|end of (?:day|the day|business|the week|this week)|\\d)`,
      `within (?:the next )?(?:\\d+|one|two|three|four|five|six|seven|ten|twelve|24|48|72|a|an|the next|a couple of|a few) ?(?:business |working |calendar )?(?:hours?|days?|minutes?|weeks?|mins?|hrs?)`,
      `in (?:the next )?(?:\\d+|one|two|three|four|five|ten|twenty|thirty|an|a) (?:business |working )?(?:hours?|days?|minutes?|mins?)`,
      `(?:today|tomorrow|tonight|this (?:morning|afternoon|evening)|later today|first thing)`,
      `(?:at|before|by) \\d{1,2}(?::\\d\\d)? ?(?:am|pm|a\\.m\\.|p\\.m\\.)?`,
      `\\d{1,2}(?::\\d\\d)? ?(?:am|pm)`,
      `(?:\\d+|one|two|three|four|five|ten|24|48|72) (?:business |working )?(?:hours|days)`,
      // Not a promise by us.
      `(?:speak|talk|hear from you|see you|get well|chat|write) soon`,
      `(?:at your (?:earliest )?convenience)`,
      `(?:as soon as|once|when) (?:it|you|your|the|they|we|i) (?:\\w+ )?(?:arrive|arrives|reach|reaches|lands|land|is|are|have|has|get|gets|receive|receives|hear|heard|know|confirm|confirms|ship|ships|back)`,
      `(?:please|kindly|could you|can you|would you|if you could|you can|you should|you'll need|you will need|you need)`,
      `(?:hope|hoping|hopefully) (?:this|that|it|you|to)`,
      `(?:too|so) soon`,
      `sooner`,
    ],
  },
  generic: {
    patterns: [
      `(?:i|we) (?:completely |totally |fully |really |truly |absolutely |definitely |certainly |do |can )?(?:understand|appreciate|recogni[sz]e|hear|get|feel|share|acknowledge) (?:your|the) (?:frustration|concern|concerns|disappointment|annoyance|anger|feelings|situation|point|position|upset|worry|worries|stress|dissatisfaction|inconvenience|trouble|problem|issue|frustrations|point of view|perspective)`,
      `(?:i|we) (?:completely |totally |fully |really |truly |do |can )?(?:understand|know|see|imagine|can imagine) how (?:you (?:feel|must feel|are feeling|felt)|(?:frustrating|annoying|upsetting|stressful|disappointing|difficult|hard)(?: (?:this|that|it) (?:is|must be|can be|has been|was|might be|may be))?)`,
      `(?:i|we) (?:hear you|get it|understand|see|feel you|totally get it)(?= ?[.!,;]|$)`,
      `(?:i|we)(?:'m| am|'re| are) (?:so |really |very |truly )?sorry (?:for|about) (?:the|your|any|all the) (?:frustration|trouble|hassle|stress|worry|disappointment|inconvenience|bad experience|experience|issue|issues|problem|problems)`,
      `(?:i|we)(?:'m| am|'re| are) (?:so |really |very |truly )?sorry (?:to hear (?:that|this|about that|about this)|about (?:that|this)|for that)(?= ?[.!,;]|$)`,
      `(?:i|we) (?:completely |totally |really )?understand (?:this|that|it) (?:is|must be|can be|has been) (?:(?:very|really|so|quite) )?(?:frustrating|annoying|upsetting|stressful|disappointing|difficult)`,
      `(?:i|we) (?:understand|appreciate|know) (?:that )?(?:this|that|it) (?:is|has been|must be|was|can be) (?:(?:a|an|very|really|so|quite) )*(?:frustrating|annoying|upsetting|stressful|disappointing|difficult|inconvenient)(?: (?:situation|experience|time))?`,
    ],
  },
  specificTail: [
    `,? (?:with|about|over|regarding|at|that|because|since|as|when|caused by|of|around|on|after|given|considering|after) (?:the|your|this|having|being|a|an|not|waiting|how|it|we|our|you|these|those|\\uE000)`,
    `,? (?:that|now that|since|because|as) `,
  ],
  greeting: [
    `(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening|day)|greetings|howdy|thanks|thank you|hi there|hello there|hey there)(?: |,|!|\\.|$|:|\\uE000)`,
  ],
  signOff: [
    `(?:best|best regards|best wishes|kind regards|kindest regards|warm regards|warmly|warm wishes|regards|all the best|cheers|sincerely|yours sincerely|yours truly|yours faithfully|yours|many thanks|thanks again|thanks|thank you|take care|talk soon|speak soon|respectfully|with thanks|with appreciation|have a (?:great|good|lovely|nice|wonderful) (?:day|week|weekend|evening))[,.!]?(?: |$|\\uE000)`,
    `(?:the )?\\uE000 team`,
  ],
  templates: {
    acknowledge: {
      before: { tu: "I can see that [Describe their specific problem], and I'm sorry you've had to deal with it.", usted: "I can see that [Describe their specific problem], and I'm sorry you've had to deal with it." },
      during: { tu: "I can see that [Describe what went wrong], and I'm sorry our replies made this harder for you.", usted: "I can see that [Describe what went wrong], and I'm sorry our replies made this harder for you." },
      after: { tu: "I can see that [Describe the problem that came back] even after we said it was fixed, and I'm sorry you've had to come back to us about it.", usted: "I can see that [Describe the problem that came back] even after we said it was fixed, and I'm sorry you've had to come back to us about it." },
      none: { tu: "I can see that [Describe their specific problem].", usted: "I can see that [Describe their specific problem]." },
    },
    align: {
      before: { tu: "You're right: this shouldn't have happened.", usted: "You're right: this shouldn't have happened." },
      during: { tu: "You're right, and that's not the experience we want you to have with us.", usted: "You're right, and that's not the experience we want you to have with us." },
      after: { tu: "You're right to expect it to stay fixed, and this shouldn't have happened again.", usted: "You're right to expect it to stay fixed, and this shouldn't have happened again." },
      none: { tu: "You're right to raise this: [Say why their concern is valid].", usted: "You're right to raise this: [Say why their concern is valid]." },
    },
    assure: {
      before: { tu: "I'll personally make sure [Describe the next step], and I'll update you by [Day].", usted: "I'll personally make sure [Describe the next step], and I'll update you by [Day]." },
      during: { tu: "I'll take this over from here: I'll [Describe the next step] and update you by [Day].", usted: "I'll take this over from here: I'll [Describe the next step] and update you by [Day]." },
      after: { tu: "I'll personally make sure [Describe the lasting fix], and I'll check back with you on [Day] to confirm it is still working.", usted: "I'll personally make sure [Describe the lasting fix], and I'll check back with you on [Day] to confirm it is still working." },
      none: { tu: "I'll [Describe the next step] and update you by [Day].", usted: "I'll [Describe the next step] and update you by [Day]." },
    },
  },
};
