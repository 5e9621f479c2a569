// „Geplant und tatsächlich“: the timeline chart and the same facts as a table, for screen readers and paper.
import { escapeHtml } from '../../../util/escapeHtml';
import { AMPEL } from '../../ampelRules';
import { actualPeriod, ampelBadge, dateText, plannedPeriod, type StatusViewModel } from '../viewModel';

export function timelineSection(model: StatusViewModel, timelineSvg: string): string {
  const { report } = model;
  const rows = report.measures.map((m) => `<tr><th scope="row">${escapeHtml(m.title)}</th><td>${ampelBadge(m.ampel, m.status)}</td><td>${escapeHtml(plannedPeriod(m))}</td><td>${escapeHtml(actualPeriod(m))}</td></tr>`);
  const symbols = Object.values(AMPEL).map((a) => `${a.symbol} = ${a.colour}`).join(', ');
  return `<section class="plan-abschnitt" aria-labelledby="soll-ist-h">
  <h2 id="soll-ist-h">Geplant und tatsächlich</h2>
  <figure class="diagramm breit">${timelineSvg}<figcaption>Je Maßnahme oben der geplante Zeitraum (weiß), darunter der tatsächliche vom Beginn bis zum Abschluss oder bis zum Stichtag (grau); die gestrichelte Linie ist der Stichtag, ${escapeHtml(dateText(report.asOf))}. Das Zeichen vor dem Titel ist die Ampel: ${escapeHtml(symbols)}.</figcaption></figure>
  <table class="tabelle soll-ist"><caption>Geplant und tatsächlich je Maßnahme</caption>
    <thead><tr><th scope="col">Maßnahme</th><th scope="col">Ampel</th><th scope="col">Geplant</th><th scope="col">Tatsächlich</th></tr></thead>
    <tbody>${rows.join('')}</tbody>
  </table>
</section>`;
}
