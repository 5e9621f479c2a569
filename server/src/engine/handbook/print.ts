// The print edition: the whole handbook in reading order on one page, with a table of contents, for the
// browser's print function and for the PDF (Chromium turns its headings into the document outline).
import type { ParsedDocument } from '../parse/document';
import { printContent, printId } from './content';
import { escapeHtml, num, record, records, str, strings } from './html';
import { EFFORT, SITE_ROLE } from '../vocabulary';
import { count } from './labels';
import { layout, SITE_NAME } from './layout';
import { contentPages, documentTitle, type PageSpec } from './model';
import { checklistForm, contactsHtml, originLegend, originMark, phaseLinks, publisherHtml, wordingHtml, type PageContext } from './pages';

const data = (d: ParsedDocument) => d.data ?? {};

export function renderPrintEdition(spec: PageSpec, context: PageContext): string {
  const { model, index } = context;
  const here = spec.path;
  const anchor = (d: ParsedDocument) => `#${printId(d)}`;
  const link = (d: ParsedDocument) => (model.pathOf.has(d.uri) ? `<a href="${anchor(d)}">${escapeHtml(documentTitle(d))}</a>` : escapeHtml(documentTitle(d)));
  const byIds = (ids: string[], kind: string) => ids.flatMap((id) => index.documentsWithId(id).filter((d) => d.kind === kind && model.pathOf.has(d.uri)).slice(0, 1));
  const facts = (rows: [string, string | undefined][]) => {
    const shown = rows.filter(([, v]) => v);
    return shown.length ? `<dl class="druck-fakten">${shown.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>` : '';
  };
  const sourcesOf = (d: ParsedDocument, level: number) => {
    const list = records(data(d).sources);
    return list.length ? `<h${level} id="${printId(d)}--quellen" class="quellen-titel">Quellen</h${level}><ul class="quellen">${list.map((s) => `<li>${escapeHtml(str(s.title) ?? '')}${str(s.publisher) || num(s.year) ? ` (${escapeHtml([str(s.publisher), num(s.year)].filter((x) => x !== undefined).join(', '))})` : ''}</li>`).join('')}</ul>` : '';
  };

  // A document's part of the print edition depends on what its own page depends on; the handbook drops
  // an entry whenever that page is rebuilt, so after a one-document change only the changed parts render.
  const cached = (d: ParsedDocument, render: () => string): string => {
    let html = context.printParts?.get(d.uri);
    if (html === undefined) {
      html = render();
      context.printParts?.set(d.uri, html);
    }
    return html;
  };
  const toc: string[] = [];
  const parts: string[] = [];
  const pageChapter = (page: ParsedDocument) => {
    toc.push(`<li>${link(page)}</li>`);
    parts.push(`<section class="kapitel" id="${printId(page)}" aria-labelledby="${printId(page)}--titel"><h2 id="${printId(page)}--titel">${escapeHtml(documentTitle(page))}</h2>${publisherHtml(data(page).publisher)}${printContent(page, 1, context, here)}${contactsHtml(data(page).contacts) ?? ''}${sourcesOf(page, 3)}</section>`);
  };
  const start = model.purposes.get('start');
  if (start) {
    toc.push(`<li><a href="${anchor(start)}">Einführung</a></li>`);
    parts.push(`<section class="kapitel" id="${printId(start)}" aria-labelledby="${printId(start)}--titel"><h2 id="${printId(start)}--titel">Einführung</h2>${printContent(start, 1, context, here)}</section>`);
  }
  // The content pages (Modellprojekt, Phasenmodell) follow the introduction; the legal pages close the edition.
  const content = contentPages(model).filter((page) => model.pathOf.has(page.uri));
  for (const page of content) pageChapter(page);

  model.eckpunkte.forEach((eckpunkt, e) => {
    const instruments = model.instrumentsOf.get(eckpunkt.id!) ?? [];
    toc.push(`<li><a href="${anchor(eckpunkt)}">Eckpunkt ${e + 1}: ${escapeHtml(documentTitle(eckpunkt))}</a>${instruments.length ? `<ol>${instruments.map((i) => `<li>${link(i)}</li>`).join('')}</ol>` : ''}</li>`);
    const criteria = records(data(eckpunkt).criteria).map((c, i) => `<li><span class="nummer">${e + 1}.${i + 1}</span> ${escapeHtml(str(c.text) ?? '')}${originMark(c)}</li>`).join('');
    const articles = instruments.map((instrument) => cached(instrument, () => {
      const d = data(instrument);
      const weeks = num(d.duration_weeks);
      const referrers = instrument.id ? index.referrersOf(instrument.id).filter((r) => (r.kind === 'case' || r.kind === 'site') && model.pathOf.has(r.uri)) : [];
      const list = (docs: ParsedDocument[]) => (docs.length ? docs.map(link).join(', ') : 'keine');
      return `<article class="druck-dokument" id="${printId(instrument)}" aria-labelledby="${printId(instrument)}--titel">
<h3 id="${printId(instrument)}--titel">${escapeHtml(documentTitle(instrument))}</h3>
${str(d.summary) ? `<p class="kurzbeschreibung">${escapeHtml(str(d.summary))}</p>` : ''}
${facts([
        ['Aufwand', str(d.effort) ? escapeHtml(EFFORT[str(d.effort)!] ?? str(d.effort)) : undefined],
        ['Dauer', weeks !== undefined ? `etwa ${escapeHtml(count(weeks, 'Woche', 'Wochen'))}` : undefined],
        ['Phasen', strings(d.phase).length ? phaseLinks(strings(d.phase), model, (path, fragment) => { const page = model.purposes.get('phasenmodell')!; return fragment ? `#${printId(page)}--${fragment}` : `#${printId(page)}`; }) : undefined],
        ['Voraussetzungen', list(byIds(strings(d.requires), 'instrument'))],
        ['Verwandte Instrumente', list(byIds(strings(d.related), 'instrument'))],
        ['In der Praxis', referrers.length ? referrers.sort((a, b) => documentTitle(a).localeCompare(documentTitle(b), 'de')).map(link).join(', ') : undefined],
      ])}
${printContent(instrument, 2, context, here)}
${sourcesOf(instrument, 4)}
</article>`;
    }));
    const intro = cached(eckpunkt, () => `<h2 id="${printId(eckpunkt)}--titel">Eckpunkt ${e + 1}: ${escapeHtml(documentTitle(eckpunkt))}</h2>
${str(data(eckpunkt).summary) ? `<p class="kurzbeschreibung">${escapeHtml(str(data(eckpunkt).summary))}</p>` : ''}
${wordingHtml(eckpunkt)}
${printContent(eckpunkt, 1, context, here)}
<h3 id="${printId(eckpunkt)}--kriterien">Kriterien der Checkliste</h3><ol class="kriterien">${criteria}</ol>
${originLegend()}
${sourcesOf(eckpunkt, 3)}`);
    parts.push(`<section class="kapitel" id="${printId(eckpunkt)}" aria-labelledby="${printId(eckpunkt)}--titel">
${intro}
${articles.join('\n')}
</section>`);
  });

  const orphans = model.instruments.filter((i) => ![...model.instrumentsOf.values()].some((list) => list.includes(i)));
  if (orphans.length) {
    toc.push('<li><a href="#druck-weitere-instrumente">Weitere Instrumente</a></li>');
    parts.push(`<section class="kapitel" id="druck-weitere-instrumente" aria-labelledby="druck-weitere-instrumente-titel"><h2 id="druck-weitere-instrumente-titel">Weitere Instrumente</h2>${orphans.map((i) => `<article class="druck-dokument" id="${printId(i)}" aria-labelledby="${printId(i)}--titel"><h3 id="${printId(i)}--titel">${escapeHtml(documentTitle(i))}</h3>${printContent(i, 2, context, here)}</article>`).join('\n')}</section>`);
  }

  if (model.cases.length) {
    toc.push(`<li><a href="#druck-praxisbeispiele">Praxisbeispiele</a><ol>${model.cases.map((c) => `<li>${link(c)}</li>`).join('')}</ol></li>`);
    parts.push(`<section class="kapitel" id="druck-praxisbeispiele" aria-labelledby="druck-praxisbeispiele-titel"><h2 id="druck-praxisbeispiele-titel">Praxisbeispiele</h2>
${model.cases
  .map((c) => cached(c, () => {
    const d = data(c);
    const p = record(d.period);
    return `<article class="druck-dokument" id="${printId(c)}" aria-labelledby="${printId(c)}--titel"><h3 id="${printId(c)}--titel">${escapeHtml(documentTitle(c))}</h3>
${str(d.summary) ? `<p class="kurzbeschreibung">${escapeHtml(str(d.summary))}</p>` : ''}
${facts([
      ['Region', str(d.region) ? escapeHtml(`${str(d.region)}${str(d.bundesland) ? `, ${str(d.bundesland)}` : ''}`) : undefined],
      ['Zeitraum', num(p?.from) !== undefined ? escapeHtml(num(p?.to) !== undefined ? `${num(p?.from)}–${num(p?.to)}` : `seit ${num(p?.from)}`) : undefined],
      ['Instrumente', byIds(strings(d.instruments), 'instrument').map(link).join(', ') || undefined],
      ['Partner', strings(d.partners).length ? escapeHtml(strings(d.partners).join('; ')) : undefined],
      ['Kontakt', contactsHtml(d.contacts)],
    ])}
${printContent(c, 2, context, here)}
${sourcesOf(c, 4)}
</article>`;
  }))
  .join('\n')}</section>`);
  }

  if (model.sites.length) {
    toc.push(`<li><a href="#druck-standorte">Modellstandorte und Partnerbehörden</a><ol>${model.sites.map((s) => `<li>${link(s)}</li>`).join('')}</ol></li>`);
    parts.push(`<section class="kapitel" id="druck-standorte" aria-labelledby="druck-standorte-titel"><h2 id="druck-standorte-titel">Modellstandorte und Partnerbehörden</h2>
${model.sites
  .map((s) => cached(s, () => {
    const d = data(s);
    const partnerOf = byIds([str(d.partner_of) ?? ''], 'site')[0];
    return `<article class="druck-dokument" id="${printId(s)}" aria-labelledby="${printId(s)}--titel"><h3 id="${printId(s)}--titel">${escapeHtml(documentTitle(s))}</h3>
${facts([
      ['Rolle', escapeHtml(`${SITE_ROLE[str(d.role) ?? ''] ?? ''}${str(d.bundesland) ? `, ${str(d.bundesland)}` : ''}`)],
      ['Partnerbehörde von', partnerOf ? link(partnerOf) : undefined],
      ['Erprobte Instrumente', byIds(strings(d.instruments), 'instrument').map(link).join(', ') || undefined],
    ])}
${printContent(s, 2, context, here)}
${sourcesOf(s, 4)}
</article>`;
  }))
  .join('\n')}</section>`);
  }

  toc.push('<li><a href="#druck-checkliste">Checkliste zur Standortbestimmung</a></li>');
  parts.push(`<section class="kapitel checkliste-druck" id="druck-checkliste" aria-labelledby="druck-checkliste-titel"><h2 id="druck-checkliste-titel">Checkliste zur Standortbestimmung</h2>
<p>Bewerten Sie jedes Kriterium zweimal: „Wo stehen wir heute?“ (1 = keine Ansätze erkennbar … 5 = bereits sehr gut) und „Wie relevant ist der Punkt für uns?“ (1 = nicht relevant … 5 = hohe Priorität).</p>
${originLegend()}
${checklistForm(model, 'druck-', 3)}</section>`);

  for (const page of model.pageDocuments) if (page !== start && !content.includes(page)) pageChapter(page);

  const body = `<header class="titelblatt"><p class="dachzeile">Druckfassung</p><h1>${escapeHtml(SITE_NAME)}</h1>
<p class="kurzbeschreibung">Das ganze Handbuch auf einer Seite: ${escapeHtml(count(model.eckpunkte.length, 'Eckpunkt', 'Eckpunkte'))}, ${escapeHtml(count(model.instruments.length, 'Instrument', 'Instrumente'))}, ${escapeHtml(count(model.cases.length, 'Praxisbeispiel', 'Praxisbeispiele'))}, ${escapeHtml(count(model.sites.length, 'Standort', 'Standorte'))} und die Checkliste zur Standortbestimmung. Drucken Sie diese Seite mit der Druckfunktion Ihres Browsers oder laden Sie das PDF, sofern es mit veröffentlicht wurde.</p></header>
<nav class="inhaltsverzeichnis" aria-labelledby="druck-inhalt"><h2 id="druck-inhalt">Inhalt</h2><ol>${toc.join('')}</ol></nav>
${parts.join('\n')}`;
  return layout({ spec, model, body, description: 'Das ganze Handbuch auf einer Seite, zum Drucken.', bodyClass: 'druck' });
}
