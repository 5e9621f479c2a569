// „Anhang: Die Instrumente“: for each instrument of the plan its text from the handbook — summary, goal, steps,
// success factors — and an example from practice, so that the printed plan stands on its own.
import type { ParsedDocument } from '../../../parse/document';
import { renderMarkdown } from '../../../render/markdown';
import { escapeHtml } from '../../../util/escapeHtml';
import type { PlanViewModel } from '../viewModel';

/** The instrument's sections the appendix shows, in this order. */
const INSTRUMENT_SECTIONS = ['Ziel', 'Umsetzungsschritte', 'Erfolgsfaktoren'];

/** The instruments of the plan's measures, each once, in the order of the measures. */
function appendixInstruments(model: PlanViewModel): string[] {
  return [...new Set(model.measures.map((m) => m.instrument))].filter((id) => model.instruments.has(id));
}

/** The number of an instrument in the appendix (A.1 is the first), or 0 when it has no entry. */
export function appendixNumber(model: PlanViewModel, instrument: string): number {
  return appendixInstruments(model).indexOf(instrument) + 1;
}

export function appendixSection(model: PlanViewModel): string {
  const ids = appendixInstruments(model);
  if (!ids.length) return '';
  return `<section class="plan-abschnitt anhang" aria-labelledby="anhang-h">
  <h2 id="anhang-h">Anhang: Die Instrumente</h2>
  <p>Die Beschreibungen stammen aus dem Handbuch des Werkzeugkoffers „Ausländerbehörden – Willkommensbehörden“.</p>
  ${ids.map((id, i) => instrumentEntry(model, id, i + 1)).join('\n')}
</section>`;
}

function instrumentEntry(model: PlanViewModel, id: string, number: number): string {
  const { index } = model;
  const info = model.instruments.get(id)!;
  const document = index.withIdOfKind(id, 'instrument');
  const example = index.referrersOf(id).filter((d) => d.kind === 'case' && d.id).sort((a, b) => String(a.data?.title ?? '').localeCompare(String(b.data?.title ?? ''), 'de'))[0];
  const block = (heading: string) => {
    const markdown = sectionMarkdown(document, heading);
    return markdown ? `<h4>${escapeHtml(heading)}</h4>${renderMarkdown(markdown, { rewriteUrl: model.rewriteUrl, headingShift: 3, externalImages: 'link' })}` : '';
  };
  const handbook = model.options.handbookUrl?.('instrument', id);
  return `<article class="anhang-instrument" aria-labelledby="anhang-${number}">
  <h3 id="anhang-${number}">A.${number} ${escapeHtml(info.title)}</h3>
  ${info.summary ? `<p class="zusammenfassung">${escapeHtml(info.summary)}</p>` : ''}
  ${INSTRUMENT_SECTIONS.map(block).join('')}
  ${example ? `<h4>Aus der Praxis</h4><p>${model.link('case', example.id!, String(example.data?.title ?? example.id))}${typeof example.data?.summary === 'string' ? ` – ${escapeHtml(example.data.summary)}` : ''}</p>` : ''}
  ${handbook ? `<p class="klein">${model.link('instrument', id, 'Das Instrument im Handbuch')}</p>` : ''}
</article>`;
}

function sectionMarkdown(document: ParsedDocument | undefined, heading: string): string | undefined {
  const section = document?.body.sections.find((s) => s.heading.text === heading);
  return section ? document!.text.slice(section.contentStart, section.contentEnd).trim() : undefined;
}
