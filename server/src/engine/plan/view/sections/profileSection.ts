// „Profil der Behörde“: the profile per Eckpunkt, the importance–performance grid with its table, and the
// criteria still to be scored.
import { escapeHtml } from '../../../util/escapeHtml';
import { CRITERION_ORIGIN } from '../../../vocabulary';
import type { Criterion } from '../../model';
import { QUADRANT_LABELS, quadrantOf, type CriterionNeed } from '../../needs';
import { QUADRANTS } from '../charts/priorityGridChart';
import { tableFrame, type PlanViewModel } from '../viewModel';

export function profileSection(model: PlanViewModel, profileSvg: string, gridSvg: string): string {
  const { needs } = model.proposal;
  return `<section class="plan-abschnitt" aria-labelledby="profil-h">
  <h2 id="profil-h">Profil der Behörde</h2>
  <figure class="diagramm">${profileSvg}<figcaption>Durchschnittlicher Stand und Relevanz je Eckpunkt (Skala 1 bis 5).</figcaption></figure>
  <figure class="diagramm">${gridSvg}<figcaption>Wichtigkeit und Stand aller bewerteten Kriterien. Die Zuordnung im Einzelnen:</figcaption></figure>
  ${quadrantTable(model, needs.scored)}
  ${needs.open.length ? `<div class="noch-zu-klaeren"><h3>Noch zu klären</h3><p>Diese Kriterien sind nicht bewertet; der Vorschlag berücksichtigt sie nicht, bis sie bewertet sind:</p><ul>${needs.open.map((c) => `<li>${escapeHtml(c.text)}${originMark(c)}${model.idLabel(c.id)}</li>`).join('')}</ul></div>` : ''}
  ${needs.scored.length || needs.open.length ? originLegend() : ''}
</section>`;
}

function quadrantTable(model: PlanViewModel, scored: CriterionNeed[]): string {
  const item = (n: CriterionNeed) => `<li>${escapeHtml(n.criterion.text)} <span class="wert">(${n.status}/${n.relevance})</span>${originMark(n.criterion)}${model.idLabel(n.criterion.id)}</li>`;
  return tableFrame('raster-tabelle-titel', `<table class="tabelle raster-tabelle"><caption id="raster-tabelle-titel">Kriterien im Raster aus Wichtigkeit und Stand</caption>
  <thead><tr><th scope="col">Feld</th><th scope="col">Kriterien (Stand / Relevanz)</th></tr></thead>
  <tbody>${QUADRANTS.map((q) => {
    const members = scored.filter((n) => quadrantOf(n.status, n.relevance) === q);
    return `<tr><th scope="row">${QUADRANT_LABELS[q]}</th><td>${members.length ? `<ul class="kriterien">${members.map(item).join('')}</ul>` : '–'}</td></tr>`;
  }).join('')}</tbody>
</table>`);
}

/** The mark that says where a criterion comes from (checklist or toolbox), as in the handbook's checklist. */
function originMark(criterion: Criterion): string {
  const label = criterion.origin ? CRITERION_ORIGIN[criterion.origin] : undefined;
  return label ? ` <span class="herkunft herkunft-${escapeHtml(criterion.origin!)}" title="${escapeHtml(label.legend)}">${escapeHtml(label.mark)}</span>` : '';
}

function originLegend(): string {
  return `<p class="herkunft-legende">Herkunft der Kriterien: ${Object.entries(CRITERION_ORIGIN).map(([origin, label]) => `<span class="herkunft herkunft-${escapeHtml(origin)}">${escapeHtml(label.mark)}</span> ${escapeHtml(label.legend)}`).join(' · ')}</p>`;
}
