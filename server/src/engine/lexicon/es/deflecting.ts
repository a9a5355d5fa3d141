import type { DeflectingLexicon } from '../deflecting-types';

export const deflectingEs: DeflectingLexicon = {};
