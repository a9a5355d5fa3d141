/** Item: short Spanish macros without `locale` are read as Spanish, and the output says the language was detected. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { defaultConfig, mergeConfigs } from '../server/src/engine/config';
import { detectLocaleWithConfidence, preferredLocales } from '../server/src/engine/locale';
import { LspClient, ensureBuilt, fileUri } from './lsp-client';

const SHORT_ES = '---\nanger: during\n---\n\nDisculpe las molestias. Cálmese.\n';
const root = join(__dirname, '..');

describe('language detection of short replies', () => {
  it('reads "Disculpe las molestias. Cálmese." as Spanish and flags both phrases', () => {
    const findings = lint({ uri: 'file:///w/macros/calma.md', text: SHORT_ES }).findings;
    const deflecting = findings.filter((f) => f.ruleId.startsWith('deflecting/'));
    expect(deflecting.map((f) => [f.ruleId, SHORT_ES.slice(f.range.start, f.range.end)])).toEqual([
      ['deflecting/non-apology', 'Disculpe las molestias'],
      ['deflecting/dismissive', 'Cálmese'],
    ]);
    for (const f of findings) {
      expect(f.locale).toBe('es');
      expect(f.localeSource).toBe('detected');
      expect(f.localeConfidence).toBeGreaterThan(0.5);
      expect(f.localeConfidence).toBeLessThanOrEqual(1);
    }
  });

  it('reads short English replies as English', () => {
    for (const text of ['Calm down. Sorry for any inconvenience.', "We're sorry, we've refunded it today.", 'Thanks for waiting.']) {
      expect(detectLocaleWithConfidence(text)?.locale, text).toBe('en');
    }
    for (const text of ['Gracias por esperar.', 'Lamentamos el retraso.', 'Hoy le enviamos otro pedido.']) {
      expect(detectLocaleWithConfidence(text)?.locale, text).toBe('es');
    }
  });

  it('is less sure of a short or mixed reply than of a long one', () => {
    const short = detectLocaleWithConfidence('Lamentamos el retraso.')!.confidence;
    const long = detectLocaleWithConfidence('Lamentamos el retraso de su pedido. Hoy mismo le hemos enviado otro y le escribiremos mañana con el número de seguimiento.')!.confidence;
    const mixed = detectLocaleWithConfidence('Sorry, lamentamos the delay del pedido.')!.confidence;
    expect(short).toBeLessThan(long);
    expect(mixed).toBeLessThan(short);
  });

  it("prefers the workspace's configured locales when the text says too little", () => {
    const es = mergeConfigs(defaultConfig(), { messageLocale: 'es' });
    expect(preferredLocales(es)).toEqual(['es']);
    expect(preferredLocales(mergeConfigs(defaultConfig(), { phrases: { es: { dismissive: ['tranquilícese'] } } }))).toEqual(['es']);
    expect(preferredLocales(defaultConfig())).toEqual([]);
    const text = '---\nanger: none\n---\n\nOK.\n';
    const none = lint({ uri: 'file:///w/macros/ok.md', text }).findings[0];
    expect([none.locale, none.localeSource]).toEqual(['en', 'fallback']);
    const preferred = lint({ uri: 'file:///w/macros/ok.md', text }, es).findings[0];
    expect([preferred.localeSource, preferred.localeConfidence]).toEqual(['fallback', 0]);
    expect(detectLocaleWithConfidence('Thanks, OK.', ['es'])?.locale).toBe('en');
    expect(detectLocaleWithConfidence('Hola, OK.', ['en'])?.locale).toBe('es');
  });

  it('says nothing about the language of a macro that declares it', () => {
    const f = lint({ uri: 'file:///w/macros/d.md', text: '---\nanger: during\nlocale: es\n---\n\nDisculpe las molestias.\n' }).findings;
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x.localeSource).toBeUndefined();
  });
});

describe('the detected language in the outputs', () => {
  let client: LspClient;
  let dir: string;
  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'macrolint-locale-'));
    mkdirSync(join(dir, 'macros'));
    writeFileSync(join(dir, 'macros/calma.md'), SHORT_ES);
    client = (await LspClient.start({ workspaceFolders: [dir] })).client;
  });
  afterAll(async () => {
    await client?.stop();
  });

  it('hover says the language was detected and how sure the detection is', async () => {
    const uri = fileUri(join(dir, 'macros/calma.md'));
    client.open(uri, 'markdown', SHORT_ES);
    const diag = (await client.diagnostics(uri)).find((d) => d.code === 'deflecting/non-apology')!;
    expect(diag).toBeDefined();
    const value = ((await client.hover(uri, diag.range.start))?.contents as { value: string }).value;
    const confidence = Math.round(lint({ uri, text: SHORT_ES }).findings[0].localeConfidence! * 100);
    expect(value).toContain(`**Idioma:** español, detectado en el texto (confianza ${confidence} %)`);
  });

  it('JSON output carries localeSource and localeConfidence', () => {
    const out = execFileSync(process.execPath, [join(root, 'bin/macrolint.js'), 'macros', '--format', 'json'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    const msgs = JSON.parse(out)[0].messages as { ruleId: string; localeSource?: string; localeConfidence?: number; message: string }[];
    const nonApology = msgs.find((m) => m.ruleId === 'deflecting/non-apology')!;
    expect(nonApology.message).toContain('Disculpe las molestias');
    expect(nonApology.localeSource).toBe('detected');
    expect(typeof nonApology.localeConfidence).toBe('number');
  });
});
