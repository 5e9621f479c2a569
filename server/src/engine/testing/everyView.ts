// Every view the engine renders, on the test toolbox: a fresh plan, the Statusbericht fixture and the portfolio of
// the fixture offices; for the tests that hold all of them to one property (colours, sizes).
import { renderStatusReport } from '../monitoring/view/statusView';
import { buildPlan } from '../plan/builder';
import { planDocumentText } from '../plan/document';
import { renderPlanView } from '../plan/view/planView';
import { createPortfolioCollector } from '../portfolio/collector';
import { renderPortfolioView } from '../portfolio/view/portfolioView';
import { assessment, toolbox } from './planToolbox';
import { FIXTURE_OFFICES, fixturePlanText, PORTFOLIO_AS_OF } from './portfolioFixture';
import { statusReportFixture } from './statusReportFixture';

/** The HTML of the plan view, the Statusbericht and the portfolio, in that order. */
export async function everyViewHtml(): Promise<[plan: string, report: string, portfolio: string]> {
  const { plan } = buildPlan({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2 }, toolbox().service.index);
  const ws = toolbox({ 'plaene/plan-teststadt.md': planDocumentText(plan) });
  const planView = await renderPlanView(ws.service.document('file:///ws/toolbox/plaene/plan-teststadt.md')!, ws.service.index);
  const report = await renderStatusReport(statusReportFixture(), ws.service.index);
  const collector = createPortfolioCollector(ws.service.index, ws.service.schemas, { asOf: PORTFOLIO_AS_OF, named: false });
  for (const office of FIXTURE_OFFICES) collector.add(fixturePlanText(office));
  const portfolio = await renderPortfolioView(collector.report());
  return [planView.html, report.html, portfolio.html];
}
