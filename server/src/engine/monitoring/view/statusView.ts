// The Statusbericht of a Maßnahmenplan as HTML: one rendering for the editor's webview and the export, in the
// plan view's manner (a section per file under sections/, a chart per file under charts/, Vega-Lite compiled to
// static, accessible SVG by the plan view's chartToSvg, every text escaped, the plan view's style sheet).
import { printablePage } from '../../render/printablePage';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { chartToSvg } from '../../plan/view/charts/chartToSvg';
import { hyphenateTables } from '../../plan/view/hyphenate';
import { framedTables } from '../../plan/view/viewModel';
import { PLAN_CSS } from '../../plan/view/planView';
import type { StatusReport } from '../statusReport';
import { profileComparisonChart } from './charts/profileComparisonChart';
import { timelineChart } from './charts/timelineChart';
import STATUS_CSS from './status.css?raw';
import { ampelLegendSection } from './sections/ampelLegendSection';
import { changesSection } from './sections/changesSection';
import { headerSection } from './sections/headerSection';
import { measuresSection } from './sections/measuresSection';
import { profileSection } from './sections/profileSection';
import { recommendationsSection } from './sections/recommendationsSection';
import { timelineSection } from './sections/timelineSection';
import { statusViewModel, type StatusViewOptions } from './viewModel';

export type { StatusViewOptions };
/** The report's own rules (Ampel, counts, legend), for a frame that brings its own base styles (the editor's webview). */
export { STATUS_CSS };

/** The plan view's style sheet and the report's own rules (the Ampel, its legend), for the webview and the page. */
export const STATUS_REPORT_CSS = `${PLAN_CSS}\n${STATUS_CSS}`;

export interface StatusView {
  title: string;
  html: string;
}

/** Renders the Statusbericht `report` (from buildStatusReport) against the toolbox in `index`. */
export async function renderStatusReport(report: StatusReport, index: WorkspaceIndex, options: StatusViewOptions = {}): Promise<StatusView> {
  const model = statusViewModel(report, index, options);
  const [timelineSvg, profileSvg] = await Promise.all([
    chartToSvg(timelineChart(model)),
    report.profile ? chartToSvg(profileComparisonChart(report.profile)) : Promise.resolve(''),
  ]);
  // What the reader needs first: the counts and how they come about, then the recommendations, then the details.
  const html = [
    headerSection(model),
    ampelLegendSection(),
    recommendationsSection(model),
    timelineSection(model, timelineSvg),
    measuresSection(model),
    changesSection(model),
    profileSection(model, profileSvg),
  ].filter(Boolean).join('\n');
  // Wide tables scroll in their frames in a narrow editor pane, not the whole report.
  return { title: model.title, html: await hyphenateTables(framedTables(html, 'bericht')) };
}

/** The Statusbericht as a self-contained, printable HTML page (inline CSS and SVG, no scripts, nothing remote). */
export async function renderStatusPage(report: StatusReport, index: WorkspaceIndex, options: StatusViewOptions = {}): Promise<string> {
  const view = await renderStatusReport(report, index, options);
  return printablePage({ title: view.title, css: STATUS_REPORT_CSS, bodyClass: 'plan bericht', html: view.html });
}

