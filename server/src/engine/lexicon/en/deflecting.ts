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
    "(?:courier(?: company| service)?|carrier|delivery (?:company|partner|driver|service|firm)|shipping (?:company|partner|provider|carrier|agent)|logistics (?:company|partner|provider)|postal service|post office|postman|mail carrier|royal mail|ups|fedex|dhl|usps|dpd|hermes|evri|driver|bank|card issuer|credit card company|card provider|payment (?:provider|processor|gateway|platform)|paypal|stripe|supplier|vendor|manufacturer|factory|warehouse(?: team| staff)?|fulfil?lment (?:centre|center|partner|team)|distributor|third[- ]party(?: provider| vendor| partner| company| service)?|external (?:provider|partner|vendor|company|service)|partner(?: company)?|(?:other|another|different|separate) (?:team|department)|(?:billing|shipping|logistics|returns|tech(?:nical)?|it|dispatch|accounts|finance|sales) (?:team|department)|(?:independent |third[- ]party |external |local |outside )?(?:sellers?|merchants?|resellers?|retailers?|franchise(?:e|s)?|contractors?|subcontractors?|(?:outside|external) (?:firm|company|agency)|(?:internet|hosting|cloud|service|network|broadband|mobile|energy|payment) providers?|isp|airline|airport|air traffic control|customs|authorities|landlord|(?:network )?operator|body shop|garage|insurers?|underwriters?|hotel|clinic|lab(?:oratory)?|venue|organi[sz]ers?|promoters?|agency|agent|franchise partners?|wholesalers?|distributors?|(?:building|property|facilities|site) (?:management|managers?|owners?)|management company|managing agents?|(?:local )?council|local authority|municipality|app store|play store|google play|(?:card|payment) networks?|marketplace sellers?))",
  ) + "s?";
const THE = "(?:the |our |your |their |a |an )?";
/** Technical causes used as scapegoats. */
const SYSTEM =
  byFirstLetter(
  "(?:(?:the |our |a |an )?(?:system|software|computer|website|app|platform|server)s?(?: (?:glitch|error|issue|bug|problem|fault|failure|outage|update))?|(?:a |an |the )?(?:technical|computer|software|system|website) (?:glitch|error|issue|bug|problem|fault|failure|hiccup)|(?:a |an |the )?glitch)",
);
/** Blameworthy actions of a third party. */
const FAILED =
  "(?:(?:has |have |had )?(?:lost|misplaced|damaged|delayed|mislabell?ed|misrouted|mishandled|broke|broken|destroyed|dropped|messed up|failed to|forgot to|never (?:delivered|sent|shipped|arrived|processed)|made (?:a |an )?(?:mistake|error)s?|caused (?:this|the|it|your)|(?:is|was|are|were) (?:to blame|responsible|at fault)|(?:didn't|did not|hasn't|has not|haven't|have not) (?:deliver|send|ship|process|pick|update|follow|scan|attempt|notify|leave)))";
/** What a customer is sent to. */
const DEST =
  byFirstLetter(
  "(?:the |your |their |our )?(?:courier(?: company| service)?|carrier|delivery (?:company|partner|driver|service)|shipping (?:company|carrier|provider)|postal service|(?:local )?post office|royal mail|ups|fedex|dhl|usps|dpd|evri|bank|card issuer|credit card (?:company|provider)|card provider|payment provider|paypal|manufacturer|supplier|vendor|seller|retailer|brand|warranty provider|insurance (?:company|provider)|insurer|(?:billing|shipping|returns|sales|tech(?:nical)?|accounts|finance|logistics|warehouse|legal|payments) (?:team|department)|(?:another|other|a different|the relevant|the appropriate|the correct|the right) (?:team|department)|(?:manufacturer|courier|carrier|bank|seller)'s (?:customer service|support(?: team)?|helpline|hotline)|merchant|reseller|(?:network |mobile |internet )?operator|(?:internet|broadband|hosting|energy|service) provider|isp|landlord|letting agent|(?:building|property|site|facilities) manager|building management|gp(?: surgery| practice)?|doctor|pharmacy|clinic|hospital|airline|airport|embassy|consulate|(?:local )?council|local authority|employer|school|university|(?:course )?(?:instructor|teacher|tutor|lecturer)|(?:their |the )?(?:manufacturer's |brand's )?warranty (?:team|department|provider|line|service)|app store|play store|google play|apple|(?!(?:our|my|this|the|customer|technical|tech|product|live|chat|phone|email|premium|priority|billing) )[a-z]+ support(?: team)?|(?:trust (?:&|and) safety|moderation|fraud|disputes) team|them)",
);
/** Obligations and requests pushed onto the customer. */
const YOU_MUST =
  "(?:(?:you(?:'ll| will| would|'d)? (?:need|have|must|may need|might need|want|may want|might want) to)|you(?:'re| are) (?:welcome|free) to|(?:i|we)(?:'ll| will|'d| would)? (?:need|require|ask) you to|you(?:'ll| will)? (?:need|have) to|you (?:must|should|ought to)|(?:please|kindly)(?: do)?|(?:i|we) (?:would )?(?:suggest|recommend|advise)(?: that)?(?: you)?|(?:i|we)(?:'d| would) (?:ask|advise) you to|it's best (?:if you|to)|it is best (?:if you|to)|your best (?:option|bet) (?:is|would be) to|the best (?:thing|option|way)(?: to do)? (?:is|would be) to)";
const CONTACT =
  byFirstLetter(
  "(?:contact|call|ring|phone|email|e-mail|message|reach out to|get in touch with|speak (?:to|with)|talk to|write to|check with|raise (?:this|it|that) with|take (?:this|it|that) up with|(?:file|open|lodge|submit|make|raise) (?:a |your )?(?:claim|dispute|complaint|case|chargeback) with|go to|visit|return (?:it|the item|the product) to)",
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
    ],
    guards: {
      before: [
        // Negations: "this is not the courier's fault", "it wasn't caused by the courier".
        "(?:not|n't|never|nothing to do with|rather than|instead of|regardless of|whether)(?: [^ ]+)? ?",
        // Ownership before: "we own this, even if the courier …" / "we asked the courier…".
        "(?:if|even if|whether|in case|we asked|i asked|i've asked|we've asked|i've contacted|we've contacted|i'll contact|i will contact|we will contact|we'll contact|i've chased|i'll chase)(?: [^ ]+){0,4} ?",
      ],
      after: [
        // "The courier lost it, and that's on us" / "..., but it's our responsibility".
        "[^.!?]{0,60}(?:on us|on me|our (?:fault|responsibility|mistake)|my (?:fault|responsibility|mistake)|we (?:should|take|own|accept)|i (?:should|take|own|accept)|we're responsible|we are responsible|it's ours|it is ours)",
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
        "(?:something|anything|items?|products?|things?|seats?|sizes?|services?|subscriptions?|plans?|charges?|options?|orders?|changes?) ",
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
    ],
    guards: {
      before: [
        "(?:not|never|no need to|don't want to|do not want to|won't|will not|nobody should|no one should|we don't|we do not|i don't|i do not|didn't|did not|refuse to|instead of|rather than)(?: [^ ]+){0,3} ?",
        "(?:say|said|told you to|tell you to|telling you to|asked you to|wrote) ",
      ],
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
    ],
    guards: {
      before: [
        // "it's not a small issue": negated minimisers are the opposite.
        "(?:not|n't|never|no|hardly)(?: [^ ]+){0,1} ?",
        "(?:i know|we know|i understand|we understand|i realise|i realize|we realise|we realize|although|even though|even if|while)(?: [^ ]+){0,2} ?",
        "(?:feel like|feels like|seem like|seems like|think) ",
        // "Your frustration is completely normal" validates the customer.
        "(?:your (?:frustration|reaction|concern|anger|worry|annoyance)|(?:feel|feeling) (?:this way|like this|frustrated|upset|annoyed|worried)) ",
      ],
      after: [" (?:to us|for us),? but", " ?\\?", " (?:[a-z]+ )?(?:minutes?|hours?|seconds?)? ?to (?:fix|sort|resolve|repair|correct|put right|change|update|reissue)"],
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
    ],
    guards: {
      before: [
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
