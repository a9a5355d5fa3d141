/** The library health report (engine) and `macrolint report` / workspace rules in the CLI, end to end. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, mergeConfigs } from '../server/src/engine/config';
import { lint } from '../server/src/engine/lint';
import { buildReport, renderReport } from '../server/src/engine/report';
import { WorkspaceIndex } from '../server/src/engine/workspace';
import type { Finding } from '../server/src/engine/types';
import { projectMaker, spawnCli } from './cli-fixtures/helpers';

const project = projectMaker();

const EN = (id: string, extra = '', body = 'I can see your order is three days late and you needed it for Saturday. You are right to be upset: we promised Wednesday. I have asked the courier to trace it today and I will email you by 5pm tomorrow.') =>
  `---\nid: ${id}\ntitle: ${id}\nanger: before\nlocale: en\n${extra}---\n\nHi {{ticket.requester.first_name}},\n\n${body}\n`;
const ES = (id: string, extra = '') =>
  `---\nid: ${id}\ntitle: ${id}\nanger: before\nlocale: es\n${extra}---\n\nHola, {{ticket.requester.first_name}}:\n\nVeo que tu pedido lleva tres días de retraso y lo necesitabas para el sábado. Tienes razón en estar molesta. He pedido hoy al transportista que lo localice y mañana antes de las 17:00 te escribo.\n`;

const LIBRARY: Record<string, string> = {
  'macros/en/order-late.md': EN('order-late'),
  'macros/en/order-late-copy.md': EN('order-late-copy').replace('{{ticket.requester.first_name}}', '{{customer.name}}'),
  'macros/en/refund.md': EN('refund', '', 'Your refund was issued today and will reach your card within five working days. Sorry, but the bank is responsible for any further delay.'),
  'macros/es/pedido-retrasado.md': ES('pedido-retrasado', 'translationOf: order-late\n'),
  'macros/en/dup.md': EN('refund', '', 'Sorry for any inconvenience. Please contact the courier about your parcel.'),
};

function build(files: Record<string, string>) {
  const config = mergeConfigs(defaultConfig(), { locales: ['en', 'es'] });
  const index = new WorkspaceIndex();
  const perFile = new Map<string, Finding[]>();
  for (const [path, text] of Object.entries(files)) {
    const uri = `file:///lib/${path}`;
    index.update(uri, text, config);
    perFile.set(uri, lint({ uri, text }, config).findings);
  }
  return buildReport(index, perFile, { cwdUri: 'file:///lib' });
}

describe('buildReport', () => {
  it('has the figures the issue lists, from the library', () => {
    const r = build(LIBRARY);
    expect(r.macros).toBe(5);
    expect(r.byLocale).toEqual({ en: 4, es: 1 });
    expect(r.byAnger).toEqual({ before: 5 });
    expect(r.allThreeMoves).toBeGreaterThan(0);
    expect(r.allThreeMoves).toBeLessThan(1);
    expect(r.rules['duplicate-id']).toBe(2);
    expect(r.rules['near-duplicate']).toBe(2);
    expect(r.nearDuplicates).toEqual([{ ids: expect.arrayContaining(['order-late', 'order-late-copy']), files: expect.any(Array), similarity: 1 }]);
    expect(r.missingTranslations).toEqual(
      expect.arrayContaining([
        { id: 'order-late-copy', locale: 'es', file: 'macros/en/order-late-copy.md' },
        // With two macros sharing the id, the first by path is the source.
        { id: 'refund', locale: 'es', file: 'macros/en/dup.md' },
      ]),
    );
    expect(r.missingTranslations.some((m) => m.id === 'order-late')).toBe(false);
    expect(r.coverage.rows.find((x) => x.id === 'order-late')?.cells).toEqual({ en: 'source', es: 'translated' });
    expect(r.worst.length).toBeGreaterThan(0);
    expect(r.worst.length).toBeLessThanOrEqual(10);
    // The worst macro has the most errors: one of the two macros sharing the id `refund`.
    expect(r.worst[0].id).toBe('refund');
  });

  it('renders HTML with inline SVG charts, no script and no URL, in English and Spanish', () => {
    const r = build(LIBRARY);
    const html = renderReport(r, 'html');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('Translation coverage');
    expect(html).toContain('order-late-copy');
    const es = renderReport(r, 'html', { locale: 'es' });
    expect(es).toContain('Cobertura de traducciones');
    expect(es).toContain('<html lang="es">');
    const json = JSON.parse(renderReport(r, 'json'));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['macros', 'byLocale', 'byAnger', 'allThreeMoves', 'rules', 'nearDuplicates', 'missingTranslations']));
    expect(renderReport(r, 'md')).toMatch(/^# Macro library health report/);
  });

  it('escapes macro text in the HTML', () => {
    const r = build({ 'macros/x.md': EN('<img src=x onerror=alert(1)>'.replace(/[ =()]/g, '-')), 'macros/y.md': EN('<b>bold</b>'.replace(/[<>/]/g, '_')) });
    r.worst.push({ id: '<script>alert(1)</script>', file: 'x', errors: 1, warnings: 0, infos: 0, rules: [] });
    const html = renderReport(r, 'html');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('CLI', () => {
  it('runs the workspace rules over the linted files: JSON findings carry macroId and related information', () => {
    const d = project({ ...LIBRARY, '.macrolintrc.yaml': 'locales: [en, es]\n' });
    const r = spawnCli(['--format', 'json', 'macros'], d);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; macroId?: string; relatedInformation?: { filePath: string; line: number; macroId?: string }[] }[] }[];
    const dup = files.find((f) => f.filePath.endsWith('refund.md'))!.messages.find((m) => m.ruleId === 'duplicate-id')!;
    expect(dup.macroId).toBe('refund');
    expect(dup.relatedInformation).toEqual([{ filePath: join(d, 'macros/en/dup.md'), line: 2, column: 5, endLine: 2, endColumn: 11, message: 'The id "refund" is also declared here.', macroId: 'refund' }]);
    const near = files.find((f) => f.filePath.endsWith('order-late.md'))!.messages.filter((m) => m.ruleId === 'near-duplicate');
    expect(near.map((m) => m.relatedInformation![0].macroId)).toEqual(['order-late-copy']);
  });

  it('`report` writes the health report (format from the flag or the file extension) and exits 0', () => {
    const d = project({ ...LIBRARY, '.macrolintrc.yaml': 'locales: [en, es]\n' });
    const json = spawnCli(['report', '--format', 'json', 'macros'], d);
    expect(json.code).toBe(0);
    const r = JSON.parse(json.stdout);
    expect(r.macros).toBe(5);
    expect(r.missingTranslations).toContainEqual({ id: 'refund', locale: 'es', file: 'macros/en/dup.md' });
    const html = spawnCli(['report', '-o', 'out/health.html'], d);
    expect(html.code).toBe(0);
    const page = readFileSync(join(d, 'out/health.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|https?:\/\//i);
    expect(spawnCli(['report'], d).stdout).toMatch(/^# Macro library health report/);
    const bad = spawnCli(['report', '--format', 'sarif'], d);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown report format "sarif" (html, json, md)');
  });
});
