// „Standortbestimmung damals und heute“, after a new Standortbestimmung: the profile per Eckpunkt (chart and
// table), every criterion's change by its statement, the indicators evaluated against the new scores, and the
// criteria still in „hier ansetzen“ that no measure addresses.
import { escapeHtml } from '../../../util/escapeHtml';
import { decimalLabel } from '../../../plan/months';
import type { CriterionChange, ProfileComparison } from '../../statusReport';
import { dateText, indicatorResult, type StatusViewModel } from '../viewModel';

export function profileSection(model: StatusViewModel, profileSvg: string): string {
  const profile = model.report.profile;
  if (!profile) return '';
  return `<section class="plan-abschnitt" aria-labelledby="profil-vergleich-h">
  <h2 id="profil-vergleich-h">Standortbestimmung damals und heute</h2>
  <p>Die Standortbestimmung vom ${escapeHtml(dateText(profile.now))} im Vergleich mit der vom ${escapeHtml(dateText(profile.then))}.</p>
  <figure class="diagramm">${profileSvg}<figcaption>Durchschnittlicher Stand der bewerteten Kriterien je Eckpunkt (Skala 1 bis 5): weiß damals, dunkel heute.</figcaption></figure>
  ${eckpunktTable(profile)}
  ${criteriaTables(profile)}
  ${indicatorTable(model)}
  ${unaddressedList(profile)}
</section>`;
}

function eckpunktTable(profile: ProfileComparison): string {
  const mean = (n: number | null) => (n === null ? '–' : decimalLabel(n));
  const rows = profile.eckpunkte.map((e) => `<tr><th scope="row">${escapeHtml(e.title)}</th><td>${mean(e.then)}</td><td>${mean(e.now)}</td><td>${e.then !== null && e.now !== null ? changeLabel(Math.round((e.now - e.then) * 10) / 10) : 'nicht vergleichbar'}</td></tr>`);
  return `<table class="tabelle"><caption>Durchschnittlicher Stand je Eckpunkt</caption>
    <thead><tr><th scope="col">Eckpunkt</th><th scope="col">Damals</th><th scope="col">Heute</th><th scope="col">Veränderung</th></tr></thead>
    <tbody>${rows.join('')}</tbody>
  </table>`;
}

/** One table per Eckpunkt: every criterion by its statement, its status then and now and the change. */
function criteriaTables(profile: ProfileComparison): string {
  const score = (s: CriterionChange['then']) => (s === null ? '–' : String(s.status));
  const tables = profile.eckpunkte.map((e) => {
    const rows = profile.criteria.filter((c) => c.eckpunkt === e.eckpunkt).map((c) => `<tr><th scope="row">${escapeHtml(c.text)}</th><td>${score(c.then)}</td><td>${score(c.now)}</td><td>${c.change === null ? 'nicht vergleichbar' : changeLabel(c.change)}</td></tr>`);
    return rows.length
      ? `<table class="tabelle kriterien-vergleich"><caption>${escapeHtml(e.title)}</caption>
    <thead><tr><th scope="col">Kriterium</th><th scope="col">Stand damals</th><th scope="col">Stand heute</th><th scope="col">Veränderung</th></tr></thead>
    <tbody>${rows.join('')}</tbody>
  </table>`
      : '';
  });
  return `<h3>Jedes Kriterium</h3>\n  ${tables.join('\n  ')}`;
}

function indicatorTable({ report }: StatusViewModel): string {
  const evaluated = report.measures.filter((m) => m.indicator?.criterionText);
  if (!evaluated.length) return '';
  const rows = evaluated.map((m) => `<tr><th scope="row">${escapeHtml(m.title)}</th><td>${escapeHtml(m.indicator!.criterionText!)}</td><td>${escapeHtml(indicatorResult(m.indicator!))}</td></tr>`);
  return `<h3>Indikatoren der Maßnahmen</h3>
  <table class="tabelle"><caption>Die Indikatoren, gemessen an der Standortbestimmung vom ${escapeHtml(dateText(report.profile!.now))}</caption>
    <thead><tr><th scope="col">Maßnahme</th><th scope="col">Kriterium</th><th scope="col">Ergebnis</th></tr></thead>
    <tbody>${rows.join('')}</tbody>
  </table>`;
}

function unaddressedList(profile: ProfileComparison): string {
  return `<h3>Hier ansetzen: noch ohne Maßnahme</h3>
  ${profile.unaddressed.length
    ? `<p>Diese Kriterien sind wichtig und stehen noch schwach da; keine Maßnahme des Plans setzt bei ihnen an:</p><ul class="kriterien">${profile.unaddressed.map((c) => `<li>${escapeHtml(c.text)}</li>`).join('')}</ul>`
    : '<p>Jedes Kriterium im Feld „hier ansetzen“ hat eine Maßnahme.</p>'}`;
}

/** „+3 (besser)“, „−1 (schlechter)“, „unverändert“. */
export function changeLabel(change: number): string {
  if (change === 0) return 'unverändert';
  return change > 0 ? `+${decimalLabel(change)} (besser)` : `${decimalLabel(change)} (schlechter)`;
}
