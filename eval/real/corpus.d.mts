export const REAL_DIR: string;
export const SPLITS: string[];
export const MOVES: string[];
export const CATEGORIES: string[];
export const LABELS: string[];
export function loadSplit(split: string, options?: { evaluation?: boolean }): Record<string, unknown>[];
export function trainable(licence: unknown): boolean;
export function sourceSentences(engine: unknown, text: string): { norm: string; sentences: { start: number; end: number }[]; ranges: { start: number; end: number }[] };
export function sentenceIndexOf(ranges: { start: number; end: number }[], s: number, e: number): number;
