// The toolbox's vocabulary: kinds, ids, order, the plan's bounds and the words for enumerated values. Plain
// data and small pure functions with no dependency but the schemas, so every adapter — the VS Code extension
// included — shares them instead of keeping copies.
export { declaresKind, isDocumentKind, kindLabel, KINDS } from './kinds';
export type { DocumentKind, KindInfo, ReferenceKind } from './kinds';
export { BUNDESLAENDER, ID_MAX_LENGTH, ID_PATTERN, isValidId, planId, slugify } from './ids';
export { orderOf, UNORDERED } from './order';
export { CAPACITY, isScore, LIMIT, MEASURE_STATUSES, SCORE } from './plan';
export type { MeasureStatus, Score } from './plan';
export { AUTHORITY, CRITERION_ORIGIN, EFFORT, LEGAL_BASIS, MEASURE_STATUS, PHASE, SITE_ROLE } from './labels';
export { TOOLBOX_FOLDER, toolboxRootOf } from './toolboxRoot';
export { escapeHtml } from '../util/escapeHtml';
