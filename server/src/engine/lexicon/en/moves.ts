import type { MovesLexicon } from '../moves-types';

export const movesEn: MovesLexicon = {};
