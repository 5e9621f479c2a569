// „Nach Bundesland“: offices, measures and their Ampel at the reporting date, per Bundesland.
import { escapeHtml } from '../../../util/escapeHtml';
import { dateLabel } from '../../../plan/months';
import { AMPEL, AMPEL_ORDER } from '../../../monitoring/ampelRules';
import { countHtml } from '../../anonymise';
import type { PortfolioReport } from '../../portfolioReport';

export function bundeslandSection(report: PortfolioReport): string {
  return `<section class="plan-abschnitt" aria-labelledby="laender-h">
  <h2 id="laender-h">Nach Bundesland</h2>
  <table class="tabelle laender"><caption>Behörden, Maßnahmen und ihre Ampel am ${escapeHtml(dateLabel(report.asOf))} nach Bundesland</caption>
  <thead><tr><th scope="col">Bundesland</th><th scope="col">Behörden</th><th scope="col">Maßnahmen</th>${AMPEL_ORDER.map((a) => `<th scope="col"><span aria-hidden="true">${AMPEL[a].symbol}</span> ${AMPEL[a].colour}: ${AMPEL[a].word}</th>`).join('')}</tr></thead>
  <tbody>${report.bundeslaender.map((b) => `<tr><th scope="row">${escapeHtml(b.bundesland)}</th><td class="zahl">${countHtml(b.offices)}</td><td class="zahl">${countHtml(b.measures)}</td>${AMPEL_ORDER.map((a) => `<td class="zahl">${countHtml(b.ampel[a])}</td>`).join('')}</tr>`).join('')}</tbody>
  </table>
</section>`;
}
