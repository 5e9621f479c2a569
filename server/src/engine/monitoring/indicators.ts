// The indicator of a measure, evaluated: an indicator with a criterion and a target is reached when the
// criterion's status in a Standortbestimmung after the plan's start is at least the target; one in words shows
// the last value an update recorded and is never judged.
import { indicatorCriterion, indicatorTarget, indicatorText, type Assessment, type Criterion } from '../plan/model';
import type { IndicatorReport, MeasureUpdate } from './statusReport';

export interface LaterAssessment {
  assessed: string;
  assessment: Assessment;
}

export interface IndicatorContext {
  criteria: Map<string, Criterion>;
  /** The latest Standortbestimmung after the plan's start, against which targets are evaluated; null while there is none. */
  later: LaterAssessment | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The last value an update recorded (updates in date order, up to the reporting date). */
function lastValue(updates: MeasureUpdate[]): number | string | null {
  for (let i = updates.length - 1; i >= 0; i--) if (updates[i]!.value !== undefined) return updates[i]!.value!;
  return null;
}

/**
 * The Standortbestimmung the indicators are evaluated against: the latest of the plan's assessments (the earlier
 * ones and the current one, oldest first) dated in a month after the plan's start. One made before the plan
 * began, or in its first month, is the plan's baseline and shows nothing of its effect. Without a known start,
 * the current assessment counts once the plan has an earlier one.
 */
export function laterAssessment(assessments: LaterAssessment[], planStart: string | undefined): LaterAssessment | null {
  if (!planStart) return assessments.length > 1 ? assessments[assessments.length - 1]! : null;
  const start = planStart.slice(0, 7);
  for (let i = assessments.length - 1; i >= 0; i--) if (assessments[i]!.assessed.slice(0, 7) > start) return assessments[i]!;
  return null;
}

export function evaluateIndicator(indicator: unknown, updates: MeasureUpdate[], context: IndicatorContext): IndicatorReport | null {
  const text = indicatorText(indicator);
  if (typeof indicator === 'string') return { text: indicator, criterion: null, criterionText: null, target: null, value: lastValue(updates), assessed: null, reached: null };
  if (!isRecord(indicator) || text === undefined) return null;
  const criterion = indicatorCriterion(indicator) ?? null;
  const target = indicatorTarget(indicator) ?? null;
  const criterionText = criterion ? context.criteria.get(criterion)?.text ?? null : null;
  const later = context.later;
  if (!later || !criterion) return { text, criterion, criterionText, target, value: lastValue(updates), assessed: null, reached: null };
  // A criterion the later Standortbestimmung left open (or left out) is „unbekannt“ there: nothing to judge.
  const status = isRecord(later.assessment[criterion]) ? later.assessment[criterion]!.status : undefined;
  const value = typeof status === 'number' ? status : 'unbekannt';
  return { text, criterion, criterionText, target, value, assessed: later.assessed, reached: typeof value === 'number' && target !== null ? value >= target : null };
}
