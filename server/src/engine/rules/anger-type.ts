import type { Rule, RuleContext } from '../rule';
import type { Anger, Fix, Locale, Macro, Move, Range } from '../types';
import { ANGER_TYPES } from '../types';
import { compilePatterns, matchAll, matchCase, sourceRange, type ReplyText } from '../text';
import type { AngerLexicon } from '../lexicon';
import { format } from '../messages';

interface CompiledAnger {
  repeatYourself: RegExp;
  ownFailure: RegExp;
  followUpTime: RegExp;
  genericAcknowledge: RegExp;
  specificProblem: RegExp;
}

// Compiled once per locale: the tables are static data.
const compiled = new Map<Locale, CompiledAnger>();
function patterns(locale: Locale, lex: AngerLexicon): CompiledAnger {
  let c = compiled.get(locale);
  if (!c) {
    c = {
      repeatYourself: compilePatterns(lex.repeatYourself),
      ownFailure: compilePatterns(lex.ownFailure),
      followUpTime: compilePatterns(lex.followUpTime),
      genericAcknowledge: compilePatterns(lex.genericAcknowledge),
      specificProblem: compilePatterns(lex.specificProblem),
    };
    compiled.set(locale, c);
  }
  return c;
}

/** Values people write for `anger` that mean one type unambiguously (case and accents ignored). */
const SYNONYMS: Record<string, Anger> = {
  before: 'before', during: 'during', after: 'after', none: 'none',
  antes: 'before', durante: 'during', despues: 'after', ninguno: 'none', ninguna: 'none', nada: 'none',
};

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
}

/** Joined-text ranges of the reply covered by a section's spans. */
function sectionRanges(reply: ReplyText, macro: Macro, move: Move): Range[] | undefined {
  const sec = macro.sections.find((s) => s.move === move && s.spans.some((sp) => sp.text.trim()));
  if (!sec) return undefined;
  const out: Range[] = [];
  for (const sp of sec.spans) {
    const k = reply.spans.findIndex((x) => x === sp || (x.range.start === sp.range.start && x.range.end === sp.range.end));
    if (k >= 0) out.push({ start: reply.spanStart(k), end: reply.spanStart(k) + reply.spans[k].text.length });
  }
  return out.length ? out : undefined;
}

/**
 * Normalised ranges of the "as I said" phrases that `anger-type` reports on an `anger: during` reply
 * when it is enabled; empty otherwise. `deflecting/dismissive` skips its matches that overlap them, so
 * one phrase is reported once.
 */
export function duringRepeatRanges(ctx: RuleContext): { start: number; end: number }[] {
  if (ctx.anger !== 'during') return [];
  if ((ctx.config.rules['anger-type']?.severity ?? angerType.meta.defaultSeverity) === 'off') return [];
  return matchAll(patterns(ctx.locale, ctx.lexicon.anger).repeatYourself, ctx.reply.normalized.norm);
}

/** Matches of `re` in the reply as joined-text ranges, optionally only inside `within`. */
function find(reply: ReplyText, re: RegExp, within?: Range[]): Range[] {
  const nt = reply.normalized;
  return matchAll(re, nt.norm)
    .map((r) => sourceRange(nt, r.start, r.end))
    .filter((r) => !within || within.some((w) => r.start >= w.start && r.end <= w.end));
}

function setAngerFixes(macro: Macro, locale: Locale, preferred?: Anger): Fix[] {
  if (!macro.setMeta) return [];
  const titles = angerType.meta.messages[locale];
  const order = preferred ? [preferred, ...ANGER_TYPES.filter((a) => a !== preferred)] : [...ANGER_TYPES];
  return order.map((a) => ({
    title: format(titles.fix, { value: a, meaning: titles[`meaning-${a}`] }),
    edits: macro.setMeta!('anger', a),
    // Only an unambiguous spelling of a valid type is safe for fix-all; choosing a type is a human call.
    safe: a === preferred,
  }));
}

/** Deletes "as I said, " at a sentence start or ", as I said" inside one, keeping the sentence intact. */
function deleteRepeat(ctx: RuleContext, r: Range): Fix[] {
  const t = ctx.reply.text;
  const before = t.slice(0, r.start);
  const after = t.slice(r.end);
  const title = format(angerType.meta.messages[ctx.locale].fixRepeat, { phrase: t.slice(r.start, r.end) });
  const sentenceStart = /(^|[.!?:]\s+|\n\s*|[¡¿])$/.test(before);
  const lead = /^,\s*(\S)/u.exec(after);
  if (sentenceStart && lead && /\p{L}/u.test(lead[1])) {
    const next = matchCase(t.slice(r.start, r.end), lead[1]);
    const edits = ctx.reply.edit(r.start, r.end + lead[0].length, next);
    return edits ? [{ title, edits }] : [];
  }
  const comma = /,\s*$/.exec(before);
  if (comma) {
    const tail = /^(,|(?=[.!?;]))/.exec(after);
    if (tail) {
      const edits = ctx.reply.edit(comma.index, r.end + tail[0].length, '');
      return edits ? [{ title, edits }] : [];
    }
  }
  return [];
}

/** Reports a missing or invalid `anger`, and the checks specific to each anger type. */
export const angerType: Rule = {
  meta: {
    id: 'anger-type',
    family: 'metadata',
    description: {
      en: 'The macro must declare a valid anger type (before, during, after, none), and meet that type\'s checks.',
      es: 'La macro debe declarar un tipo de enfado válido (before, during, after, none) y cumplir las comprobaciones de ese tipo.',
    },
    rationale: {
      en: 'A customer angry before contacting you needs their problem restated; one who got angry during the conversation needs no "as I said"; one angry after it needs the broken follow-up owned and a new time. The anger type says which reply this is.',
      es: 'Un cliente enfadado antes de escribir necesita que repitas su problema; uno que se enfadó durante la conversación no necesita un «como ya le dije»; uno enfadado después necesita que asumas el seguimiento fallido y le des una nueva fecha. El tipo de enfado dice qué respuesta es esta.',
    },
    example: {
      en: {
        bad: 'anger: after\n---\nSorry for the delay. We will look into it.',
        good: "anger: after\n---\nWe didn't follow up as we promised, and that's on us. I'll call you by Friday at 3 pm with the result.",
      },
      es: {
        bad: 'anger: during\n---\nComo ya le dije, el reembolso tarda 5 días.',
        good: 'anger: during\n---\nTiene razón en pedir una fecha: el reembolso llegará antes del viernes.',
      },
    },
    defaultSeverity: 'warning',
    fixable: true,
    locales: ['en', 'es'],
    // On an `anger: before` reply its "names no specific problem" says why; generic-acknowledge is related.
    supersedes: ['generic-acknowledge'],
    messages: {
      en: {
        missing: 'The macro has no "anger" type: set it to before, during, after or none.',
        invalid: '"{value}" is not an anger type: use before, during, after or none.',
        duringRepeat: '"{phrase}" tells a customer who got angry during the conversation that they did not listen: restate the point instead.',
        afterOwnership: 'An "after" reply must own the earlier failure (for example "we didn\'t follow up as we promised").',
        afterTime: 'An "after" reply must give a concrete follow-up time (for example "by Friday", "within 24 hours").',
        beforeGeneric: 'A customer angry before contacting us needs their problem restated: "{phrase}" names no specific problem.',
        fix: 'Set anger: {value} ({meaning})',
        fixRepeat: 'Remove "{phrase}"',
        'meaning-before': 'angry before contacting us',
        'meaning-during': 'angry during the conversation',
        'meaning-after': 'angry after it',
        'meaning-none': 'not angry',
      },
      es: {
        missing: 'La macro no tiene tipo de enfado («anger»): usa before, during, after o none.',
        invalid: '«{value}» no es un tipo de enfado: usa before, during, after o none.',
        duringRepeat: '«{phrase}» le dice a un cliente que se enfadó durante la conversación que no prestó atención: repite la información sin reprochar.',
        afterOwnership: 'Una respuesta «after» debe asumir el fallo anterior (por ejemplo «no cumplimos lo que le dijimos»).',
        afterTime: 'Una respuesta «after» debe dar un plazo concreto de seguimiento (por ejemplo «mañana antes de las 12», «en 24 horas»).',
        beforeGeneric: 'Un cliente enfadado antes de escribirnos necesita que repitamos su problema: «{phrase}» no nombra ningún problema concreto.',
        fix: 'Cambiar anger a {value} ({meaning})',
        fixRepeat: 'Quitar «{phrase}»',
        'meaning-before': 'enfadado antes de escribirnos',
        'meaning-during': 'enfadado durante la conversación',
        'meaning-after': 'enfadado después',
        'meaning-none': 'sin enfado',
      },
    },
  },
  check(macro, ctx) {
    const field = macro.meta.anger;
    if (!field) {
      ctx.report({ range: macro.nameRange, messageId: 'missing', fixes: setAngerFixes(macro, ctx.locale) });
      return;
    }
    const raw = field.value;
    if (!ANGER_TYPES.includes(raw as Anger)) {
      const value = raw == null ? '' : String(raw);
      const range = field.valueRange.end > field.valueRange.start ? field.valueRange : field.keyRange;
      ctx.report({ range, messageId: 'invalid', data: { value }, fixes: setAngerFixes(macro, ctx.locale, SYNONYMS[fold(value)]) });
      return;
    }
    const anger = raw as Anger;
    const reply = ctx.reply;
    if (!reply.text.trim()) return;
    const re = patterns(ctx.locale, ctx.lexicon.anger);
    const phraseOf = (r: Range) => reply.text.slice(r.start, r.end);
    if (anger === 'during') {
      for (const r of find(reply, re.repeatYourself)) {
        ctx.report({ range: reply.fileRange(r.start, r.end), messageId: 'duringRepeat', data: { phrase: phraseOf(r) }, fixes: deleteRepeat(ctx, r) });
      }
    } else if (anger === 'after') {
      if (!find(reply, re.ownFailure).length) ctx.report({ range: macro.nameRange, messageId: 'afterOwnership' });
      const assure = macro.sectioned ? sectionRanges(reply, macro, 'assure') : undefined;
      if (!find(reply, re.followUpTime, assure).length) {
        const sec = assure && macro.sections.find((s) => s.move === 'assure');
        ctx.report({ range: sec ? sec.headerRange : macro.nameRange, messageId: 'afterTime' });
      }
    } else if (anger === 'before') {
      const ack = macro.sectioned ? sectionRanges(reply, macro, 'acknowledge') : undefined;
      if (macro.sectioned && !ack) return;
      const generic = find(reply, re.genericAcknowledge, ack);
      if (!generic.length || find(reply, re.specificProblem, ack).length) return;
      const g = generic[0];
      ctx.report({ range: reply.fileRange(g.start, g.end), messageId: 'beforeGeneric', data: { phrase: phraseOf(g) } });
    }
  },
};
