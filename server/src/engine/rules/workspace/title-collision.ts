import type { WorkspaceRule } from '../../workspace/rule';
import { fileName, groupBy, reportGroups } from './util';
import { registerCache } from '../../caches';

// Folded titles by title (a memo: the idle collector drops it; a kept title can be a slice of an old text).
const keys = new Map<string, string>();
registerCache('title-collision.keys', () => keys.clear(), () => keys.size);

/** The title as agents see it in a macro picker: case, accents, spacing and final punctuation ignored. */
function titleKey(title: string): string {
  let k = keys.get(title);
  if (k === undefined) {
    if (keys.size > 100000) keys.clear();
    keys.set(title, (k = foldTitle(title)));
  }
  return k;
}

function foldTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;!?¡¿]+$/, '')
    .trim();
}

/** Reports macros of one language that share a title (as agents see it in the macro picker). */
export const titleCollision: WorkspaceRule = {
  meta: {
    id: 'title-collision',
    family: 'metadata',
    description: {
      en: 'Two or more macros in the same language have the same title.',
      es: 'Dos o más macros del mismo idioma tienen el mismo título.',
    },
    rationale: {
      en: 'Agents pick a macro by its title: two macros called the same make them guess, and the wrong reply goes out. Titles are compared ignoring case, accents and final punctuation; translations (another language) may share a title.',
      es: 'Los agentes eligen una macro por su título: dos macros con el mismo nombre les obligan a adivinar, y sale la respuesta equivocada. Los títulos se comparan sin mayúsculas, tildes ni puntuación final; las traducciones (otro idioma) pueden compartirlo.',
    },
    example: {
      en: { bad: 'title: Order late (twice)', good: 'title: Order late (courier) / title: Order late (warehouse)' },
      es: { bad: 'title: Pedido retrasado (dos veces)', good: 'title: Pedido retrasado (transportista) / title: Pedido retrasado (almacén)' },
    },
    defaultSeverity: 'warning',
    fixable: false,
    locales: ['en', 'es'],
    messages: {
      en: { collision: 'The title "{title}" is also used by "{other}" ({file}): agents cannot tell them apart.', related: 'Same title here.' },
      es: { collision: 'El título «{title}» también lo usa «{other}» ({file}): los agentes no pueden distinguirlas.', related: 'El mismo título aquí.' },
    },
  },
  // Only macros of one language sharing a title are related.
  groupKey: (m) => m.title && m.locale ? `${m.locale}\u0000${titleKey(m.title)}` : undefined,
  checkWorkspace(ctx) {
    const groups = groupBy(ctx.macros, (m) => (m.title && m.locale ? `${m.locale}\u0000${titleKey(m.title)}` : undefined));
    reportGroups(ctx, groups.values(), (m, others) => ({
      range: m.titleRange ?? m.nameRange,
      messageId: 'collision',
      data: { title: m.title ?? '', other: others[0].id, file: fileName(others[0]) },
    }));
  },
};
