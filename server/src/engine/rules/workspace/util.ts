/** Helpers shared by the workspace rules. */
import type { LibraryMacro, WorkspaceAction } from '../../workspace/types';
import type { WorkspaceReport, WorkspaceRuleContext } from '../../workspace/rule';

/** File name of a macro's uri, for messages. */
export function fileName(m: LibraryMacro): string {
  const path = m.uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** Groups macros by a key (macros whose key is undefined are left out). */
export function groupBy(macros: readonly LibraryMacro[], key: (m: LibraryMacro) => string | undefined): Map<string, LibraryMacro[]> {
  const out = new Map<string, LibraryMacro[]>();
  for (const m of macros) {
    const k = key(m);
    if (k === undefined) continue;
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(m);
  }
  return out;
}

const OPEN = { en: 'Open "{id}" ({file})', es: 'Abrir «{id}» ({file})' };

/** The action that opens another macro, titled in `locale`. */
export function openAction(m: LibraryMacro, locale: 'en' | 'es'): WorkspaceAction {
  return { kind: 'open', title: OPEN[locale].replace('{id}', m.id).replace('{file}', fileName(m)), uri: m.uri, range: m.idRange ?? m.nameRange };
}

/**
 * Reports every macro of each group of two or more: `what` says the message and where; each other
 * macro of the group becomes related information (message `related`, with the same data) and an
 * Open action.
 */
/** Other macros a workspace finding names in its related information and actions. */
export const MAX_RELATED = 5;

export function reportGroups(
  ctx: WorkspaceRuleContext,
  groups: Iterable<LibraryMacro[]>,
  what: (m: LibraryMacro, others: LibraryMacro[]) => Pick<WorkspaceReport, 'range' | 'messageId' | 'data'>,
): void {
  for (const list of groups) {
    if (list.length < 2) continue;
    for (const m of list) {
      const others = list.filter((o) => o !== m);
      const w = what(m, others);
      const loc = ctx.messageLocale(m);
      // The message counts every other macro; related information and actions name the first few, so a
      // group of thousands (a generated library) costs one finding per macro, not one object per pair.
      const shown = others.slice(0, MAX_RELATED);
      ctx.report({ macro: m, ...w, related: shown.map((o) => ({ macro: o, messageId: 'related', data: w.data })), actions: shown.map((o) => openAction(o, loc)) });
    }
  }
}
