// All rule families, in the order their findings are reported.
import { criteriaAddressedRule, measureDatesRule, planConsistencyRule } from './domainRule';
import { frontmatterRule } from './frontmatterRule';
import { idFileNameRule, idUniqueRule } from './idRule';
import { kindRule } from './kindRule';
import { linksRule } from './linksRule';
import { personalDataRule } from './personalDataRule';
import { referencesRule } from './referencesRule';
import { schemaRule } from './schemaRule';
import { sectionsRule } from './sectionsRule';
import { yamlRule } from './yamlRule';
import type { Rule } from './context';

export const rules: Rule[] = [
  frontmatterRule,
  yamlRule,
  kindRule,
  schemaRule,
  idFileNameRule,
  idUniqueRule,
  referencesRule,
  sectionsRule,
  linksRule,
  personalDataRule,
  criteriaAddressedRule,
  measureDatesRule,
  planConsistencyRule,
];

export const documentRules = rules.filter((r) => r.scope === 'document');
export const workspaceRules = rules.filter((r) => r.scope === 'workspace');
export { Codes } from './codes';
export type { Rule, RuleContext } from './context';
