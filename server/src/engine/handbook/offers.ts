// „Fortbildung und Austausch“ (#21): the training and exchange offers (kind `angebot`) on their own pages and
// in an overview, and on each instrument page the offers that serve it.
import type { ParsedDocument } from '../parse/document';
import { OFFER_FORMAT } from '../vocabulary';
import { pageContent } from './content';
import { escapeHtml, row, str, strings } from './html';
import { count } from './labels';
import type { PageSpec, SiteModel } from './model';
import { data, linkList, linkTo, pageHeader, panel, resolveIds, searchParts, sources, type PageContext } from './parts';
import { documentTitle } from './model';

const formatOf = (offer: ParsedDocument) => OFFER_FORMAT[str(data(offer).format) ?? ''] ?? 'Angebot';

export function offerPage(spec: PageSpec, offer: ParsedDocument, context: PageContext): string {
  const { model } = context;
  const here = spec.path;
  const d = data(offer);
  const rows = [
    row('Format', escapeHtml(formatOf(offer))),
    row('Anbieter', str(d.provider) ? escapeHtml(str(d.provider)) : undefined),
    row('Instrumente', linkList(here, resolveIds(strings(d.instruments), 'instrument', context), model)),
  ].join('');
  return `<article class="dokument angebot">
${pageHeader(`${escapeHtml(formatOf(offer))} · Fortbildung und Austausch`, documentTitle(offer), str(d.summary))}
${panel('Auf einen Blick', rows)}
<div class="fliesstext">${pageContent(offer, here, context)}</div>
${sources(offer)}
</article>${searchParts(offer, context)}`;
}

/** An offer as a card: title linked, format and provider, summary, and (optionally) its instruments. */
function offerCard(here: string, offer: ParsedDocument, context: PageContext, level: number, withInstruments: boolean): string {
  const { model } = context;
  const d = data(offer);
  const instruments = withInstruments ? resolveIds(strings(d.instruments), 'instrument', context) : [];
  const meta = [formatOf(offer), str(d.provider)].filter(Boolean).map((x) => escapeHtml(x!)).join(' · ');
  return `<li class="karte"><h${level} class="karte-titel">${linkTo(here, model, offer)}</h${level}><p class="nebensache">${meta}</p>${str(d.summary) ? `<p>${escapeHtml(str(d.summary))}</p>` : ''}${instruments.length ? `<p class="nebensache">Instrumente: ${instruments.map((i) => linkTo(here, model, i)).join(', ')}</p>` : ''}</li>`;
}

/** The offers that serve an instrument (they name it in `instruments`). */
export function offersOf(instrument: ParsedDocument, model: SiteModel): ParsedDocument[] {
  return model.offers.filter((o) => strings(data(o).instruments).includes(instrument.id!));
}

/** „Fortbildung und Austausch“ on an instrument page (nothing when no offer serves it). */
export function instrumentOffers(here: string, instrument: ParsedDocument, context: PageContext): string {
  const list = offersOf(instrument, context.model);
  if (!list.length) return '';
  return `<section class="angebote" aria-labelledby="abschnitt-angebote"><h2 id="abschnitt-angebote">Fortbildung und Austausch</h2><ul class="karten">${list.map((o) => offerCard(here, o, context, 3, false)).join('')}</ul></section>`;
}

export function offersOverview(spec: PageSpec, context: PageContext): string {
  const { model } = context;
  return `<header class="seitenkopf"><h1>Fortbildung und Austausch</h1><p class="kurzbeschreibung">${escapeHtml(count(model.offers.length, 'Angebot', 'Angebote'))} zu Fortbildung und Austausch, jeweils mit den Instrumenten, denen sie dienen.</p></header>
<ul class="karten">${model.offers.map((o) => offerCard(spec.path, o, context, 2, true)).join('')}</ul>`;
}
