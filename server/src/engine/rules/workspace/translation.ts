/**
 * Translation groups of the library: a source macro (no `translationOf`) and the macros whose
 * `translationOf` names its id. No id convention links macros: only `translationOf` does.
 */
import type { LibraryMacro } from '../../workspace/types';
import markdownSnippets from '../../../../../snippets/markdown.json';
import yamlSnippets from '../../../../../snippets/yaml.json';

/** Sources by id (the first macro with that id that is not itself a translation). */
export function sourcesById(macros: readonly LibraryMacro[]): Map<string, LibraryMacro> {
  const out = new Map<string, LibraryMacro>();
  for (const m of macros) if (!m.translationOf && !out.has(m.id)) out.set(m.id, m);
  return out;
}

/** Translations by the source id they name. */
export function translationsOf(macros: readonly LibraryMacro[]): Map<string, LibraryMacro[]> {
  const out = new Map<string, LibraryMacro[]>();
  for (const m of macros) {
    if (!m.translationOf) continue;
    let list = out.get(m.translationOf);
    if (!list) out.set(m.translationOf, (list = []));
    list.push(m);
  }
  return out;
}

/**
 * Where the translation of `source` into `locale` goes: the same path with a `/<source locale>/`
 * folder replaced by `/<locale>/` when the path has one, else `<name>.<locale>.<ext>` beside it.
 */
export function translationUri(source: LibraryMacro, locale: string): string {
  const from = source.locale ?? '';
  const seg = `/${from}/`;
  const at = from ? source.uri.lastIndexOf(seg) : -1;
  const ext = source.format === 'yaml' ? 'yaml' : 'md';
  const slug = source.id.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  if (at >= 0) return `${source.uri.slice(0, at)}/${locale}/${slug}.${ext}`;
  return `${source.folder}/${slug}.${locale}.${ext}`;
}

interface Snippet {
  prefix: string;
  body: string[];
}

/** YAML scalar for a one-line value (quoted when plain style would change its meaning). */
function yamlScalar(s: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} _.,()/'-]*$/u.test(s) && !/:\s|\s#/.test(s) ? s : JSON.stringify(s);
}

/**
 * The text of a new translation file: the snippet of the source's anger type in `locale` (Markdown
 * or YAML like the source), with `id: <source id>-<locale>`, the source's title and tags, and
 * `translationOf` / `sourceHash` recording what it translates.
 */
export function translationText(source: LibraryMacro, locale: 'en' | 'es'): string {
  const table = (source.format === 'yaml' ? yamlSnippets : markdownSnippets) as Record<string, Snippet>;
  const snippets = Object.values(table).filter((s) => s.body.some((l) => l.trim() === `locale: ${locale}`));
  const anger = source.anger && source.anger !== 'none' ? source.anger : 'before';
  const snippet = snippets.find((s) => s.body.some((l) => l.trim() === `anger: ${anger}`)) ?? snippets[0];
  const values: Record<string, string> = {
    id: `${source.id}-${locale}`,
    title: source.title ?? source.id,
    tags: source.tags.join(', '),
  };
  const lines: string[] = [];
  for (const raw of snippet.body) {
    const key = /^\s*(?:- )?(id|title|tags)\s*:/.exec(raw)?.[1];
    let line = raw;
    if (key) {
      // The first tab stop on a metadata line takes the source's value.
      const v = key === 'tags' ? values.tags : yamlScalar(values[key]);
      line = line.replace(/\$\{\d+:[^}]*\}/, v.replace(/\$/g, '$$$$'));
    }
    line = line.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    lines.push(line);
    if (/^\s*locale\s*:/.test(raw)) {
      const indent = /^\s*/.exec(raw)![0];
      lines.push(`${indent}translationOf: ${yamlScalar(source.id)}`, `${indent}sourceHash: ${source.bodyHash}`);
    }
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}
