// What every part of the Statusbericht reads: the report, the toolbox (for the Eckpunkte's titles) and small
// helpers that turn the report's values into the German a reader sees.
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { escapeHtml } from '../../util/escapeHtml';
import { MEASURE_STATUS, type MeasureStatus } from '../../vocabulary';
import { criteriaOf } from '../../plan/model';
import { dateLabel, decimalLabel, monthLabel } from '../../plan/months';
import { AMPEL, ampelWord } from '../ampelRules';
import type { Ampel, IndicatorReport, MeasureReport, StatusReport } from '../statusReport';

export interface StatusViewOptions {
  /** The editor's webview: measures carry `data-instrument` (open on click). */
  interactive?: boolean;
}

export interface StatusViewModel {
  report: StatusReport;
  options: StatusViewOptions;
  /** „Statusbericht: <plan title>“. */
  title: string;
  /** An Eckpunkt's title, or undefined for one the toolbox does not know (never its id). */
  eckpunktTitle(id: string): string | undefined;
  /** The measure's title for an instrument of the report (changes name only the instrument). */
  measureTitle(instrument: string): string;
}

export function statusViewModel(report: StatusReport, index: WorkspaceIndex, options: StatusViewOptions): StatusViewModel {
  const eckpunkte = new Map(criteriaOf(index).map((c) => [c.eckpunkt, c.eckpunktTitle]));
  for (const e of report.profile?.eckpunkte ?? []) eckpunkte.set(e.eckpunkt, e.title);
  const titles = new Map(report.measures.map((m) => [m.instrument, m.title]));
  return {
    report,
    options,
    title: `Statusbericht: ${report.plan.title}`,
    eckpunktTitle: (id) => eckpunkte.get(id),
    measureTitle: (instrument) => titles.get(instrument) ?? 'eine Maßnahme, die der Plan nicht mehr enthält',
  };
}

/** The Ampel as a word and a symbol as well as a colour; the symbol has its text alternative (the colour). */
export function ampelBadge(ampel: Ampel, status: MeasureStatus): string {
  const label = AMPEL[ampel];
  return `<span class="ampel ampel-${ampel}"><span class="ampel-symbol" role="img" aria-label="Ampel ${label.colour}">${label.symbol}</span> ${escapeHtml(ampelWord(ampel, status))}</span>`;
}

/** A measure's status in German. */
export function statusLabel(status: string): string {
  return MEASURE_STATUS[status] ?? status;
}

/** „Jan. 2027“, or „–“ for a month that is not one. */
export function monthText(value: string | null | undefined): string {
  return value && /^\d{4}-(0[1-9]|1[0-2])/.test(value) ? monthLabel(value) : '–';
}

/** „20. April 2027“, or „–“ when there is no date. */
export function dateText(value: string | null | undefined): string {
  return value ? dateLabel(value) : '–';
}

/** Planned start to planned end: „Jan. 2027 bis Apr. 2027“. */
export function plannedPeriod(m: MeasureReport): string {
  return `${monthText(m.plannedStart)} bis ${monthText(m.plannedDue)}`;
}

/** What really happened: „seit 2. März 2027“, „11. Januar 2027 bis 20. April 2027“ or „noch nicht begonnen“. */
export function actualPeriod(m: MeasureReport): string {
  if (!m.actualStart) return 'noch nicht begonnen';
  return m.actualEnd ? `${dateLabel(m.actualStart)} bis ${dateLabel(m.actualEnd)}` : `seit ${dateLabel(m.actualStart)}`;
}

/**
 * An indicator's evaluation: „Ziel 3, erreicht 4“, „Ziel 4, Stand 2: noch nicht erreicht“, „Ziel 3; in der
 * Standortbestimmung vom … nicht bewertet“, „Ziel 3; bewertet mit der nächsten Standortbestimmung“, „zuletzt erfasst: 25“.
 */
export function indicatorResult(indicator: IndicatorReport): string {
  const value = indicator.value === null ? null : typeof indicator.value === 'number' ? decimalLabel(indicator.value) : indicator.value;
  const scored = indicator.assessed !== null && typeof indicator.value === 'number';
  if (indicator.target !== null) {
    if (indicator.reached === true) return `Ziel ${indicator.target}, erreicht ${value ?? indicator.target}`;
    if (indicator.reached === false) return `Ziel ${indicator.target}, Stand ${value ?? 'unbekannt'}: noch nicht erreicht`;
    if (indicator.assessed !== null) return `Ziel ${indicator.target}; in der Standortbestimmung vom ${dateLabel(indicator.assessed)} nicht bewertet`;
    return `Ziel ${indicator.target}; bewertet mit der nächsten Standortbestimmung`;
  }
  // A criterion without a valid target (WK1016 reports it): its status, not a recorded value.
  if (indicator.assessed !== null) return scored ? `Stand ${value} in der Standortbestimmung vom ${dateLabel(indicator.assessed)}` : `in der Standortbestimmung vom ${dateLabel(indicator.assessed)} nicht bewertet`;
  if (indicator.reached !== null) return indicator.reached ? 'erreicht' : 'noch nicht erreicht';
  return value === null ? '' : `zuletzt erfasst: ${value}`;
}
