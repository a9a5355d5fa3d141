import type { Rule } from '../rule';
import type { Edit, Macro, Section } from '../types';
import { MOVES } from '../types';

const rank = (s: Section) => MOVES.indexOf(s.move);

/**
 * Edits that rewrite the sections in acknowledge → align → assure order, or undefined when that
 * cannot be done with one exact edit (something other than whitespace sits between two sections).
 */
export function reorderSections(text: string, macro: Macro): Edit[] | undefined {
  const secs = [...macro.sections].sort((a, b) => a.range.start - b.range.start);
  if (secs.length < 2) return undefined;
  // Section ranges of block scalars may end with line breaks: keep those with the gap, not the section.
  const bodies = secs.map((s) => {
    const raw = text.slice(s.range.start, s.range.end);
    return { sec: s, start: s.range.start, end: s.range.start + raw.trimEnd().length };
  });
  const gaps: string[] = [];
  for (let i = 0; i + 1 < bodies.length; i++) {
    if (bodies[i].end > bodies[i + 1].start) return undefined;
    const gap = text.slice(bodies[i].end, bodies[i + 1].start);
    if (gap.trim() !== '') return undefined;
    gaps.push(gap);
  }
  const sorted = bodies.map((b, i) => ({ b, i })).sort((x, y) => rank(x.b.sec) - rank(y.b.sec) || x.i - y.i);
  let out = '';
  sorted.forEach(({ b }, k) => {
    out += text.slice(b.start, b.end);
    if (k < gaps.length) out += gaps[k];
  });
  const start = bodies[0].start;
  const end = bodies[bodies.length - 1].end;
  if (out === text.slice(start, end)) return undefined;
  return [{ start, end, text: out }];
}

/** Reports sections out of acknowledge → align → assure order. */
export const sectionOrder: Rule = {
  meta: {
    id: 'section-order',
    family: 'structure',
    description: {
      en: 'Sections must come in the order acknowledge, align, assure.',
      es: 'Las secciones deben ir en el orden reconocer, alinear, asegurar.',
    },
    rationale: {
      en: 'An upset customer needs to feel heard before they can hear a solution: first acknowledge the problem, then validate it, then commit to the next step. A promise that comes before the acknowledgement reads like a brush-off.',
      es: 'Un cliente molesto necesita sentirse escuchado antes de poder escuchar una solución: primero reconoce el problema, después dale la razón y por último comprométete con el siguiente paso. Una promesa antes del reconocimiento suena a despachar al cliente.',
    },
    example: {
      en: {
        bad: '## Assure\nI have sent a replacement today.\n\n## Acknowledge\nI can see your order arrived broken.',
        good: '## Acknowledge\nI can see your order arrived broken.\n\n## Assure\nI have sent a replacement today.',
      },
      es: {
        bad: '## Asegurar\nHoy te he enviado un repuesto.\n\n## Reconocer\nVeo que tu pedido llegó roto.',
        good: '## Reconocer\nVeo que tu pedido llegó roto.\n\n## Asegurar\nHoy te he enviado un repuesto.',
      },
    },
    defaultSeverity: 'warning',
    fixable: true,
    locales: ['en', 'es'],
    messages: {
      en: {
        order: 'The "{move}" section comes after "{after}": order the sections acknowledge, align, assure.',
        fix: 'Reorder the sections: acknowledge, align, assure',
      },
      es: {
        order: 'La sección «{move}» va después de «{after}»: ordena las secciones reconocer, alinear, asegurar.',
        fix: 'Reordenar las secciones: reconocer, alinear, asegurar',
      },
    },
  },
  check(macro, ctx) {
    if (!macro.sectioned || macro.sections.length < 2) return;
    const secs = [...macro.sections].sort((a, b) => a.range.start - b.range.start);
    let max = secs[0];
    for (const s of secs.slice(1)) {
      if (rank(s) < rank(max)) {
        const names = NAMES[ctx.locale];
        const edits = reorderSections(ctx.document.text, macro);
        ctx.report({
          range: s.headerRange,
          messageId: 'order',
          data: { move: names[s.move], after: names[max.move] },
          fixes: edits ? [{ title: sectionOrder.meta.messages[ctx.locale].fix, edits }] : [],
        });
        return;
      }
      if (rank(s) > rank(max)) max = s;
    }
  },
};

const NAMES = {
  en: { acknowledge: 'acknowledge', align: 'align', assure: 'assure' },
  es: { acknowledge: 'reconocer', align: 'alinear', assure: 'asegurar' },
} as const;
