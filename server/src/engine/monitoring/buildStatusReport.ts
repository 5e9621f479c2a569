// The Statusbericht of a plan as data (the contract in statusReport.ts). Pure: the caller passes today; the
// reporting date is options.asOf, else the plan's `reporting.as_of`, else today.
import type { ParsedDocument } from '../parse/document';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { criteriaOf, instrumentsOf, type Assessment, type Criterion, type InstrumentInfo } from '../plan/model';
import { computeNeeds } from '../plan/needs';
import { rankInstruments } from '../plan/ranking';
import { ampelOf } from './ampel';
import { changesOf } from './changes';
import { actualEnd, actualStart, currentStatus, lastUpdateOf } from './currentStatus';
import { evaluateIndicator, laterAssessment, type IndicatorContext as Evaluation } from './indicators';

type IndicatorContext = Evaluation & { eckpunktTitles: Map<string, string> };
import { isMeasureStatus, milestonesOf, stringOf, updatesOf, type MonitoredMeasure } from './measureData';
import { compareProfiles, earlierAssessmentsOf, unaddressedCriteria } from './profileComparison';
import { recommendationsOf } from './recommendations';
import { isMonth, isPeriod, parseReportingDate, ReportingDateError } from './reportingDate';
import { dateLabel } from '../plan/months';
import type { MeasureReport, StatusReport } from './statusReport';

export interface StatusReportOptions {
  asOf?: string;
  since?: string;
  /** JJJJ-MM-TT: the engine never reads the clock. */
  today: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The reporting date and the day after which changes count. Throws ReportingDateError on a bad option. */
export function reportingDates(data: Record<string, unknown>, options: StatusReportOptions): { asOf: string; since: string | null } {
  const reporting = isRecord(data.reporting) ? data.reporting : {};
  // The plan's own field is checked by the schema rule; a bad value there falls back instead of breaking a live view.
  const planValue = (value: unknown) => (isPeriod(value) ? parseReportingDate(value) : undefined);
  const asOf = options.asOf !== undefined ? parseReportingDate(options.asOf, 'Der Stichtag') : planValue(reporting.as_of) ?? parseReportingDate(options.today, 'Das heutige Datum');
  const since = options.since !== undefined ? parseReportingDate(options.since, 'Der Vergleichsstichtag') : planValue(reporting.since) ?? null;
  if (since === null || since <= asOf) return { asOf, since };
  // The plan's own `since` belongs to its own report: for an earlier reporting date there is nothing to compare with.
  if (options.since === undefined) return { asOf, since: null };
  const asOfSource = options.asOf !== undefined ? '--as-of' : planValue(reporting.as_of) ? '„reporting.as_of“ im Plan' : 'heute';
  throw new ReportingDateError(`Der Vergleichsstichtag ${dateLabel(since)} (--since) liegt nach dem Stichtag ${dateLabel(asOf)} (${asOfSource}). Wählen Sie einen Vergleichsstichtag vor dem Stichtag.`);
}

export function buildStatusReport(plan: ParsedDocument, index: WorkspaceIndex, options: StatusReportOptions): StatusReport {
  const data = plan.data ?? {};
  const { asOf, since } = reportingDates(data, options);
  const criteria = criteriaOf(index);
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const instruments = instrumentsOf(index);
  const current: Assessment = isRecord(data.assessment) ? (data.assessment as Assessment) : {};
  const earlier = earlierAssessmentsOf(data);
  const raw = (Array.isArray(data.measures) ? data.measures : []).filter(isRecord) as MonitoredMeasure[];
  const assessed = stringOf(data.assessed);
  const later = laterAssessment([...earlier, { assessed, assessment: current }], planStartOf(data, raw));
  const context: IndicatorContext = { criteria: byId, later, eckpunktTitles: new Map(criteria.map((c) => [c.eckpunkt, c.eckpunktTitle])) };
  const measures = raw.map((m) => measureReport(m, asOf, instruments, context));
  const planned = measures.map((m) => instruments.get(m.instrument)).filter((i): i is InstrumentInfo => !!i);
  const unaddressed = unaddressedCriteria(current, criteria, planned);
  const profile = earlier.length ? compareProfiles(earlier[earlier.length - 1]!, { assessed, assessment: current }, criteria, unaddressed) : null;
  const agency = isRecord(data.agency) ? data.agency : {};
  return {
    asOf,
    since,
    plan: { id: stringOf(data.id), title: stringOf(data.title), agency: stringOf(agency.name), bundesland: stringOf(agency.bundesland) },
    counts: { gruen: count(measures, 'gruen'), gelb: count(measures, 'gelb'), rot: count(measures, 'rot') },
    measures,
    assessments: [...earlier.map((e) => ({ assessed: e.assessed, current: false })), { assessed, current: true }],
    changes: raw.flatMap((m, i) => changesOf(measures[i]!.instrument, isMeasureStatus(m.status) ? m.status : 'geplant', updatesOf(m), since, asOf))
      .sort((a, b) => a.date.localeCompare(b.date)),
    recommendations: recommendationsOf({ measures, profile, unaddressed, ranked: rankInstruments(instruments.values(), computeNeeds(current, criteria).scored), criterionText: (id) => textOf(byId, id) }),
    profile,
  };
}

/** JJJJ-MM: the plan's start (`planning.start`), else its measures' earliest start; undefined when neither is a month. */
function planStartOf(data: Record<string, unknown>, measures: MonitoredMeasure[]): string | undefined {
  const planning = isRecord(data.planning) ? data.planning : {};
  if (isMonth(planning.start)) return planning.start;
  return measures.map((m) => m.start).filter(isMonth).sort()[0];
}

const count = (measures: MeasureReport[], ampel: MeasureReport['ampel']) => measures.filter((m) => m.ampel === ampel).length;
const textOf = (criteria: Map<string, Criterion>, id: string) => criteria.get(id)?.text ?? id;

function measureReport(measure: MonitoredMeasure, asOf: string, instruments: Map<string, InstrumentInfo>, context: IndicatorContext): MeasureReport {
  const updates = updatesOf(measure);
  const known = updates.filter((u) => u.date <= asOf);
  const id = stringOf(measure.instrument);
  const info = instruments.get(id);
  const { ampel, reason } = ampelOf(measure, asOf, updates);
  const milestones = milestonesOf(measure, known).map((m) => ({ ...m, reached: m.reached && m.reached.slice(0, 7) <= asOf.slice(0, 7) ? m.reached : null }));
  const next = milestones.find((m) => !m.reached);
  return {
    instrument: id,
    title: stringOf(measure.title) || info?.title || id,
    eckpunkt: info?.eckpunkt ?? '',
    eckpunktTitle: context.eckpunktTitles.get(info?.eckpunkt ?? '') ?? '',
    status: currentStatus(measure, asOf, updates),
    ampel,
    ampelReason: reason,
    plannedStart: stringOf(measure.start),
    plannedDue: stringOf(measure.due),
    actualStart: actualStart(known),
    actualEnd: actualEnd(known),
    lastUpdate: lastUpdateOf(known, asOf),
    nextMilestone: next ? { text: next.text, due: next.due } : null,
    milestones,
    owner: stringOf(measure.owner),
    indicator: evaluateIndicator(measure.indicator, known, context),
  };
}
