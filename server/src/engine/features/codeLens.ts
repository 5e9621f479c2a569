// Code lenses: above an instrument, where it is used; above each measure of a plan, its Ampel, status and the
// day of its last update („● im Plan · laufend · zuletzt 12. März 2027“). A click on a measure's lens runs the
// extension's status command for that measure. The Ampel and the status come from the monitoring, once.
import type { CodeLens, Range } from 'vscode-languageserver-types';
import { documentTitle, valueSpan, type ParsedDocument } from '../parse/document';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { MeasureStatus } from '../vocabulary';
import type { Ampel } from '../monitoring/statusReport';
import { dateLabel } from '../plan/months';
import { MEASURE_STATUS } from '../vocabulary';
import { ampelOf } from '../monitoring/ampel';
import { AMPEL, ampelWord } from '../monitoring/ampelRules';
import { currentStatus, lastUpdateOf } from '../monitoring/currentStatus';
import { updatesOf, type MonitoredMeasure } from '../monitoring/measureData';
import { planReportingDay } from '../monitoring/reportingDate';
import type { FeatureContext } from './completion';

/** The extension's command „Status einer Maßnahme aktualisieren“ (arguments: plan URI, instrument). */
export const STATUS_COMMAND = 'werkzeugkoffer.plan.status';

export function codeLenses(document: ParsedDocument, context: FeatureContext): CodeLens[] {
  if (document.kind === 'instrument') return instrumentLenses(document, context);
  if (document.kind === 'plan') {
    const asOf = planReportingDay(document.data, context.today?.());
    return asOf ? measureLenses(document, context.index, asOf) : [];
  }
  return [];
}

function instrumentLenses(document: ParsedDocument, { index }: FeatureContext): CodeLens[] {
  if (!document.id) return [];
  const referrers = index.referrersOf(document.id);
  const cases = referrers.filter((d) => d.kind === 'case').length;
  const plans = referrers.filter((d) => d.kind === 'plan').length;
  const range: Range = document.lines.lineRange(0);
  const title = `in ${cases} ${cases === 1 ? 'Praxisbeispiel' : 'Praxisbeispielen'}, ${plans} ${plans === 1 ? 'Plan' : 'Plänen'} verwendet`;
  return [{ range, command: { title, command: 'werkzeugkoffer.showReferences', arguments: [document.uri, range.start] } }];
}

/** What the editor shows of one measure: in its lens, in the status command's quick pick, in the explorer. */
export interface MeasureSummary {
  instrument: string;
  /** The measure's own title, else the instrument's, else its id. */
  title: string;
  status: MeasureStatus;
  ampel: Ampel;
  /** „● im Plan · laufend · zuletzt 12. März 2027“ */
  lens: string;
  /** Why the Ampel shows that, with the reporting date. */
  reason: string;
  /** Offset of the measure's `instrument` value. */
  offset: number;
}

/** Every measure with an instrument, as of the plan's reporting date (`reporting.as_of`, else `today`). */
export function measureSummaries(document: ParsedDocument, index: WorkspaceIndex, today: string): MeasureSummary[] {
  const measures = document.data?.measures;
  if (document.kind !== 'plan' || !Array.isArray(measures)) return [];
  const asOf = planReportingDay(document.data, today)!;
  const summaries: MeasureSummary[] = [];
  measures.forEach((measure: MonitoredMeasure, i) => {
    if (typeof measure?.instrument !== 'string' || !measure.instrument) return;
    const span = valueSpan(document, ['measures', i, 'instrument']);
    if (!span) return;
    const updates = updatesOf(measure);
    const status = currentStatus(measure, asOf, updates);
    const { ampel, reason } = ampelOf(measure, asOf, updates);
    const last = lastUpdateOf(updates, asOf);
    const lens = `${AMPEL[ampel].symbol} ${ampelWord(ampel, status)} · ${MEASURE_STATUS[status]} · ${last ? `zuletzt ${dateLabel(last.date)}` : 'noch kein Eintrag'}`;
    const title = typeof measure.title === 'string' && measure.title ? measure.title : instrumentTitle(index, measure.instrument) || measure.instrument;
    summaries.push({ instrument: measure.instrument, title, status, ampel, lens, reason: `Ampel ${AMPEL[ampel].colour} am ${dateLabel(asOf)}: ${reason}.`, offset: span[0] });
  });
  return summaries;
}

/** One lens per measure, on the line of its `- instrument:` entry. */
function measureLenses(document: ParsedDocument, index: WorkspaceIndex, today: string): CodeLens[] {
  return measureSummaries(document, index, today).map((m) => ({
    range: document.lines.lineRange(document.lines.positionAt(m.offset).line),
    command: { title: m.lens, tooltip: `${m.reason} Klicken, um den Status zu aktualisieren.`, command: STATUS_COMMAND, arguments: [document.uri, m.instrument] },
  }));
}

/** The plan's own reporting date (`reporting.as_of`, a month meaning its last day), else today. */
function instrumentTitle(index: WorkspaceIndex, id: string): string {
  const document = index.byId(id);
  return document?.kind === 'instrument' ? documentTitle(document) : '';
}
