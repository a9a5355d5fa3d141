import type { WorkspaceRule } from '../../workspace/rule';
import { fileName, groupBy, reportGroups } from './util';

/** Reports two or more macros that declare the same id. */
export const duplicateId: WorkspaceRule = {
  meta: {
    id: 'duplicate-id',
    family: 'metadata',
    description: {
      en: 'Two or more macros in the library declare the same id.',
      es: 'Dos o más macros de la biblioteca declaran el mismo id.',
    },
    rationale: {
      en: 'The id is how the helpdesk, translations (`translationOf`) and reports name a macro: two macros with one id mean one of them is unreachable, or a translation points at the wrong reply.',
      es: 'El id es el nombre de la macro para el helpdesk, las traducciones (`translationOf`) y los informes: dos macros con el mismo id hacen que una sea inalcanzable o que una traducción apunte a la respuesta equivocada.',
    },
    example: {
      en: { bad: 'id: order-late (in shipping.md and in returns.md)', good: 'id: order-late and id: return-late' },
      es: { bad: 'id: pedido-retrasado (en envios.md y en devoluciones.md)', good: 'id: pedido-retrasado e id: devolucion-retrasada' },
    },
    defaultSeverity: 'error',
    fixable: false,
    locales: ['en', 'es'],
    messages: {
      en: { duplicate: 'The id "{id}" is also declared by {count} other macro(s) (first in {file}).', related: 'The id "{id}" is also declared here.' },
      es: { duplicate: 'El id «{id}» también lo declaran otras {count} macros (la primera en {file}).', related: 'El id «{id}» también se declara aquí.' },
    },
  },
  // Only macros sharing a declared id are related.
  groupKey: (m) => m.idDeclared ? m.id : undefined,
  checkWorkspace(ctx) {
    const groups = groupBy(ctx.macros, (m) => (m.idDeclared ? m.id : undefined));
    reportGroups(ctx, groups.values(), (m, others) => ({ messageId: 'duplicate', data: { id: m.id, count: others.length, file: fileName(others[0]) } }));
  },
};
