// „Änderungen seit …“: every status change, milestone reached and new indicator value after `since`, by date.
import { escapeHtml } from '../../../util/escapeHtml';
import { quoted } from '../../../vocabulary/quoted';
import type { ReportChange } from '../../statusReport';
import { dateText, statusLabel, type StatusViewModel } from '../viewModel';

export function changesSection(model: StatusViewModel): string {
  const { report } = model;
  const heading = report.since ? `Änderungen seit ${dateText(report.since)}` : 'Änderungen';
  const rows = report.changes.map((c) => `<tr><td class="wert">${escapeHtml(dateText(c.date))}</td><th scope="row">${escapeHtml(model.measureTitle(c.instrument))}</th><td>${escapeHtml(changeText(c))}</td><td>${c.note ? escapeHtml(c.note) : '–'}</td></tr>`);
  const body = rows.length
    ? `<table class="tabelle aenderungen"><caption>${escapeHtml(heading)} bis zum Stichtag, ${escapeHtml(dateText(report.asOf))}</caption>
    <thead><tr><th scope="col">Datum</th><th scope="col">Maßnahme</th><th scope="col">Änderung</th><th scope="col">Notiz</th></tr></thead>
    <tbody>${rows.join('')}</tbody>
  </table>`
    : `<p>${report.since ? `Seit ${escapeHtml(dateText(report.since))}` : 'Bis zum Stichtag'} wurde keine Änderung erfasst.</p>`;
  return `<section class="plan-abschnitt" aria-labelledby="aenderungen-h">
  <h2 id="aenderungen-h">${escapeHtml(heading)}</h2>
  ${body}
</section>`;
}

/** „Status: geplant → laufend“, „Meilenstein erreicht: „Im Regelbetrieb““, „Indikatorwert: 40 → 25“. */
export function changeText(c: ReportChange): string {
  switch (c.kind) {
    case 'status':
      return c.from ? `Status von ${quoted(statusLabel(c.from))} auf ${quoted(statusLabel(c.to))}` : `Status ${quoted(statusLabel(c.to))}`;
    case 'milestone':
      return `Meilenstein erreicht: ${quoted(c.to)}`;
    case 'value':
      return c.from ? `Indikatorwert von ${c.from} auf ${c.to}` : `Indikatorwert ${c.to}`;
  }
}
