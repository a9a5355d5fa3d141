import type { AngerLexicon } from '../anger-types';

export const angerEs: AngerLexicon = {};
