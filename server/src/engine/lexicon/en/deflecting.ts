/**
 * English deflecting phrases. Patterns are regular-expression sources over normalised text (lower
 * case, no accents, straight quotes, single spaces, placeholders as U+E000); rewrites are English.
 * The shared fragments below are data too: they keep the tables readable.
 */
import { byFirstLetter, type DeflectingLexicon } from '../deflecting-types';

/** Any text inside one sentence (no sentence end, no placeholder), kept short. */
const GAP = "[^.!?;\\uE000]{0,80}?";
/** A contraction-tolerant "we are / I am". */
const WE_ARE = "(?:we're|we are|i'm|i am)";
/** Words that soften an apology. */
const SO = "(?:(?:so|very|truly|really|deeply|terribly|sincerely|extremely|awfully) )?";
/** Apology heads. */
const APOLOGY =
  "(?:sorry|apologi[sz]e|apologies|apology|regret(?:tably)?|unfortunately|sadly|my bad)";
/** Third parties that get blamed or that customers get sent to. */
const PARTY =
  byFirstLetter(
    "(?:courier(?: company| service)?|carrier|delivery (?:company|partner|driver|service|firm)|shipping (?:company|partner|provider|carrier|agent)|logistics (?:company|partner|provider)|postal service|post office|postman|mail carrier|royal mail|ups|fedex|dhl|usps|dpd|hermes|evri|driver|bank|card issuer|credit card company|card provider|payment (?:provider|processor|gateway|platform)|paypal|stripe|supplier|vendor|manufacturer|factory|warehouse(?: team| staff)?|fulfil?lment (?:centre|center|partner|team)|distributor|third[- ]party(?: provider| vendor| partner| company| service)?|external (?:provider|partner|vendor|company|service)|partner(?: company)?|(?:other|another|different|separate) (?:team|department)|(?:billing|shipping|logistics|returns|tech(?:nical)?|it|dispatch|accounts|finance|sales) (?:team|department)|(?:independent |third[- ]party |external |local |outside )?(?:sellers?|merchants?|resellers?|retailers?|franchise(?:e|s)?|contractors?|subcontractors?|(?:outside|external) (?:firm|company|agency)|(?:internet|hosting|cloud|service|network|broadband|mobile|energy|payment) providers?|isp|airline|airport|air traffic control|customs|authorities|landlord|(?:network )?operator|body shop|garage|insurers?|underwriters?|hotel|clinic|lab(?:oratory)?|venue|organi[sz]ers?|promoters?|agency|agent|franchise partners?|wholesalers?|distributors?|(?:building|property|facilities|site) (?:management|managers?|owners?)|management company|managing agents?|(?:local )?council|local authority|municipality|app store|play store|google play|(?:card|payment) networks?|marketplace sellers?|restaurants?|kitchen|records office|accrediting body|awarding body|(?:(?!(?:the|a|an|our|your|their|my|his|her|its|this|that|these|those|and|or|to|by|of|with|from|for|at|in|on|is|was|are|were|be|been|can|will|see|we|i|you|they|it|not|no|if|as|so|own|same|other) )[a-z-]+ ){1,2}(?:providers?|processors?|contractors?|subcontractors?|vendors?|suppliers?|operators?|repairers?|banks?|carriers?|partners?|compan(?:y|ies)|firms?|agenc(?:y|ies)|bodies|body|authority|authorities)))",
  ) + "s?";
const THE = "(?:the |our |your |their |a |an )?";
/** Technical causes used as scapegoats. */
const SYSTEM =
  "(?<!\\b(?:our|my) (?:[a-z-]+ )?)" +
  byFirstLetter(
  "(?:(?:the |a |an )?(?:system|software|computer|website|app|platform|server)s?(?: (?:glitch|error|issue|bug|problem|fault|failure|outage|update))?|(?:a |an |the )?(?:technical|computer|software|system|website) (?:glitch|error|issue|bug|problem|fault|failure|hiccup)|(?:a |an |the )?glitch)",
);
/** Blameworthy actions of a third party. */
const FAILED =
  "(?:(?:has |have |had )?(?:lost|misplaced|damaged|delayed|mislabell?ed|misrouted|mishandled|broke|broken|destroyed|dropped|messed up|failed to|forgot to|never (?:delivered|sent|shipped|arrived|processed)|made (?:a |an )?(?:mistake|error)s?|caused (?:this|the|it|your)|(?:is|was|are|were) (?:to blame|responsible|at fault)|(?:didn't|did not|hasn't|has not|haven't|have not) (?:deliver|send|ship|process|pick|update|follow|scan|attempt|notify|leave)))";
/** What a customer is sent to. */
const DEST =
  byFirstLetter(
  "(?:the |your |their |our )?(?:courier(?: company| service)?|carrier|delivery (?:company|partner|driver|service)|shipping (?:company|carrier|provider)|postal service|(?:local )?post office|royal mail|ups|fedex|dhl|usps|dpd|evri|bank|card issuer|credit card (?:company|provider)|card provider|payment provider|paypal|manufacturer|supplier|vendor|seller|retailer|brand|warranty provider|insurance (?:company|provider)|insurer|(?:billing|shipping|returns|sales|tech(?:nical)?|accounts|finance|logistics|warehouse|legal|payments) (?:team|department)|(?:another|other|a different|the relevant|the appropriate|the correct|the right) (?:team|department)|(?:manufacturer|courier|carrier|bank|seller)'s (?:customer service|support(?: team)?|helpline|hotline)|merchant|reseller|(?:network |mobile |internet )?operator|(?:internet|broadband|hosting|energy|service) provider|isp|landlord|letting agent|(?:building|property|site|facilities) manager|building management|gp(?: surgery| practice)?|doctor|pharmacy|clinic|hospital|airline|airport|embassy|consulate|(?:local )?council|local authority|employer|school|university|(?:course )?(?:instructor|teacher|tutor|lecturer)|(?:their |the )?(?:manufacturer's |brand's )?warranty (?:team|department|provider|line|service)|app store|play store|google play|apple|(?:authori[sz]ed |approved )?repair(?:er| cent(?:re|er)| shop)|service cent(?:re|er)|dealer(?:ship)?|(?:tour|network|parking) operator|venue|hotel|restaurant|organi[sz]ers?|promoter|ticket (?:agent|seller|vendor|provider)|travel agent|(?!(?:our|my|this|the|customer|technical|tech|product|live|chat|phone|email|premium|priority|billing) )[a-z]+ support(?: team)?|(?:trust (?:&|and) safety|moderation|fraud|disputes) team|them)",
);
/** Obligations and requests pushed onto the customer. */
const YOU_MUST =
  "(?:(?:you(?:'ll| will| would|'d)? (?:need|have|must|may need|might need|want|may want|might want|may wish|might wish) to)|you (?:can|could|may|might)(?: also| always| still)?|you(?:'re| are) (?:welcome|free) to|(?:i|we)(?:'ll| will|'d| would)? (?:need|require|ask) you to|you(?:'ll| will)? (?:need|have) to|you (?:must|should|ought to)|(?:please|kindly)(?: do)?|(?:i|we) (?:would )?(?:suggest|recommend|advise)(?: that)?(?: you)?|(?:i|we)(?:'d| would) (?:ask|advise) you to|it's best (?:if you|to)|it is best (?:if you|to)|your best (?:option|bet) (?:is|would be) to|the best (?:thing|option|way)(?: to do)? (?:is|would be) to)";
const CONTACT =
  byFirstLetter(
  "(?:go through|deal (?:directly )?with|sort (?:this|it|that) (?:out )?(?:directly )?with|arrange (?:this|it|that|a [a-z]+) (?:directly )?with|contact|call|ring|phone|email|e-mail|message|reach|notify|consult|follow up with|liaise with|enquire with|inquire with|query (?:this|it|that) with|dispute (?:this|it|that|the (?:charge|transaction|payment)) with|report (?:it|this|that|the (?:loss|theft|damage|fault|charge|transaction)) to|reach out to|get in touch with|speak (?:to|with)|talk to|write to|check with|raise (?:this|it|that) with|take (?:this|it|that) up with|(?:file|open|lodge|submit|make|raise) (?:a |your )?(?:claim|dispute|complaint|case|chargeback) with|go to|visit|return (?:it|the item|the product) to)",
);
/** Nouns of a problem. */
const TROUBLE =
  "(?:delay|issue|problem|mistake|error|glitch|hiccup|thing|matter|wait|mix-up|mixup|oversight|misunderstanding|inconvenience|setback|bug|detail|slip|blip|snag|hitch)";
const SMALL = "(?:small|minor|little|slight|tiny|short|brief|quick|one-off|temporary|trivial|insignificant|teeny)";
const IT_IS = "(?:it's|it is|this is|that's|that is|it was|this was|that was|it's been|this has been|there's|there is|there was)";

export const deflectingEn: DeflectingLexicon = {
  'apology-but': {
    entries: [
      // "We're sorry for the delay, however, ..." → "..., and ..."
      { pattern: `${APOLOGY}${GAP}((?:[,;] ?| )however,?)`, target: 1, rewrites: [{ text: ', and' }] },
      // "Sorry, but ..." → "Sorry, and ..."
      { pattern: `${APOLOGY}${GAP}(?:, ?| )(but)`, target: 1, rewrites: [{ text: 'and' }] },
      // The "but" opening the next sentence: "We're sorry. However, ..." → "We're sorry. ..."
      { pattern: `(?:sorry|apologi[sz]e|apologies|regret)[^.!?;\\uE000]{0,80}[.!] ((?:but|however|that said|having said that|that being said),?)`, target: 1, rewrites: [{ text: '' }] },
    ],
    guards: {
      after: [
        // "but I've already refunded you", "but we'll send a new one today", "but here is what I've done".
        " ?(?:i|we)(?:'ve| have|'ll| will|'m| am|'re| are|'d| would| can| did)? (?:already|also|just|now|personally|immediately|gone ahead|went ahead|made sure|taken care|arranged|issued|refunded|sent|credited|shipped|booked|upgraded|added|applied|escalated|fixed|resolved|want|wanted|would like|can(?!'t| ?not)|will(?! not)|do want)",
        " ?(?:the good news|here's|here is|there's good news|thank you|thanks|rest assured|i promise|we promise|also|i can(?!'t| ?not)|we can(?!'t| ?not)|you (?:don't|do not|won't|will not) (?:need|have) to|you (?:can|will|'ll) (?:now|still|also|get|receive|keep))",
        // Politeness before a question: "Sorry, but could you send me the order number?"
        " ?(?:could|can|would|may|might) (?:you|i|we)",
        " ?(?:not only|not just)",
      ],
    },
  },

  'non-apology': {
    entries: [
      // "We're sorry you feel that way" / "sorry if you feel that way"
      {
        pattern: `(?:${WE_ARE} ${SO})?sorry (?:if |that )?you (?:feel|felt|see it|think|were upset|are upset|got upset)(?: (?:that|this) way| like that| upset| so)?(?= ?[.!,;:]| ?$| and | but )`,
        rewrites: [{ text: "I'm sorry we let you down" }],
      },
      { pattern: `(?:${WE_ARE} ${SO})?sorry (?:if |that )?you (?:feel|felt) (?:that|this) way` },
      {
        pattern: `(?:we|i) (?:${SO})?(?:apologi[sz]e|regret) (?:if|that) you (?:feel|felt|see it|think)(?: (?:that|this) way| like that)?`,
        rewrites: [{ text: "I'm sorry we let you down" }],
      },
      // Conditional apologies: "sorry if this caused any trouble" → "sorry that ..."
      {
        pattern: `(?:sorry|apologi[sz]e|apologies|regret) (if) (?:you (?:feel|felt|were|are|have been|got|found|think|thought|experienced)|(?:this|that|it|the [a-z]+|our (?:last |previous |earlier )?[a-z]+) (?:has |may have |might have |have )?(?:caused|upset|frustrated|inconvenienced|confused|came across|come across|seemed|sounded|felt)|we (?:have |may have |might have )?(?:caused|upset|offended|frustrated|inconvenienced|disappointed)|(?:there (?:was|has been|were) )?any)`,
        target: 1,
        rewrites: [{ text: 'that' }],
      },
      // The stock "we apologise for any inconvenience (this may have caused)", ending the clause.
      {
        pattern: `(?:(?:please )?accept (?:our|my) (?:sincere |sincerest |deepest )?apologies|(?:we|i) ${SO}(?:do )?(?:apologi[sz]e|regret)|(?:${WE_ARE} ${SO})?sorry|(?:our|my) ${SO}(?:apologies|apology)|apologies|(?:we|i) would like to apologi[sz]e|(?:we|i) want to apologi[sz]e)(?: for| about)? (?:(?:any|all the|all|any and all) (?:inconvenience|inconveniences|trouble|troubles|hassle|confusion|disruption|frustration|difficult(?:y|ies)|issues?|problems?|disappointment)|the (?:inconvenience|inconveniences|trouble|troubles|hassle))(?: (?:this|that|it|which)(?: (?:may|might|could|will|has|must|would))?(?: (?:have|has))? (?:caused|created|resulted in)(?: you)?| caused(?: (?:to )?you)?| (?:you )?(?:experienced|suffered))?(?= ?[.!,;:)]| ?$| and | but | \\uE000)`,
        rewrites: [{ text: "I'm sorry we let you down" }],
      },
      // The same, when more words follow: report only.
      {
        pattern: `(?:(?:please )?accept (?:our|my) (?:sincere |sincerest |deepest )?apologies|(?:we|i) ${SO}(?:do )?(?:apologi[sz]e|regret)|sorry|apologies)(?: for| about)? (?:any|all the|any and all) (?:inconvenience|inconveniences|trouble|hassle|confusion|disruption|frustration|difficult(?:y|ies)|issues?|disappointment|concern|distress|upset|worry|annoyance)|(?:we|i) ${SO}(?:apologi[sz]e|regret) for the inconvenience|(?:sorry|apologies) for the inconvenience`,
      },
      { pattern: `(?:we|i) regret (?:that )?(?:you (?:feel|felt|were)|any)`, },
      // "Sorry you're unhappy with the repair": sorry for the feeling, not for what happened.
      { pattern: `(?:${WE_ARE} ${SO})?sorry (?:that |if )?you(?:'re| are|'ve been| have been| were| feel| felt) (?:so |still )?(?:unhappy|dissatisfied|not happy|not satisfied|displeased)` },
      // Passive non-apologies.
      { pattern: `mistakes (?:were|have been|may have been|might have been) made`, rewrites: [{ text: 'we made a mistake' }] },
      { pattern: `(?:errors|mistakes) (?:were|have been) (?:made|committed) (?:on (?:our|both) (?:part|side|sides)|somewhere)`, rewrites: [{ text: 'we made a mistake' }] },
      { pattern: `sorry (?:for|about) (?:any|the) (?:misunderstanding|miscommunication)(?= ?[.!,;]| ?$)`, rewrites: [{ text: 'sorry we got this wrong' }] },
      { pattern: `(?:we|i) (?:apologi[sz]e|are sorry|'re sorry|am sorry|'m sorry) (?:that )?you (?:feel|felt) (?:that|like|as if|as though)`, },
      // "Apologies if this isn't the answer you were hoping for."
      { pattern: `(?:sorry|apologies|apologi[sz]e|regret) if (?:this|that|it) (?:isn't|is not|wasn't|was not) (?:the (?:answer|response|news|outcome|reply)|what) (?:that )?you (?:were )?(?:hoping|wanted|expected|expecting|looking)` },
    ],
    guards: {
      before: [
        // "we never say 'sorry for any inconvenience'" is discussed, not said.
        "(?:never|don't|do not|avoid|instead of|rather than) (?:say|saying|write|writing|use|using)(?: ['\"])? ?",
      ],
    },
  },

  'blame-shifting': {
    entries: [
      // "The courier lost your parcel" → (unsafe) "We lost your parcel"
      { pattern: `(${THE}${PARTY}) (?:has |have |had )?(?:lost|misplaced|damaged|delayed|mislabell?ed|misrouted|mishandled|broke|destroyed|dropped|messed up)`, target: 1, rewrites: [{ text: 'we', safe: false }] },
      { pattern: `${THE}${PARTY} ${FAILED}` },
      { pattern: `${THE}${PARTY}'s? (?:fault|error|mistake|problem|responsibility|negligence)` },
      { pattern: `(?:fault|blame|responsibility|problem|issue|error|mistake) (?:lies |rests |is )?(?:with|on) (?!our |my )(?:the |their |a |an )?(?:${PARTY}|${SYSTEM})` },
      { pattern: `(?:handled|managed|processed|operated|run|sold|shipped|fulfill?ed|issued|delivered) by (?:an? |the |our |your |their )?(?!(?:other|another|different|separate|[a-z]+) (?:team|department))${PARTY}(?:[^.!?;\\uE000]{0,60}(?:on their (?:side|end)|their responsibility|responsible for|their (?:fault|problem|issue|call)))?` },
      { pattern: `(?:on|at) their (?:side|end)|(?:is|are|was|were|remains?) (?:entirely |solely |fully )?their (?:responsibility|fault|problem|issue)|not (?:from|by|on|with|because of) us|not us(?= ?[.!,;]| ?$)|(?:isn't|is not|wasn't|was not|aren't|are not) (?:something|anything) (?:we|i) (?:can |could )?(?:control|have control over)|(?:we|i) (?:have|had) no control (?:over|of)|(?:we|i) (?:don't|do not|can't|cannot) control` },
      { pattern: `${THE}${PARTY} (?:(?:is|are|was|were) (?:still )?(?:waiting (?:on|for)|running (?:late|behind)|behind|backlogged|overloaded|understaffed|experiencing (?:delays|issues|problems|an outage|outages))|(?:had|has had|have had|experienced|suffered) (?:an? |some |technical )?(?:outage|issue|problem|glitch|failure|delay|error|backlog|strike)s?)` },
      { pattern: `${SYSTEM} (?:sometimes |occasionally |often |can |may |does |did )?(?:has|have|had|experiences?|experienced|hits?|runs? into) (?:a |an |some |the occasional |occasional |these |such )?(?:glitch(?:es)?|issues?|bugs?|problems?|errors?|hiccups?|outages?)` },
      { pattern: `(?:caused|created|made|introduced) by ${THE}(?:${PARTY}|${SYSTEM})` },
      { pattern: `(?:due to|because of|owing to|as a result of|thanks to|down to|blame(?: it)? on|on the part of) (?:an? (?:error|mistake|issue|problem|delay|failure|fault) (?:by|with|on the part of|from|at) )?${THE}(?:${PARTY}|${SYSTEM})` },
      { pattern: `(?:on|at) (?:the )?(?:courier|carrier|bank|supplier|manufacturer|warehouse|driver)'s (?:end|side)` },
      { pattern: `${SYSTEM} (?:failed|crashed|glitched|went down|made (?:a |an )?(?:mistake|error)|(?:automatically )?(?:cancell?ed|rejected|declined|deleted|charged|double[- ]charged|lost)|(?:is|was) (?:to blame|responsible|at fault)|caused (?:this|the|it|your))` },
      { pattern: `(?:the )?system (?:error|glitch|bug|issue|failure) (?:caused|meant|resulted)` },
      // Denying fault outright: "it's not our fault", "this is out of our hands".
      {
        pattern: `(?:(?:well,? )?actually,? )?(?:(?:it's|it is|this is|that's|that is|this was|that was|it was) not|it wasn't|this wasn't|that wasn't|it isn't|this isn't|that isn't) (?:really )?(?:our|my) (?:fault|responsibility|doing|mistake|error|problem)`,
        rewrites: [{ text: "this is on us", safe: false }],
      },
      { pattern: `(?:out of|outside(?: of)?|beyond) (?:our|my) (?:direct )?(?:hands|control|power)` },
      { pattern: `(?:we|i) (?:can't|cannot|can not) (?:be held|take) (?:responsible|responsibility|the blame)` },
      { pattern: `(?:there (?:is|was|'s) )?nothing (?:we|i) could have done` },
      { pattern: `(?:well,? )?actually,? (?:it|this|that) (?:was|is|'s)(?: not|n't)? (?:the )?(?:${PARTY})` },
      // "The delay sits with the lab" / "the hold-up is down to the promoter" / "comes from the operator".
      { pattern: `(?:sits|lies|rests|stays) (?:squarely |entirely |solely |firmly )?with (?:the |their |a |an )?(?:${PARTY}|${SYSTEM})` },
      { pattern: `(?:delay|problem|issue|fault|outage|error|hold-up|holdup|charge|noise|damage|breakages?|cancell?ation|disruption|failure|slowdown|shortage)s? (?:[a-z0-9]+ ){0,6}?(?:comes?|came|coming|originate[sd]?|originating|stems?|stemmed|arises?|arose) (?:from|with|at|in) (?:the |their |a |an )?(?:${PARTY}|${SYSTEM})` },
      // "…, not us / not ours / not in our packing room", "rather than us / anything on our side".
      { pattern: `(?<=[,;:] |- )(?:and )?not (?:ours|us|(?:in|at|on|from|with|by) (?:our|us)(?: [a-z]+){0,3})(?= ?[.!;:)]| ?$)|rather than (?:by |from |with )?(?:us|ours|(?:anything|something) (?:on our (?:side|end)|(?:that )?we (?:did|caused|control|could control))|(?:on |in |at )?our (?:own )?(?:side|end|network|systems?|servers?|service|platform|app|staff|team|warehouse|store|shop|doing|fault))(?= ?[.!,;:)]| ?$)|not (?:something|anything) (?:that )?(?:we|i) (?:caused|did|could (?:have )?(?:control(?:led)?|prevent(?:ed)?))` },
      { pattern: `(?:delay|problem|issue|fault|outage|error|hold-up|holdup|charge)s? (?:isn't|is not|wasn't|was not|aren't|are not|didn't|did not) (?:com(?:e|ing)|originat(?:e|ing)) from (?:us|our (?:side|end))` },
      // "as they're responsible for it", "it's a matter between you and them".
      { pattern: `(?:as|since|because|given that) (?:they(?:'re| are| were)|${THE}${PARTY} (?:is|are|was|were)) (?:the ones |solely |fully |entirely )?(?:responsible (?:for (?:it|this|that|the (?:damage|delay|loss|error|mistake|fault|problem|issue|outage|breakage|charge))|here)|the ones responsible|liable|at fault|to blame)` },
      { pattern: `(?:a matter|something|an issue|one) (?:between you and|for you (?:and|to (?:take up|raise|sort out) with)) (?:them|the (?:[a-z]+ )?${PARTY})` },
      { pattern: `(?:unfortunately,? |sadly,? )?the (?:system|software|website|app|platform|portal) (?:didn't|did not|failed to|wouldn't|would not) (?:process|register|record|save|apply|update|accept|recogni[sz]e|pick up|send)` },
      // Independence as an excuse: "which operates independently of us", "is an independent contractor".
      { pattern: `(?:operates?|operating|works?|acts?|runs?|carries out [a-z]+(?: [a-z]+)?) (?:entirely |completely |fully )?independently (?:of|from) (?:us|our|this|the (?:company|club|office|store|shop|team|unit|firm))|(?:is|are|was|were) (?:an? )?(?:independent|external|outside|third[- ]party|separate) (?:contractors?|compan(?:y|ies)|firms?|business(?:es)?|providers?|organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|entit(?:y|ies)) (?:who|which|that|and|so|,)` },
      // "have no control over", "cannot be attributed to us", "the responsibility of the repairer".
      { pattern: `(?:have|has|had) (?:no|little|zero) (?:control|say|influence) (?:over|of|on)|(?:cannot|can't|could not|couldn't|can not) be (?:attributed|put down) to us|(?:is|are|was|were)(?: not|n't) attributable to us|(?:is|are|was|were|falls?|lies|rests?) (?:entirely |solely |wholly )?(?:the )?(?:sole )?responsibility of ${THE}${PARTY}|(?:falls?|fell|sits?|is|are) (?:outside|beyond) (?:the |their )?(?:[a-z]+'s? )?control|(?:is|was|are|were|'s) (?:really |entirely |all |solely )?down to them|(?:we|i) (?:were|are|was|am) (?:entirely |completely |fully |totally )?(?:dependent|reliant) on (?:them|their|${THE}${PARTY})` },
      // "(issued|submitted) by them, not by us", "from the provider, not from the club".
      { pattern: `(?:by|from|with|at) (?:them|${THE}${PARTY}),? (?:and )?not (?:by |from |with |at )?(?:us|ourselves|our (?:side|end|team|staff)|the (?:club|company|shop|store|academy|school|office|gym|hotel|restaurant|site|app|platform)|[a-z]+ (?:support|team|staff))(?= ?[.!,;:]| ?$| as | because | since )` },
      // "The charge was submitted by the merchant", "marked as lost by DPD".
      { pattern: `(?:submitted|initiated|authori[sz]ed|requested|imposed|generated|triggered|caused|decided|controlled|determined|applied|cancell?ed|rejected|declined|blocked|held|delayed|held up|misplaced|mislaid|misrouted|returned) by ${THE}${PARTY}` },
      // "The root cause was an outage at our upstream provider", "a problem with the carrier".
      { pattern: `(?:outage|failure|issue|problem|error|fault|incident|backlog|strike|breakdown|mistake|mix-up|delay|glitch)s? (?:at|on the part of|within) (?:the |their |our |a |an )?(?:(?!your |my )[a-z-]+ )?${PARTY}(?!'s? (?:end|side) (?:that )?(?:we|i))` },
      // "Attributable to the carrier", "the result of a supplier error", "triggered by the bank".
      { pattern: `(?:attributable to|the result of|a result of|resulted from|resulting from|triggered by|stemming from|stems from|stemmed from|originated with|originating with) (?:an? (?:error|mistake|issue|problem|delay|failure|fault) (?:by|with|on the part of|from|at) )?${THE}(?:${PARTY}|${SYSTEM})` },
      // "The bank didn't apply the transfer", "the courier couldn't find the address".
      { pattern: `(?<!\\bso (?:the |your |their )?)${THE}${PARTY} (?:didn't|did not|hasn't|has not|haven't|have not|never|failed to|couldn't|could not|wasn't able to|weren't able to|was unable to|were unable to|refused to|neglected to|forgot to) (?!charge|need|have|affect|cause|know|do anything|receive|hear)[a-z]+` },
      // Passive complaints routed away: "losses that occur in transit", "a courier issue".
      { pattern: `not (?:liable|responsible) for (?:any )?(?:loss(?:es)?|damage|delays?|breakages?)(?: (?:that|which) (?:occur|occurs|happen|happens|occurred))? (?:in transit|during (?:transit|delivery|shipping|shipment)|once (?:handed|dispatched|shipped)|after (?:dispatch|handover))|(?:is|was|'s) (?:a|an) (?:courier|carrier|bank|banking|supplier|manufacturer|network|isp|provider|third[- ]party|delivery|postal|airline|airport|customs|seller|merchant)(?:[- ]side)? (?:issue|problem|error|fault|matter|delay)` },
    ],
    guards: {
      before: [
        // Negations: "this is not the courier's fault", "it wasn't caused by the courier".
        "(?:not|n't|never|nothing to do with|rather than|instead of|regardless of|whether)(?: [^ ]+)? ?",
        // Ownership before: "we own this, even if the courier …" / "we asked the courier…".
        // An acknowledgement of what the customer went through: "I can see the seller hasn't replied to you".
        "(?:i can see|i see|i understand|i know|you(?:'ve| have) (?:told|let) us|you (?:said|mentioned|explained|told us))(?: that)?(?: [^ ]+){0,3} ?",
        "(?:i can see|i see|i've seen|we can see) [^.!?]{0,80}(?:and|but|while) ",
        "(?:if|even if|whether|in case|we asked|i asked|i've asked|we've asked|i've contacted|we've contacted|i'll contact|i will contact|we will contact|we'll contact|i've chased|i'll chase)(?: [^ ]+){0,4} ?",
      ],
      after: [
        // "The courier lost it, and that's on us" / "..., but it's our responsibility".
        "[^.!?]{0,60}(?:on us|on me|our (?:fault|responsibility|mistake|job|duty)|should have caught|my (?:fault|responsibility|mistake)|we (?:should|take|own|accept)|i (?:should|take|own|accept)|we're responsible|we are responsible|it's ours|it is ours)",
        // A question: "Did the courier lose it?"
        "[^.!]{0,80}\\?",
      ],
    },
  },

  'customer-blame': {
    entries: [
      { pattern: `you (?:should|could|ought to|would|might|must)(?: have|'ve| of) (?:read|checked|double[- ]checked|contacted us (?:sooner|earlier|first)|told us|informed us|let us know|notified us|noticed|selected|chosen|entered|typed|provided|included|followed|known|realised|realized|reviewed|looked|kept|ordered|paid attention|updated|cancell?ed|returned|reported|measured|asked|waited|been more careful)` },
      { pattern: `you (?:failed|neglected|forgot|omitted|didn't bother|did not bother) to` },
      { pattern: `you (?:should|ought to)(?: have|'ve| of) (?!received|got|gotten|been|seen|heard|had|already|a |an )(?:[a-z]+ed|made sure|read|chosen|done|known|taken|kept|bought|written|told us|paid|brought|sent|given|left|put|set up|backed up|thought)` },
      { pattern: `(?:because|since|as) you (?:arrived|came|turned up|showed up|checked in|submitted|applied|returned|booked|ordered|paid|called|replied|responded|registered|cancell?ed|logged in|sent)(?: [a-z]+){0,3} (?:too late|late|after (?:the|it|its)|past the|outside the)|you (?:violated|breached|broke|infringed|didn't comply with|did not comply with|failed to comply with)` },
      { pattern: `(?:the|your) (?:address|details|information|email(?: address)?|number|code|postcode|zip code|card details|name|size|date|option|password|settings?)s? (?:you|that you) (?:entered|provided|gave us|typed|selected|chose|supplied|submitted|used)(?: [a-z]+){0,3} (?:was|were|is|are|had) (?:missing|wrong|incorrect|invalid|incomplete|outdated|not valid|a typo)` },
      { pattern: `(?:this|it|which|that) (?:is|was|has been) (?:clearly|explicitly|plainly|already|all) (?:described|explained|stated|documented|outlined|mentioned|written|covered|listed|noted|specified|set out|shown|displayed|marked|flagged|highlighted|indicated) (?:in|on|at|during) (?:our |the )?[a-z]+` },
      { pattern: `you (?:didn't|did not|never|haven't|have not|hadn't|had not) (?:read|check|double[- ]check|follow|include|provide|select|enter|tell us|inform us|notify us|let us know|notice|update|cancel|respond|reply|return|pay attention|review|look at|understand|enable|activate|save|back up|turn on|set up|register|confirm|verify|sign|attach|upload|submit|keep|bring|arrive|show up|complete|specify)` },
      { pattern: `(?:did|didn't|have|haven't) you (?:not )?(?:read|check|see|notice|look at|review)` },
      { pattern: `if you (?:had|'d) (?:read|checked|followed|contacted us|told us|provided|entered|selected|paid attention|reviewed)|had you (?:read|checked|followed|contacted us|told us|provided|entered|selected)` },
      { pattern: `you (?:misread|misunderstood|ignored|overlooked|disregarded|mistyped|misspelled|messed up|made (?:a |an )?(?:mistake|error))` },
      { pattern: `you (?:entered|provided|gave us|typed|selected|chose|ordered|picked|used|supplied) (?:the |an |a )?(?:wrong|incorrect|invalid|old|outdated)` },
      { pattern: `you must have (?:entered|typed|selected|made|missed|forgotten|misread|misunderstood|ignored|deleted|chosen|clicked)` },
      { pattern: `(?:it's|it is|it was|this is|this was|that's|that is|that was) (?:entirely |clearly |completely |solely )?(?:your|the customer's|the buyer's) (?:fault|mistake|error|responsibility|problem|doing)` },
      { pattern: `(?:it's|it is|it was) (?:your|the customer's|the buyer's) responsibility to|it's up to you to|it is up to you to|you (?:are|were) responsible for|that's on you|this is on you|user error|(?:it is|it's|it was) the (?:customer|passenger|user|buyer|guest|account holder|cardholder|policyholder)'s responsibility` },
      { pattern: `you were (?:supposed|meant|expected|required) to` },
      // "because you didn't map the column", "you chose to book a basic fare", "it was up to you".
      { pattern: `(?:because|since|as) you (?:didn't|did not|never|hadn't|had not|forgot to|failed to|chose not to|decided not to) (?!receive|get|hear|have|need|want|know|deserve|expect|ask for)[a-z]+` },
      { pattern: `you (?:chose|decided|opted|elected) (?:to|not to|for|against)(?! us| our)` },
      { pattern: `(?:it|this|that) (?:was|had been|was always|was entirely|was solely) up to you|you (?:missed|let pass) (?:it|the (?:deadline|window|cut-?off(?: date| time)?|(?:cancell?ation|refund|return|booking) (?:deadline|window|period)))(?= ?[.!,;:]| ?$| and | so )` },
      { pattern: `(?:caused by|due to|because of|down to|comes from|the result of) (?:the|your) [a-z]+(?: [a-z]+)? (?:that )?you (?:uploaded|sent|provided|supplied|entered|chose|selected|submitted|used|installed|bought|ordered|picked|typed)` },
      { pattern: `(?:could|would|might) have been (?:avoided|prevented) (?:if|had) you|if you(?:'d| had) [a-z]+(?: [a-z0-9]+){0,6},? (?:this|it|that|the [a-z]+) (?:wouldn't|would not|would never|couldn't|could not) have` },
      { pattern: `(?:did|clearly) (?:ask|tell|remind|warn|instruct|advise)(?:ed)? you (?:to|that|about)|(?:warned|reminded|told) you (?:for|several times|repeatedly|twice|multiple times)` },
      // Details the customer gave, judged in the passive: "the address provided at checkout was incomplete".
      { pattern: `(?:the|your) (?:delivery |billing |shipping |postal |email |contact |account |booking )?(?:address|details|information|info|email(?: address)?|number|code|postcode|zip(?: code)?|card (?:number|details)|name|size|date|phone number|account number|reference|measurements?|documents?|documentation|photos?) (?:you )?(?:provided|supplied|given|entered|submitted|selected|used|typed|chosen|sent)(?: (?:by you|at checkout|when (?:ordering|booking|registering|signing up|you (?:ordered|booked|registered|signed up|applied))|on (?:the|your) (?:form|order|booking|application)))? (?:was|were|is|are|had been|appears to be|appeared to be|seems to be|seemed to be|turned out to be) (?:missing|wrong|incorrect|invalid|incomplete|outdated|out of date|not valid|not correct|inaccurate|mistyped|misspelt|misspelled|illegible|unreadable|insufficient)` },
      // "We were not informed that you had moved", "we had no way of knowing".
      { pattern: `(?:we|i) (?:weren't|wasn't|were not|was not|were never|was never|had not been|hadn't been|have not been|haven't been|have never been) (?:told|informed|notified|made aware|advised) (?:that you|you (?:had|'d|were|wanted|would|needed)|(?:of|about) (?:your|any change|the change)|(?:in advance|beforehand|at the time of (?:booking|ordering)))|(?:we|i) had no (?:way|means) (?:of knowing|to know)|there was no way (?:for us )?(?:of knowing|to know)|how (?:were|was|could) (?:we|i) (?:(?:supposed|meant|expected) to )?(?:know|have known)` },
      // "The onus is on the account holder", "an error on your part", "the problem is on your end".
      { pattern: `(?:the )?onus (?:is|was|lies|rests|falls) (?:on|with|upon) (?:you|the (?:customer|account holder|cardholder|buyer|passenger|user|guest|policyholder|member|tenant|subscriber))|(?:it is|it's|it was) incumbent (?:up)?on you|(?:is|was|'s) (?:entirely |solely )?down to you(?= ?[.!,;]| ?$| to )|(?:an? |the )?(?:error|mistake|oversight|misunderstanding|failure|slip|omission) (?:on|from) your (?:part|side|end)|(?:the )?(?:issue|problem|error|fault) (?:is|was|lies|seems to be|appears to be) (?:on|at|with) your (?:end|side|part)` },
      // "You entered your card number incorrectly", "you typed the date wrong".
      { pattern: `you (?:entered|typed|provided|gave us|selected|chose|filled in|filled out|wrote|spelled|spelt|input|inputted|set up|configured|measured|installed|assembled|booked|ordered|addressed|labell?ed|packed) (?:[a-z0-9']+ ){0,4}?(?:incorrectly|wrongly|wrong|improperly|incompletely|by mistake|in error|badly)(?= ?[.!,;:]| ?$| and | so | which | when | at )` },
      // "It looks like you selected the wrong date", "you may have entered an old address".
      { pattern: `(?:looks|seems|appears) (?:like|as (?:though|if)|that) you (?:entered|typed|selected|chose|picked|forgot|missed|used|made|ordered|booked|misread|mistyped|skipped|ignored|overlooked|deleted|cancell?ed|declined|(?:didn't|did not|never|haven't|have not|hadn't) (?!receive|get|hear|have|need|been)[a-z]+)|you (?:may|might|probably|likely|must) (?:have )?(?:entered|typed|selected|chosen|picked|mistyped|misread|missed|forgotten|overlooked|used the wrong|made (?:a |an )?(?:mistake|error|typo))` },
      // "You placed the order without checking the size guide".
      { pattern: `you (?!can |could |may |might |will |'ll |won't |are |were |'re |do |don't |can't |should |need |did |didn't )[a-z]+ (?:[a-z0-9']+ ){0,5}?without (?:first )?(?:reading|checking|reviewing|confirming|contacting us|consulting|following|measuring|verifying|looking at|paying attention|telling us|informing us|letting us know|double[- ]checking)` },
      // "Because of your late renewal", "due to your own oversight".
      { pattern: `(?:due to|because of|owing to|caused by|as a result of|the result of|down to) your (?:own )?(?:mistake|error|oversight|failure|negligence|late (?:payment|renewal|arrival|cancell?ation|return|response|reply|submission|booking|check-in)|delay in [a-z]+ing|incorrect [a-z]+|wrong [a-z]+|missing [a-z]+|incomplete [a-z]+|typo|misuse)` },
      // "You never sent us the photos", "you didn't tick the box", "you haven't completed the form".
      { pattern: `you (?:never|hadn't|had not|haven't|have not)(?: actually| even| yet)? (?:sent|provided|gave|given|told|informed|notified|returned|replied|responded|answered|confirmed|completed|filled (?:in|out)|submitted|uploaded|attached|signed|renewed|updated|checked|read|followed|selected|ticked|enabled|activated|registered|verified|collected|picked up|included|specified|mentioned|let us know|got back to us|gotten back to us)(?! (?:by|to) us for)|you (?:didn't|did not) (?:tick|fill (?:in|out)|send us|give us|add|mention|request|apply for|renew|install|log in|collect|pick up|answer|print|book|reserve|select|choose|opt (?:in|for))` },
      // Insufficient funds and passive omissions: "because your card didn't have sufficient funds", "as the form wasn't completed correctly".
      { pattern: `(?:because|since|as) (?:your|the) (?:card|account|balance) (?:didn't|did not|doesn't|does not|had|has) (?:have )?(?:sufficient|enough|insufficient|no) (?:funds|balance|credit|money)|(?:because|since|as) (?:the|your) [a-z]+(?: [a-z]+)? (?:wasn't|was not|weren't|were not|hadn't been|had not been|haven't been|has not been|hasn't been) (?:completed|filled (?:in|out)|signed|paid|submitted|returned|provided|uploaded|renewed|updated|confirmed|activated|attached|included|entered|selected)(?! (?:to (?:the |its )?sender|by us|by our|to you))(?: (?:correctly|properly|in full|in time|on time|by the (?:due date|deadline)))?|no [a-z]+(?: [a-z]+)? (?:was|were|has been|had been) (?:submitted|provided|sent|completed|made|paid|returned|received) by you|(?:weren't|were not|wasn't|was not) (?:sent|submitted|provided|returned|uploaded) (?:to us )?(?:in time|on time|before the deadline|by the deadline)` },
      // Counterfactuals: "Had you used the link in time, …", "had the correct details been entered, …".
      { pattern: `had you (?:not )?(?!been )(?:[a-z]+ed|[a-z]+en|read|paid|sent|made|told|brought|kept|put|set|got|done)\\b|had (?:the|your) (?:[a-z]+ ){1,4}been (?:entered|provided|submitted|completed|selected|checked|filled (?:in|out)|paid|signed|uploaded|sent|updated|returned)` },
      // What the customer supplied did not work: "the code you typed didn't match", "the photo of your ID was blurry".
      { pattern: `(?:the|your) [a-z-]+(?: [a-z-]+){0,2} (?:that )?you (?:typed|entered|provided|gave us|submitted|selected|uploaded|sent|used|put)(?: in)? (?:didn't|did not|doesn't|does not|wouldn't|would not) (?:match|work|pass)|(?:the |your )?(?:photo|picture|image|scan|copy|upload|screenshot)s? (?:of your [a-z]+ )?(?:(?:that )?you (?:sent|uploaded|provided|submitted|attached) )?(?:was|were) (?:too )?(?:blurry|blurred|unreadable|illegible|dark|cropped|cut off|expired|out of date)|(?:the )?(?:problem|issue|fault|error|cause) (?:is|was|lies|lay|seems to be|appears to be) (?:with|in) your (?:own )?(?:connection|internet|router|device|phone|computer|network|wifi|wi-fi|browser|settings|equipment|setup|installation)` },
      { pattern: `(?:it|this|that) was (?:entirely |solely )?your (?:own )?(?:choice|decision|call|responsibility)` },
      // "We'd remind you that it's your responsibility…", "we have no record of you sending it".
      { pattern: `(?:we|i)(?:'d| would)? (?:like to )?remind you that (?:you (?:were|are) (?:required|responsible|expected|supposed|obliged)|it (?:is|was|'s) your|you (?:needed|had|have) to|you (?:should|must))|(?:we|i) (?:have|had|can find|could find|found) no record of (?:you|your) (?:[a-z]+ing|request|call|email|message|return|cancell?ation|submission|notification|reading)` },
      // "As stated in the terms you accepted, …" / "As clearly stated on our website, …" → removed.
      {
        pattern: `as (?:was |is )?(?:clearly |explicitly |already )?(?:stated|mentioned|outlined|explained|written|indicated|specified|described|noted|shown|detailed) (?:clearly )?(?:in|on) (?:the|our|your) (?:website|site|faqs?|product (?:description|page|listing)|listing|item description|confirmation email|order confirmation|instructions|manual|checkout(?: page)?|invoice|receipt)`,
        rewrites: [{ text: '' }],
      },
    ],
    guards: {
      before: [
        "(?:not|n't|never|in no way|nothing to do with)(?: (?:really|entirely|at all|because|that|just))? ?",
        // A relative clause describes the customer's complaint: "a seat you didn't choose".
        "(?:something|anything|items?|products?|things?|seats?|sizes?|services?|subscriptions?|plans?|charges?|options?|orders?|changes?|upgrades?|add-ons?|extras?|features?|fees?|bookings?|tickets?|insurance|emails?|messages?|payments?|purchases?|renewals?|deliver(?:y|ies)|parcels?|packages?|transactions?|requests?) ",
        "(?:even if|even though|whether or not|in case|i know|i understand|i realise|i realize|don't worry if|no worries if)(?: [^ ]+){0,3} ?",
        "(?:we|i) (?:thought|assumed|worried|feared) ",
      ],
      after: [
        // "you should have received an email" style: information, not blame (verbs are listed, this catches the rest).
        " (?:by now|yet)",
      ],
    },
  },

  'policy-shield': {
    entries: [
      // "Per our policy, …" / "…, as per company policy." → removed.
      {
        pattern: `(?:as )?(?:per|according to|in (?:accordance|line|keeping) with|due to|because of|under|based on|pursuant to|following|in compliance with) (?:our|the|company|store|internal)(?: (?:company|store|internal|strict|current|standard|refund|returns?|shipping|cancell?ation|exchange|warranty|privacy|security|data protection))* (?:polic(?:y|ies)|terms(?: and conditions| of (?:service|sale|use))?|t&cs|guidelines|rules|procedures?|protocols?|regulations)(?: and (?:procedures|guidelines|regulations))?`,
        rewrites: [{ text: '' }],
      },
      {
        pattern: `(?:our |the |company |store )?(?:company |store |internal |refund |returns? |shipping )?(?:polic(?:y|ies)|terms(?: and conditions)?|rules|guidelines|procedures) (?:does not|doesn't|do not|don't|won't|will not|cannot|can't|simply don't|simply doesn't) (?:allow|permit|let|authori[sz]e|enable) (?:us|me) to`,
        rewrites: [{ text: "I'm not able to" }],
      },
      { pattern: `(?:according to|in accordance with|as per|pursuant to|in line with) (?:[a-z0-9/&().-]+ ){1,5}(?:polic(?:y|ies)|terms|t&cs|tos|conditions(?: of [a-z]+)?|rules|regulations?|guidelines|procedures?|protocols?|contract|agreement|legislation|law)` },
      { pattern: `(?:our |the |company |store )?(?:company |store |internal |refund |returns? |shipping )?(?:polic(?:y|ies)|terms(?: and conditions)?|rules|guidelines) (?:does not|doesn't|do not|don't|won't|will not|cannot|can't) (?:allow|permit|let|cover|include|support)` },
      { pattern: `(?:it's|it is|this is|that's|that is|this would be|that would be|this goes|that goes|it goes) (?:against|not (?:within|in line with|covered by|part of)|outside(?: of)?) (?:our|the|company|store) (?:polic(?:y|ies)|terms|rules|guidelines)` },
      { pattern: `(?:our|company|store|the) polic(?:y|ies) (?:clearly )?(?:states?|says?|is clear|requires?|dictates?|prohibits?|forbids?|stipulates?|prevents?)` },
      { pattern: `(?:that's|that is|this is|it's|it is) (?:just |simply )?(?:our|the|company) (?:polic(?:y|ies)|rules)(?= ?[.!,;]| ?$)` },
      { pattern: `(?:our|my) hands are tied|rules are rules|(?:i|we) (?:don't|do not) make the rules` },
      { pattern: `(?:we|i) (?:are|am|'re|'m) (?:not (?:allowed|permitted|authori[sz]ed)|unable) to [^.!?;\\uE000]{0,40}?(?:due to|because of|under|per) (?:our|the|company) (?:polic(?:y|ies)|rules|terms)` },
      { pattern: `(?:we|i) (?:have to|must) follow (?:our|the|company) (?:polic(?:y|ies)|rules|procedures?|guidelines)` },
      // "In line with our membership terms", "under our booking conditions", "as stated in section 7.2 of our ToS".
      { pattern: `(?:as )?(?:per|according to|in (?:accordance|line|keeping) with|under|based on|pursuant to|in compliance with) our(?: [a-z&-]+){0,2} (?:polic(?:y|ies)|terms(?: and conditions| of (?:service|sale|use|business|carriage|booking|hire))?|t&cs|tos|conditions(?: of [a-z]+)?|guidelines|rules|procedures?|protocols?|regulations)` },
      { pattern: `as (?:stated|outlined|set out|explained|specified|described|detailed|laid out) (?:in|on|under) (?:(?:section|clause|paragraph|article|point) [0-9]+(?:\\.[0-9]+)*[a-z]? (?:of|in) )?(?:our|the) (?:terms(?: and conditions| of service| of sale| of use)?|t&cs|tos|conditions(?: of [a-z]+)?|contract|agreement|user agreement|polic(?:y|ies)|(?:[a-z]+ )?policy)(?: (?:that )?you (?:accepted|agreed to|signed|read|acknowledged))?`, rewrites: [{ text: '' }] },
      { pattern: `as (?:stated|outlined|set out|explained|specified|described) (?:in|on) (?:our|the) (?:terms(?: and conditions| of service| of sale| of use)?|t&cs|tos|conditions(?: of [a-z]+)?|contract|agreement|user agreement|eula|fine print|small print|polic(?:y|ies)|(?:refund|returns?|shipping|cancell?ation) policy)(?! (?:that )?you)`, rewrites: [{ text: '' }] },
      // "Under the conditions of carriage", "as set out in the account terms", "outside our 30-day refund window".
      { pattern: `(?:under|as per|according to|in accordance with|in line with|pursuant to|as set out in|as stated in|as outlined in|as laid out in) (?:the |our |your )?(?:[a-z0-9-]+ ){0,3}(?:conditions(?: of [a-z]+)?|terms(?: and conditions)?|tariff|t&cs)|(?:falls?|fell|is|are|was|were) (?:outside|beyond) (?:of )?(?:our|the) (?:[a-z0-9-]+ ){0,3}(?:window|period|timeframe|time frame|time limit|allowance|guidelines|policy|terms)|(?:our |the )?(?:system|software|platform|process) (?:doesn't|does not|won't|will not|cannot|can't) (?:allow|permit|let (?:us|me)) (?:any )?(?:exceptions|us to|me to|refunds|changes|cancell?ations|overrides)|(?:doesn't|does not|don't|do not|won't|will not|cannot|can't) (?:allow|permit|make) (?:for )?(?:any )?exceptions|(?:are|is) (?:fixed|set|locked) (?:at|on) (?:the (?:time|point) of )?(?:purchase|booking|sign-?up|checkout)` },
    ],
    guards: {
      before: [
        "(?:not|n't|never)(?: [^ ]+){0,1} ?",
        "(?:even|although|though|while|whatever|regardless of what|despite what)(?: [^ ]+){0,3} ?",
      ],
      after: [
        // "Under our policy you're entitled to a full refund": the policy works for the customer.
        ",? ?(?:you(?:'re| are) (?:entitled|eligible|covered|owed)|you (?:can|get|qualify|may|will (?:get|receive))(?! only)|we (?:can|will|'ll|offer|refund|cover|owe)(?!'t| ?(?:not|n't| only))|i (?:can|will|'ll|'m able|am able)(?!'t| ?(?:not|n't| only))|(?:lets|allows|entitles|permits) (?:me|us|you))",
      ],
    },
  },

  dismissive: {
    entries: [
      { pattern: `(?:please )?(?:calm down|settle down|relax|chill out|take a deep breath|(?:remain|stay|keep) calm|(?:keep|maintain|use) a (?:respectful|civil|polite|courteous|appropriate) tone|mind your (?:tone|language)|watch your (?:tone|language)|there(?:'s| is) no need (?:for you )?to keep [a-z]+ing|let me be (?:very |perfectly |absolutely |crystal )?clear|(?:i|let me) (?:repeat|say) (?:it|this) once more|stop (?:shouting|yelling|emailing us|contacting us|calling us|writing to us)|don't (?:shout|yell|panic)|there(?:'s| is) no (?:need|reason) (?:to|for you to) (?:shout|yell|panic|be (?:so )?(?:rude|upset|angry|aggressive)|get (?:so )?(?:upset|angry|worked up)|raise your voice)|you(?:'re| are) (?:overreacting|being (?:unreasonable|dramatic|rude|aggressive))|be reasonable|with all due respect)`, rewrites: [{ text: 'I understand how frustrating this is', safe: false }] },
      // "As I already said, …" / "…, as per my last email." → removed.
      {
        pattern: `(?:as|like) (?:i|we)(?:'ve|'d)? (?:(?:have )?already |previously |just |have |had )?(?:said|stated|mentioned|explained|told you|informed you|advised|advised you|pointed out|noted|wrote|outlined|clarified)(?: (?:to you|you))?(?: (?:before|earlier|previously|already|several times|many times|multiple times|more than once|twice|above|below|in (?:my|our|the) (?:last|previous|earlier|prior) (?:email|e-mail|message|reply|response|note|ticket)s?|in (?:previous|earlier|prior|past) (?:emails|e-mails|messages|replies|responses)))*`,
        rewrites: [{ text: '' }],
      },
      { pattern: `as (?:per|in|stated in|mentioned in|explained in|discussed in) (?:my|our) (?:last|previous|earlier|prior) (?:email|e-mail|message|reply|response|note|conversation|call|chat|exchange|correspondence)s?`, rewrites: [{ text: '' }] },
      { pattern: `as (?:previously|already|earlier|mentioned|stated|explained|noted|advised|discussed|communicated|indicated|established) (?:mentioned|stated|explained|noted|advised|discussed|communicated|indicated|before|earlier|previously|above)`, rewrites: [{ text: '' }] },
      { pattern: `as (?:you were|you have been|you've been) (?:already |previously )?(?:told|informed|advised)(?: (?:before|earlier|previously|already))?`, rewrites: [{ text: '' }] },
      { pattern: `(?:i|we)(?:'ve| have) (?:already )?(?:told|explained to|informed|advised) you (?:this|that)?(?: (?:before|already|several times|many times|multiple times|twice))|i already (?:told|explained|said)|(?:i|we)(?:'ve| have)? already (?:explained|answered) this|(?:i|we)(?:'ve| have) already (?:told|explained to|informed|advised) you(?! (?:about|of) (?:our|the) (?:plan|fix|refund|replacement))` },
      // "We've been over this", "as mentioned in the email below".
      { pattern: `(?:we|i)(?:'ve| have) (?:already )?(?:been over|been through|gone over|gone through|covered|discussed) (?:this|that|it)(?: (?:already|before|several times|many times|more than once|twice))?(?= ?[.!,;:]| ?$)|as (?:mentioned|stated|explained|noted|detailed|outlined|indicated) (?:in|on) (?:the|my|our) (?:email|e-mail|message|reply|note|thread)s? (?:below|above)|as (?:mentioned|stated|explained|noted) below`, rewrites: [{ text: '' }] },
      // Tone policing and "writing again won't change anything".
      { pattern: `(?:keep|keeping) (?:this|things|it|the conversation|your (?:messages|emails|language|replies|tone|comments)) (?:civil|respectful|polite|courteous|professional)|(?:please )?(?:be|remain|stay) (?:civil|respectful|courteous)(?= ?[.!,;:]| ?$)|(?:contacting|calling|emailing|writing to|messaging|chasing) us (?:again|repeatedly|further|more)?(?: [a-z]+){0,2} (?:won't|will not|isn't going to|is not going to|doesn't|does not|wouldn't|would not) (?:change|alter|speed up)|there(?:'s| is) no point (?:in )?(?:contacting|calling|emailing|writing to|messaging|chasing) us` },
      { pattern: `(?:once again|again),? (?:i|we) (?:must |have to |will |need to |would like to )?(?:repeat|reiterate|remind you|explain|point out|stress)|let me (?:repeat|reiterate|say (?:it|this) again)|to reiterate|i(?:'ll| will) say (?:it|this) (?:one more time|again)` },
      { pattern: `as you (?:should|would|must|ought to) (?:know|be aware|have known|have seen)|as you (?:know|are aware) (?:very )?well|(?:which|this|that) (?:is|was) (?:clearly|already) (?:explained|stated|answered)` },
      { pattern: `(?:we|i) (?:have|receive|get|deal with) (?:a lot of|many|hundreds of|thousands of|lots of) (?:other )?(?:customers|tickets|requests|emails)|you(?:'re| are) not (?:our|the) only customer|(?:please )?be patient like everyone else` },
      // "Please refer back to my previous email", "this has already been addressed", "like I told your colleague".
      { pattern: `refer (?:back )?to (?:my|our) (?:previous|last|earlier|prior) (?:emails?|e-mails?|messages?|replies|reply|responses?)|(?:has|have) already been (?:addressed|answered|covered|explained|dealt with|responded to) in (?:our|my|the) (?:earlier|previous|prior|last) (?:replies|reply|emails?|messages?|responses?|correspondence)|(?:there(?:'s| is) )?no need to (?:open|raise|send|submit|log|create) (?:further|more|another|any more|new|additional) (?:tickets?|emails?|messages?|complaints?|requests?|cases?)|(?:as|like) (?:i|we) (?:told|explained to|said to|mentioned to) (?:your|my|our) (?:colleague|agent|team|representative)s?|not sure (?:why|what(?:'s| is)) (?:this|that|it) (?:is )?(?:so )?(?:confusing|unclear|hard to (?:understand|follow)|difficult to (?:understand|follow))|(?:don't|do not) (?:understand|see) (?:why|what) (?:this|that|it) is (?:so )?(?:confusing|unclear)|(?:shouting|yelling|being rude|swearing|raising your voice|threatening|getting angry)(?: (?:at|to) (?:us|me|our [a-z]+|the [a-z]+))? (?:won't|will not|isn't going to|is not going to|doesn't|does not) (?:get|make|help|change|speed)` },
    ],
    guards: {
      before: [
        "(?:not|never|no need to|don't want to|do not want to|won't|will not|nobody should|no one should|we don't|we do not|i don't|i do not|didn't|did not|refuse to|instead of|rather than)(?: [^ ]+){0,3} ?",
        "(?:say|said|told you to|tell you to|telling you to|asked you to|wrote) ",
      ],
      // "…, which was clearly explained in your confirmation email" points at a document (customer blame), not at us repeating ourselves.
      after: [" (?:in|on) (?:your|the|our) (?:confirmation|booking|order|product|terms|website|site|faqs?|documentation|instructions|manual|listing|invoice)"],
    },
  },

  minimizing: {
    entries: [
      // "It's just a small delay" → "It's a delay" (safe) / "This delay shouldn't have happened" (unsafe).
      {
        pattern: `(${IT_IS} )(?:just|only|merely|simply|nothing more than|nothing but|no more than)(?: (?:a|an|one)) (?:${SMALL} )?((?:delay|problem|mistake|glitch|thing|matter|wait|mix-up|mixup|misunderstanding|setback|bug|detail|slip|blip|snag|hitch|typo)s?)`,
        rewrites: [{ text: '$1a $2' }, { text: "this $2 shouldn't have happened", safe: false }],
      },
      {
        pattern: `(${IT_IS} )(?:just|only|merely|simply|nothing more than|nothing but|no more than)(?: (?:a|an|one)) (?:${SMALL} )?((?:issue|error|oversight|inconvenience|hiccup|accident|outage|incident|omission|anomaly|irregularity))`,
        rewrites: [{ text: '$1an $2' }, { text: "this $2 shouldn't have happened", safe: false }],
      },
      {
        pattern: `(${IT_IS} )(?:a|an) ${SMALL} ((?:delay|problem|mistake|glitch|thing|matter|wait|mix-up|mixup|misunderstanding|setback|bug|detail|slip|blip|snag|hitch|typo))(?= ?[.!,;]| ?$| and | that | which | on )`,
        rewrites: [{ text: '$1a $2' }],
      },
      {
        pattern: `(${IT_IS} )(?:a|an) ${SMALL} ((?:issue|error|oversight|inconvenience|hiccup|accident|outage|incident|omission))(?= ?[.!,;]| ?$| and | that | which | on )`,
        rewrites: [{ text: '$1an $2' }],
      },
      { pattern: `(?:just|only|merely|simply) (?:a|an|one) (?:${SMALL}) [a-z]+` },
      // "hardly worth escalating", "nothing major", "completely normal", "no need to worry".
      { pattern: `hardly (?:worth [a-z]+ing|worth (?:a|the) [a-z]+|a (?:problem|issue|big deal)|noticeable|an issue)|nothing (?:major|serious|significant|too serious)(?= ?[.!,;:]| ?$| (?:was|were|has|is|happened|to worry))|(?:is|are|'s|it's|that's) (?:completely|perfectly|totally|entirely|quite) (?:normal|expected|common|usual)(?! to (?:feel|be|want|ask|expect|worry))|(?:there's|there is) (?:really |absolutely )?no (?:need|reason) (?:to|for you to) (?:worry|be (?:concerned|worried|alarmed))` },
      { pattern: `(?:was|were|is|are|has been|had been|'s) (?:only|just) (?:down|offline|out|unavailable|delayed|late|closed|affected|running late|running behind|running slow) for (?:a (?:few|couple of)|an?|one|two|three|[0-9]+) (?:minutes?|hours?|days?|moments?)|(?:just|only|merely) (?:running|arriving|coming|going) (?:a few|a couple of|one|two|three|a day or two) (?:minutes?|hours?|days?|business days?|working days?) (?:late|behind)` },
      { pattern: `(?:is|are|was|were|it's|that's|this is) (?:just |only |merely )?(?:a|an) (?:minor|small|slight|little|tiny|trivial) (?:disturbance|inconvenience|annoyance|nuisance|disruption|interruption|delay|issue|problem|glitch|hiccup|setback)` },
      { pattern: `(?:it's|it is|this is|that's|that is|it was|this was) (?:just|only|merely) (?:a|an) (?:[a-z]+ )?(?:item|thing|feature|detail|difference|fee|charge|scratch|dent|mark|stain|blemish|formality|cosmetic [a-z]+|visual [a-z]+)` },
      { pattern: `only (?:affected|impacted|lasted|took|affects|impacts|hit|concerned) (?:a (?:small|tiny|handful|few|couple|minority|fraction)|a few|one|two|some|for a (?:few|couple))|(?:didn't|did not|won't|will not|shouldn't|should not) (?:have )?(?:cause[ds]?|caused) (?:you )?(?:too much|much|any real|a lot of|any major|any significant) (?:disruption|trouble|inconvenience|hassle|harm|damage)|happens? (?:every )?now and then|happens? (?:from time to time|to the best of us|to everyone)` },
      { pattern: `(?:just|only|merely) (?:a few|a couple of|one|two|three|a day or two|a day|an hour|a few more) (?:minutes?|hours?|days?|weeks?|business days?|working days?)? ?(?:late|behind|delay(?:ed)?|of (?:delay|waiting)|longer|more)` },
      { pattern: `(?:it's|it is|this is|that's|that is|it was|this was|that was|it isn't|it wasn't|this isn't|that isn't)(?: not|n't)? (?:really )?(?:a|such a|that|that much of a|that big of a|that big a) (?:big|huge|major|serious) (?:deal|problem|issue)|(?:it's|that's|this is|it is|that is) no big deal|(?:isn't|is not|wasn't|was not|not) (?:the end of the world|a big deal|that big a deal|a huge deal|that serious|that bad|a major (?:issue|problem))`, rewrites: [{ text: 'I know this matters to you', safe: false }] },
      { pattern: `(?:these things|it|things like this|mistakes|delays|errors|glitches|(?:such|these) (?:delays|errors|mistakes|issues)) (?:can |do |will )?(?:just )?happen(?:s)?(?: sometimes| from time to time| to everyone| all the time)?(?= ?[.!,;]| ?$)`, rewrites: [{ text: "this shouldn't have happened", safe: false }] },
      { pattern: `(?:it|this|that) (?:could|might) have been (?:much |a lot |far )?worse|at least (?:you|it|the (?:item|order|parcel|package)) (?:got|received|arrived|came|has arrived|eventually)|(?:nothing|not much|not something) (?:to worry about|to be concerned about|to get upset about|to make a fuss about)|no harm (?:done|was done)|(?:you(?:'re| are)|you're just) (?:making|blowing) (?:a big deal|this out of proportion|too much)|it's not like` },
      { pattern: `(?:just|only|merely) (?:a (?:tiny|small) )?(?:fraction|portion) of (?:our )?(?:orders|customers)|(?:this|it) (?:rarely|hardly ever|almost never) happens` },
      // The problem itself shrunk by an adjective: "there was a slight delay", "after a brief outage", "a bit of a mix-up".
      { pattern: `(?:a|an|some|the|this|that) (?:very |rather |fairly |relatively )?(?:slight|minor|small|little|tiny|brief|short|momentary|teeny|trivial|insignificant|negligible) (?:delay|issue|hiccup|glitch|problem|error|mistake|mix-up|mixup|inconvenience|disruption|interruption|setback|blip|hitch|snag|outage|oversight|discrepancy|wait|slip|misunderstanding|lapse|slowdown)s?|a bit of a (?:delay|hiccup|mix-up|mixup|wait|problem|glitch|blip|hitch|snag)|(?:only |just )?(?:slightly|a (?:little|bit|tad|touch)|marginally) (?:delayed|late|behind|behind schedule|longer than (?:expected|usual|planned))` },
      { pattern: `(?:it's|it is|that's|that is|it was|the (?:difference|charge|fee|amount|cost) (?:is|was)) (?:only|just|merely|barely) (?:(?:[£$€]|usd |eur |gbp )[0-9]+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)? ?(?:pounds?|dollars?|euros?|pence|cents?|p)(?![a-z]))` },
      { pattern: `(?:it's|it is|this is|that's|it was|this was)(?: not|n't) (?:serious|anything serious|anything to worry about|something to worry about)(?= ?[.!,;:]| ?$)` },
      // Quantities shrunk: "it's just a few extra days", "only two machines out of twelve", "most passengers don't even notice".
      { pattern: `(?:it's|it is|that's|that is|it was|this is|was|were|is|are|be|been|lasted|took) (?:just|only|merely|barely|no more than) (?:a few|a couple of|one|two|three|four|five|[0-9]+|a day or two|a day|an hour|a handful of|a few more) (?:extra |more |additional )?(?:minutes?|hours?|days?|weeks?|business days?|working days?)|(?:just|only|merely) (?:one|two|three|four|a (?:few|couple|handful)|[0-9]+) (?:[a-z]+ )?(?:out )?of (?:the |our )?(?:[0-9]+|[a-z]+(?:ty|teen)|six|seven|eight|nine|ten|eleven|twelve|hundreds|thousands|many|all)|most (?:customers|people|passengers|users|guests|members|travell?ers|clients|riders|diners) (?:don't|didn't|won't|wouldn't|never|do not|did not) (?:even )?(?:notice|see|mind|realise|realize|feel)|(?:only |very )?(?:a (?:small|tiny|limited) number|a handful|very few|a (?:small|tiny) (?:percentage|fraction|minority)) of (?:customers|orders|users|accounts|people|clients|members|passengers|bookings|guests|households) (?:were |was |are |have been )?(?:affected|impacted)|(?:only|just|purely|merely) cosmetic|barely (?:noticeable|visible|perceptible)` },
    ],
    guards: {
      before: [
        // "it's not a small issue": negated minimisers are the opposite.
        "(?:not|n't|never|no|hardly)(?: [^ ]+){0,1} ?",
        "(?:i know|we know|i understand|we understand|i realise|i realize|we realise|we realize|although|even though|even if|while)(?: [^ ]+){0,2} ?",
        "(?:feel like|feels like|seem like|seems like|think) ",
        "(?:even|if there(?:'s| is| was)|in case of|should there be|if you (?:notice|see|spot)) (?:(?:just|only) )?",
        "(?:if|in case|whether|unless) ",
        // "Your frustration is completely normal" validates the customer.
        "(?:your (?:frustration|reaction|concern|anger|worry|annoyance)|(?:feel|feeling) (?:this way|like this|frustrated|upset|annoyed|worried)) ",
      ],
      after: [" (?:to us|for us),? but", " (?:on paper|in theory|in itself|in the grand scheme)", " ?\\?", " (?:[a-z]+ )?(?:minutes?|hours?|seconds?)? ?to (?:fix|sort|resolve|repair|correct|put right|change|update|reissue)"],
    },
  },

  redirect: {
    entries: [
      // "You'll need to contact the courier" → "I'll contact the courier for you"
      {
        pattern: `${YOU_MUST}(?: (?:directly|first|now|yourself|personally|also))? (?:${CONTACT}) (${DEST})(?: directly| yourself)?(?: (?:for|about|regarding) (?:more |further )?(?:information|info|details|help|assistance|an update|a resolution)| with (?:your|the) (?:tracking|order|reference|case|claim|booking) (?:number|code|id|details|reference))?`,
        rewrites: [{ text: "I'll contact $1 for you" }],
      },
      // "Please contact X directly": "directly" marks X as someone else, whoever X is.
      {
        pattern: `${YOU_MUST}(?: (?:first|now|also))? (?:contact|call|ring|phone|email|reach out to|get in touch with|speak (?:to|with)|talk to|write to) ((?:the|your|their) [a-z]+(?: [a-z]+){0,2}) directly`,
        rewrites: [{ text: "I'll contact $1 for you" }],
      },
      { pattern: `(?:please |you(?:'ll| will) need to |you (?:need|have|must) to )(?:visit|go to|pop into|call into|head to|stop by|go into) (?:your|the|a) (?:nearest |local |closest )?(?:branch|store|shop|office|post office|service cent(?:re|er)|dealer(?:ship)?|repair shop|garage|pharmacy|clinic|hospital|embassy|consulate)` },
      {
        pattern: `(?:contact|call|ring|email|reach out to|get in touch with|speak to|talk to|check with) (${DEST}) (?:directly|yourself|for (?:more )?(?:information|details|help|assistance|an update|a refund|a replacement))`,
        rewrites: [{ text: "I'll contact $1 for you" }],
      },
      // "Please contact X directly": "directly" marks X as someone else, whoever X is.
      {
        pattern: `${YOU_MUST}(?: (?:first|now|also))? (?:contact|call|ring|phone|email|reach out to|get in touch with|speak (?:to|with)|talk to|write to) ((?:the|your|their) [a-z]+(?: [a-z]+){0,2}) directly`,
        rewrites: [{ text: "I'll contact $1 for you" }],
      },
      { pattern: `(?:please |you(?:'ll| will) need to |you (?:need|have|must) to )(?:visit|go to|pop into|call into|head to|stop by|go into) (?:your|the|a) (?:nearest |local |closest )?(?:branch|store|shop|office|post office|service cent(?:re|er)|dealer(?:ship)?|repair shop|garage|pharmacy|clinic|hospital|embassy|consulate)` },
      { pattern: `(?:please |kindly )?(?:direct|address|forward|send|redirect|take|raise) (?:your |any |all )?(?:complaints?|quer(?:y|ies)|questions?|enquir(?:y|ies)|inquir(?:y|ies)|claims?|concerns?|this|it|that)(?: (?:up|directly))? (?:to|with) ${DEST}` },
      { pattern: `(?:this|that|it) (?:is|'s) (?:something|a matter|an issue|a question|a problem) (?:for|you(?:'ll| will)? need to (?:take up|raise|discuss) with|to (?:take up|raise|discuss) with) ${DEST}` },
      { pattern: `(?:this|that|it) (?:is|'s) (?:not|n't) (?:something (?:we|i) (?:handle|deal with|can help with)|(?:our|my) (?:department|area|remit)|handled by us)|(?:this|that) (?:falls|is) outside (?:of )?(?:our|my) (?:remit|scope|area)|(?:we|i) (?:don't|do not|can't|cannot) (?:handle|deal with|help (?:you )?with) (?:this|that|these|those) (?:here|kind of (?:issue|request|thing)s?|type of (?:issue|request)s?|issues|requests|matters)|(?:you(?:'ve| have)) (?:reached|contacted|come to) the wrong (?:team|department|place)` },
      { pattern: `(?:you(?:'ll| will) (?:need|have) to|you (?:need|have|must) to) wait (?:for|until) ${DEST}` },
      // "You'll need to request a refund through Apple", "you can open a dispute with the seller".
      { pattern: `${YOU_MUST} (?:request|claim|apply for|ask for|seek|get) (?:a |your |the )?(?:[a-z]+ )?(?:refund|reimbursement|replacement|repair|compensation|chargeback)s? (?:from|through|via|with) ${DEST}|you can (?:open|file|raise|lodge|submit|make) (?:a |your )?(?:dispute|claim|complaint|case|chargeback) (?:with|against) ${DEST}` },
      { pattern: `(?:please |kindly |you(?:'ll| will) need to |you(?:'re| are) welcome to )?(?:take|raise) (?:the |your |any )?(?:[a-z]+ )?(?:complaints?|claims?|concerns?|issues?|quer(?:y|ies)|disputes?) (?:about [a-z]+(?: [a-z]+)? )?(?:up )?with ${DEST}` },
      // Passive routing: "any questions should be raised with them directly", "fees would need to be disputed with the operator".
      { pattern: `(?:should|must|need to|needs to|will need to|would need to|would have to|will have to|have to|has to|can|could) be (?:raised|taken up|directed|addressed|sent|reported|disputed|made|submitted|lodged|referred|dealt with|resolved|arranged|booked|claimed|queried|followed up) (?:directly )?(?:with|to|through|via) ${DEST}` },
      { pattern: `(?:we|i)(?:'d| would)? (?:recommend|suggest|advise) (?:contacting|calling|ringing|reaching out to|getting in touch with|speaking (?:to|with)|talking to|checking with|visiting|going to|raising (?:this|it) with|taking (?:this|it) up with) ${DEST}|(?:the|your) (?:best|quickest|fastest|easiest|only) (?:way|option|route|bet|course of action) (?:forward )?(?:is|would be|will be) to (?:contact|call|ring|reach out to|get in touch with|speak (?:to|with)|talk to|check with|visit|go to|raise (?:this|it) with|take (?:this|it) up with) ${DEST}` },
      // "Have you tried contacting them directly?"
      { pattern: `have you (?:tried|thought about|considered) (?:contacting|calling|reaching out to|speaking (?:to|with)|getting in touch with|emailing|checking with|ringing|phoning)(?! (?:us|our|me|my)(?![a-z]))` },
      // "Your bank is the best contact for this", "the repair centre would be the right people to speak to".
      { pattern: `${DEST} (?:is|are|would be|will be) (?:the )?(?:best|right|correct|appropriate|relevant|proper) (?:contact|people|person|place|team|point of contact|ones?)|(?:would|will) be the (?:right|best|correct|appropriate) (?:people|person|team|ones?) to (?:speak|talk) (?:to|with)` },
      // "You'll have to visit a branch in person".
      { pattern: `${YOU_MUST}(?: (?:first|now|also))? (?:visit|go to|pop into|call into|head to|stop by|go into|drop into|drop by) (?:your|the|a|one of our|any of our|an) (?:nearest |local |closest )?(?:branch|store|shop|office|post office|service cent(?:re|er)|dealer(?:ship)?|repair shop|garage|pharmacy|clinic|hospital|embassy|consulate|counter|desk)` },
    ],
    guards: {
      before: [
        "(?:if you(?:'d| would)? (?:prefer|like|wish|want)|alternatively|if (?:needed|necessary|you wish))[^.!?;]{0,60}",
        "(?:if you(?:'d| would)? (?:prefer|like|wish|want)|alternatively|in the meantime|meanwhile|while i|while we|whilst i|whilst we|i(?:'ll| will)|we(?:'ll| will)|i(?:'ve| have)|we(?:'ve| have)|i can|we can|let me|i'm going to|we're going to|i am going to|we are going to)(?: [^ ;:]+){0,4} ?",
        "(?:not|n't|never|no need to|don't need to|do not need to|won't need to|won't have to|don't have to|do not have to)(?: [^ ]+){0,2} ?",
        // "If you want to call the courier yourself, …" offers a choice.
        "(?:if|when|whenever|unless|should|in case) ",
      ],
      after: [
        // "please contact your bank and I'll …" still redirects; "… for you" / "on your behalf" does not.
        " ?(?:for you|on your behalf|with you(?![a-z])|together|for us)",
      ],
    },
  },
};
