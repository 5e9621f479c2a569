// „Bedarfe nach Rang“: the needs chart and every instrument with a need, ranked by its score.
import { escapeHtml } from '../../../util/escapeHtml';
import { EFFORT } from '../../../vocabulary';
import { NEED_FORMULA } from '../../needs';
import { quickWinBadge, type PlanViewModel } from '../viewModel';

export function needsSection(model: PlanViewModel, needsSvg: string): string {
  const rows = model.proposal.ranked.map((r, i) => `<tr><td>${i + 1}</td><td>${model.link('instrument', r.instrument.id, r.instrument.title)}${quickWinBadge(model, r.instrument.id)}</td><td>${r.score}</td><td>${EFFORT[r.instrument.effort]}</td><td>${r.instrument.durationWeeks} Wochen</td><td>${r.contributions.map((c) => `${escapeHtml(c.criterion)} (${c.need})`).join(', ')}</td></tr>`);
  return `<section class="plan-abschnitt" aria-labelledby="bedarf-h">
  <h2 id="bedarf-h">Bedarfe nach Rang</h2>
  <figure class="diagramm">${needsSvg}<figcaption>${escapeHtml(NEED_FORMULA)} je Kriterium.</figcaption></figure>
  <table class="tabelle"><caption>Alle Instrumente mit Bedarf, nach Punktwert</caption>
    <thead><tr><th scope="col">Rang</th><th scope="col">Instrument</th><th scope="col">Punktwert</th><th scope="col">Aufwand</th><th scope="col">Dauer</th><th scope="col">Beitragende Kriterien</th></tr></thead>
    <tbody>${rows.join('')}</tbody>
  </table>
</section>`;
}
