import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { stemEn, stemEs, tokenize } from '../server/src/engine/detect/tokens';
import { findCues, findSlots } from '../server/src/engine/detect/pack';
import { sentenceInfos } from '../server/src/engine/detect/features';
import { modelFor, score } from '../server/src/engine/detect/model';
import { normalize } from '../server/src/engine/text';
import { lint } from '../server/src/engine/lint';
import { defaultConfig, mergeConfigs, parseConfig } from '../server/src/engine/config';
import { replySentences } from '../server/src/engine/analysis';
import type { Locale } from '../server/src/engine/types';

const toks = (text: string, locale: Locale) => {
  const n = normalize(text).norm;
  return tokenize(n, 0, n.length, locale);
};
const cuesOf = (text: string, locale: Locale) => {
  const t = toks(text, locale);
  return findCues(t, findSlots(t, locale), locale).map((c) => c.id);
};

describe('detector tokens', () => {
  it('expands English contractions and meets inflections on one stem', () => {
    expect(toks("We'll refund it, can't wait", 'en').map((t) => t.word)).toEqual(['we', 'will', 'refund', 'it', 'can', 'not', 'wait']);
    expect(new Set(['refund', 'refunds', 'refunded', 'refunding'].map(stemEn)).size).toBe(1);
    expect(new Set(['apologise', 'apologize', 'apologies'].map(stemEn)).size).toBe(1);
    expect(stemEn('was')).toBe('be');
  });
  it('splits Spanish clitics and strips suffixes, accents folded first', () => {
    expect(stemEs('contactarlo')).toBe(stemEs('contactar'));
    expect(new Set(['reembolso', 'reembolsos', 'reembolsamos'].map(stemEs)).size).toBe(1);
    expect(toks('Diríjase a la tienda', 'es')[0].word).toBe('dirijase');
  });
  it('keeps a placeholder as one opaque token', () => {
    expect(toks('Hi {{ticket.requester.first_name}}, thanks', 'en').map((t) => t.word)).toEqual(['hi', '<ph>', 'thanks']);
  });
});

describe('language packs: slots and cues on stems', () => {
  it('finds redirect cues written without the stock verbs of the tables', () => {
    expect(cuesOf("You'll need to contact the courier about it.", 'en')).toEqual(expect.arrayContaining(['you-must-contact', 'contact-party']));
    expect(cuesOf('The shop where you bought it handles returns.', 'en')).toContain('party-handle');
    expect(cuesOf('Diríjase a la tienda donde lo compró.', 'es')).toContain('contact-party');
  });
  it('finds requirement frames and reminders', () => {
    expect(cuesOf('To qualify for a replacement the box must be unopened.', 'en')).toContain('to-qualify');
    expect(cuesOf('Como se le indicó en su momento, no procede.', 'es')).toContain('reminder');
  });
  it('finds no deflecting cue in a plain commitment', () => {
    const c = cuesOf("I'll send the replacement today.", 'en');
    expect(c).toContain('we-will-do');
    expect(c).not.toContain('contact-party');
  });
  it('names classes of deflecting wording that carry no stock phrase (English)', () => {
    expect(cuesOf('Returns are handled directly by the store you bought it from.', 'en')).toContain('elsewhere-party');
    expect(cuesOf('Their support line is on their site.', 'en')).toContain('party-own-channel');
    expect(cuesOf('The delay was caused by a storm at the hub.', 'en')).toContain('cause-event');
    expect(cuesOf('It seems you did not fill in the form.', 'en')).toContain('you-did-not');
    expect(cuesOf('In order to process a refund we require the original receipt.', 'en')).toContain('goal-rule');
    expect(cuesOf('Our decision stands and we will not discuss this further.', 'en')).toEqual(expect.arrayContaining(['finality', 'we-not-offer']));
    expect(cuesOf('Only a tiny fraction of customers ever see this.', 'en')).toContain('proportion');
  });
  it('names classes of deflecting wording that carry no stock phrase (Spanish)', () => {
    expect(cuesOf('Si desea cambiarla, hágalo a través de la oficina virtual.', 'es')).toEqual(expect.arrayContaining(['want-via', 'via-channel']));
    expect(cuesOf('Es posible que otro organismo pueda ayudarle.', 'es')).toContain('party-can-help');
    expect(cuesOf('Las demoras se deben a la falta de personal.', 'es')).toContain('cause-load');
    expect(cuesOf('Parece que usted está usando otra conexión.', 'es')).toContain('seems-you');
    expect(cuesOf('Para poder tramitarlo es necesario presentar la factura.', 'es')).toContain('goal-rule');
    expect(cuesOf('Lamentamos el malestar ocasionado y agradecemos su paciencia.', 'es')).toContain('apology-then-thanks');
  });
  it('names an admission of our own fault apart from general agreement (align)', () => {
    expect(cuesOf('That was an oversight on our part.', 'en')).toContain('own-fault');
    expect(cuesOf('I agree, that sounds right.', 'en')).not.toContain('own-fault');
  });
  it('finds none of the new deflecting classes in a plain commitment', () => {
    const fresh = ['elsewhere-party', 'party-own-channel', 'cause-event', 'you-did-not', 'goal-rule', 'proportion', 'contact-address'];
    for (const id of fresh) expect(cuesOf("We've refunded the order and I'll email you the receipt today.", 'en')).not.toContain(id);
    for (const id of ['want-via', 'via-channel', 'cause-load', 'seems-you', 'goal-rule', 'apology-then-thanks']) {
      expect(cuesOf('Hemos emitido el reembolso y hoy le enviamos el comprobante.', 'es')).not.toContain(id);
    }
  });
  it('the compiled packs are up to date with their YAML (npm run packs)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/build-packs.mjs', '--check'], { encoding: 'utf8' })).not.toThrow();
  });
});

describe('trained models', () => {
  it('ships a model per language with every label calibrated to 0.5', () => {
    for (const locale of ['en', 'es'] as const) {
      const m = modelFor(locale);
      expect(m.labels.length).toBeGreaterThan(0);
      expect(m.bias).toHaveLength(m.labels.length);
      for (const pairs of Object.values(m.weights)) for (let k = 0; k < pairs.length; k += 2) expect(pairs[k]).toBeLessThan(m.labels.length);
    }
  });
  it('scores features deterministically and names its strongest cues', () => {
    const text = "You'll need to contact the courier, they handle lost parcels.";
    const { norm, sentences } = replySentences(text);
    const [s] = sentenceInfos(norm, sentences, 'en');
    const a = score(modelFor('en'), s.features);
    const b = score(modelFor('en'), [...s.features].reverse());
    expect([...a.p].map((x) => x.toFixed(6))).toEqual([...b.p].map((x) => x.toFixed(6)));
    const li = modelFor('en').labels.indexOf('deflecting/redirect');
    if (li >= 0) expect(a.cues(li).length).toBeGreaterThan(0);
  });
});

const doc = (locale: Locale, body: string) => `---\nlocale: ${locale}\nanger: none\n---\n\n${body}\n`;

describe('confidence and severity', () => {
  const body = "Hi Sam,\n\nFor that you'll have to ask the shop where you bought it, they handle returns. Their number is on their website.\n\nThanks";
  it('findings carry a confidence; below detection.minConfidence they are info', () => {
    const on = lint({ uri: 'm.md', text: doc('en', body) }).findings.filter((f) => f.ruleId.startsWith('deflecting/') || f.ruleId.startsWith('missing-'));
    expect(on.some((f) => typeof f.confidence === 'number')).toBe(true);
    for (const f of on) if (f.confidence !== undefined) expect(f.confidence).toBeGreaterThanOrEqual(0), expect(f.confidence).toBeLessThanOrEqual(1);
    // A phrase of the tables ("please contact your bank") has a confidence of 0.75 to 0.95.
    const strict = mergeConfigs(defaultConfig(), { detection: { minConfidence: 0.96 } });
    const text = doc('en', 'Please contact your bank about the charge.');
    const quiet = lint({ uri: 'm.md', text }, strict).findings.filter((f) => f.ruleId === 'deflecting/redirect');
    expect(lint({ uri: 'm.md', text }).findings.find((f) => f.ruleId === 'deflecting/redirect')?.severity).toBe('warning');
    expect(quiet.length).toBeGreaterThan(0);
    for (const f of quiet) expect(f.confidence).toBeGreaterThanOrEqual(0.75);
    for (const f of quiet) expect(f.severity).toBe('info');
  });
  it('models off: no finding carries a model message', () => {
    const off = mergeConfigs(defaultConfig(), { detection: { models: false } });
    const fs = lint({ uri: 'm.md', text: doc('en', body) }, off).findings;
    expect(fs.every((f) => !/Cues:|Indicios:/.test(f.message))).toBe(true);
  });
  it('validates the detection settings', () => {
    expect(parseConfig('detection:\n  models: false\n  minConfidence: 0.7\n').config.detection).toEqual({ models: false, minConfidence: 0.7 });
    const bad = parseConfig('detection:\n  minConfidence: 2\n  model: true\n').problems.map((p) => p.message).join('\n');
    expect(bad).toMatch(/minConfidence` must be a number from 0 to 1/);
    expect(bad).toMatch(/unknown key "model"/);
  });
});
