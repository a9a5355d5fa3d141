/** Rewrite texts as data: locales/<locale>/rewrites.yaml compile to rewrite/texts.json, which is up to date. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { matchesAny, pick, rewriteTexts, stripLeading } from '../server/src/engine/rewrite/common';

const ROOT = join(__dirname, '..');

describe('rewrite texts', () => {
  it('texts.json is what `npm run packs` compiles from the rewrites.yaml files', () => {
    const r = spawnSync(process.execPath, ['scripts/build-rewrites.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('picks a text by voice, register and anger type, with defaults', () => {
    const es = rewriteTexts('es');
    const byRegister = { we: { tu: 'si quieres', usted: 'si lo desea' }, i: { default: 'yo' } };
    expect(pick(byRegister, { voice: 'we', register: 'usted' })).toBe('si lo desea');
    // voseo and vosotros fall back to tú when a text has none.
    expect(pick(byRegister, { voice: 'we', register: 'voseo' })).toBe('si quieres');
    expect(pick(byRegister, { voice: 'i', register: 'usted' })).toBe('yo');
    expect(pick(es['non-apology'].remove, { voice: 'we', register: 'usted' })).toMatch(/^Quitar «\{phrase\}»/);
    expect(pick(es['non-apology'].apology, { voice: 'we', register: 'tu', anger: 'before' })).toBe('Sentimos mucho {thing}');
    expect(pick(rewriteTexts('en')['non-apology'].apology, { voice: 'i', register: 'tu', anger: 'none' })).toBe("I'm sorry for {thing}");
  });

  it('reads the pattern lists of the packs: lead-ins, hedges, excuses (folded text, whole words)', () => {
    expect(stripLeading('en', 'non-apology', 'leadIns', 'In the meantime, please accept ')).toBe('');
    expect(stripLeading('en', 'non-apology', 'leadIns', 'Because of the strike, please accept ')).not.toBe('');
    expect(stripLeading('es', 'non-apology', 'leadIns', 'Mientras tanto, de nuevo, le ')).toBe('');
    expect(matchesAny('en', 'non-apology', 'hedges', 'the shipping time might be ')).toBe(true);
    expect(matchesAny('en', 'non-apology', 'hedges', 'your parcel is ')).toBe(false);
    expect(matchesAny('en', 'apology-but', 'excuses', "I'm exhausted this week")).toBe(true);
    expect(matchesAny('en', 'apology-but', 'excuses', "I've already refunded you")).toBe(false);
    expect(matchesAny('es', 'apology-but', 'excuses', 'Debería haber guardado el documento')).toBe(true);
    expect(matchesAny('es', 'apology-but', 'excuses', 'Deberíamos haberle avisado')).toBe(false);
  });
});
