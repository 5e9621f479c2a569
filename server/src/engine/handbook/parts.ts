// The parts every handbook page is made of: links to documents, the Steckbrief panel, the page header,
// sources, contacts and the search index's compound parts. Shared by the page types (pages.ts, questions.ts,
// directory.ts, offers.ts) and the print edition.
import type { ParsedDocument } from '../parse/document';
import type { ContentContext } from './content';
import { escapeHtml, num, records, safeUrl, str } from './html';
import { LEGAL_BASIS } from '../vocabulary';
import { documentTitle, type SiteModel } from './model';
import { PATHS, relativeUrl } from './routes';
import type { SearchVocabulary } from './search';

export interface PageContext extends ContentContext {
  /** Words of the whole toolbox, for the compound parts of the search index. */
  vocabulary: SearchVocabulary;
  /** Absolute path of the site root on the server (`/`, `/handbuch/`), for the 404 page only. */
  rootPath?: string;
  /** The print edition's rendered part per document URI, kept between rebuilds (see print.ts). */
  printParts?: Map<string, string>;
  /** The issue-form URL template of „Frage stellen“ (see askLink.ts); without it, a mailto: to the publisher. */
  questionUrl?: string;
}

export const data = (d: ParsedDocument): Record<string, unknown> => d.data ?? {};

export function linkTo(from: string, model: SiteModel, document: ParsedDocument | undefined, text?: string): string {
  if (!document) return '';
  const path = model.pathOf.get(document.uri);
  const label = escapeHtml(text ?? documentTitle(document));
  return path ? `<a href="${escapeHtml(relativeUrl(from, path))}">${label}</a>` : label;
}

/** Documents with the given ids and kind, in the order of the ids; unknown ids are dropped. */
export function resolveIds(ids: string[], kind: string, context: PageContext): ParsedDocument[] {
  return ids.flatMap((id) => context.index.documentsWithId(id).filter((d) => d.kind === kind && context.model.pathOf.has(d.uri)).slice(0, 1));
}

export function linkList(from: string, documents: ParsedDocument[], model: SiteModel): string | undefined {
  return documents.length ? `<ul class="liste-kompakt">${documents.map((d) => `<li>${linkTo(from, model, d)}</li>`).join('')}</ul>` : undefined;
}

/** The criteria of all Eckpunkte: id → text and Eckpunkt. */
export function criteriaById(model: SiteModel): Map<string, { text: string; eckpunkt: ParsedDocument; number: string }> {
  const map = new Map<string, { text: string; eckpunkt: ParsedDocument; number: string }>();
  model.eckpunkte.forEach((eckpunkt, e) => {
    records(data(eckpunkt).criteria).forEach((criterion, c) => {
      const id = str(criterion.id);
      if (id && !map.has(id)) map.set(id, { text: str(criterion.text) ?? id, eckpunkt, number: `${e + 1}.${c + 1}` });
    });
  });
  return map;
}

/** Criteria by their statement text, each linked to its row of the checklist; undefined when there are none. */
export function criterionList(from: string, ids: string[], model: SiteModel): string | undefined {
  const criteria = criteriaById(model);
  const found = ids.map((id) => criteria.get(id)).filter((c) => c !== undefined);
  return found.length ? `<ul class="liste-kompakt">${found.map((c) => `<li><a href="${escapeHtml(relativeUrl(from, PATHS.checklist))}#kriterium-${escapeHtml(c.number.replace('.', '-'))}">${escapeHtml(c.number)}</a> ${escapeHtml(c.text)}</li>`).join('')}</ul>` : undefined;
}

export function sources(document: ParsedDocument): string {
  const list = records(data(document).sources);
  if (!list.length) return '';
  const items = list.map((s) => {
    const name = escapeHtml(str(s.title) ?? '');
    const url = safeUrl(s.url);
    const meta = [str(s.publisher), num(s.year)].filter((x) => x !== undefined).map(escapeHtml).join(', ');
    return `<li>${url ? `<a href="${escapeHtml(url)}">${name}</a>` : name}${meta ? ` <span class="nebensache">(${meta})</span>` : ''}</li>`;
  });
  return `<section class="quellen" aria-labelledby="abschnitt-quellen"><h2 id="abschnitt-quellen">Quellen</h2><ul>${items.join('')}</ul></section>`;
}

export function contactsHtml(value: unknown): string | undefined {
  const list = records(value);
  if (!list.length) return undefined;
  return `<ul class="kontakte">${list
    .map((c) => {
      const lines = [`<strong>${escapeHtml(str(c.role) ?? '')}</strong>, ${escapeHtml(str(c.institution) ?? '')}`];
      const email = str(c.email);
      const phone = str(c.phone);
      const url = safeUrl(c.url);
      if (email && /^[^\s<>"']+@[^\s<>"']+$/.test(email)) lines.push(`E-Mail: <a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>`);
      if (phone) lines.push(`Telefon: <a href="tel:${escapeHtml(phone.replace(/[^\d+]/g, ''))}">${escapeHtml(phone)}</a>`);
      if (url) lines.push(`Website: <a href="${escapeHtml(url)}">${escapeHtml(url.replace(/^https?:\/\//, '').replace(/\/$/, ''))}</a>`);
      const basis = str(c.legal_basis);
      if (basis && (email || phone)) lines.push(`<span class="nebensache">${escapeHtml(LEGAL_BASIS[basis] ?? basis)}</span>`);
      return `<li>${lines.join('<br>')}</li>`;
    })
    .join('')}</ul>`;
}

/** Index-only words for Pagefind: the later parts of the page's compounds (see search.ts). */
export function searchParts(document: ParsedDocument, context: PageContext): string {
  const parts = context.vocabulary.partsOf(document);
  return parts.length ? `\n<span hidden data-pagefind-index-attrs="data-wortteile" data-wortteile="${escapeHtml(parts.join(' '))}"></span>` : '';
}

export function pageHeader(kicker: string, heading: string, summary?: string): string {
  return `<header class="seitenkopf"><p class="dachzeile">${kicker}</p><h1>${escapeHtml(heading)}</h1>${summary ? `<p class="kurzbeschreibung">${escapeHtml(summary)}</p>` : ''}</header>`;
}

export function panel(heading: string, rows: string): string {
  return `<aside class="steckbrief" aria-labelledby="abschnitt-steckbrief"><h2 id="abschnitt-steckbrief">${escapeHtml(heading)}</h2><dl>${rows}</dl></aside>`;
}
