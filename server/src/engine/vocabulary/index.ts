// The toolbox's vocabulary: kinds, ids, order, the plan's bounds and the words for enumerated values. Plain
// data and small pure functions with no dependency but the schemas, so every adapter — the VS Code extension
// included — shares them instead of keeping copies.
export { declaresKind, isDocumentKind, kindLabel, KINDS, PLAN_CONTEXT_KINDS } from './kinds';
export type { DocumentKind, KindInfo, ReferenceKind } from './kinds';
export { BUNDESLAENDER, ID_MAX_LENGTH, ID_PATTERN, isValidId, planId, slugify, TITLE_LENGTH } from './ids';
export { orderOf, UNORDERED } from './order';
export { CAPACITY, isScore, LIMIT, MEASURE_FIELD_TITLES, MEASURE_STATUSES, PLAN_EXPORT_FOLDER, PLAN_STATUS_DEFAULT, PLAN_STATUSES, SCORE } from './plan';
export type { MeasureStatus, PlanStatus, Score } from './plan';
export { AUTHORITY, CRITERION_ORIGIN, EFFORT, inLand, INTAKE_MARKER, LEGAL_BASIS, MEASURE_STATUS, OFFER_FORMAT, PERSONAL_DATUM, PHASE, PLAN_STATUS, QUICK_WIN, SITE_ROLE } from './labels';
export { INSTRUMENT_PLACEHOLDER, isQuestionUrl, QUESTION_URL_PATTERN, QUESTION_URL_SETTING_PATTERN, questionUrlMessage, questionUrlProblem, SUBJECT_PLACEHOLDER, type QuestionUrlProblem } from './questionUrl';
export { TOOLBOX_FOLDER, toolboxRootOf } from './toolboxRoot';
export { escapeHtml } from '../util/escapeHtml';
export { quoted } from './quoted';
export { dateLabel, daysIn, isDay, MONTH_NAMES } from './dates';
export { CHART_GREYS, chartThemeCss } from './chartPalette';
export type { PersonalDatumKind } from './labels';
