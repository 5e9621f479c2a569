// „Die Maßnahmen im Einzelnen“: per measure its data (owner, period, indicator, milestones), its instrument's
// goal, steps and success factors from the toolbox, and an example from practice.
import type { ParsedDocument } from '../../../parse/document';
import { renderMarkdown } from '../../../render/markdown';
import { escapeHtml } from '../../../util/escapeHtml';
import type { Measure } from '../../model';
import { monthLabel } from '../../months';
import { isMonth, quickWinBadge, type PlanViewModel } from '../viewModel';

/** The instrument's sections a measure shows, in this order. */
const INSTRUMENT_SECTIONS = ['Ziel', 'Umsetzungsschritte', 'Erfolgsfaktoren'];

export function measuresSection(model: PlanViewModel): string {
  return `<section class="plan-abschnitt" aria-labelledby="massnahmen-h">
  <h2 id="massnahmen-h">Die Maßnahmen im Einzelnen</h2>
  ${model.measures.map((m, i) => measureArticle(model, m, i)).join('\n')}
</section>`;
}

function measureArticle(model: PlanViewModel, m: Measure, i: number): string {
  const { index, options } = model;
  const document = index.documentsWithId(m.instrument).find((d) => d.kind === 'instrument');
  const ranked = model.proposal.ranked.find((r) => r.instrument.id === m.instrument);
  const example = index.referrersOf(m.instrument).filter((d) => d.kind === 'case' && d.id).sort((a, b) => String(a.data?.title ?? '').localeCompare(String(b.data?.title ?? ''), 'de'))[0];
  const block = (heading: string) => {
    const markdown = sectionMarkdown(document, heading);
    return markdown ? `<h4>${escapeHtml(heading)}</h4>${renderMarkdown(markdown, { rewriteUrl: model.rewriteUrl, headingShift: 3 })}` : '';
  };
  return `<article class="massnahme"${options.interactive ? ` data-instrument="${escapeHtml(m.instrument)}" tabindex="0"` : ''} aria-labelledby="massnahme-${i}">
  <h3 id="massnahme-${i}">${i + 1}. ${escapeHtml(m.title ?? model.instrumentTitle(m.instrument))}${quickWinBadge(model, m.instrument)}</h3>
  <p class="klein">${model.link('instrument', m.instrument, 'Instrument im Handbuch')}${ranked ? ` · Punktwert ${ranked.score}` : ''}${m.reason ? ` · ${escapeHtml(m.reason)}` : ''}</p>
  ${m.note ? `<p class="notiz"><strong>Notiz:</strong> ${escapeHtml(m.note)}</p>` : ''}
  ${measureFacts(m)}
  ${INSTRUMENT_SECTIONS.map(block).join('')}
  ${example ? `<h4>Aus der Praxis</h4><p>${model.link('case', example.id!, String(example.data?.title ?? example.id))}${typeof example.data?.summary === 'string' ? ` – ${escapeHtml(example.data.summary)}` : ''}</p>` : ''}
</article>`;
}

function measureFacts(m: Measure): string {
  return `<dl class="massnahme-daten">
    <div><dt>Verantwortlich</dt><dd>${escapeHtml(m.owner ?? '–')}</dd></div>
    <div><dt>Zeitraum</dt><dd>${isMonth(m.start) ? escapeHtml(monthLabel(m.start)) : '–'} bis ${isMonth(m.due) ? escapeHtml(monthLabel(m.due)) : '–'}</dd></div>
    ${m.indicator ? `<div class="breit"><dt>Indikator</dt><dd>${escapeHtml(m.indicator)}</dd></div>` : ''}
    ${m.milestones?.length ? `<div class="breit"><dt>Meilensteine</dt><dd><ul class="meilensteine">${m.milestones.map((s) => `<li>${s.due && isMonth(s.due) ? `${escapeHtml(monthLabel(s.due))}: ` : ''}${escapeHtml(s.text)}</li>`).join('')}</ul></dd></div>` : ''}
  </dl>`;
}

function sectionMarkdown(document: ParsedDocument | undefined, heading: string): string | undefined {
  const section = document?.body.sections.find((s) => s.heading.text === heading);
  return section ? document!.text.slice(section.contentStart, section.contentEnd).trim() : undefined;
}
