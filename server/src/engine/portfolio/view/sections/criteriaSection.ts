// „Selbsteinschätzung je Kriterium“: the criteria most offices put in „Hier ansetzen“, and per criterion how many
// offices gave each status and relevance, as charts with tables beside them.
import { escapeHtml } from '../../../util/escapeHtml';
import { QUADRANT_LABELS } from '../../../plan/needs';
import { countHtml } from '../../anonymise';
import { SCORE_VALUES } from '../../buildPortfolio';
import type { CriterionPortfolio, PortfolioReport } from '../../portfolioReport';
import { DIMENSION_LABELS, VALUE_LABELS, type Dimension } from '../charts/distributionChart';

const HIER_ANSETZEN = QUADRANT_LABELS['hier-ansetzen'];

export function criteriaSection(report: PortfolioReport, statusSvg: string, relevanceSvg: string): string {
  return `<section class="plan-abschnitt" aria-labelledby="kriterien-h">
  <h2 id="kriterien-h">Selbsteinschätzung je Kriterium</h2>
  ${hotspotTable(report)}
  <figure class="diagramm">${statusSvg}<figcaption>Zahl der Behörden je Stand (1 = gering, 5 = hoch) für jedes Kriterium.</figcaption></figure>
  ${distributionTable(report, 'status')}
  <figure class="diagramm">${relevanceSvg}<figcaption>Zahl der Behörden je Relevanz (1 = gering, 5 = hoch) für jedes Kriterium.</figcaption></figure>
  ${distributionTable(report, 'relevance')}
</section>`;
}

function hotspotTable(report: PortfolioReport): string {
  if (!report.hotspots.length) return `<p>Keine Behörde ordnet ein Kriterium unter „${HIER_ANSETZEN}“ ein.</p>`;
  return `<table class="tabelle"><caption>Die Kriterien, die die meisten Behörden unter „${HIER_ANSETZEN}“ einordnen (Relevanz ab 3, Stand bis 3)</caption>
  <thead><tr><th scope="col">Kriterium</th><th scope="col">Behörden</th></tr></thead>
  <tbody>${report.hotspots.map((h) => `<tr><td>${escapeHtml(h.text)}</td><td class="zahl">${countHtml(h.offices)}</td></tr>`).join('')}</tbody>
</table>`;
}

function distributionTable(report: PortfolioReport, dimension: Dimension): string {
  const label = DIMENSION_LABELS[dimension];
  const columns = SCORE_VALUES.length + (dimension === 'status' ? 2 : 1);
  const eckpunkte = [...new Set(report.criteria.map((c) => c.eckpunkt))];
  const row = (c: CriterionPortfolio) => `<tr><th scope="row">${escapeHtml(c.text)}</th>${SCORE_VALUES.map((v) => `<td class="zahl">${countHtml(c[dimension][v])}</td>`).join('')}${dimension === 'status' ? `<td class="zahl">${countHtml(c.hierAnsetzen)}</td>` : ''}</tr>`;
  return `<table class="tabelle verteilung"><caption>${label} je Kriterium: Zahl der Behörden je Wert</caption>
  <thead><tr><th scope="col">Kriterium</th>${SCORE_VALUES.map((v) => `<th scope="col">${label} ${VALUE_LABELS[v]}</th>`).join('')}${dimension === 'status' ? `<th scope="col">${HIER_ANSETZEN}</th>` : ''}</tr></thead>
  ${eckpunkte.map((e) => {
    const members = report.criteria.filter((c) => c.eckpunkt === e);
    return `<tbody><tr><th scope="rowgroup" colspan="${columns}" class="eckpunkt">${escapeHtml(members[0]!.eckpunktTitle)}</th></tr>${members.map(row).join('')}</tbody>`;
  }).join('')}
</table>`;
}
