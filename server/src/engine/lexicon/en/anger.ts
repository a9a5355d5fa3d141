import type { AngerLexicon } from '../anger-types';

export const angerEn: AngerLexicon = {};
