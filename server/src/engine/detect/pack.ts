/**
 * Language packs of the detector, compiled from `locales/<locale>/detect.yaml` at build time
 * (`npm run packs` writes `locales/<locale>/pack.json`; a test fails when it drifts), and the matcher
 * that finds their slots and cues in a sentence's tokens.
 */
import type { Locale } from '../types';
import type { Token } from './tokens';
import { perLocale } from '../locale-data';

/** One element of a compiled cue. */
export type CueElement =
  | { slot: string; optional?: boolean }
  | { alts: string[][]; exact?: boolean; optional?: boolean }
  | { skip: number };

/** A compiled language pack: slot phrases as stem sequences, cues as element sequences. */
export interface CompiledPack {
  locale: string;
  slots: Record<string, string[][]>;
  cues: { id: string; seq: CueElement[] }[];
}

interface SlotIndex {
  /** First stem -> [slot, phrase stems] candidates, longest first. */
  byFirst: Map<string, { slot: string; stems: string[] }[]>;
  /** Per cue: the slots and first words of its required elements (a sentence lacking one cannot match). */
  needs: { slots: string[]; words: string[][] }[];
}

/** The packs, read at the first use of a locale (as the lexicons are: see lexicon/index.ts). */
const DATA = perLocale<CompiledPack>({
  en: () => require('../locales/en/pack.json'),
  es: () => require('../locales/es/pack.json'),
});
const indexes = new Map<Locale, SlotIndex>();

/** The compiled pack of a locale. */
export function packFor(locale: Locale): CompiledPack {
  return DATA.get(locale);
}

/** The locales whose pack has been read so far (tests check that a lint reads only its document's). */
export function packsLoaded(): Locale[] {
  return DATA.loaded();
}

function indexFor(locale: Locale): SlotIndex {
  let ix = indexes.get(locale);
  if (ix) return ix;
  const byFirst = new Map<string, { slot: string; stems: string[] }[]>();
  for (const [slot, phrases] of Object.entries(packFor(locale).slots)) {
    for (const stems of phrases) {
      if (!stems.length) continue;
      const list = byFirst.get(stems[0]) ?? [];
      list.push({ slot, stems });
      byFirst.set(stems[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const needs = packFor(locale).cues.map((c) => {
    const req = c.seq.filter((e) => !('skip' in e) && !e.optional);
    return {
      slots: req.flatMap((e) => ('slot' in e ? [e.slot] : [])),
      words: req.flatMap((e) => ('alts' in e && !e.exact ? [e.alts.map((a) => a[0])] : [])),
    };
  });
  ix = { byFirst, needs };
  indexes.set(locale, ix);
  return ix;
}

/** A slot found at token `at`, `len` tokens long. */
export interface SlotHit {
  slot: string;
  at: number;
  len: number;
}

/** Slots of the pack found in `tokens` (every phrase at every position; phrases may overlap). */
export function findSlots(tokens: readonly Token[], locale: Locale): SlotHit[] {
  const { byFirst } = indexFor(locale);
  const out: SlotHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cands = byFirst.get(tokens[i].stem);
    if (!cands) continue;
    for (const c of cands) {
      if (i + c.stems.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < c.stems.length; k++) {
        if (tokens[i + k].stem !== c.stems[k]) {
          ok = false;
          break;
        }
      }
      if (ok) out.push({ slot: c.slot, at: i, len: c.stems.length });
    }
  }
  return out;
}

/** Ids of the cues matched anywhere in `tokens`, given the slot hits. */
export function findCues(tokens: readonly Token[], hits: readonly SlotHit[], locale: Locale): { id: string; at: number; end: number }[] {
  // A map only where a slot starts (most tokens start none).
  const slotsAt: (Map<string, number[]> | undefined)[] = new Array(tokens.length);
  for (const h of hits) {
    let m = slotsAt[h.at];
    if (!m) slotsAt[h.at] = m = new Map();
    const l = m.get(h.slot) ?? [];
    l.push(h.len);
    m.set(h.slot, l);
  }
  const out: { id: string; at: number; end: number }[] = [];
  const present = new Set(hits.map((h) => h.slot));
  const stems = new Set(tokens.map((t) => t.stem));
  const { needs } = indexFor(locale);
  const cues = packFor(locale).cues;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c];
    // Most cues need a slot or a word the sentence does not have: skip them without matching.
    if (!hasAll(needs[c], present, stems)) continue;
    for (let i = 0; i < tokens.length; i++) {
      const end = matchSeq(cue.seq, 0, i, tokens, slotsAt);
      if (end >= 0) {
        out.push({ id: cue.id, at: i, end });
        break;
      }
    }
  }
  return out;
}

/** True when the sentence has every slot a cue needs and one of the first words of each word element it needs. */
function hasAll(need: { slots: string[]; words: string[][] }, present: ReadonlySet<string>, stems: ReadonlySet<string>): boolean {
  for (let k = 0; k < need.slots.length; k++) if (!present.has(need.slots[k])) return false;
  for (let k = 0; k < need.words.length; k++) {
    const alts = need.words[k];
    let any = false;
    for (let j = 0; j < alts.length && !any; j++) any = stems.has(alts[j]);
    if (!any) return false;
  }
  return true;
}

/** End token index of a match of seq[k..] at token i, or -1. */
function matchSeq(seq: readonly CueElement[], k: number, i: number, tokens: readonly Token[], slotsAt: readonly (Map<string, number[]> | undefined)[]): number {
  if (k === seq.length) return i;
  const el = seq[k];
  if ('skip' in el) {
    for (let n = 0; n <= el.skip && i + n <= tokens.length; n++) {
      const r = matchSeq(seq, k + 1, i + n, tokens, slotsAt);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (el.optional) {
    const r = matchSeq(seq, k + 1, i, tokens, slotsAt);
    if (r >= 0) return r;
  }
  if (i >= tokens.length) return -1;
  if ('slot' in el) {
    for (const len of slotsAt[i]?.get(el.slot) ?? []) {
      const r = matchSeq(seq, k + 1, i + len, tokens, slotsAt);
      if (r >= 0) return r;
    }
    return -1;
  }
  for (const alt of el.alts) {
    if (i + alt.length > tokens.length) continue;
    let ok = true;
    for (let n = 0; n < alt.length; n++) {
      const t = tokens[i + n];
      if ((el.exact ? t.word : t.stem) !== alt[n]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      const r = matchSeq(seq, k + 1, i + alt.length, tokens, slotsAt);
      if (r >= 0) return r;
    }
  }
  return -1;
}
