// Every rule, in the order its findings are reported. One file per rule, named after what it checks; the
// codes are in codes.ts.
import { bodyBudgetRule } from './bodyBudgetRule';
import { criteriaAddressedRule } from './criteriaAddressedRule';
import { editionDateRule } from './editionDateRule';
import { frontmatterRule } from './frontmatterRule';
import { idFileNameRule, idUniqueRule } from './idRule';
import { identifiableAskerRule } from './identifiableAskerRule';
import { intakeMarkerRule } from './intakeMarkerRule';
import { kindRule } from './kindRule';
import { linksRule } from './linksRule';
import { listIndentRule } from './listIndentRule';
import { personalDataRule } from './personalDataRule';
import { indicatorTargetRule } from './indicatorTargetRule';
import { measureCompletionRule } from './measureCompletionRule';
import { measureDatesRule } from './measureDatesRule';
import { measureOverdueRule } from './measureOverdueRule';
import { measureUpdatesRule } from './measureUpdatesRule';
import { milestoneReachedRule } from './milestoneReachedRule';
import { planConsistencyRule } from './planConsistencyRule';
import { referenceTargetRule } from './referenceTargetRule';
import { relatedMutualRule } from './relatedMutualRule';
import { requiresCycleRule } from './requiresCycleRule';
import { schemaRule } from './schemaRule';
import { sectionsRule } from './sectionsRule';
import { templatePromptRule } from './templatePromptRule';
import { yamlRule } from './yamlRule';
import type { Rule } from './context';

export const rules: Rule[] = [
  frontmatterRule,
  bodyBudgetRule,
  yamlRule,
  listIndentRule,
  kindRule,
  schemaRule,
  idFileNameRule,
  idUniqueRule,
  referenceTargetRule,
  requiresCycleRule,
  relatedMutualRule,
  sectionsRule,
  linksRule,
  personalDataRule,
  intakeMarkerRule,
  identifiableAskerRule,
  criteriaAddressedRule,
  measureDatesRule,
  planConsistencyRule,
  measureOverdueRule,
  measureUpdatesRule,
  measureCompletionRule,
  milestoneReachedRule,
  indicatorTargetRule,
  templatePromptRule,
  editionDateRule,
];

export const documentRules = rules.filter((r) => r.scope === 'document');
export const workspaceRules = rules.filter((r) => r.scope === 'workspace');
export { Codes } from './codes';
export type { Rule, RuleContext } from './context';
