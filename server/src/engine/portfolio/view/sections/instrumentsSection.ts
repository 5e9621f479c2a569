// „Instrumente“: how many offices plan, run, completed or put back each instrument, its planned against its actual
// duration (median months), and in a named portfolio the offices that completed it (whom to ask).
import { escapeHtml } from '../../../util/escapeHtml';
import { decimalLabel } from '../../../plan/months';
import { MEASURE_STATUS, MEASURE_STATUSES } from '../../../vocabulary';
import { countHtml, isWithheld, MIN_OFFICES } from '../../anonymise';
import type { InstrumentPortfolio, Median, PortfolioReport } from '../../portfolioReport';

export function instrumentsSection(report: PortfolioReport, chartSvg: string): string {
  return `<section class="plan-abschnitt" aria-labelledby="instrumente-h">
  <h2 id="instrumente-h">Instrumente</h2>
  ${report.instruments.length ? `<figure class="diagramm">${chartSvg}<figcaption>Zahl der Behörden je Status ihrer Maßnahme für jedes Instrument.</figcaption></figure>
  ${instrumentTable(report)}` : '<p>Keiner der Pläne enthält eine Maßnahme.</p>'}
</section>`;
}

/**
 * A withheld median is no duration: it is withheld because fewer than three offices give one. Shown as „< 3“ beside
 * „5 Monate“ it would read as „under three months“, so it says what it is.
 */
export const WITHHELD_MEDIAN = `nicht ausgewiesen (weniger als ${MIN_OFFICES} Behörden)`;

function median(value: Median): string {
  if (value === null) return 'noch keine Angaben';
  return isWithheld(value) ? WITHHELD_MEDIAN : `${decimalLabel(value)} Monate`;
}

function instrumentTable(report: PortfolioReport): string {
  const row = (i: InstrumentPortfolio) =>
    `<tr><th scope="row">${escapeHtml(i.title)}</th><td class="zahl">${countHtml(i.offices)}</td>${MEASURE_STATUSES.map((s) => `<td class="zahl">${countHtml(i.status[s])}</td>`).join('')}<td>${median(i.plannedMonths)}</td><td>${median(i.actualMonths)}</td>${report.named ? `<td>${i.completedBy?.length ? `<ul class="kriterien">${i.completedBy.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '–'}</td>` : ''}</tr>`;
  return `<table class="tabelle instrumente"><caption>Instrumente: Zahl der Behörden je Status, geplante und tatsächliche Dauer (Median)</caption>
  <thead><tr><th scope="col">Instrument</th><th scope="col">Behörden</th>${MEASURE_STATUSES.map((s) => `<th scope="col">${MEASURE_STATUS[s]}</th>`).join('')}<th scope="col">Dauer geplant</th><th scope="col">Dauer tatsächlich</th>${report.named ? '<th scope="col">Abgeschlossen bei</th>' : ''}</tr></thead>
  <tbody>${report.instruments.map(row).join('')}</tbody>
</table>`;
}
