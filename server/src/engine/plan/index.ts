// The plan builder and the plan view: from a self-assessment to a scheduled, rendered Maßnahmenplan.
export { buildPlan, propose, QUICK_WIN_MAX_WEEKS } from './builder';
export type { PlanInput, Proposal, ProposedMeasure } from './builder';
export { planDocumentText, newPlanBody, templatePrompts, TEMPLATE_PROMPTS, withoutTemplatePrompts } from './document';
export { readAssessmentFile } from './assessmentFile';
export type { AssessmentFile, AssessmentProblem } from './assessmentFile';
export { updatePlan, PlanUpdateError } from './update';
export { checkAssessed, checkAssessment, checkId, checkKind, checkMeasureUpdate, checkPlanInput, checkTitle, PlanInputError } from './input';
export type { PlanUpdate, PlanChange } from './update';
export { renderPlanView, renderPlanPage, PLAN_CSS } from './view/planView';
export type { PlanView, PlanViewOptions } from './view/planView';
export { criteriaOf, draftEdition, instrumentsOf } from './model';
export type { Assessment, Agency, Edition, Measure, PlanData, Criterion, InstrumentInfo } from './model';
export { NEED_FORMULA, computeNeeds, needOf, quadrantOf } from './needs';
export { addMeasure, instrumentsByNeed } from './edit';
export type { RankedChoice } from './edit';
export { dateLabel, decimalLabel, monthLabel } from './months';
export { quoted } from '../vocabulary/quoted';
