// The portfolio's title block: the reporting date, how many plans it rests on, and how it is anonymised.
import { dateLabel } from '../../../plan/months';
import { escapeHtml } from '../../../util/escapeHtml';
import { countHtml, MIN_OFFICES } from '../../anonymise';
import type { PortfolioReport } from '../../portfolioReport';

export const WITHHELD_NOTE = `„< ${MIN_OFFICES}“ steht für eine Zahl von einer oder zwei Behörden: Sie wird nicht gezeigt, damit sich keine einzelne Behörde erkennen lässt. „×“ steht für eine Zahl, die nicht gezeigt wird, damit sich eine Zahl „< ${MIN_OFFICES}“ nicht aus der Summe errechnen lässt.`;

export function headerSection(report: PortfolioReport): string {
  const fact = (term: string, value: string) => `<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return `<header class="plan-kopf">
  <p class="plan-art">Portfolio · ${report.named ? 'mit Namen der Behörden' : 'anonymisiert'}</p>
  <h1>Portfolio der Maßnahmenpläne</h1>
  <dl class="plan-eckdaten">
    ${fact('Stichtag', dateLabel(report.asOf))}
    ${fact('Behörden', countHtml(report.offices))}
    ${report.skipped ? fact('Nicht berücksichtigt', `${countHtml(report.skipped)} ${report.skipped === 1 ? 'Plan' : 'Pläne'} mit Fehlern`) : ''}
  </dl>
  <p class="portfolio-hinweis">${report.named ? 'Diese Fassung nennt die Behörden, die ein Instrument abgeschlossen haben, und alle Zahlen genau. Sie ist für den internen Gebrauch bestimmt.' : `Diese Fassung nennt keine Behörde, keine verantwortliche Stelle und keine Notiz. ${escapeHtml(WITHHELD_NOTE)}`}</p>
</header>`;
}
