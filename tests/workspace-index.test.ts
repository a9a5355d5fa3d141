/** The workspace index and its rules (engine API used by the language server and the CLI). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { NEAR_DUPLICATE_THRESHOLD } from '../server/src/engine/rules/workspace/near-duplicate';
import { LshIndex, similarPairs, sketch } from '../server/src/engine/workspace/minhash';
import { defaultConfig, mergeConfigs, parseConfig } from '../server/src/engine/config';
import { applyFixes } from '../server/src/engine/fix';
import { contentHash, WorkspaceIndex, type WorkspaceFinding } from '../server/src/engine/workspace';
import { normalizeBody } from '../server/src/engine/workspace/hash';
import { translationUri } from '../server/src/engine/rules/workspace/translation';

const cfg = (extra = {}) => mergeConfigs(defaultConfig(), extra);

function md(meta: Record<string, string>, body: string): string {
  return `---\n${Object.entries(meta).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;
}

const EN_BODY = `Hi {{ticket.requester.first_name}},

## Acknowledge

I can see your order is three days late and you needed it for your daughter's birthday on Saturday.

## Align

You are right to be upset: we promised delivery by Wednesday and we did not keep that promise.

## Assure

I have asked the courier to put a trace on the parcel today, and I will email you by 5pm tomorrow with where it is.`;

const ES_BODY = `Hola, {{ticket.requester.first_name}}:

## Reconocer

Veo que tu pedido lleva tres días de retraso y lo necesitabas para el cumpleaños de tu hija el sábado.

## Alinear

Tienes toda la razón en estar molesta: prometimos la entrega para el miércoles y no cumplimos.

## Asegurar

He pedido hoy al transportista que localice el paquete y te escribiré mañana antes de las 17:00 para decirte dónde está.`;

const ids = (fs: WorkspaceFinding[]) => fs.map((f) => f.ruleId).sort();

describe('WorkspaceIndex', () => {
  it('reports one id declared in two files on both, with related information pointing at the other', () => {
    const ix = new WorkspaceIndex();
    ix.update('file:///w/macros/a.md', md({ id: 'order-late', locale: 'en', anger: 'before', title: 'Order late (courier)' }, EN_BODY), cfg());
    ix.update('file:///w/macros/b.md', md({ id: 'order-late', locale: 'en', anger: 'before', title: 'Order late (warehouse)' }, 'Hi,\n\nYour refund has been issued today and will reach your card within five working days.'), cfg());
    const a = ix.findings('file:///w/macros/a.md').filter((f) => f.ruleId === 'duplicate-id');
    const b = ix.findings('file:///w/macros/b.md').filter((f) => f.ruleId === 'duplicate-id');
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0].severity).toBe('error');
    expect(a[0].macroId).toBe('order-late');
    expect(a[0].relatedInformation.map((r) => r.uri)).toEqual(['file:///w/macros/b.md']);
    expect(a[0].actions[0]).toMatchObject({ kind: 'open', uri: 'file:///w/macros/b.md' });
    // The finding sits on the id's value.
    const text = md({ id: 'order-late', locale: 'en', anger: 'before', title: 'Order late (courier)' }, EN_BODY);
    expect(text.slice(a[0].range.start, a[0].range.end)).toBe('order-late');
    ix.remove('file:///w/macros/b.md');
    expect(ix.findings('file:///w/macros/a.md')).toEqual([]);
  });

  it('finds an edited copy with swapped placeholders, not a translation or a different reply', () => {
    const ix = new WorkspaceIndex();
    const copy = EN_BODY.replace('{{ticket.requester.first_name}}', '{{customer.first_name}}').replace('three days late', 'three days late now');
    ix.update('file:///w/macros/a.md', md({ id: 'a', locale: 'en' }, EN_BODY), cfg());
    ix.update('file:///w/macros/b.md', md({ id: 'b', locale: 'en' }, copy), cfg());
    ix.update('file:///w/macros/c.md', md({ id: 'c', locale: 'es', translationOf: 'a' }, ES_BODY), cfg());
    ix.update('file:///w/macros/d.md', md({ id: 'd', locale: 'en' }, 'Hi,\n\nI can see the parcel was marked delivered but never reached you. I am opening a claim with the courier now and will send a replacement today.'), cfg());
    expect(ids(ix.findings('file:///w/macros/a.md'))).toEqual(['near-duplicate']);
    expect(ix.findings('file:///w/macros/b.md')[0].relatedInformation[0].macroId).toBe('a');
    expect(ix.findings('file:///w/macros/c.md')).toEqual([]);
    expect(ix.findings('file:///w/macros/d.md')).toEqual([]);
    expect(ix.nearDuplicateClusters().map((c) => c.ids.sort())).toEqual([['a', 'b']]);
  });

  it('gives each macro of a cluster of copies one finding, with at most five related macros', () => {
    const ix = new WorkspaceIndex();
    for (let i = 0; i < 7; i++) ix.update(`file:///w/c${i}.md`, md({ id: `c${i}`, locale: 'en' }, EN_BODY.replace('three days', `${i + 3} days`)), cfg());
    for (let i = 0; i < 7; i++) {
      const found = ix.findings(`file:///w/c${i}.md`);
      expect(ids(found)).toEqual(['near-duplicate']);
      expect(found[0].relatedInformation.length).toBe(5);
      expect(found[0].message).toMatch(/and near-duplicates 5 more/);
    }
  });

  it('honours the threshold option and inline disable comments', () => {
    const copy = `${EN_BODY}\n\nThank you for your patience while we sort this out, and sorry again.`;
    const strict = cfg({ rules: { 'near-duplicate': { options: { threshold: 0.99 } } } });
    const ix = new WorkspaceIndex();
    ix.update('file:///w/a.md', md({ id: 'a', locale: 'en' }, EN_BODY), strict);
    ix.update('file:///w/b.md', md({ id: 'b', locale: 'en' }, copy), strict);
    expect(ix.allFindings().size).toBe(0);
    ix.update('file:///w/a.md', md({ id: 'a', locale: 'en' }, EN_BODY), cfg());
    expect(ids(ix.findings('file:///w/a.md'))).toEqual(['near-duplicate']);
    ix.update('file:///w/a.md', md({ id: 'a # macrolint-disable-line near-duplicate', locale: 'en' }, EN_BODY), cfg());
    expect(ix.findings('file:///w/a.md')).toEqual([]);
  });

  it('reports a missing translation with the new file from the snippet, and none once it exists', () => {
    const c = cfg({ locales: ['en', 'es'] });
    const ix = new WorkspaceIndex();
    const src = md({ id: 'order-late', locale: 'en', anger: 'during', title: 'Order late', tags: '[shipping]' }, EN_BODY);
    ix.update('file:///w/macros/en/order-late.md', src, c);
    const [f] = ix.findings('file:///w/macros/en/order-late.md');
    expect(f.ruleId).toBe('missing-translation');
    expect(f.message).toContain('Spanish');
    const create = f.actions.find((a) => a.kind === 'createFile');
    expect(create).toBeDefined();
    if (create?.kind !== 'createFile') return;
    expect(create.uri).toBe('file:///w/macros/es/order-late.md');
    expect(create.text).toMatch(/^translationOf: order-late$/m);
    expect(create.text).toMatch(/^locale: es$/m);
    expect(create.text).toMatch(/^anger: during$/m);
    expect(create.text).toMatch(/^## Reconocer$/m);
    expect(create.text).toContain(`sourceHash: ${ix.macros()[0].bodyHash}`);
    ix.update(create.uri, create.text, c);
    expect(ix.allFindings().size).toBe(0);
    expect(ix.macrosOf(create.uri)[0]).toMatchObject({ translationOf: 'order-late', locale: 'es', tags: ['shipping'] });
  });

  it('reports a stale translation whose fix records the current hash', () => {
    const ix = new WorkspaceIndex();
    ix.update('file:///w/en.md', md({ id: 'order-late', locale: 'en' }, EN_BODY), cfg());
    const es = md({ id: 'pedido-retrasado', locale: 'es', translationOf: 'order-late', sourceHash: '000000000000' }, ES_BODY);
    ix.update('file:///w/es.md', es, cfg());
    const [f] = ix.findings('file:///w/es.md');
    expect(f.ruleId).toBe('stale-translation');
    expect(f.locale).toBe('es');
    expect(f.fixes[0].safe).toBe(false);
    const fixed = applyFixes(es, [f.fixes[0]]).text;
    expect(fixed).toContain(`sourceHash: ${ix.macrosOf('file:///w/en.md')[0].bodyHash}`);
    ix.update('file:///w/es.md', fixed, cfg());
    expect(ix.findings('file:///w/es.md')).toEqual([]);
    // Whitespace-only edits of the source keep the hash; a word changed does not.
    ix.update('file:///w/en.md', md({ id: 'order-late', locale: 'en' }, EN_BODY.replace('three days', 'three  days')), cfg());
    expect(ix.findings('file:///w/es.md')).toEqual([]);
    ix.update('file:///w/en.md', md({ id: 'order-late', locale: 'en' }, EN_BODY.replace('three days', 'four days')), cfg());
    expect(ids(ix.findings('file:///w/es.md'))).toEqual(['stale-translation']);
  });

  it('reports two macros of one language with one title, but not a translation with the same title', () => {
    const ix = new WorkspaceIndex();
    ix.update('file:///w/a.md', md({ id: 'a', locale: 'en', title: 'Order late' }, EN_BODY), cfg());
    ix.update('file:///w/b.md', md({ id: 'b', locale: 'en', title: 'order late.' }, 'Hi,\n\nYour refund has been issued today and will reach your card within five working days.'), cfg());
    ix.update('file:///w/c.md', md({ id: 'c', locale: 'es', title: 'Order late', translationOf: 'a' }, ES_BODY), cfg());
    expect(ids(ix.findings('file:///w/a.md'))).toEqual(['title-collision']);
    expect(ids(ix.findings('file:///w/b.md'))).toEqual(['title-collision']);
    expect(ix.findings('file:///w/c.md')).toEqual([]);
  });

  it('reads translationOf from a YAML item and a Markdown library comment', () => {
    const ix = new WorkspaceIndex();
    ix.update('file:///w/lib.macros.yaml', `- id: late\n  locale: en\n  acknowledge: Your order is late.\n- id: tarde\n  locale: es\n  translationOf: late\n  sourceHash: "0123"\n  acknowledge: Tu pedido llega tarde.\n`, cfg());
    ix.update('file:///w/lib.md', `---\nlayout: library\n---\n\n# Library\n\n## Retraso\n<!-- id: retraso, locale: es, translationOf: late -->\n\nTu pedido llega tarde.\n`, cfg());
    expect(ix.macros().map((m) => [m.id, m.translationOf, m.sourceHash])).toEqual([
      ['late', undefined, undefined],
      ['tarde', 'late', '0123'],
      ['retraso', 'late', undefined],
    ]);
  });
});

describe('content hash', () => {
  it('is the first 12 hex digits of the SHA-256 of the NFC body with whitespace collapsed', () => {
    // sha256("abc") = ba7816bf8f01cfea…
    expect(contentHash('abc')).toBe('ba7816bf8f01');
    expect(contentHash('  a\u0062c \n')).toBe('ba7816bf8f01');
    expect(normalizeBody('e\u0301  x')).toBe('\u00e9 x');
  });
});

describe('config locales and translation paths', () => {
  it('parses `locales` and rejects unknown languages', () => {
    expect(parseConfig('locales: [en, es-MX]').config.locales).toEqual(['en', 'es']);
    expect(parseConfig('locales: [fr]').problems[0].message).toMatch(/locales/);
  });

  it('puts a translation in the sibling locale folder, or beside the source with a locale suffix', () => {
    const base = { id: 'x', locale: 'en' as const, format: 'markdown' as const, folder: 'file:///w/m' };
    expect(translationUri({ ...base, uri: 'file:///w/en/x.md' } as never, 'es')).toBe('file:///w/es/x.md');
    expect(translationUri({ ...base, uri: 'file:///w/m/x.md' } as never, 'es')).toBe('file:///w/m/x.es.md');
  });
});

describe('near-duplicate detector on the labelled pairs (eval/near-dup)', () => {
  const pairs = parse(readFileSync(join(__dirname, '..', 'eval', 'near-dup', 'pairs.yaml'), 'utf8')) as { id: string; kind: string; label: string; half: string; source: string; a: string; b: string; textA: string; textB: string }[];

  it('has at least 300 pairs of every kind, split into halves with no source in both', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(new Set(pairs.map((p) => p.kind))).toEqual(new Set(['typo', 'reword', 'add-sentence', 'remove-sentence', 'placeholder-swap', 'reorder', 'heavy-edit', 'translation', 'same-topic', 'hard-negative', 'unrelated']));
    // Hard cases: replies of one source and template family that say different things, heavier edits.
    const hard = pairs.filter((p) => p.kind === 'hard-negative');
    expect(hard.length).toBeGreaterThanOrEqual(80);
    expect(hard.every((p) => p.b !== p.a && pairs.some((q) => q.source === p.source))).toBe(true);
    expect(pairs.filter((p) => p.kind === 'heavy-edit').length).toBeGreaterThanOrEqual(40);
    const tune = new Set(pairs.filter((p) => p.half === 'tune').map((p) => p.source));
    expect(pairs.filter((p) => p.half === 'test' && tune.has(p.source))).toEqual([]);
  });

  it('is what build.mjs makes of edits.yaml and the tune replies', () => {
    const r = spawnSync(process.execPath, [join(__dirname, '..', 'eval', 'near-dup', 'build.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('separates an edited copy of a real reply from a different reply on the same topic', () => {
    const copy = pairs.find((p) => p.a === 'en-c1-0104' && p.kind === 'typo')!;
    const other = pairs.find((p) => p.a === 'en-c1-0104' && p.kind === 'same-topic')!;
    const translation = pairs.find((p) => p.a === 'en-c1-0104' && p.kind === 'translation')!;
    const found = (p: { textA: string; textB: string }) => similarPairs([p.textA, p.textB], NEAR_DUPLICATE_THRESHOLD).length > 0;
    expect(found(copy)).toBe(true);
    expect(found(other)).toBe(false);
    expect(found(translation)).toBe(false);
  });

  it('finds pairs through the LSH index without comparing all pairs', () => {
    // 200 unrelated short texts and one copy: the copy is found, and far fewer than all pairs are candidates.
    const texts = Array.from({ length: 200 }, (_, i) => `Reply ${i}: ${Array.from({ length: 30 }, (_, k) => `w${(i * 31 + k * 7) % 997}x${k}`).join(' ')}`);
    texts.push(texts[17].replace('w', 'W'));
    const lsh = new LshIndex<number>();
    texts.forEach((t, i) => lsh.set(i, sketch(t)));
    const candidates = [...lsh.candidates()];
    expect(candidates.length).toBeLessThan((texts.length * (texts.length - 1)) / 2 / 10);
    expect(similarPairs(texts, NEAR_DUPLICATE_THRESHOLD).map(([a, b]) => [a, b])).toEqual([[17, 200]]);
  });
});

describe('library boilerplate', () => {
  // One project's stock reply family: the same long greeting and closing paragraphs around one
  // sentence that says what happens (as a project's saved replies are written).
  const HEAD = 'Hi! Thanks very much for your submission to the project. It sincerely means a lot to us that you took the time to write it up with so much care.';
  const TAIL = 'Just as a quick reminder, this is a really busy project with hundreds of contributors, so we work in priority order and may not be able to reply promptly. Thank you for your patience and for using the project!';
  const MIDDLE = [
    'We have confirmed this is a bug and marked it as a high priority item to fix in the next release.',
    'We could not reproduce this problem on the version you named, so we are closing the issue for now.',
    'This looks like a question about usage, which the community forum answers far better than this tracker.',
    'The change you propose duplicates another open pull request, so we will continue the work over there.',
    'We are not sure we want this feature in the core, and would like to discuss it on the mailing list first.',
    'This has been merged and will be part of the next major release, which is due at the end of the month.',
    'The module you filed this against has been deprecated and will only receive critical security fixes.',
    'Your branch has merge conflicts with main, so please rebase it and push again before we can review it.',
    'Please sign the contributor agreement so that we can legally accept your change into the project.',
    'We need the full output of the failing command and your configuration file before we can look at this.',
  ];
  const text = (middle: string) => `${HEAD}\n\n${middle}\n\n${TAIL}`;
  const uri = (i: number) => `file:///w/replies/r${i}.md`;

  it('is left out of similarity: replies of one template family that say different things are not near-duplicates', () => {
    // Without the library, two of them are near-duplicates by their shared paragraphs alone.
    expect(similarPairs([text(MIDDLE[0]), text(MIDDLE[1])], NEAR_DUPLICATE_THRESHOLD)).toHaveLength(1);
    const ix = new WorkspaceIndex();
    MIDDLE.forEach((m, i) => ix.update(uri(i), md({ id: `r${i}`, locale: 'en' }, text(m)), cfg()));
    expect([...ix.allFindings().values()].flat().filter((f) => f.ruleId === 'near-duplicate')).toEqual([]);
    // An edited copy of one of them is still a near-duplicate of it.
    ix.update(uri(99), md({ id: 'r99', locale: 'en' }, text(MIDDLE[3].replace('continue the work over there', 'carry on the work in that one'))), cfg());
    expect(ix.findings(uri(99)).map((f) => [f.ruleId, f.relatedInformation[0].macroId])).toEqual([['near-duplicate', 'r3']]);
  });

  it('stops being boilerplate when the family shrinks (findings follow removals)', () => {
    const ix = new WorkspaceIndex();
    MIDDLE.forEach((m, i) => ix.update(uri(i), md({ id: `r${i}`, locale: 'en' }, text(m)), cfg()));
    expect(ix.findings(uri(0))).toEqual([]);
    for (let i = 2; i < MIDDLE.length; i++) ix.remove(uri(i));
    // Two replies left: their shared paragraphs are theirs alone now, and they are mostly the same text.
    expect(ids(ix.findings(uri(0)))).toEqual(['near-duplicate']);
  });
});

describe('incremental updates', () => {
  it('give the same findings as indexing the final library from scratch', () => {
    const c = cfg({ locales: ['en', 'es'] });
    const files: Record<string, string> = {
      'file:///w/a.md': md({ id: 'order-late', locale: 'en', title: 'Order late' }, EN_BODY),
      'file:///w/b.md': md({ id: 'order-late', locale: 'en', title: 'Order late' }, EN_BODY.replace('three', 'four')),
      'file:///w/c.md': md({ id: 'pedido', locale: 'es', translationOf: 'order-late', sourceHash: '000000000000' }, ES_BODY),
      'file:///w/d.md': md({ id: 'refund', locale: 'en', title: 'Refund' }, 'Hi,\n\nYour refund has been issued today and will reach your card within five working days.'),
    };
    const ix = new WorkspaceIndex();
    for (const [u, t] of Object.entries(files)) ix.update(u, t, c);
    ix.allFindings();
    // Edits that move macros between groups: a new id, a new title, a translation re-pointed, a file removed.
    files['file:///w/b.md'] = md({ id: 'order-late-2', locale: 'en', title: 'Refund' }, EN_BODY.replace('three', 'four'));
    ix.update('file:///w/b.md', files['file:///w/b.md'], c);
    ix.findings('file:///w/a.md');
    files['file:///w/c.md'] = md({ id: 'pedido', locale: 'es', translationOf: 'refund' }, ES_BODY);
    ix.update('file:///w/c.md', files['file:///w/c.md'], c);
    ix.remove('file:///w/d.md');
    delete files['file:///w/d.md'];
    ix.update('file:///w/e.md', md({ id: 'refund', locale: 'en', title: 'Refund' }, 'Hi,\n\nYour refund was issued today.'), c);
    files['file:///w/e.md'] = md({ id: 'refund', locale: 'en', title: 'Refund' }, 'Hi,\n\nYour refund was issued today.');
    const fresh = new WorkspaceIndex();
    for (const [u, t] of Object.entries(files)) fresh.update(u, t, c);
    const view = (m: Map<string, WorkspaceFinding[]>) => [...m].map(([u, fs]) => [u, fs.map((f) => `${f.ruleId}@${f.range.start}: ${f.message}`)]);
    expect(view(ix.allFindings())).toEqual(view(fresh.allFindings()));
    expect(view(ix.allFindings()).flatMap(([, fs]) => fs).length).toBeGreaterThan(2);
  });
});

describe('takeChangedUris', () => {
  it('names the files whose findings an edit may change, not the others', () => {
    const ix = new WorkspaceIndex();
    ix.update('file:///w/a.md', md({ id: 'x', locale: 'en', title: 'A' }, 'Hi,\n\nYour refund was issued today and reaches your card in five working days.'), cfg());
    ix.update('file:///w/b.md', md({ id: 'y', locale: 'en', title: 'B' }, EN_BODY), cfg());
    ix.update('file:///w/c.md', md({ id: 'z', locale: 'en', title: 'C' }, 'Hello,\n\nThe parcel was marked delivered but never reached you, so I am opening a claim with the courier now.'), cfg());
    expect(ix.takeChangedUris()).toEqual(['file:///w/a.md', 'file:///w/b.md', 'file:///w/c.md']);
    // b takes a's id: a and b change, c does not.
    ix.update('file:///w/b.md', md({ id: 'x', locale: 'en', title: 'B' }, EN_BODY), cfg());
    expect(ix.takeChangedUris()).toEqual(['file:///w/a.md', 'file:///w/b.md']);
    expect(ix.findings('file:///w/a.md').map((f) => f.ruleId)).toEqual(['duplicate-id']);
    // c becomes a copy of b: b and c change (near-duplicate), a does not.
    ix.update('file:///w/c.md', md({ id: 'z', locale: 'en', title: 'C' }, EN_BODY), cfg());
    expect(ix.takeChangedUris()).toEqual(['file:///w/b.md', 'file:///w/c.md']);
    expect(ix.takeChangedUris()).toEqual([]);
  });
});
