// „Bedarfe nach Rang“: the needs chart and every instrument with a need, ranked by its score.
import { escapeHtml } from '../../../util/escapeHtml';
import { EFFORT } from '../../../vocabulary';
import { decimalLabel } from '../../months';
import { NEED_FORMULA } from '../../needs';
import { NEEDS_CHART_ROWS } from '../charts/needsChart';
import { quickWinBadge, tableFrame, type PlanViewModel } from '../viewModel';

export function needsSection(model: PlanViewModel, needsSvg: string): string {
  const rows = model.proposal.ranked.map((r, i) => `<tr><td>${i + 1}</td><td>${model.link('instrument', r.instrument.id, r.instrument.title)}${quickWinBadge(model, r.instrument.id)}</td><td>${r.score}</td><td>${EFFORT[r.instrument.effort]}</td><td>${decimalLabel(r.instrument.durationWeeks)} Wochen</td><td><ul class="kriterien">${r.contributions.map((c) => `<li>${escapeHtml(model.criterionText(c.criterion))} <span class="wert">(${c.need})</span>${model.idLabel(c.criterion)}</li>`).join('')}</ul></td></tr>`);
  return `<section class="plan-abschnitt" aria-labelledby="bedarf-h">
  <h2 id="bedarf-h">Bedarfe nach Rang</h2>
  <p class="plan-formel"><strong>So entsteht der Vorschlag:</strong> ${escapeHtml(NEED_FORMULA)} (0 bis 20) für jedes Kriterium der Checkliste. Der Punktwert eines Instruments ist die Summe der Bedarfe der Kriterien, die es adressiert; bei Gleichstand zählen geringerer Aufwand, dann kürzere Dauer.</p>
  <figure class="diagramm">${needsSvg}<figcaption>${escapeHtml(NEED_FORMULA)} je Kriterium; die ${NEEDS_CHART_ROWS} Kriterien mit dem höchsten Bedarf. Stand und Relevanz aller Kriterien stehen im Raster oben.</figcaption></figure>
  ${tableFrame('bedarfe-tabelle', `<table class="tabelle bedarfe"><caption id="bedarfe-tabelle">Alle Instrumente mit Bedarf, nach Punktwert</caption>
    <thead><tr><th scope="col">Rang</th><th scope="col">Instrument</th><th scope="col">Punktwert</th><th scope="col">Aufwand</th><th scope="col">Dauer</th><th scope="col">Beitragende Kriterien</th></tr></thead>
    <tbody>${rows.join('')}</tbody>
  </table>`)}
</section>`;
}
