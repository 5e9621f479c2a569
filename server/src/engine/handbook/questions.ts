// „Fragen und Antworten“ (#21): a page per question, the overview by Eckpunkt and instrument, and the sections
// on instrument pages („Fragen aus der Praxis“) and site pages („Fragen, die dieser Standort beantwortet hat“).
// Who asked is a kind of office and a Land, never a person; who answered is a site or an institution.
import type { ParsedDocument } from '../parse/document';
import { dateLabel } from '../plan/months';
import { AUTHORITY, inLand, SITE_ROLE } from '../vocabulary';
import { askBlock } from './askLink';
import { pageContent } from './content';
import { escapeHtml, record, row, str, strings } from './html';
import { count } from './labels';
import { documentTitle, type PageSpec, type SiteModel } from './model';
import { contactsHtml, criterionList, data, linkList, linkTo, pageHeader, panel, resolveIds, searchParts, sources, type PageContext } from './parts';

/** The mark of an example question (one the sources do not give literally). */
export const EXAMPLE_MARK = '<span class="beispielfrage">Beispielfrage</span>';

export const isExample = (question: ParsedDocument): boolean => data(question).example === true;

/** „Landkreis in Sachsen“: who asked. */
export function askedBy(question: ParsedDocument): string {
  const by = record(data(question).asked_by);
  const authority = AUTHORITY[str(by?.authority) ?? ''] ?? 'Behörde';
  const land = str(by?.bundesland);
  return land ? `${authority} ${inLand(land)}` : authority;
}

/** The site that answered, if a site did. */
export function answeringSite(question: ParsedDocument, context: PageContext): ParsedDocument | undefined {
  const site = str(record(data(question).answered_by)?.site);
  return site ? resolveIds([site], 'site', context)[0] : undefined;
}

/** Who answered: the site linked (with role and Land), or the institution with its function contact. */
export function answeredBy(here: string, question: ParsedDocument, context: PageContext): string | undefined {
  const by = record(data(question).answered_by);
  const site = answeringSite(question, context);
  if (site) return `${linkTo(here, context.model, site)} <span class="nebensache">(${escapeHtml(SITE_ROLE[str(data(site).role) ?? ''] ?? 'Standort')}, ${escapeHtml(str(data(site).bundesland) ?? '')})</span>`;
  const institution = str(by?.institution);
  if (!institution) return undefined;
  const contact = record(by?.contact);
  return `${escapeHtml(institution)}${contact ? contactsHtml([contact]) : ''}`;
}

export function questionPage(spec: PageSpec, question: ParsedDocument, context: PageContext): string {
  const { model } = context;
  const here = spec.path;
  const d = data(question);
  const rows = [
    row('Gefragt von', escapeHtml(askedBy(question))),
    row('Gefragt am', str(d.asked) ? escapeHtml(dateLabel(str(d.asked)!)) : undefined),
    row('Beantwortet von', answeredBy(here, question, context)),
    row('Instrumente', linkList(here, resolveIds(strings(d.instruments), 'instrument', context), model)),
    row('Kriterien', criterionList(here, strings(d.criteria), model)),
  ].join('');
  const example = isExample(question) ? `<p class="hinweis">${EXAMPLE_MARK} Diese Frage ist ein Beispiel und wurde so nicht wörtlich gestellt; die Antwort gibt die berichteten Erfahrungen wieder.</p>` : '';
  return `<article class="dokument frage">
${pageHeader('Frage aus der Praxis', documentTitle(question))}
${example}
<section aria-labelledby="abschnitt-frage"><h2 id="abschnitt-frage">Die Frage</h2><blockquote class="frage-wortlaut"><p>${escapeHtml(str(d.question) ?? '')}</p></blockquote></section>
${panel('Auf einen Blick', rows)}
<div class="fliesstext">${pageContent(question, here, context)}</div>
${sources(question)}
</article>${searchParts(question, context)}`;
}

/** One question in a list: its title linked, who asked and when, and the example mark. */
export function questionItem(here: string, question: ParsedDocument, model: SiteModel): string {
  const asked = str(data(question).asked);
  const meta = [askedBy(question), asked ? dateLabel(asked) : undefined].filter(Boolean).map((x) => escapeHtml(x!)).join(', ');
  return `<li>${linkTo(here, model, question)}${isExample(question) ? ` ${EXAMPLE_MARK}` : ''} <span class="nebensache">(${meta})</span></li>`;
}

/** The questions that concern an instrument (they name it in `instruments`). */
export function questionsOf(instrument: ParsedDocument, model: SiteModel): ParsedDocument[] {
  return model.questions.filter((q) => strings(data(q).instruments).includes(instrument.id!));
}

/** „Fragen aus der Praxis“ on an instrument page, with „Frage stellen“. */
export function instrumentQuestions(here: string, instrument: ParsedDocument, context: PageContext): string {
  const { model } = context;
  const list = questionsOf(instrument, model);
  const items = list.length ? `<ul class="liste-kompakt">${list.map((q) => questionItem(here, q, model)).join('')}</ul>` : '<p>Zu diesem Instrument ist noch keine Frage beantwortet.</p>';
  return `<section class="fragen" aria-labelledby="abschnitt-fragen"><h2 id="abschnitt-fragen">Fragen aus der Praxis</h2>
${items}
${askBlock(model, context.questionUrl, instrument)}
</section>`;
}

/** „Fragen, die dieser Standort beantwortet hat“ on a site page (nothing when it answered none). */
export function siteQuestions(here: string, site: ParsedDocument, context: PageContext): string {
  const list = answeredBySite(site, context);
  if (!list.length) return '';
  return `<section class="fragen" aria-labelledby="abschnitt-fragen"><h2 id="abschnitt-fragen">Fragen, die dieser Standort beantwortet hat</h2><ul class="liste-kompakt">${list.map((q) => questionItem(here, q, context.model)).join('')}</ul></section>`;
}

export function answeredBySite(site: ParsedDocument, context: PageContext): ParsedDocument[] {
  return context.model.questions.filter((q) => answeringSite(q, context) === site);
}

/** The overview: per Eckpunkt, per instrument the questions that concern it (a question under each of its instruments). */
export function questionsOverview(spec: PageSpec, context: PageContext): string {
  const { model } = context;
  const here = spec.path;
  const groups = model.eckpunkte
    .map((eckpunkt) => {
      const instruments = (model.instrumentsOf.get(eckpunkt.id!) ?? []).filter((i) => questionsOf(i, model).length);
      if (!instruments.length) return '';
      const blocks = instruments.map((i) => `<h3>${linkTo(here, model, i)}</h3><ul class="liste-kompakt">${questionsOf(i, model).map((q) => questionItem(here, q, model)).join('')}</ul>`).join('');
      return `<section aria-labelledby="fragen-${escapeHtml(eckpunkt.id)}"><h2 id="fragen-${escapeHtml(eckpunkt.id)}">Eckpunkt ${linkTo(here, model, eckpunkt)}</h2>${blocks}</section>`;
    })
    .join('\n');
  // Questions none of whose instruments stands under an Eckpunkt are listed after the groups, so none is missing.
  const grouped = new Set([...model.instrumentsOf.values()].flat().flatMap((i) => questionsOf(i, model)));
  const rest = model.questions.filter((q) => !grouped.has(q));
  const more = rest.length ? `<section aria-labelledby="fragen-weitere"><h2 id="fragen-weitere">Weitere Fragen</h2><ul class="liste-kompakt">${rest.map((q) => questionItem(here, q, model)).join('')}</ul></section>` : '';
  const examples = model.questions.filter(isExample).length;
  return `<header class="seitenkopf"><h1>Fragen und Antworten</h1><p class="kurzbeschreibung">${escapeHtml(count(model.questions.length, 'Frage', 'Fragen'))} aus der Praxis von Ausländerbehörden, beantwortet von Modellstandorten, Partnerbehörden und Institutionen, geordnet nach Eckpunkt und Instrument.${examples ? ` Mit „Beispielfrage“ markierte Fragen wurden so nicht wörtlich gestellt.` : ''}</p></header>
${askBlock(model, context.questionUrl)}
${groups}
${more}`;
}
