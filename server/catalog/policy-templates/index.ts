import { contingencyPlan } from './contingency-plan.ts';
import { incidentProcedure } from './incident-procedure.ts';
import { informationSecurityPolicy } from './information-security-policy.ts';
import { itHygieneRules } from './it-hygiene-rules.ts';
import type { PolicyTemplate } from './types.ts';

export type { PolicyTemplate, TemplateText } from './types.ts';

/** The starter documents Skjold ships, in the order the template picker lists them. */
export const policyTemplates: readonly PolicyTemplate[] = [
  informationSecurityPolicy,
  itHygieneRules,
  incidentProcedure,
  contingencyPlan,
];

const byKey = new Map(policyTemplates.map((template) => [template.key, template]));

export const policyTemplateKeys = policyTemplates.map((t) => t.key) as [string, ...string[]];

export const policyTemplateByKey = (key: string): PolicyTemplate | undefined => byKey.get(key);
