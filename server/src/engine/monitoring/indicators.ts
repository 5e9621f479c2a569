// The indicator of a measure, evaluated: an indicator with a criterion and a target is reached when the
// criterion's status in a later Standortbestimmung is at least the target; one in words shows the last value
// an update recorded and is never judged.
import type { Assessment, Criterion } from '../plan/model';
import type { IndicatorReport, MeasureUpdate } from './statusReport';

export interface IndicatorContext {
  criteria: Map<string, Criterion>;
  /** The current assessment when the plan has an earlier one (only then is there something to compare); else null. */
  later: Assessment | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The last value an update recorded (updates in date order, up to the reporting date). */
function lastValue(updates: MeasureUpdate[]): number | string | null {
  for (let i = updates.length - 1; i >= 0; i--) if (updates[i]!.value !== undefined) return updates[i]!.value!;
  return null;
}

export function evaluateIndicator(indicator: unknown, updates: MeasureUpdate[], context: IndicatorContext): IndicatorReport | null {
  if (typeof indicator === 'string') return { text: indicator, criterion: null, criterionText: null, target: null, value: lastValue(updates), reached: null };
  if (!isRecord(indicator) || typeof indicator.text !== 'string') return null;
  const criterion = typeof indicator.criterion === 'string' ? indicator.criterion : null;
  const target = Number.isInteger(indicator.target) && (indicator.target as number) >= 1 && (indicator.target as number) <= 5 ? (indicator.target as number) : null;
  const criterionText = criterion ? context.criteria.get(criterion)?.text ?? null : null;
  if (!context.later || !criterion) return { text: indicator.text, criterion, criterionText, target, value: lastValue(updates), reached: null };
  const status = context.later[criterion]?.status;
  const value = typeof status === 'number' || typeof status === 'string' ? status : null;
  return { text: indicator.text, criterion, criterionText, target, value, reached: typeof value === 'number' && target !== null ? value >= target : null };
}
