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
        `${I} (?:can |do |completely |totally |fully |really |absolutely |definitely |certainly )?(?:see|understand|realise|realize|know|hear|gather|appreciate|recognise|recognize|get|noticed|notice|saw|imagine|can imagine)(?: (?:exactly|completely|totally|fully|clearly|entirely|really|now|perfectly|well|straight away))?(?: (?:that|how|why|what|from your (?:message|email|note)|here))*(?: (?:your|you|you've|you're|you'd|the|this|it|it's|these|those|there|waiting|having|being|not|a|an|\\uE000))`,
        `${I} can (?:only )?imagine`,
        `${I} hear you`,
        `${I} (?:completely |totally |fully )?get (?:it|that|why|how)`,
        `(?:looks|seems|sounds) like (?:your|you|the|this|it|there)`,
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
        `(?:your|the) ${THING}(?: \\w+)? (?:still )?(?:(?:hasn't|has not|haven't|have not|didn't|did not|never|wasn't|was not|isn't|is not|weren't|were not) (?:yet )?(?:arrived|arrive|shown up|show up|turned up|come|reached|received|delivered|processed|refunded|working|work|been (?:delivered|processed|refunded|fixed|resolved|sorted|shipped|sent)|load|loading|showing|show)|(?:arrived|came|turned up|showed up|got here|was delivered) (?:\\w+ )?(?:damaged|broken|late|cold|missing|wrong|incomplete|open|opened|crushed|cracked|torn|leaking|spoiled|melted|faulty|in pieces|with))`,
        `(?:is|was|'s|has been|must be|must have been|sounds|sounded|were|are) ${ADV}(?:${FEEL}|gutting|a (?:\\w+ )?(?:rubbish|horrible|awful|terrible|miserable|lousy|frustrating|poor|sad|nasty|stressful|disappointing|unpleasant|infuriating|gutting|bad|dreadful|annoying|maddening) (?:end|way|start|thing|experience|surprise|outcome|situation|welcome|morning|day|night|week|weekend|evening|trip|time|moment))`,
        `(?:caught|left|put) you (?:off guard|out of pocket|in a (?:bind|tough spot|difficult position)|stranded|without|hanging)`,
        `you (?:wrote|mentioned|said|told (?:us|me)|explained|described|reported|noted|pointed out|let (?:us|me) know)(?: in your (?:message|email))?,? (?:that|how|your|the|you)`,
        `(?:i|we|my colleague|our (?:team|agent|courier|driver)) (?:told|promised|assured|said to) you`,
        `(?:i|we|my colleague|our (?:team|agent)) (?:didn't|did not|never|forgot to|failed to) (?:mention|tell|send|call|reply|respond|follow|update|offer|let|get back|explain|give|pass|ship|refund|process|notice|check|answer|deliver|keep)`,
        `(?:because|since|after|when) (?:our|we|my colleague|the team|i) (?:\\w+ ){0,3}(?:failed|forgot|missed|broke|crashed|didn't|did not|never|lost|charged|messed|got (?:it|this) wrong|overcharged|double-charged)`,
        `${I} (?:know|understand|realise|realize|appreciate) (?:how much |what )?(?:\\w+ ){0,3}(?:depends?|matters?|means?|relies?|rely|counts?|counting|relying) (?:on|to)`,
        `(?:sorry|apologi[sz]e|apologies|apology|regret)(?: \\w+){0,3}? (?:about|for) (?:the|your|our|this|that|these|those|having|not|being|what|how|\\w+ing) \\w+`,
        `(?:apologi[sz]e|regret) that (?:your|you|the|we|our|this|it)`,
        `(?:it's|it is|that's|that is) (?:been )?(?:\\w+ )?(?:days|weeks|a week|a month|months|hours|over a week|too long) (?:since|now|and|of)`,
        `(?:after|despite) (?:waiting|all this time|several|multiple|\\w+ (?:days|weeks|attempts|calls|emails|messages))`,
        `(?:i|we)(?:'m| am|'re| are) (?:so |really |very |truly )?sorry (?:for|about) (?:everything|all of this|all this|what happened|how)`,
        `(?:i|we) (?:can )?(?:completely |totally |fully |really )?understand (?:your|the|how|why|that|what)`,
        `${I} (?:know|understand) how (?:\\w+ )?(?:frustrating|annoying|stressful|upsetting|disappointing|inconvenient|you feel|much)`,
        `(?:i|we)(?:'m| am|'re| are) (?:so |really |very |truly |deeply )?sorry (?:for|about) (?:the|your) (?:frustration|trouble|hassle|stress|worry|disappointment|experience)`,
        `(?:this|that|it)(?:'s| is| has been| was) (?:not|n't) (?:what you (?:expected|ordered|paid for|were expecting)|how (?:it|this) should)`,
        // Retelling the customer's problem with no cue word ("Your broadband has dropped every evening",
        // "The dress you ordered arrived two days after the wedding", "You were charged twice").
        `(?:your|the|their|her|his) (?:[\\w'-]+ ){0,6}(?:arrived|came|turned up|showed up|got here|came back|came through|was delivered|were delivered|went out|was sent|were sent|was returned|was shipped|got delivered) (?:[\\w'-]+ ){0,3}?(?:with|without|damaged|broken|late|after|cold|warm|missing|wrong|for the wrong|in pieces|open|opened|crushed|cracked|torn|leaking|faulty|too|two|three|four|five|six|\\d+|a (?:day|week|month|fortnight)|the same|still|half|empty|incomplete|smashed|dented|stained|upside down)`,
        `your (?:[\\w'-]+ ){1,3}(?:has |have |had |is |are |was |were )?(?:been |kept |now |still |repeatedly |constantly )*(?:dropp(?:ed|ing)|cut(?:ting)? out|crash(?:ed|ing)|fail(?:ed|ing)|leak(?:ed|ing)|broke|broken|stopped (?:working|responding|charging|syncing|loading)|down|off|out of (?:action|service|order)|locked out|bounced|lapsed|missing|disconnected|overcharged|double-charged|wiped|lost|corrupted|stuck|flooded|flooding|dead|faulty|unusable|not (?:working|loading|arriving|showing|syncing))(?! (?:by|at) (?:the )?(?:customer|you))`,
        `your (?:[\\w'-]+ ){1,2}still (?:show|shows|say|says|list|lists|display|displays|has|have|isn't|aren't|won't|doesn't|don't|hasn't|haven't|can't|cannot|carries|carry)`,
        `your (?:[\\w'-]+ ){1,3}(?:had|has|have|showed|shows|listed|lists|was|were|is|are|carried|printed) (?:[\\w'-]+ )?(?:the |a |an )?(?:wrong|incorrect|mistaken)`,
        `(?:was|were|got|has been|have been|'ve been) (?:sent|delivered|shipped|given|charged|billed|posted|assigned|booked|applied|issued|printed|put) (?:to |for |at |on |in )?(?:the |a |an )?(?:wrong|incorrect)`,
        `you(?:'ve| have)? (?:were|was|been|got) (?:charged|billed|overcharged|double-charged|debited|sent the wrong|given the wrong|cut off|disconnected|locked out|logged out|kept waiting|left waiting|turned away|bumped|downgraded|put on hold|stranded|refused|denied|ignored|passed around|bounced between)`,
        `you (?:ordered|booked|asked for|paid for|requested|chose|selected|bought|reserved) (?:[\\w'-]+ ){1,6}(?:and|but) (?:got|received|were sent|were given|ended up with|were charged|were billed|it|they)`,
        `(?:even though|although|despite the fact that) (?:your [\\w'-]+(?: [\\w'-]+)? (?:had |has |was |were )?(?:already )?(?:reached|arrived|cleared|gone through|been)|you(?:'d)? (?:had |have )?(?:already )?(?:updated|cancell?ed|paid|told|asked|changed|returned|confirmed|booked|ordered|requested|reported|followed|selected|opted|set|sent|were|had|did))`,
        `you (?:never|didn't|did not) (?:select|selected|order|ordered|ask for|asked for|agree to|agreed to|authori[sz]e|authori[sz]ed|book|booked|sign up for|signed up for|request|requested|receive|received|get|got|hear back|heard back)`,
        `you (?:heard|got|received) nothing|(?:no one|nobody) (?:called|told|contacted|updated|replied|got back)`,
        `(?:two|three|four|five|six|several|\\d+) (?:days|mornings|evenings|nights|times|weeks|deliveries|orders|visits|calls|months) in a row`,
        `(?:days?|weeks?|hours?|months?) (?:past|after|beyond|over) (?:the|your) (?:delivery|due|promised|expected|estimated|booked|agreed) (?:date|time|slot|day|window)`,
        `(?:and|with|but) (?:still )?(?:no|not a single|not one) (?:update|word|news|reply|response|explanation|call|email)`,
        `(?:a|an|one|two|three|four|five|six|several|\\d+) (?:days?|weeks?|months?|hours?|minutes?) (?:too )?late`,
        `(?:was|were|is|are|took) (?:far |way |much |simply |just )?too (?:long|late|slow)`,
        `(?:lost|damaged|broke|misplaced|mislaid|overcharged|double-charged|forgot) your`,
        `(?:charging|charged|billing|billed) you (?:twice|two times|double|again|the wrong|more than)`,
        `your (?:[\\w'-]+ ){0,2}(?:lost|missed|couldn't|could not|were unable|was unable|spent|ended up|had to)`,
        `sorry (?:that )?(?:the|your) (?:[\\w'-]+ ){1,4}(?:didn't|did not|doesn't|hasn't|wasn't|isn't|won't|never|broke|stopped|failed|went|came|arrived)`,
        // "I'm sorry the damp in your bathroom has come back", "sorry the seat you paid for wasn't honoured",
        // "sorry the deposit is still showing": an apology naming what went wrong, with any verb.
        `sorry (?:that )?(?:the|your|my|our) (?:[\\w'-]+ ){1,6}?(?:is|are|was|were|has|have|had|keeps|kept|took|ended up|got|hasn't|haven't|wasn't|weren't|isn't|aren't|didn't|did not|doesn't|don't|won't|couldn't|could not|still)`,
        // "I'm sorry it took three weeks to close the account"
        `sorry (?:that )?(?:it|this|that)(?:'s| has| had| is)? (?:took|taken|taking|been taking) (?:so |this |that )?(?:long|\\w+ (?:days|weeks|months|hours|attempts|calls|emails))`,
        // "the parcel has been marked as lost by the courier", "your order was damaged in transit"
        `(?:your|the) (?:${THING}|bag|bags|suitcase|luggage|baggage)(?: [\\w'-]+)? (?:has been|have been|had been|was|were|is|are|got|'s been) (?:(?:marked|reported|recorded|logged|listed|declared|confirmed) )?(?:as )?(?:lost|damaged|stolen|missing|misrouted|mislaid|misplaced|undelivered|held up|stuck)`,
        // "Your order went to the wrong address", "ended up at your old address"
        `(?:went|ended up|was sent|were sent|got sent|was delivered|got delivered|was taken) (?:to|at) (?:the |a |an |your |someone else's )?(?:wrong|old|previous|former|different|incorrect|neighbou?r's)`,
      ],
      guards: [
        `(?:sorry|apologi[sz]e|apologies|regret)(?: for| about)? (?:any|all the|the|this) (?:inconvenience|inconveniences|trouble|troubles|hassle|confusion|issues|problems)(?: (?:this|that|it) (?:may|might) (?:have )?caused?)?`,
        `(?:sorry|apologi[sz]e|regret) (?:if|that) you (?:feel|felt|think|thought|were (?:upset|offended|unhappy|confused)|are (?:upset|unhappy|confused)|perceived)`,
        `sorry you (?:feel|felt|think|thought|are upset|were upset|see it)`,
        `sorry (?:that |if )?you(?:'re| are| were|'ve been| have been) (?:unhappy|not happy|dissatisfied|not satisfied)`,
        `as (?:i|we|my colleague) (?:already |previously )?(?:told|said to|explained to|informed) you`,
        `(?:only|just|merely|barely) (?:a |an )?(?:[\\w'-]+ ){0,3}(?:late|behind|delayed)`,
        `(?:i|we) (?:don't|do not|can't|cannot|couldn't|could not|didn't|did not) (?:see|understand|know|find|imagine)`,
        `(?:not|n't) sure (?:i|we) (?:understand|see)`,
        `${I} understand (?:that )?you (?:want|would like|'d like|wish|are asking|'re asking|need to)`,
        `(?:i|we) (?:can )?see (?:that )?(?:you (?:haven't|have not|didn't|did not|forgot|failed|missed|entered|used|selected|chose))`,
        `looks like you (?:haven't|have not|didn't|did not|forgot|missed|entered|used|selected)`,
        `(?:i|we) (?:know|understand) (?:that )?(?:this|it) (?:is|was) (?:not|n't) (?:our|my) fault`,
        `(?:hope|hoping) (?:you|this|it)`,
        `(?:appreciate|thank you for|thanks for) (?:your|the) (?:understanding|patience|cooperation|business|loyalty|feedback|message|email|time|interest)`,
        `(?:sorry|apologi[sz]e|apologies|regret)(?: for| about)? (?:your|any|the) (?:inconvenience|trouble|hassle)`,
        `(?:it's|it is|that's|that is) (?:not|n't) (?:that|so|really) (?:big|bad|serious|hard|difficult)`,
        // A non-apology about the answer, not the problem: "sorry the answer isn't what you hoped for".
        `sorry (?:that |if )?(?:the|this|my|our) (?:answer|response|reply|news|outcome|decision|result) (?:is|was|isn't|wasn't|is not|was not|may|might|could|isn't quite|wasn't quite)(?: not)?(?: (?:what|the one|more|better|good))?`,
        // A decision, not their problem: "your application could not be processed".
        `(?:could not|couldn't|cannot|can't|was unable to|were unable to) be (?:processed|approved|accepted|granted|completed|issued|honou?red)`,
        // Dismissal: "I'm not sure why this is confusing".
        `(?:not|n't) sure why (?:this|that|it) (?:is|was|'s|would be) (?:so |still )?(?:confus\\w*|difficult|hard|complicated|unclear)`,
        // A hypothetical: "if your parcel is lost, contact us".
        `(?:if|in case|should|whether|when) (?:your|the) ${THING}(?: [\\w'-]+)? (?:is|are|was|were|has been|gets|get)(?: \\w+)?(?: as)? (?:lost|damaged|stolen|missing|undelivered|stuck)`,
      ],
      sentenceGuards: [
        `(?:due to|caused by|because of|(?:beyond|outside(?: of)?) (?:our|my) control|not (?:our|my) fault|because (?:the|a|an|their|they) (?:[\\w'-]+ ){0,2}(?:courier|carrier|manufacturer|supplier|bank|seller|promoter|operator|airline|partner|provider|app store|network|council|insurer|lab|laboratory|contractor|landlord|building|warehouse|factory)|(?:because|as|since) you (?:failed|didn't|did not|violated|breached|missed|forgot|arrived|chose|were late|never|haven't|have not))`,
      ],
    },
    align: {
      patterns: [
        `you(?:'re| are| were) (?:absolutely |completely |totally |quite |entirely |100% |100 percent |so |right |perfectly )*right`,
        `you(?:'re| are| have every|'ve every| had every|'d every| have all the| had all the)? (?:(?:completely|totally|perfectly|fully|entirely|absolutely|well) )?(?:within your rights|entitled to|right to (?:be|expect|ask|feel|want|raise|complain|chase|follow)|reason to be|every right)`,
        `(?:this|that|it|which|none of this|none of that|any of this)(?:'s| is| was| really)? (?:should(?:n't| not| never)|ought not|ought never) (?:to )?(?:have )?(?:happened|happen|been|be|occur|occurred|take|taken|had|need|needed|exist|go|gone)`,
        `(?:should(?:n't| not| never)|ought not|ought never) (?:to )?have (?:had to|needed to|to|been (?:the case|necessary|this hard|like this|so hard|so difficult)|happened|been charged|been left|been waiting|waited)`,
        `(?:you|anyone|customers?) (?:shouldn't|should not|should never|should not ever) (?:have|need|be expected) to`,
        `(?:no one|nobody) should (?:have|need|be expected) to`,
        `(?:you|customers?) (?:deserve|deserved|should (?:be able to )?expect|should be able to (?:rely|trust|count))`,
        `(?:this|that|it)(?:'s| is| was| isn't| is not| wasn't| was not)(?: (?:definitely|certainly|simply|really|just|clearly))? (?:not|n't)? ?(?:the (?:kind of |sort of |level of |type of )?(?:experience|service|standard|quality|support|treatment)|what (?:we|you) (?:want|expect|aim|promise|should)|how (?:we|it|things) (?:should|want|work|is supposed))`,
        `(?:not|n't) (?:the (?:kind of |sort of |level of |type of )?(?:experience|service|standard|quality|support|treatment)|what (?:we|you) (?:want|expect|aim|promise|should|deserve|paid|signed up|asked|ordered|were promised))`,
        `(?:this|that|it)(?:'s| is| was)(?: (?:simply|just|really|clearly|completely|totally|absolutely|definitely))? (?:not (?:ok|okay|acceptable|good enough|right|fair|on)|unacceptable|inexcusable|not how)`,
        `(?:isn't|wasn't|is not|was not) (?:ok|okay|acceptable|good enough|right|fair)`,
        `(?:your|the|this|that|a) (?:frustration|reaction|concern|concerns|disappointment|anger|annoyance|request|question|point|complaint|feedback|feeling)s? (?:is|are|was|were) (?:(?:completely|totally|entirely|perfectly|absolutely|very|so|more than|100%|fully) )*(?:understandable|justified|valid|reasonable|fair|legitimate|warranted|right|natural|normal)`,
        `(?:it's|it is|that's|that is|this is|which is|it was|that was|it would be) (?:(?:completely|totally|entirely|perfectly|absolutely|very|so|more than|100%|fully|only|quite) )*(?:understandable|justified|valid|reasonable|fair|legitimate|natural|normal|right) (?:that|to (?:be|feel|expect|ask|want|worry|wonder|chase|complain)|you|for you|given)`,
        `(?:it's|it is|that's|that is)(?: (?:completely|totally|entirely|perfectly|absolutely|very|so|more than|fully))* understandable`,
        `(?:a|an|that's a|that is a|such a) (?:(?:completely|totally|perfectly|very|really) )?(?:fair|valid|reasonable|legitimate|good|great|important) (?:question|point|concern|request|complaint|ask|thing to (?:ask|expect|want))`,
        `(?:i|we)(?:'d| would)(?: (?:also|definitely|certainly|absolutely))? (?:be|feel|have been|have felt) (?:(?:just as|exactly|the same|equally|really|very|so|pretty|quite) )*(?:frustrat\\w*|upset|annoyed|angry|disappointed|concerned|worried|unhappy|the same|confused|stressed)`,
        `(?:anyone|anybody|everyone|most people|i) would (?:be|feel|have been|have felt)`,
        `in your (?:shoes|position|place)`,
        `(?:we|i) (?:really |clearly |completely |totally )?(?:dropped the ball|let you down|messed (?:this |that |it )?up|made (?:a|an|this|that) (?:mistake|error)|got (?:this|that|it) wrong|fell short|failed you|owe you an apology|should have (?:done|been|caught|told|let|given|sent|checked|known|noticed|flagged|said|informed|called|replied|responded|made|handled|kept)|should've|didn't (?:do|handle|get) (?:this|that|it) right|could have done better|can do better|need to do better|must do better|have to do better)`,
        `(?:that's|that is|this is|it's|it is|this was|that was|it was|the (?:mistake|error|fault) (?:is|was)) (?:entirely |completely |totally |all |fully )?(?:on us|on me|our (?:fault|mistake|error|responsibility|failure|bad)|my (?:fault|mistake|error|responsibility|bad))`,
        `(?:the|this|that) (?:mistake|error|fault|mix-?up|failure|confusion|problem) (?:is|was) (?:entirely |completely |totally |all )?(?:ours|mine|on our (?:side|end)|on us|our)`,
        `(?:we|i) (?:take|accept|own) (?:full |complete |total )?(?:responsibility|ownership|the blame)`,
        `(?:our|my) (?:mistake|fault|error|bad|failure|slip|slip-up|oversight|blunder|mess-up)`,
        // "That's a mistake on our end", "a serious error on our side"
        `(?:mistake|error|failure|slip|slip-up|oversight|fault|failing|mix-?up|blunder)s? (?:(?:entirely|completely|squarely|clearly) )?(?:on our (?:end|side|part)|by us|of ours|on my (?:end|side|part))`,
        // "the tool got this wrong, not you", "that's on our print line, not anything in your file"
        `,? not (?:you|yours|anything you did|something you did|anything in your [\\w'-]+|anything on your (?:end|side)|your doing)(?= ?[.!,;:]|$)`,
        `you did (?:exactly |absolutely |completely |just )?the right thing`,
        `(?:a |an |no )?(?:poor|bad|terrible|awful|unacceptable|shabby|shoddy|appalling|disrespectful) way to treat`,
        `you paid for (?:it|them|this|that)(?:,| and| so)? (?:you should|you're entitled|you deserve|it should|they should)`,
        `you should (?:have|get) (?:it|them|one|that)(?= ?[.!,;]|$)`,
        `no wonder you(?:'re| are| were|'d be| feel| felt)`,
        `(?:was|is) (?:entirely |completely |fully |squarely |very much )?(?:within|in) (?:ours|our control|our hands|our power)`,
        `(?:not|n't) (?:a|any) (?:minor|small|little|trivial|tiny) (?:issue|thing|problem|slip|detail|matter|inconvenience)`,
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
        `(?:get|understand|see) (?:exactly |completely |totally )?why you(?:'re| are|'d be| were| would be| feel|'d feel)? (?:so |really |understandably )?(?:fed up|upset|annoyed|angry|frustrated|unhappy|disappointed|cross|furious|concerned|worried|let down|confused)`,
        `(?:that's|that is|this is|it's|it is|it was|that was|which is|which was|that one's|this one's|that one is|this one is) (?:entirely |completely |totally |all |fully |squarely )?on (?:us|me|our \\w+)`,
        `(?:this|that|it|which|the|your|our) (?:\\w+ ){0,2}(?:should(?:n't| not| never)|ought not to) (?:have )?(?:happened|happen|been|be|occur|occurred|applied|charged|appeared|shown|come back|gone|arrived|be there|been there|taken|left|got this far|needed)`,
        `(?:is|was|are|were|'s) (?:simply |just |completely |totally |absolutely |frankly |really )?(?:unacceptable|inexcusable|not (?:ok|okay|acceptable|good enough|fair|right))`,
        // "You did nothing wrong", "you did everything right": clearing the customer.
        `you (?:did|have done|'ve done) (?:absolutely |exactly |genuinely )?(?:nothing wrong|everything right|everything correctly|everything you (?:could|should|were asked to|needed to))|you (?:didn't|did not) do anything wrong`,
        // "which is a bug on our side", "a glitch on our end"
        `(?:bug|glitch|fault|problem|issue|error)s? (?:(?:entirely|completely|squarely|clearly) )?(?:on our (?:end|side|part)|in our (?:system|checkout|app|software))`,
        // "the responsibility is ours", "the blame lies with us"
        `(?:the )?(?:responsibility|blame|fault) (?:is|was|lies|rests|sits) (?:(?:entirely|completely|squarely|fully|firmly) )?(?:ours|mine|with us|with me|on us)`,
        // "That's fair criticism", "that's fair"
        `fair (?:criticism|comment|challenge|call|complaint|feedback)|(?:that's|that is) (?:(?:completely|totally|entirely|perfectly|very) )?fair(?: enough)?(?= ?[.!,;:]|$)`,
        // "It's a small thing on paper, but… so it matters"
        `(?:so|and|which is why|because) (?:it|that|this) (?:really |absolutely |definitely |genuinely )?(?:does )?matters?`,
        // "That's a serious mistake, not a small mix-up"
        `(?:this|that|it)(?:'s| is| was) (?:a |an )?(?:(?:real|genuine|serious|big|major|significant|bad|clear) )+(?:problem|issue|failure|mistake|error|mix-?up|lapse|oversight)`,
        `(?:not|n't) (?:a|any) (?:minor|small|little|trivial|tiny) (?:mix-?up|mistake|error|delay|hiccup|glitch|slip-up|oversight)`,
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
        `(?:not|n't|no) (?:a |an )?(?:\\w+ )?(?:bug|glitch|fault|problem|issue|error)s? on our (?:end|side|part)`,
        `(?:doesn't|does not|don't|do not|didn't|did not|won't|wouldn't|no longer) (?:really )?matter`,
      ],
    },
    assure: {
      patterns: [
        // "I'll refund you today", "we're going to send a replacement"
        `${I}${WILL}(?: (?:personally|also|now|then|immediately|gladly|happily|right away|definitely|certainly|absolutely|make sure to|be sure to|be happy to|be glad to|first|still|keep|continue to|get|go ahead and|happily|quickly|closely|actively|urgently|as a priority|directly|today|straight away|of course))* (?:refund|send|ship|replace|update|contact|check|escalate|follow|email|e-mail|message|call|phone|text|ring|keep|make sure|ensure|fix|process|issue|credit|reach out|investigate|look|look into|get|sort|resolve|take|arrange|cancel|reship|re-?send|review|monitor|waive|book|schedule|expedite|chase|confirm|let you know|be in touch|be back|get back|reply|respond|write|open|file|track|stay on|handle|work|push|have|add|apply|reset|restore|reactivate|re-?activate|unlock|correct|cover|pay|reimburse|compensate|set up|organise|organize|dispatch|post|forward|pass|flag|raise|log|report|ask|speak|talk|liaise|coordinate|collect|pick up|repair|upgrade|extend|honou?r|match|deliver|provide|give|offer|prioriti[sz]e|personally|be following|be keeping|be checking|be monitoring|be reaching|be sending|be in contact|be contacting|be working|be looking|be updating|be back in touch|need to check|investigate|find out|dig into|look at|double-check|double check|verify|trace|walk you|guide you|help you|call you|remove|delete|close|reverse|credit|void|transfer|move|switch|rebook|reroute|redeliver|redeliver|re-deliver|notify|inform|remind|hold|reserve|put|do|make|try|see (?:to it|that))`,
        `${I}${HAVE}(?: (?:just|already|now|also|since|gone ahead and|personally|today|immediately|successfully|manually|fully|(?:gone|stepped) (?:beyond|outside|past) (?:\\w+ ){1,3}and|gone the extra mile and))* (?:reprinted|re-?printed|remade|re-?made|redone|rebuilt|revoked|unfrozen|unblocked|reinstated|reconnected|re-?enabled|re-?instated|cleared|lifted|rescheduled|re-?delivered|re-?credited|couriered|texted|rung|sent out|swapped|fast-tracked|re-?run|rerun|refunded|issued|sent|processed|escalated|shipped|credited|cancell?ed|canceled|reset|replaced|arranged|re-?shipped|re-?sent|passed|forwarded|flagged|reported|opened|created|added|applied|updated|corrected|fixed|restored|reactivated|unlocked|booked|scheduled|expedited|contacted|asked|raised|logged|filed|waived|reversed|upgraded|extended|placed|set up|put|initiated|started|submitted|confirmed|reached out|spoken|talked|reviewed|checked|investigated|looked into|looked at|removed|deleted|closed|voided|transferred|moved|switched|rebooked|rerouted|notified|informed|refund|organi[sz]ed|dispatched|posted|chased|made sure|ensured|double-checked|verified|traced|tracked|resolved|sorted|taken care|attached|included|enclosed|emailed|messaged|called|requested|authori[sz]ed|approved|prioriti[sz]ed|marked|tagged|assigned|given|provided|granted|generated|re-?issued|reissued|re-?activated|located|found|tested|increased|adjusted|amended|changed|merged|recovered|re-?opened|reopened|sped up|pushed|returned|paid|reimbursed|compensated|covered|honou?red|matched|appointed|restarted|re-?started|rebooted|re-?ran|reran|re-?installed|reinstalled|installed|configured|re-?configured|validated|allocated|repaired|patched|re-?ordered|ordered)`,
        `${I}(?:'m| am|'re| are)(?: (?:now|currently|already|also|still|actively|personally|right now|busy))* (?:checking|looking into|looking at|investigating|working on|working with|escalating|processing|following up|chasing|arranging|refunding|sending|contacting|reviewing|monitoring|tracking|fixing|sorting|preparing|organi[sz]ing|speaking|talking|liaising|reaching out|getting|issuing|crediting|shipping|dispatching|replacing|booking|raising|taking care|on it|on the case|in touch|waiting to hear|happy to (?:refund|send|replace|offer|cover|credit|waive|upgrade|extend|issue|arrange)|going to|about to|treating|handling|digging|double-checking|verifying|keeping (?:an eye|track|you)|making sure|adding|applying|giving|offering|providing|covering|waiving|upgrading|extending)`,
        `(?:let me|allow me to|i'd like to|i would like to|i want to|we want to|we'd like to|i'd be happy to|i would be happy to|we'd be happy to|i'd be glad to|i am happy to|i'm happy to|we're happy to|we are happy to|i can|we can|i could|we could)(?: (?:personally|also|now|quickly|first|gladly|immediately|go ahead and|definitely|certainly))* (?:refund|send|ship|replace|check|escalate|follow up|fix|process|issue|credit|investigate|look into|sort|resolve|take care|arrange|cancel|reship|re-?send|review|waive|book|schedule|expedite|chase|make (?:this|it|things|that) right|make up for|offer|cover|upgrade|extend|reset|restore|reactivate|unlock|correct|compensate|reimburse|dig into|find out|see what happened|get (?:this|that|it|you|a|the|your)|contact|reach out|speak|talk|call)`,
        `(?:a|an|your|the|our)(?: (?:full|partial|new|free|replacement|fresh|second|additional|extra|complimentary))* (?:refund|replacement|credit|voucher|discount|coupon|code|order|parcel|package|item|fix|patch|update|return label|label|courier|engineer|technician|reply|response|update|callback|call back|compensation|gift card|reimbursement|apology gift|shipment|delivery|reshipment|exchange|ticket|case|investigation|claim|request|complaint|escalation|report)(?: (?:of|for) [^.!?]{1,40})? (?:is (?:now |already )?(?:on (?:its|the) way|being (?:processed|prepared|sent|shipped|reviewed|handled|arranged|investigated)|in progress|underway|scheduled|booked|confirmed|ready|approved|issued|sent|processed|arranged)|(?:was|were) (?:just |already )?(?:issued|sent|processed|approved|created|opened|shipped|credited|refunded|booked|arranged|escalated|raised|logged|dispatched|posted|ordered|reshipped|re-?sent|couriered|scheduled|applied|added)|will (?:be (?:with you|there|delivered|sent|shipped|refunded|credited|processed|issued|back|ready|available|on its way|dispatched|replaced|fixed|restored|visible|applied|added|reflected|in your)|arrive|reach|show|appear|go out|ship|follow|land)|should (?:arrive|reach|be (?:with you|in your|visible|back|there)|show|appear|land|follow)|goes out|ships|leaves (?:our|the) (?:warehouse|depot)|(?:arrives|lands) (?:tomorrow|today|on|by|within|in))`,
        `(?:has|have) (?:now |already |just )?been (?:refunded|issued|sent|processed|escalated|shipped|credited|cancell?ed|reset|replaced|arranged|re-?shipped|resolved|fixed|restored|reactivated|unlocked|booked|scheduled|expedited|applied|added|updated|corrected|waived|reversed|upgraded|extended|approved|dispatched|posted|reissued|re-?issued|flagged|passed|forwarded|raised|logged|reported|assigned|prioriti[sz]ed)`,
        `you(?:'ll| will| should)(?: (?:also|then|now|soon|shortly|automatically|still))? (?:receive|get|see (?:the|a|your|it)|hear (?:from|back)|have (?:the|a|your|it)|be (?:refunded|credited|contacted|reimbursed|receiving|getting|hearing|notified|updated|sent)|find (?:the|a|your))`,
        `expect (?:a|an|the|your|our|my) (?:refund|replacement|email|update|call|reply|response|credit|follow-up|message|parcel|package|delivery|engineer|technician)`,
        `(?:i|we)(?:'ll| will) (?:be )?(?:in touch|back in touch|following up|keeping you|updating you|reaching out|writing)`,
        `(?:i|we)(?:'m| am|'re| are) (?:going to|gonna) (?:make|get|keep|put|do)`,
        `(?:i|we) (?:personally )?(?:promise|guarantee|commit|undertake)`,
        `(?:i|we)(?:'ve| have) (?:gone ahead|taken|made|got|escalated)`,
        `(?:i|we) (?:just |already |also |then |immediately |personally |have since |since )?(?:reissued|re-?issued|reprinted|re-?printed|remade|rebuilt|revoked|unfroze|unblocked|reinstated|reconnected|re-?enabled|cleared|rescheduled|rebooked|rerouted|re-?sent|resent|re-?delivered|re-?credited|couriered|texted|rang|swapped|removed|deleted|voided|cancell?ed|refunded|issued|sent|processed|escalated|shipped|credited|cancell?ed|replaced|arranged|reshipped|forwarded|flagged|reported|opened|created|added|applied|updated|corrected|fixed|restored|reactivated|unlocked|booked|scheduled|expedited|contacted|raised|logged|filed|waived|reversed|upgraded|extended|checked|investigated|looked into|spoke|talked|reached out|confirmed|dispatched|posted|emailed|called|made sure|asked)`,
        `(?:next step|next steps|what happens next|here's what (?:i|we)(?:'ll|'re| will| are)|here is what (?:i|we)|from here,? (?:i|we))`,
        `(?:i|we)(?:'ll| will) (?:not|never) let (?:this|that|it) happen again`,
        `(?:i|we)(?:'ll| will) (?:\\uE000)`,
        `(?:i|we)(?:'ll| will) be (?:personally )?\\w+ing (?:this|it|your|you|the|that)`,
        `(?:on|with) (?:its|their) way`,
        // "Our security team has now unfrozen your account", "our engineer replaced the part this morning"
        `(?:our|my) (?:\\w+ ){0,2}(?:team|teams|colleague|colleagues|engineer|engineers|technician|technicians|manager|supervisor|department|lead|specialist|specialists|staff|officer|developers|warehouse|courier|driver) (?:has |have )?(?:now |already |just |also |since |personally )*(?:refunded|reissued|re-?issued|reprinted|re-?printed|remade|rebuilt|revoked|unfrozen|unfroze|unblocked|unlocked|reinstated|reconnected|restored|reactivated|re-?enabled|fixed|repaired|replaced|corrected|resolved|rescheduled|rebooked|re-?sent|resent|re-?delivered|credited|cleared|removed|deleted|reversed|waived|dispatched|shipped|sent|issued|processed|approved|booked|scheduled|arranged|confirmed|cancell?ed|patched|rolled back|rolled out a fix|deployed a fix)(?!(?: \\w+){0,3} (?:wrong|incorrect|twice|by mistake|in error|without|late))`,
        `(?:is|are|has been|have been|was|were) (?:now |already |all )?(?:booked|scheduled|arranged|confirmed|planned|set up) (?:for|on|at|between|in)`,
        `(?:should|will) be (?:fully )?(?:resolved|fixed|sorted|restored|back up|back online|working again|up and running)`,
        `(?:our|the) (?:\\w+ )?(?:team|engineers|developers|technicians|staff|specialists|colleagues|department) (?:is|are|will be) (?:already |now |currently )?(?:working|looking|investigating|on it|tracing|tracking|checking|fixing)`,
        `hope to (?:have|get) (?:it|this|that|things) (?:fixed|resolved|sorted|working|back)`,
        `(?:i've|i have|we've|we have) (?:got|taken) (?:this|it|that|your)`,
        `(?:keep|keeping) you (?:posted|updated|informed|in the loop)`,
        `(?:i|we)(?:'ll| will| would)(?: (?:also|definitely))? like to (?:offer|give|send|refund|credit|make)`,
        `(?:as|by way of) (?:a )?(?:goodwill|an apology|compensation|a thank you|a gesture)`,
        `(?:i|we)(?:'d| would) like to (?:offer|give|send|refund|credit|make)`,
        // "I've told the contractor…", "we've instructed our driver…" (not "I've told you").
        `${I}${HAVE}(?: (?:already|now|also|personally|just))* (?:told|instructed|briefed|warned|reminded) (?:the|our|my|them|him|her|their|every|each|all)`,
        // "I'll be on site on Wednesday to check", "I'll be there at 9"
        `${I}${WILL} (?:personally )?be (?:on site|on-site|there|round|over|at (?:the|your))`,
        // "Our driver will text you a window", "a technician will visit on Thursday" (not "the courier will…")
        `(?:our|my|a|an) (?:[\\w'-]+ )?(?:driver|engineer|technician|courier|fitter|installer|adjuster|surveyor|inspector|colleague|specialist|plumber|electrician|firm) (?:will|'ll|is going to) (?:\\w+ )?(?:text|call|ring|phone|email|contact|visit|come|arrive|deliver|bring|collect|install|fit|repair|replace|survey|inspect|be (?:with you|there|in touch))`,
      ],
      guards: [
        `(?:let (?:me|us) know|get in touch|reach out|contact us|reply|write back|don't hesitate) (?:if|when|whether|should|in case|for)`,
        // Status, not an action of ours: "your order is now on its way", "access will be restored automatically".
        `(?:your|the) (?:order|parcel|package|item|items|delivery|shipment|purchase|original \\w+) (?:is |'s |are )?(?:now |already |still )?on (?:its|their|the) way`,
        `(?:will|should) be (?:fully )?(?:resolved|fixed|sorted|restored|back up|back online|working again|up and running|reactivated|unlocked|lifted|removed) (?:automatically|on its own|by itself|by themselves)`,
        // A purpose, not a commitment: "reply with your reference so we can sort this out".
        `(?:so|so that|then|and then|in order that) (?:we|i) (?:can|could|may|might) \\w+`,
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
    { pattern: `(?<s>i|we)(?<v>'m| am|'re| are) (?:so |truly |really |just )?(?:beyond sorry|sorry beyond words|more sorry than (?:i|we) can (?:say|express))`, replacement: '$<s>$<v> sorry' },
    { pattern: `from the (?:very )?bottom of (?:our|my) hearts?`, replacement: '' },
    { pattern: `(?:there are|we have|i have) no words`, replacement: '' },
  ],
  vague: {
    patterns: [
      `as (?:soon|quickly|fast) as (?:possible|we can|i can|humanly possible|we're able|we are able)`,
      `asap`,
      `at (?:the|our) (?:earliest|first) (?:opportunity|convenience|possible)`,
      `in (?:due course|the near future|a timely manner|a timely fashion)`,
      `(?:shortly|(?<!as )soon(?! as)|in a bit|in a while|before long|at some point|sometime|eventually)`,
      `(?:we|i|they|someone|somebody|the team|our team|the (?:relevant|appropriate|right) (?:team|department|person))(?:'ll| will| are going to|'re going to|'m going to| am going to| shall| is going to)(?: (?:definitely|certainly|try to|be sure to|make sure to|also))? (?:look into (?:it|this|that|the matter|the issue|your (?:case|issue|request|query|complaint))|look at (?:it|this|that)|check (?:on )?(?:it|this|that)|see what (?:we|i) can do|do (?:our|my) best|do what (?:we|i) can|try (?:our|my) best|investigate(?: (?:it|this|that|the matter))?|get back to you|be in touch|follow up(?! with (?!you))|look into it|pass (?:it|this|that|your (?:feedback|comments?|concerns?|complaint|request)) (?:on|along)|review (?:it|this|that)|pass (?:it|this|that) on|take a look|keep (?:this|it) in mind|take (?:this|it|your feedback) into (?:account|consideration)|consider (?:it|this|that)|get (?:this|it|that) (?:sorted|fixed|resolved|looked at))`,
      `(?:we|i)(?:'re| are|'m| am) (?:currently )?(?:looking into (?:it|this|that|the matter)|working on (?:it|this|that)|on it)`,
      `(?:someone|somebody|a member of (?:our|the) team|one of (?:our|my) (?:colleagues|team|agents|specialists)|the (?:relevant|appropriate|right) (?:team|department|person)|our team|the team)(?: will| should| is going to)? (?:get back to you|be in touch|contact you|reach out|look into|follow up|respond|reply)`,
      `(?:we|i)(?:'ll| will) try`,
      `hopefully`,
      `(?:we|i)(?:'ll| will) (?:let you know|update you|keep you (?:posted|updated|informed))(?: (?:when|once|if|as soon as) (?:we|i) (?:can|know|hear|have (?:more|news|an update)))`,
      // "We'll keep you posted", "we'll let you know if anything changes / once they do / when stock arrives".
      `(?:we|i)(?:'ll| will)(?: (?:definitely|certainly|also|be sure to|make sure to))? (?:let you know|update you|keep you (?:posted|updated|informed|in the loop)|be in touch)(?: (?:when|once|if|as soon as|whenever|should|as) [^.!?;:]{1,60})?(?= ?[.!?;:]|$)`,
      `(?:our|the) (?:[\\w'-]+ )?(?:team|teams|engineers|developers|technicians|staff|specialists|department) (?:is|are|'s|'re) (?:(?:already|currently|now) )?(?:aware(?: of (?:it|this|the (?:issue|problem)))?(?: and (?:is |are )?(?:on it|working on (?:it|this|a fix)|looking into (?:it|this)))?|on it|on the case|looking into (?:it|this|the issue)|working on (?:it|this|a fix|a solution)|investigating(?: (?:it|this|the issue))?)`,
      `(?:your|the|this) (?:case|complaint|ticket|issue|request|query|feedback|concern|report) (?:has been|have been|was|is being|'s been) (?:escalated|passed on|passed along|forwarded|referred|raised)(?: (?:to|with) (?:a|the|our) (?:(?:senior|relevant|right|appropriate|responsible|specialist|technical|billing|correct) )*(?:team|department|manager|person|people|colleague|colleagues|specialist|supervisor))?`,
      `(?:i|we)(?:'ve| have) (?:passed|forwarded|escalated|sent|referred|handed) (?:this|it|that|your (?:case|complaint|feedback|request|query|ticket|issue|concerns?|comments?|message|report|details)) (?:on |over |along )?(?:to|with) (?:the|a|our) (?:(?:right|relevant|appropriate|correct|responsible|senior|specialist|technical) )*(?:team|department|person|people|manager|colleagues)(?= ?[.!?;:]|$)`,
      `(?:an?|the|our) (?:engineer|technician|team|colleague|specialist|manager|department|supervisor) (?:has been|have been|was|were|'s been) (?:notified|informed|alerted|told|made aware)`,
      `(?:this|it|that|(?:your|the|this) (?:[\\w'-]+ )?(?:case|issue|request|complaint|query|problem|matter|fault|bug|ticket|incident)) (?:is|are|'s) (?:currently |now |already )?being (?:looked into|looked at|investigated|reviewed|checked|handled|dealt with)`,
      `(?:we|i)(?:'re| are|'m| am) (?:closely |currently |carefully )?(?:monitoring|keeping an eye on|watching) (?:the situation|things|it|this|the issue|the problem)`,
    ],
    sentenceGuards: [
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
      `(?:as soon as|once|when) (?:it|it's|your \\w+|the \\w+) (?:\\w+ )?(?:arrive|arrives|lands|reaches|ships|comes back|is (?:located|found|back|delivered|ready|fixed|in|here))`,
      `(?:please|kindly|could you|can you|would you|if you could|you can|you should|you'll need|you will need|you need)`,
      `(?:hope|hoping|hopefully) (?:this|that|it|you)`,
      `(?:too|so) soon`,
      `sooner`,
    ],
  },
  generic: {
    patterns: [
      // "I appreciate that you're upset, but…" (nothing specific)
      `(?:i|we) (?:completely |totally |fully |really |do |can )?(?:understand|appreciate|know|see|realise|realize|recogni[sz]e) (?:that )?you(?:'re| are| were|'ve been| have been| feel| might be| may be| must be)? (?:so |really |very |understandably |clearly |feeling |quite )?(?:upset|frustrated|annoyed|angry|unhappy|disappointed|cross|furious|concerned|worried|fed up|dissatisfied|let down)(?= ?[.!,;:]|$)`,
      // "While we appreciate that waiting on funds can be stressful": a general truth, not their problem.
      `(?:i|we) (?:completely |totally |fully |really |do |can )?(?:understand|appreciate|know|realise|realize|recogni[sz]e) (?:that |how )?(?:[\\w'-]+ ){1,4}can be (?:(?:very|really|so|quite|incredibly|extremely) )?(?:frustrating|stressful|annoying|upsetting|worrying|inconvenient|disappointing|difficult|a (?:worry|hassle|pain))`,
      `(?:i|we) (?:completely |totally |fully |really |truly |absolutely |definitely |certainly |do |can )?(?:understand|appreciate|recogni[sz]e|hear|get|feel|share|acknowledge) (?:your|the) (?:frustration|concern|concerns|disappointment|annoyance|anger|feelings|situation|point|position|upset|worry|worries|stress|dissatisfaction|inconvenience|trouble|problem|issue|frustrations|point of view|perspective)`,
      `(?:i|we) (?:completely |totally |fully |really |truly |do |can )?(?:understand|know|see|imagine|can imagine) how (?:you (?:feel|must feel|are feeling|felt)|(?:frustrating|annoying|upsetting|stressful|disappointing|difficult|hard)(?: (?:this|that|it) (?:is|must be|can be|has been|was|might be|may be))?)`,
      `(?:i|we) (?:hear you|get it|understand|see|feel you|totally get it)(?= ?[.!,;]|$)`,
      `(?:i|we) (?:can )?(?:completely |totally |fully |really |certainly )?(?:see|understand|get|know) (?:exactly )?why you(?:'re| are|'d be| were| would be| feel|'d feel| might be| must be)? (?:so |really |understandably |feeling )?(?:frustrated|upset|annoyed|angry|unhappy|disappointed|cross|furious|concerned|worried|fed up)(?= ?[.!,;]|$)`,
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
