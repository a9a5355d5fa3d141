/** Workspace rules: checks over the whole macro library (run by the WorkspaceIndex, not by lint()). */
import type { WorkspaceRule } from '../../workspace/rule';
import { duplicateId } from './duplicate-id';
import { nearDuplicate } from './near-duplicate';
import { missingTranslation } from './missing-translation';
import { staleTranslation } from './stale-translation';
import { titleCollision } from './title-collision';

export const WORKSPACE_RULES: readonly WorkspaceRule[] = [duplicateId, nearDuplicate, missingTranslation, staleTranslation, titleCollision];
