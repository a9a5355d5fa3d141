import type { Macro } from '../../server/src/engine/types';

/** Everything a consumer can read from a macro, as plain data (spans by text and offsets). */
export function macroData(m: Macro) {
  return {
    index: m.index,
    id: m.id,
    title: m.title,
    range: m.range,
    nameRange: m.nameRange,
    sectioned: m.sectioned,
    meta: m.meta,
    sections: m.sections.map((s) => ({ move: s.move, headerRange: s.headerRange, range: s.range, spans: s.spans.map((x) => [x.text, x.range, x.style]) })),
    spans: m.spans.map((x) => ({ text: x.text, range: x.range, style: x.style, offsets: Array.from({ length: x.text.length + 1 }, (_, i) => x.toOffset(i)) })),
  };
}
