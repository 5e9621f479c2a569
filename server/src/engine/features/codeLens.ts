// Code lenses: above an instrument, where it is used; above each measure of a plan, its Ampel, status and the
// day of its last update („● im Plan · laufend · zuletzt 12. März 2027“). A click on a measure's lens runs the
// extension's status command for that measure. The Ampel and the status come from the monitoring, once.
import type { CodeLens, Range } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse/document';
import { valueSpan } from '../parse/document';
import { dateLabel } from '../plan/months';
import { MEASURE_STATUS } from '../vocabulary';
import { ampelOf } from '../monitoring/ampel';
import { AMPEL, ampelWord } from '../monitoring/ampelRules';
import { currentStatus, lastUpdateOf } from '../monitoring/currentStatus';
import { updatesOf, type MonitoredMeasure } from '../monitoring/measureData';
import { isDay, isMonth, lastDayOf } from '../monitoring/reportingDate';
import type { FeatureContext } from './completion';

/** The extension's command „Status einer Maßnahme aktualisieren“ (arguments: plan URI, instrument). */
export const STATUS_COMMAND = 'werkzeugkoffer.plan.status';

export function codeLenses(document: ParsedDocument, context: FeatureContext): CodeLens[] {
  if (document.kind === 'instrument') return instrumentLenses(document, context);
  if (document.kind === 'plan') return measureLenses(document, reportingDay(document, context.today?.() ?? todayIso()));
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

/** One lens per measure with an instrument, on the line of its `- instrument:` entry. */
function measureLenses(document: ParsedDocument, asOf: string): CodeLens[] {
  const measures = document.data?.measures;
  if (!Array.isArray(measures)) return [];
  const lenses: CodeLens[] = [];
  measures.forEach((measure: MonitoredMeasure, i) => {
    if (typeof measure?.instrument !== 'string' || !measure.instrument) return;
    const span = valueSpan(document, ['measures', i, 'instrument']);
    if (!span) return;
    const range = document.lines.lineRange(document.lines.positionAt(span[0]).line);
    const { title, tooltip } = measureLensText(measure, asOf);
    lenses.push({ range, command: { title, tooltip, command: STATUS_COMMAND, arguments: [document.uri, measure.instrument] } });
  });
  return lenses;
}

/** „● im Plan · laufend · zuletzt 12. März 2027“ and, as the tooltip, why the Ampel shows that. */
export function measureLensText(measure: MonitoredMeasure, asOf: string): { title: string; tooltip: string } {
  const updates = updatesOf(measure);
  const status = currentStatus(measure, asOf, updates);
  const { ampel, reason } = ampelOf(measure, asOf, updates);
  const last = lastUpdateOf(updates, asOf);
  const title = `${AMPEL[ampel].symbol} ${ampelWord(ampel, status)} · ${MEASURE_STATUS[status]} · ${last ? `zuletzt ${dateLabel(last.date)}` : 'noch kein Eintrag'}`;
  return { title, tooltip: `Ampel ${AMPEL[ampel].colour} am ${dateLabel(asOf)}: ${reason}. Klicken, um den Status zu aktualisieren.` };
}

/** The plan's own reporting date (`reporting.as_of`, a month meaning its last day), else today. */
function reportingDay(document: ParsedDocument, today: string): string {
  const asOf = (document.data?.reporting as { as_of?: unknown } | undefined)?.as_of;
  if (isDay(asOf)) return asOf;
  if (isMonth(asOf)) return lastDayOf(asOf);
  return today;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
