// The numbers and values of a Maßnahmenplan that the CLI, the wizard, the builder and the rules share, read
// from `schemas/plan.schema.json` so that a bound or a default is written down once.
import planSchema from '../../../../schemas/plan.schema.json';

interface Bounds {
  min: number;
  max: number;
  /** What a new plan gets when nobody chose. */
  default: number;
}

const planning = planSchema.properties.planning.properties;
const bounds = (field: { minimum: number; maximum: number; default: number }): Bounds => ({ min: field.minimum, max: field.maximum, default: field.default });

/** How many measures run at the same time. */
export const CAPACITY: Bounds = bounds(planning.capacity);
/** How many instruments a proposal takes (their prerequisites come on top). */
export const LIMIT: Bounds = bounds(planning.limit);

const [scoreRange, unknownScore] = planSchema.$defs.score.anyOf as [{ minimum: number; maximum: number }, { const: 'unbekannt' }];
/** A criterion's status or relevance: 1 … 5, or `unbekannt` while it is not scored. */
export const SCORE = { min: scoreRange.minimum, max: scoreRange.maximum, unknown: unknownScore.const } as const;

export type Score = number | typeof SCORE.unknown;

export function isScore(value: unknown): value is Score {
  return value === SCORE.unknown || (Number.isInteger(value) && (value as number) >= SCORE.min && (value as number) <= SCORE.max);
}

export const MEASURE_STATUSES = planSchema.$defs.measureStatus.enum as readonly MeasureStatus[];
export type MeasureStatus = 'geplant' | 'laufend' | 'abgeschlossen' | 'zurueckgestellt';

const edition = planSchema.properties.edition.properties;
export type PlanStatus = 'entwurf' | 'abgestimmt' | 'beschlossen';
export const PLAN_STATUSES = edition.status.enum as readonly PlanStatus[];
/** The status of a plan that does not name one. */
export const PLAN_STATUS_DEFAULT = edition.status.default as PlanStatus;

/** The German names of a measure's fields, as the schema titles them („reason“ → „Begründung“). */
export const MEASURE_FIELD_TITLES: Record<string, string> = Object.fromEntries(
  Object.entries(planSchema.properties.measures.items.properties).map(([key, field]) => [key, (field as { title?: string }).title ?? key]),
);

/** Where exported plans (HTML, PDF) go by default: a folder the project's .gitignore keeps out of commits. */
export const PLAN_EXPORT_FOLDER = 'export';
