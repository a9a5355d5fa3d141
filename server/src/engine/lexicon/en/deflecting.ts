import type { DeflectingLexicon } from '../deflecting-types';

export const deflectingEn: DeflectingLexicon = {};
