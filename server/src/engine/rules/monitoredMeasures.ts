// What the monitoring rules (WK1010–WK1016) read of a plan: its measures with their titles, and the day the plan
// is judged at — its `reporting.as_of`, else today as the adapter's clock says (the engine never reads one).
import type { ParsedDocument } from '../parse/document';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { documentTitle } from '../parse/document';
import type { MonitoredMeasure } from '../monitoring/measureData';
import { planReportingDay } from '../monitoring/reportingDate';
import type { RuleContext } from './context';

export interface PlanMeasure {
  measure: MonitoredMeasure;
  /** Its place under `measures`. */
  position: number;
  /** „Servicepoint“: the measure's own title, else its instrument's, else the instrument id. */
  title: string;
}

export function monitoredMeasures(document: ParsedDocument, index?: WorkspaceIndex): PlanMeasure[] {
  const measures = document.kind === 'plan' ? document.data?.measures : undefined;
  if (!Array.isArray(measures)) return [];
  const result: PlanMeasure[] = [];
  measures.forEach((measure: unknown, position) => {
    if (typeof measure !== 'object' || measure === null || Array.isArray(measure)) return;
    result.push({ measure: measure as MonitoredMeasure, position, title: measureTitle(measure as MonitoredMeasure, index) });
  });
  return result;
}

export function measureTitle(measure: MonitoredMeasure, index?: WorkspaceIndex): string {
  if (typeof measure.title === 'string' && measure.title.trim()) return measure.title;
  const id = typeof measure.instrument === 'string' ? measure.instrument : '';
  const instrument = id && index ? index.withIdOfKind(id, 'instrument') : undefined;
  return instrument ? documentTitle(instrument) : id || 'ohne Instrument';
}

/** The day the rules judge the plan at, and whether it is the plan's own (`reporting.as_of`) or today. */
export function judgedAt(document: ParsedDocument, context: RuleContext): { day: string; own: boolean } | undefined {
  const own = planReportingDay(document.data);
  if (own) return { day: own, own: true };
  const today = context.today?.();
  return today ? { day: today, own: false } : undefined;
}
