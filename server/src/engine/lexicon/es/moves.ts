import type { MovesLexicon } from '../moves-types';

export const movesEs: MovesLexicon = {};
