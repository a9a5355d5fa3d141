/**
 * The rewrite validator ("safe means proven"): each check on a rewrite that breaks it, a rewrite that
 * passes, demotion in fix-all with the reason, and, as a property over every real and synthetic reply,
 * that applying any set of the safe rewrites never fails the validator nor changes text outside the edits.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findingViolations, textViolations, type RewriteChange } from '../server/src/engine/rewrite/validate';
import { applyFixes, fixAll, validateFindings } from '../server/src/engine/fix';
import { lint } from '../server/src/engine/lint';
import { defaultConfig } from '../server/src/engine/config';
import type { Finding, Fix, Locale } from '../server/src/engine/types';
import { loadCorpus, renderMarkdown } from '../eval/render.mjs';

/** A change replacing the first `from` of `before` by `to`. */
function change(before: string, from: string, to: string, locale: Locale = 'en'): RewriteChange {
  const start = before.indexOf(from);
  if (start < 0) throw new Error(`"${from}" not in "${before}"`);
  const edits = [{ start, end: start + from.length, text: to }];
  return { before, after: before.slice(0, start) + to + before.slice(start + from.length), edits, locale };
}

describe('textViolations', () => {
  it.each<[string, RewriteChange, string]>([
    ['parse', change('In accordance with our terms, we ship on Monday.', 'In accordance with our terms, w', 'Of w'), 'parse'],
    ['deletion cutting a complement from its head', change('Parcels are checked in accordance with our conditions of carriage and the tariff.', 'in accordance with our conditions ', ''), 'parse'],
    ['deletion leaving a sentence on a preposition', change('As communicated before to her over email, the ban stands.', 'As communicated before t', 'T'), 'parse'],
    ['deletion leaving a hanging conjunction', change('Por ello, y siguiendo los protocolos clínicos, le dimos cita.', 'siguiendo los protocolos ', '', 'es'), 'parse'],
    ['doubled word', change('Lo sentimos mucho, de verdad lo sentimos, pero su pedido llega hoy.', 'mucho, de verdad lo sentimos, pero', 'lo sentimos, y', 'es'), 'doubled-word'],
    ['capitalisation', change('Thanks for writing. As I said, the refund is on its way.', 'As I said, the', 'the'), 'capitalisation'],
    ['punctuation', change('We are sorry, but the parcel is late.', 'but the parcel is late', '.'), 'punctuation'],
    ['spacing', change('We are sorry, but the parcel is late.', 'but ', ' '), 'spacing'],
    ['voice', change('We are sorry for any inconvenience. We will refund you.', 'We are sorry for any inconvenience', "I'm sorry we let you down"), 'voice'],
    ['register', change('Disculpe las molestias. Su pedido llegará el lunes.', 'Disculpe las molestias', 'Siento mucho que te hayamos fallado', 'es'), 'register'],
    ['number', change('As set out in clause 4 of our terms, deposits are kept.', 'As set out in clause 4 of our terms, d', 'D'), 'lost-token'],
    ['placeholder', change('Hi {{first_name}}, sorry for the delay.', 'Hi {{first_name}}, s', 'S'), 'lost-token'],
    ['url', change('See https://example.com/help for details, sorry.', 'See https://example.com/help for details, s', 'S'), 'lost-token'],
    ['date', change('It ships on Friday, as I said.', 'on Friday, as I said', 'soon'), 'lost-token'],
    ['article', change('It was only a minor hiccup that lasted an hour.', 'only a minor hiccup', 'an hiccup'), 'agreement'],
    ['comma left from an aside', change('Lo siento muchísimo, de verdad, que los boletos fallaran.', 'Lo siento muchísimo, de verdad', 'Lo siento', 'es'), 'parse'],
    ['conjunction left before a comma', change('We apologise, but according to our refund policy, fees are kept.', ' according to our refund policy', ''), 'parse'],
    ['connective left opening a sentence', change("We've covered this, so I'd ask you to split it.", "We've covered this, s", 'S'), 'parse'],
    ['placeholder run into the next word', change('Hi {{first_name}}, per our policy, refunds take five days.', ', per our policy,', ''), 'punctuation'],
  ])('%s', (_name, c, violation) => {
    expect(textViolations(c)).toContain(violation);
  });

  it('passes a deletion of a whole phrase', () => {
    expect(textViolations(change('As I already said, the refund takes five days.', 'As I already said, t', 'T'))).toEqual([]);
    expect(textViolations(change('The refund takes five days, as per my last email.', ', as per my last email', ''))).toEqual([]);
  });

  it('passes a rewrite that reads right, in English and Spanish', () => {
    expect(textViolations(change('We are sorry, but the warehouse sent the wrong size.', ', but the warehouse', '. The warehouse'))).toEqual([]);
    expect(textViolations(change('Lo sentimos, pero el almacén envió otra talla.', ', pero el almacén', '. El almacén', 'es'))).toEqual([]);
  });

  it('ignores flaws the reply already had outside the change', () => {
    const c = change('we  are sorry,, truly. As I said, the refund is on its way.', 'As I said, the', 'The');
    expect(textViolations(c)).toEqual([]);
  });
});

const f = (ruleId: string, severity: Finding['severity'] = 'warning'): Finding => ({ ruleId, severity, range: { start: 0, end: 0 }, message: '', locale: 'en', fixes: [] });

describe('findingViolations', () => {
  it('reports a new finding, a missing move cleared by another rule, and a finding left unfixed', () => {
    expect(findingViolations([f('deflecting/non-apology')], [f('deflecting/apology-but')], 'deflecting/non-apology')).toEqual(['new-finding']);
    expect(findingViolations([f('deflecting/non-apology'), f('missing-align')], [], 'deflecting/non-apology')).toEqual(['cleared-move']);
    expect(findingViolations([f('deflecting/minimizing')], [f('deflecting/minimizing')], 'deflecting/minimizing')).toEqual(['not-fixed']);
    expect(findingViolations([f('missing-align'), f('deflecting/minimizing')], [f('missing-align'), f('deflecting/minimizing', 'info')], 'deflecting/minimizing')).toEqual([]);
  });
});

describe('fix-all and code actions: a broken rewrite is dropped, an unproven one demoted', () => {
  const config = defaultConfig();
  it('drops a rewrite whose text fails a check (it is never offered)', () => {
    const doc = { uri: 'file:///terms.md', text: '---\nlocale: en\n---\n\nAs set out in clause 4 of our terms of service, deposits are kept.\n' };
    const r = fixAll(doc, config);
    expect(r.text).toBe(doc.text);
    const shield = r.remaining.find((x) => x.ruleId === 'deflecting/policy-shield');
    expect(shield?.fixes).toEqual([]);
    // A plain lint never validates (validation is lazy): the rewrite is still there, unjudged.
    expect(lint(doc, config).findings.find((x) => x.ruleId === 'deflecting/policy-shield')?.fixes).toHaveLength(1);
  });

  it('drops a quick fix whose text fails a check too', () => {
    const doc = { uri: 'file:///calm.md', text: '---\nlocale: en\n---\n\nI would ask you to remain calm, {{first_name}}.\n' };
    const before = lint(doc, config).findings.flatMap((x) => x.fixes.filter((y) => y.rewrite));
    const after = validateFindings({ doc, config }, doc.text, lint(doc, config)).flatMap((x) => x.fixes.filter((y) => y.rewrite));
    expect(after.every((x) => before.includes(x) || x.rejected)).toBe(true);
    for (const x of after) expect(textViolations({ before: doc.text, after: applyFixes(doc.text, [x]).text, edits: x.edits, locale: 'en' })).toEqual([]);
  });

  it('demotes a rewrite that leaves another problem in its sentences, and says which', () => {
    const doc = { uri: 'file:///two.md', text: "---\nlocale: en\n---\n\nWe're sorry, but you'll need to contact your bank.\n" };
    const r = fixAll(doc, config);
    expect(r.text).toBe(doc.text);
    const but = r.remaining.find((x) => x.ruleId === 'deflecting/apology-but');
    expect(but?.fixes[0].safe).toBe(false);
    expect(but?.fixes[0].rejected?.[0]).toBe('the sentence still has another problem (deflecting/redirect)');
    // Another problem that has a safe rewrite of its own does not hold it back: fix-all mends both.
    const both = { uri: 'file:///both.md', text: "---\nlocale: en\n---\n\nWe're sorry, but per our policy we can't refund the shipping cost.\n" };
    expect(fixAll(both, config).text).toContain("We're sorry. We can't refund the shipping cost.");
  });

  it('applies the same rewrite when its sentence has no other problem', () => {
    const doc = { uri: 'file:///one.md', text: "---\nlocale: en\n---\n\nWe're sorry, but the bank is closed today.\n" };
    expect(fixAll(doc, config).text).toContain("We're sorry. The bank is closed today.");
  });
});

interface Reply {
  id: string;
  text: string;
}

function replies(): Reply[] {
  const out: Reply[] = [];
  const real = join(__dirname, '..', 'eval', 'real', 'tune');
  for (const file of readdirSync(real).filter((n) => n.endsWith('.yaml'))) {
    for (const r of parse(readFileSync(join(real, file), 'utf8')) as { id: string; lang: string; text: string }[]) {
      out.push({ id: String(r.id), text: `---\nid: ${JSON.stringify(String(r.id))}\nlocale: ${r.lang}\n---\n\n${r.text}` });
    }
  }
  for (const dir of ['corpus', 'dev2', 'dev3']) {
    for (const e of loadCorpus(join(__dirname, '..', 'eval', dir))) out.push({ id: e.id, text: renderMarkdown(e) });
  }
  return out;
}

/** The text outside the applied fixes is byte-identical: every unchanged stretch appears in order. */
function outsideKept(before: string, after: string, fixes: readonly Fix[]): boolean {
  const edits = fixes.flatMap((x) => x.edits).sort((a, b) => a.start - b.start);
  let pos = 0;
  let at = 0;
  for (const e of edits) {
    const keep = before.slice(pos, e.start);
    if (after.slice(at, at + keep.length) !== keep) return false;
    at += keep.length;
    if (after.slice(at, at + e.text.length) !== e.text) return false;
    at += e.text.length;
    pos = e.end;
  }
  return after.slice(at) === before.slice(pos);
}

describe('property: the safe rewrites of every real and synthetic reply pass the validator', () => {
  const all = replies();
  const config = defaultConfig();
  const cases = all
    .map((r) => {
      const doc = { uri: `file:///${r.id}.md`, text: r.text };
      const findings = validateFindings({ doc, config }, doc.text, lint(doc, config));
      const safe = findings.flatMap((x) => {
        const fix = x.fixes.find((y) => y.safe !== false);
        return fix?.rewrite ? [{ fix, locale: x.locale }] : [];
      });
      return { doc, safe };
    })
    .filter((c) => c.safe.length > 0);

  it('there are replies with safe rewrites', () => {
    expect(all.length).toBeGreaterThan(1000);
    expect(cases.length).toBeGreaterThan(20);
  });

  it('any set of non-overlapping safe rewrites: no violation, text outside the edits unchanged', () => {
    const violations: string[] = [];
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.infiniteStream(fc.boolean()), (c, coin) => {
        const chosen = c.safe.filter(() => coin.next().value);
        const picked = chosen.length ? chosen : c.safe;
        // Keep the rewrites that do not overlap (what applyFixes applies), to compare with their edits.
        const applied: typeof picked = [];
        for (const p of picked) {
          if (p.fix.edits.some((e) => applied.some((q) => q.fix.edits.some((g) => e.start < g.end && g.start < e.end || e.start === g.start)))) continue;
          applied.push(p);
        }
        const after = applyFixes(c.doc.text, applied.map((p) => p.fix)).text;
        expect(outsideKept(c.doc.text, after, applied.map((p) => p.fix))).toBe(true);
        const v = textViolations({ before: c.doc.text, after, edits: applied.flatMap((p) => p.fix.edits), locale: applied[0].locale });
        if (v.length) violations.push(`${c.doc.uri}: ${v.join(', ')}`);
        expect(v).toEqual([]);
      }),
      { numRuns: Math.max(200, cases.length * 3), seed: 13 },
    );
    expect(violations).toEqual([]);
  });
});
