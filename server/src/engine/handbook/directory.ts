// „Wen fragen?“ (#21): every model site and partner office with its Land, the instruments it tried, the
// questions it answered and a function contact only where the toolbox records one with its legal basis; then
// the institutions that answered questions, with the contact their answers record. Nothing is invented.
import type { ParsedDocument } from '../parse/document';
import { SITE_ROLE } from '../vocabulary';
import { escapeHtml, record, records, str, strings } from './html';
import { byGerman, count } from './labels';
import type { PageSpec } from './model';
import { contactsHtml, data, linkTo, resolveIds, type PageContext } from './parts';
import { answeredBySite, questionItem } from './questions';

/**
 * The instruments a site tried: its own list and the instruments that name it (`sites`), in handbook order. A
 * case's `instruments` say what the case bears on, not what its site tried, so they are not counted here.
 */
export function instrumentsTried(site: ParsedDocument, context: PageContext): ParsedDocument[] {
  const { model } = context;
  const own = new Set(resolveIds(strings(data(site).instruments), 'instrument', context));
  for (const instrument of model.instruments) if (strings(data(instrument).sites).includes(site.id!)) own.add(instrument);
  return model.instruments.filter((i) => own.has(i));
}

/** Contacts with a recorded legal basis only (a contact without one publishes no e-mail or phone anyway). */
const recordedContacts = (value: unknown) => contactsHtml(records(value).filter((c) => str(c.legal_basis)));

function siteEntry(here: string, site: ParsedDocument, context: PageContext): string {
  const { model } = context;
  const d = data(site);
  const tried = instrumentsTried(site, context);
  const answered = answeredBySite(site, context);
  const id = `standort-${escapeHtml(site.id)}`;
  return `<li class="karte"><h3 class="karte-titel" id="${id}">${linkTo(here, model, site)}</h3>
<p class="nebensache">${escapeHtml(SITE_ROLE[str(d.role) ?? ''] ?? 'Standort')}, ${escapeHtml(str(d.bundesland) ?? '')}</p>
<p>${tried.length ? `Erprobte Instrumente: ${tried.map((i) => linkTo(here, model, i)).join(', ')}` : 'Im Werkzeugkoffer ist kein erprobtes Instrument verzeichnet.'}</p>
${answered.length ? `<p>Beantwortete Fragen:</p><ul class="liste-kompakt">${answered.map((q) => questionItem(here, q, model)).join('')}</ul>` : ''}
${recordedContacts(d.contacts) ?? '<p class="nebensache">Der Werkzeugkoffer verzeichnet für diese Behörde keine Kontaktstelle.</p>'}</li>`;
}

/** The institutions that answered questions, each with the contacts its answers record (once each). */
function institutions(here: string, context: PageContext): string {
  const byName = new Map<string, { contacts: Record<string, unknown>[]; questions: ParsedDocument[] }>();
  for (const q of context.model.questions) {
    const by = record(data(q).answered_by);
    const name = str(by?.institution);
    if (!name || str(by?.site)) continue;
    const entry = byName.get(name) ?? { contacts: [], questions: [] };
    const contact = record(by?.contact);
    if (contact && str(contact.legal_basis) && !entry.contacts.some((c) => JSON.stringify(c) === JSON.stringify(contact))) entry.contacts.push(contact);
    entry.questions.push(q);
    byName.set(name, entry);
  }
  if (!byName.size) return '';
  const items = [...byName.entries()].sort(([a], [b]) => byGerman(a, b)).map(([name, entry], n) => `<li class="karte"><h3 class="karte-titel" id="institution-${n + 1}">${escapeHtml(name)}</h3>
<p>${escapeHtml(count(entry.questions.length, 'beantwortete Frage', 'beantwortete Fragen'))}:</p><ul class="liste-kompakt">${entry.questions.map((q) => questionItem(here, q, context.model)).join('')}</ul>
${contactsHtml(entry.contacts) ?? '<p class="nebensache">Der Werkzeugkoffer verzeichnet für diese Institution keine Kontaktstelle.</p>'}</li>`);
  return `<section aria-labelledby="wen-institutionen"><h2 id="wen-institutionen">Institutionen</h2><ul class="karten">${items.join('')}</ul></section>`;
}

export function directoryPage(spec: PageSpec, context: PageContext): string {
  const { model } = context;
  const here = spec.path;
  return `<header class="seitenkopf"><h1>Wen fragen?</h1><p class="kurzbeschreibung">${escapeHtml(count(model.sites.length, 'Modellstandort oder Partnerbehörde', 'Modellstandorte und Partnerbehörden'))} mit ihrem Land, den Instrumenten, die sie erprobt haben, und den Fragen, die sie beantwortet haben. Eine Kontaktstelle steht nur dort, wo der Werkzeugkoffer sie mit ihrer Rechtsgrundlage verzeichnet.</p></header>
<section aria-labelledby="wen-standorte"><h2 id="wen-standorte">Modellstandorte und Partnerbehörden</h2><ul class="karten">${model.sites.map((s) => siteEntry(here, s, context)).join('\n')}</ul></section>
${institutions(here, context)}`;
}
