// The plan view: one HTML rendering of a Maßnahmenplan, used by the editor preview and by the export, so the
// preview shows what will be printed. Each section and each chart has a file of its own (sections/, charts/);
// Markdown goes through the shared renderer; charts are Vega-Lite compiled to static, accessible SVG.
import { printablePage } from '../../render/printablePage';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { ParsedDocument } from '../../parse/document';
import { chartToSvg } from './charts/chartToSvg';
import { ganttChart } from './charts/ganttChart';
import { needsChart } from './charts/needsChart';
import { priorityGridChart } from './charts/priorityGridChart';
import { profileChart } from './charts/profileChart';
import PLAN_CSS from './plan.css?raw';
import { hyphenateTables } from './hyphenate';
import { actionPlanSection } from './sections/actionPlanSection';
import { appendixSection } from './sections/appendixSection';
import { contentsSection } from './sections/contentsSection';
import { headerSection } from './sections/headerSection';
import { measuresSection } from './sections/measuresSection';
import { needsSection } from './sections/needsSection';
import { notesSection } from './sections/notesSection';
import { profileSection } from './sections/profileSection';
import { scheduleSection } from './sections/scheduleSection';
import { absoluteLinksOnly, planViewModel, type PlanViewOptions } from './viewModel';

export type { PlanViewOptions };
export { PLAN_CSS };

export interface PlanView {
  title: string;
  html: string;
}

/** Renders the plan view of `plan` (a parsed plan document) against the toolbox in `index`. */
export async function renderPlanView(plan: ParsedDocument, index: WorkspaceIndex, options: PlanViewOptions = {}): Promise<PlanView> {
  const model = planViewModel(plan, index, options);
  const { scored } = model.proposal.needs;
  const charts = [profileChart(model.criteria, scored), priorityGridChart(scored), needsChart(scored), ganttChart(model)];
  const [profileSvg, gridSvg, needsSvg, ganttSvg] = await Promise.all(charts.map(chartToSvg));
  // The consultant's assessment comes first, then the data it rests on, the measures, and the instruments.
  const sections = [
    notesSection(model),
    profileSection(model, profileSvg!, gridSvg!),
    needsSection(model, needsSvg!),
    scheduleSection(ganttSvg!),
    actionPlanSection(model),
    measuresSection(model),
    appendixSection(model),
  ].filter(Boolean);
  const html = [headerSection(model), contentsSection(model, sections), ...sections].join('\n');
  return { title: model.title, html: await hyphenateTables(html) };
}

/**
 * The plan view as a self-contained, printable HTML page (inline CSS and SVG, no scripts, nothing remote) to
 * hand over: links to the handbook only where they are absolute web addresses.
 */
export async function renderPlanPage(plan: ParsedDocument, index: WorkspaceIndex, options: PlanViewOptions = {}): Promise<string> {
  const view = await renderPlanView(plan, index, { ...options, handbookUrl: absoluteLinksOnly(options.handbookUrl) });
  return printablePage({ title: view.title, css: PLAN_CSS, bodyClass: 'plan', html: view.html });
}

