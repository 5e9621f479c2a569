// The portfolio as HTML: one rendering for the editor's webview and the exported page, in the plan view's manner
// (a section per file under sections/, a chart per file under charts/, Vega-Lite compiled to static, accessible
// SVG by chartToSvg, every text escaped, the plan view's style sheet).
import { printablePage } from '../../render/printablePage';
import { chartToSvg } from '../../plan/view/charts/chartToSvg';
import { hyphenateTables } from '../../plan/view/hyphenate';
import { framedTables } from '../../plan/view/viewModel';
import { PLAN_CSS } from '../../plan/view/planView';
import type { PortfolioReport } from '../portfolioReport';
import { distributionChart } from './charts/distributionChart';
import { instrumentChart } from './charts/instrumentChart';
import PORTFOLIO_OWN_CSS from './portfolio.css?raw';
import { bundeslandSection } from './sections/bundeslandSection';
import { criteriaSection } from './sections/criteriaSection';
import { headerSection } from './sections/headerSection';
import { instrumentsSection } from './sections/instrumentsSection';

export const PORTFOLIO_CSS = `${PLAN_CSS}\n${PORTFOLIO_OWN_CSS}`;
export const PORTFOLIO_TITLE = 'Portfolio der Maßnahmenpläne';

export async function renderPortfolioView(report: PortfolioReport): Promise<{ title: string; html: string }> {
  const [statusSvg, relevanceSvg, instrumentSvg] = await Promise.all([
    chartToSvg(distributionChart(report, 'status')),
    chartToSvg(distributionChart(report, 'relevance')),
    report.instruments.length ? chartToSvg(instrumentChart(report)) : Promise.resolve(''),
  ]);
  const html = [headerSection(report), criteriaSection(report, statusSvg, relevanceSvg), instrumentsSection(report, instrumentSvg), bundeslandSection(report)].join('\n');
  // Wide tables scroll in their frames in a narrow editor pane, not the whole portfolio.
  return { title: PORTFOLIO_TITLE, html: await hyphenateTables(framedTables(html, 'portfolio')) };
}

/** The portfolio as a self-contained, printable HTML page (inline CSS and SVG, no scripts, nothing remote). */
export async function renderPortfolioPage(report: PortfolioReport): Promise<string> {
  const view = await renderPortfolioView(report);
  return printablePage({ title: view.title, css: PORTFOLIO_CSS, bodyClass: 'plan', html: view.html });
}
