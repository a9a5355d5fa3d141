import type { WorkspaceRule } from '../../workspace/rule';
import { sourcesById } from './translation';
import { fileName, openAction } from './util';

/** Reports a translation whose recorded `sourceHash` no longer matches its source's body. */
export const staleTranslation: WorkspaceRule = {
  meta: {
    id: 'stale-translation',
    family: 'metadata',
    description: {
      en: 'The source of a translation changed after the translation recorded its `sourceHash`.',
      es: 'El original de una traducción cambió después de que la traducción registrara su `sourceHash`.',
    },
    rationale: {
      en: 'A translation written before its source was fixed keeps the old promise or the old deflection. A translation records the content hash of the source body it was made from (`sourceHash`: the first 12 hex digits of the SHA-256 of the source reply, NFC, whitespace collapsed); when the source changes, review the translation, then refresh the hash (the quick fix).',
      es: 'Una traducción escrita antes de que se corrigiera el original conserva la promesa o la evasiva antigua. La traducción registra el hash del contenido del original del que partió (`sourceHash`: los 12 primeros dígitos hexadecimales del SHA-256 de la respuesta original, NFC, espacios colapsados); cuando el original cambia, revisa la traducción y actualiza el hash (la corrección rápida).',
    },
    example: {
      en: { bad: 'sourceHash: 3f2a9c1b7d04 (the source now hashes to 9b1e0c44a2f7)', good: 'sourceHash: 9b1e0c44a2f7, after reviewing the translation' },
      es: { bad: 'sourceHash: 3f2a9c1b7d04 (el original ahora da 9b1e0c44a2f7)', good: 'sourceHash: 9b1e0c44a2f7, tras revisar la traducción' },
    },
    defaultSeverity: 'warning',
    fixable: true,
    locales: ['en', 'es'],
    messages: {
      en: {
        stale: '"{source}" ({file}) changed since this translation was reviewed (recorded {recorded}, now {current}): review it, then refresh `sourceHash`.',
        refresh: 'Mark as reviewed: set sourceHash to {current}',
        related: 'The source, now {current}.',
      },
      es: {
        stale: '«{source}» ({file}) cambió desde que se revisó esta traducción (registrado {recorded}, ahora {current}): revísala y actualiza `sourceHash`.',
        refresh: 'Marcar como revisada: sourceHash = {current}',
        related: 'El original, ahora {current}.',
      },
    },
  },
  // Only a source and its translations are related.
  groupKey: (m) => m.translationOf ?? m.id,
  checkWorkspace(ctx) {
    const sources = sourcesById(ctx.macros);
    for (const t of ctx.macros) {
      if (!t.translationOf || t.sourceHash === undefined) continue;
      const s = sources.get(t.translationOf);
      if (!s || s.bodyHash === t.sourceHash.trim().toLowerCase()) continue;
      const loc = ctx.messageLocale(t);
      const data = { source: s.id, file: fileName(s), recorded: t.sourceHash, current: s.bodyHash };
      const edits = ctx.setMeta(t, 'sourceHash', s.bodyHash);
      const title = ctx.message(t, 'refresh', data);
      ctx.report({
        macro: t,
        range: t.sourceHashRange,
        messageId: 'stale',
        data,
        related: [{ macro: s, messageId: 'related', data }],
        // Unsafe: only a person who reviewed the translation may say it matches the source again.
        fixes: edits?.length ? [{ title, edits, safe: false }] : [],
        actions: [openAction(s, loc)],
      });
    }
  },
};
