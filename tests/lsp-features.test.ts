/** Protocol tests: hover, document symbols and completion. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Range } from 'vscode-languageserver-protocol';
import { getRule } from '../server/src/engine/rules';
import { LspClient, ensureBuilt, fileUri, offsetAt, positionAt } from './lsp-client';

const EN_MD = `---
id: late-delivery
title: Late delivery
anger: before
locale: en
---

Hi {{ticket.requester.first_name}},

## Assure

I've asked the courier to redeliver tomorrow and I'll email you by 5pm with the tracking link.

## Acknowledge

I can see your order still hasn't arrived, a week after we promised it.

Best,
{{current_user.name}}
`;

const ES_MD = `---
id: entrega-tardia
title: Entrega tardía
locale: es
---

Hola {{ticket.requester.first_name}}:

### Reconocer

Entiendo que llevas una semana esperando tu pedido.

### Alinear

Tienes toda la razón: esto no debería haber pasado.

### Asegurar

Hoy mismo he pedido un nuevo envío y te escribiré mañana antes de las 12 con el número de seguimiento.
`;

const YAML_LIB = `macros:
  - id: refund-delay
    title: Refund delay
    anger: after
    locale: en
    acknowledge: |
      I can see the refund we promised last week still hasn't reached your account.
    align: "You're right, this shouldn't have happened."
    assure: I've escalated it and I'll confirm by Friday.
  - id: reembolso
    title: Reembolso pendiente
    anger: before
    locale: es
    reconocer: Entiendo que llevas una semana esperando el reembolso.
    asegurar: Te confirmaré el abono el viernes antes de las 12.
`;

let client: LspClient;
let root: string;
beforeAll(async () => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'macrolint-lsp-features-'));
  client = (await LspClient.start({ workspaceFolders: [root] })).client;
});
afterAll(async () => {
  await client?.stop();
});

const slice = (text: string, r: Range) => text.slice(offsetAt(text, r.start), offsetAt(text, r.end));

describe('hover', () => {
  it('explains the rule of an English diagnostic in English with an example and a link', async () => {
    const uri = fileUri(join(root, 'macros/hover-en.md'));
    client.open(uri, 'markdown', EN_MD);
    const diag = (await client.diagnostics(uri)).find((d) => d.code === 'section-order')!;
    const hover = await client.hover(uri, diag.range.start);
    const value = (hover?.contents as { value: string }).value;
    const meta = getRule('section-order')!.meta;
    expect(value).toContain(meta.rationale.en);
    expect(value).toContain(meta.example.en.bad.split('\n')[0]);
    expect(value).toContain(meta.example.en.good.split('\n')[0]);
    expect(value).toContain('[Rule documentation](https://github.com/macrolint/macrolint/blob/main/docs/rules/section-order.md)');
    expect(hover?.range).toEqual(diag.range);
  });

  it('speaks Spanish on a Spanish macro', async () => {
    const uri = fileUri(join(root, 'macros/hover-es.md'));
    client.open(uri, 'markdown', ES_MD);
    const diag = (await client.diagnostics(uri)).find((d) => d.code === 'anger-type')!;
    const value = ((await client.hover(uri, diag.range.start))?.contents as { value: string }).value;
    const meta = getRule('anger-type')!.meta;
    expect(value).toContain(meta.rationale.es);
    expect(value).toContain('**Por qué:**');
    expect(value).toContain('[Documentación de la regla](https://github.com/macrolint/macrolint/blob/main/docs/rules/anger-type.md)');
  });

  it('is empty away from diagnostics', async () => {
    const uri = fileUri(join(root, 'macros/hover-none.md'));
    client.open(uri, 'markdown', EN_MD);
    await client.diagnostics(uri);
    expect(await client.hover(uri, positionAt(EN_MD, EN_MD.indexOf('Best,')))).toBeNull();
  });
});

describe('document symbols', () => {
  it('outlines a Markdown macro and its sections with exact ranges', async () => {
    const uri = fileUri(join(root, 'macros/symbols.md'));
    client.open(uri, 'markdown', EN_MD);
    const [macro, ...rest] = await client.symbols(uri);
    expect(rest).toEqual([]);
    expect(macro.name).toBe('Late delivery');
    expect(macro.kind).toBe(2); // Module
    expect(slice(EN_MD, macro.selectionRange)).toBe('Late delivery');
    expect(macro.children!.map((c) => c.name)).toEqual(['Assure', 'Acknowledge']);
    expect(macro.children!.map((c) => slice(EN_MD, c.selectionRange))).toEqual(['## Assure', '## Acknowledge']);
    expect(slice(EN_MD, macro.children![1].range)).toBe('## Acknowledge\n\nI can see your order still hasn\'t arrived, a week after we promised it.\n\nBest,\n{{current_user.name}}');
  });

  it('names Spanish sections in Spanish', async () => {
    const uri = fileUri(join(root, 'macros/simbolos.md'));
    client.open(uri, 'markdown', ES_MD);
    const [macro] = await client.symbols(uri);
    expect(macro.children!.map((c) => c.name)).toEqual(['Reconocer', 'Alinear', 'Asegurar']);
  });

  it('gives a YAML library an outline of its macros', async () => {
    const uri = fileUri(join(root, 'macros/library.macros.yaml'));
    client.open(uri, 'yaml', YAML_LIB);
    const symbols = await client.symbols(uri);
    expect(symbols.map((s) => [s.name, s.kind])).toEqual([
      ['Refund delay', 19],
      ['Reembolso pendiente', 19],
    ]);
    expect(symbols[0].children!.map((c) => c.name)).toEqual(['Acknowledge', 'Align', 'Assure']);
    expect(symbols[1].children!.map((c) => c.name)).toEqual(['Reconocer', 'Asegurar']);
    expect(slice(YAML_LIB, symbols[1].children![0].selectionRange)).toContain('reconocer');
    for (const s of symbols) {
      for (const c of s.children!) {
        expect(offsetAt(YAML_LIB, c.range.start)).toBeGreaterThanOrEqual(offsetAt(YAML_LIB, s.range.start));
        expect(offsetAt(YAML_LIB, c.range.end)).toBeLessThanOrEqual(offsetAt(YAML_LIB, s.range.end));
      }
    }
    expect(slice(YAML_LIB, symbols[0].range)).toContain('id: refund-delay');
    expect(slice(YAML_LIB, symbols[0].range)).not.toContain('reembolso');
  });
});

describe('completion', () => {
  it('completes front-matter keys that are not there yet, and anger values with English docs', async () => {
    const text = '---\nid: late\nti\n---\n\nHi,\n';
    const uri = fileUri(join(root, 'macros/complete.md'));
    client.open(uri, 'markdown', text);
    const keys = (await client.completion(uri, { line: 2, character: 2 })).map((i) => i.label);
    expect(keys).toEqual(expect.arrayContaining(['title', 'anger', 'locale', 'tags']));
    expect(keys).not.toContain('id');
    client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }, text: 'anger: ' }]);
    const values = await client.completion(uri, { line: 2, character: 7 });
    expect(values.map((i) => i.label)).toEqual(['before', 'during', 'after', 'none']);
    expect((values[1].documentation as { value: string }).value).toMatch(/during/i);
    // Outside the front matter there is nothing to complete.
    expect(await client.completion(uri, { line: 5, character: 3 })).toEqual([]);
  });

  it('completes YAML item keys with Spanish section aliases and Spanish docs in a Spanish file', async () => {
    const text = 'macros:\n  - id: reembolso\n    locale: es\n    \n';
    const uri = fileUri(join(root, 'macros/completar.macros.yaml'));
    client.open(uri, 'yaml', text);
    const items = await client.completion(uri, { line: 3, character: 4 });
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['title', 'anger', 'acknowledge', 'body', 'reconocer', 'alinear', 'asegurar']));
    expect(labels).not.toContain('id');
    expect(labels).not.toContain('locale');
    client.change(uri, [{ range: { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } }, text: 'anger: ' }]);
    const values = await client.completion(uri, { line: 3, character: 11 });
    expect((values.find((v) => v.label === 'after')!.documentation as { value: string }).value).toMatch(/después/);
    client.change(uri, [{ range: { start: { line: 3, character: 4 }, end: { line: 3, character: 11 } }, text: 'locale: ' }]);
    expect((await client.completion(uri, { line: 3, character: 12 })).map((i) => i.label)).toEqual(expect.arrayContaining(['es', 'es-MX', 'es-ES', 'en']));
  });
});
