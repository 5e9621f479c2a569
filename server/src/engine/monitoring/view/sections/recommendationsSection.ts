// „Handlungsempfehlungen“: the recommendations the engine computed from the data, as the office reads them.
import { escapeHtml } from '../../../util/escapeHtml';
import type { StatusViewModel } from '../viewModel';

export function recommendationsSection({ report }: StatusViewModel): string {
  const items = report.recommendations.map((r) => `<li>${escapeHtml(r.text)}</li>`);
  return `<section class="plan-abschnitt" aria-labelledby="empfehlungen-h">
  <h2 id="empfehlungen-h">Handlungsempfehlungen</h2>
  ${items.length ? `<ul class="empfehlungen">${items.join('')}</ul>` : '<p>Aus den Daten ergibt sich keine Handlungsempfehlung.</p>'}
</section>`;
}
