// The pages of the handbook, as HTML strings: one function per page type. Everything decided here comes
// from the index (titles, references, backlinks); nothing reads files.
import type { ParsedDocument } from '../parse/document';
import { bundeslandMap } from './chart';
import { pageContent } from './content';
import { escapeHtml, num, record, records, row, safeUrl, str, strings } from './html';
import { AUTHORITY, CRITERION_ORIGIN, EFFORT, kindLabel, PHASE, SITE_ROLE } from '../vocabulary';
import { dateLabel } from '../plan/months';
import { count, joinGerman } from './labels';
import { layout } from './layout';
import { contentPages, documentTitle, type PageSpec, type SiteModel } from './model';
import { PATHS, relativeUrl } from './routes';
import { contactsHtml, criterionList, data, linkList, linkTo, pageHeader, panel, resolveIds, searchParts, sources, type PageContext } from './parts';

import { instrumentQuestions, questionPage, questionsOverview, siteQuestions } from './questions';
import { instrumentOffers, offerPage, offersOverview } from './offers';
import { directoryPage } from './directory';

export { contactsHtml, type PageContext };

/**
 * An instrument's phases, each linked to its section on the phase-model page (the heading whose anchor is the
 * phase's value, e.g. `## Vorintegration`), or to the page when it has no such section; plain text without the page.
 */
export function phaseLinks(phases: string[], model: SiteModel, href: (path: string, anchor?: string) => string | undefined): string {
  const page = model.purposes.get('phasenmodell');
  const path = page && model.pathOf.get(page.uri);
  const anchors = new Set(page?.body.headings.map((h) => h.slug));
  return phases
    .map((phase) => {
      const label = escapeHtml(PHASE[phase] ?? phase);
      const url = path ? href(path, anchors.has(phase) ? phase : undefined) : undefined;
      return url ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
    })
    .join(', ');
}

/** The small mark beside a criterion that says where it comes from (the checklist itself or the toolbox). */
export function originMark(criterion: Record<string, unknown>): string {
  const origin = str(criterion.origin);
  const label = origin ? CRITERION_ORIGIN[origin] : undefined;
  return label ? ` <span class="herkunft herkunft-${escapeHtml(origin!)}" title="${escapeHtml(label.legend)}">${escapeHtml(label.mark)}</span>` : '';
}

/** The legend of the origin marks, for every list that shows them. */
export function originLegend(): string {
  const items = Object.entries(CRITERION_ORIGIN).map(([origin, label]) => `<span class="herkunft herkunft-${escapeHtml(origin)}">${escapeHtml(label.mark)}</span> ${escapeHtml(label.legend)}`);
  return `<p class="herkunft-legende">Herkunft der Kriterien: ${items.join(' · ')}</p>`;
}

/** An Eckpunkt in the project's own wording, as a quotation. */
export function wordingHtml(document: ParsedDocument): string {
  const wording = str(data(document).wording);
  return wording ? `<figure class="wortlaut"><blockquote><p>${escapeHtml(wording)}</p></blockquote><figcaption>Der Eckpunkt im Wortlaut des Modellprojekts</figcaption></figure>` : '';
}

function period(value: unknown): string | undefined {
  const p = record(value);
  const from = num(p?.from);
  if (from === undefined) return undefined;
  const to = num(p?.to);
  return to === undefined ? `seit ${from}` : to === from ? String(from) : `${from}–${to}`;
}

function caseCard(from: string, c: ParsedDocument, model: SiteModel, headingLevel = 3): string {
  const d = data(c);
  const meta = [str(d.region), str(d.bundesland), period(d.period)].filter(Boolean).map((x) => escapeHtml(x)).join(' · ');
  return `<li class="karte"><h${headingLevel} class="karte-titel">${linkTo(from, model, c)}</h${headingLevel}>${meta ? `<p class="nebensache">${meta}</p>` : ''}${str(d.summary) ? `<p>${escapeHtml(str(d.summary))}</p>` : ''}</li>`;
}

function siteLine(from: string, s: ParsedDocument, model: SiteModel): string {
  const d = data(s);
  return `<li>${linkTo(from, model, s)} <span class="nebensache">(${escapeHtml(SITE_ROLE[str(d.role) ?? ''] ?? 'Standort')}, ${escapeHtml(str(d.bundesland) ?? '')})</span></li>`;
}

// ——— document pages ———

function instrumentPage(spec: PageSpec, document: ParsedDocument, context: PageContext): string {
  const { model, index } = context;
  const here = spec.path;
  const d = data(document);
  const eckpunkt = resolveIds([str(d.eckpunkt) ?? ''], 'eckpunkt', context)[0];
  const weeks = num(d.duration_weeks);
  const rows = [
    row('Eckpunkt', eckpunkt ? linkTo(here, model, eckpunkt) : undefined),
    row('Aufwand', str(d.effort) ? escapeHtml(EFFORT[str(d.effort)!] ?? str(d.effort)) : undefined),
    row('Dauer', weeks !== undefined ? `etwa ${escapeHtml(count(weeks, 'Woche', 'Wochen'))} bis zur Einführung` : undefined),
    row('Phasen', strings(d.phase).length ? phaseLinks(strings(d.phase), model, (path, anchor) => `${relativeUrl(here, path)}${anchor ? `#${anchor}` : ''}`) : undefined),
    row('Voraussetzungen', linkList(here, resolveIds(strings(d.requires), 'instrument', context), model) ?? 'keine'),
    row('Verwandte Instrumente', linkList(here, resolveIds(strings(d.related), 'instrument', context), model) ?? 'keine'),
    row('Adressierte Kriterien', criterionList(here, strings(d.addresses), model)),
    row('Beteiligte', strings(d.roles).length ? escapeHtml(strings(d.roles).join(', ')) : undefined),
  ].join('');

  // „In der Praxis“: every case and site that refers to this instrument, from the index (backlinks),
  // together with the sites the instrument itself names.
  const referrers = document.id ? index.referrersOf(document.id).filter((r) => model.pathOf.has(r.uri)) : [];
  const cases = referrers.filter((r) => r.kind === 'case').sort((a, b) => documentTitle(a).localeCompare(documentTitle(b), 'de'));
  const siteSet = new Set([...referrers.filter((r) => r.kind === 'site'), ...resolveIds(strings(d.sites), 'site', context)]);
  const sites = [...siteSet].sort((a, b) => documentTitle(a).localeCompare(documentTitle(b), 'de'));
  const practice = cases.length || sites.length
    ? `${cases.length ? `<h3>Praxisbeispiele</h3><ul class="karten">${cases.map((c) => caseCard(here, c, model, 4)).join('')}</ul>` : ''}${sites.length ? `<h3>Standorte, die das Instrument erprobt haben</h3><ul class="liste-kompakt">${sites.map((s) => siteLine(here, s, model)).join('')}</ul>` : ''}`
    : '<p>Bisher verweist kein Praxisbeispiel und kein Standort auf dieses Instrument.</p>';
  return `<article class="dokument instrument">
${pageHeader(`Instrument${eckpunkt ? ` · Eckpunkt ${escapeHtml(documentTitle(eckpunkt))}` : ''}`, documentTitle(document), str(d.summary))}
${panel('Steckbrief', rows)}
<div class="fliesstext">${pageContent(document, here, context)}</div>
<section class="in-der-praxis" aria-labelledby="abschnitt-praxis"><h2 id="abschnitt-praxis">In der Praxis</h2>
<p class="nebensache">${escapeHtml(joinGerman([count(cases.length, 'Praxisbeispiel', 'Praxisbeispiele'), count(sites.length, 'Standort', 'Standorte')]))} zeigen dieses Instrument im Einsatz.</p>
${practice}
</section>
${instrumentQuestions(here, document, context)}
${instrumentOffers(here, document, context)}
${sources(document)}
</article>${searchParts(document, context)}`;
}

function eckpunktPage(spec: PageSpec, document: ParsedDocument, context: PageContext): string {
  const { model, index } = context;
  const here = spec.path;
  const d = data(document);
  const position = model.eckpunkte.indexOf(document) + 1;
  const instruments = model.instrumentsOf.get(document.id!) ?? [];
  const criteria = records(d.criteria);
  const criteriaList = criteria
    .map((criterion, i) => {
      const id = str(criterion.id) ?? '';
      const by = index.referrersOf(id).filter((r) => r.kind === 'instrument' && model.pathOf.has(r.uri)).sort((a, b) => documentTitle(a).localeCompare(documentTitle(b), 'de'));
      return `<li id="kriterium-${escapeHtml(id)}"><span class="nummer">${position}.${i + 1}</span> ${escapeHtml(str(criterion.text) ?? id)}${originMark(criterion)}${by.length ? `<br><span class="nebensache">Instrumente: ${by.map((b) => linkTo(here, model, b)).join(', ')}</span>` : ''}</li>`;
    })
    .join('');
  const list = instruments
    .map((instrument) => {
      const i = data(instrument);
      const weeks = num(i.duration_weeks);
      const facts = [str(i.effort) ? `Aufwand ${EFFORT[str(i.effort)!] ?? str(i.effort)}` : undefined, weeks !== undefined ? `etwa ${count(weeks, 'Woche', 'Wochen')}` : undefined].filter(Boolean).join(' · ');
      return `<li class="karte"><h3 class="karte-titel">${linkTo(here, model, instrument)}</h3>${facts ? `<p class="nebensache">${escapeHtml(facts)}</p>` : ''}${str(i.summary) ? `<p>${escapeHtml(str(i.summary))}</p>` : ''}</li>`;
    })
    .join('');
  return `<article class="dokument eckpunkt">
${pageHeader(`Eckpunkt ${position} von ${model.eckpunkte.length}`, documentTitle(document), str(d.summary))}
${wordingHtml(document)}
<div class="fliesstext">${pageContent(document, here, context)}</div>
<section aria-labelledby="abschnitt-kriterien"><h2 id="abschnitt-kriterien">Kriterien der Checkliste</h2>
<p>Mit diesen Aussagen bestimmt eine Behörde, wo sie bei diesem Eckpunkt steht. Zum Ausfüllen: <a href="${escapeHtml(relativeUrl(here, PATHS.checklist))}#eckpunkt-${escapeHtml(document.id)}">Checkliste zur Standortbestimmung</a>.</p>
<ol class="kriterien">${criteriaList}</ol>
${originLegend()}
</section>
<section aria-labelledby="abschnitt-instrumente"><h2 id="abschnitt-instrumente">Instrumente zu diesem Eckpunkt</h2>
${instruments.length ? `<ul class="karten">${list}</ul>` : '<p>Diesem Eckpunkt ist noch kein Instrument zugeordnet.</p>'}
</section>
${sources(document)}
</article>${searchParts(document, context)}`;
}

function casePage(spec: PageSpec, document: ParsedDocument, context: PageContext): string {
  const { model } = context;
  const here = spec.path;
  const d = data(document);
  const rows = [
    row('Region', str(d.region) ? escapeHtml(str(d.region)) : undefined),
    row('Bundesland', str(d.bundesland) ? escapeHtml(str(d.bundesland)) : undefined),
    row('Zeitraum', period(d.period) ? escapeHtml(period(d.period)) : undefined),
    row('Programm', str(d.programme) ? escapeHtml(str(d.programme)) : undefined),
    row('Gezeigte Instrumente', linkList(here, resolveIds(strings(d.instruments), 'instrument', context), model)),
    row('Standorte', linkList(here, resolveIds(strings(d.sites), 'site', context), model)),
    row('Partner', strings(d.partners).length ? `<ul class="liste-kompakt">${strings(d.partners).map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : undefined),
    row('Finanzierung', str(d.funding) ? escapeHtml(str(d.funding)) : undefined),
    row('Kontakt', contactsHtml(d.contacts)),
  ].join('');
  return `<article class="dokument praxisbeispiel">
${pageHeader('Praxisbeispiel', documentTitle(document), str(d.summary))}
${panel('Auf einen Blick', rows)}
<div class="fliesstext">${pageContent(document, here, context)}</div>
${sources(document)}
</article>${searchParts(document, context)}`;
}

function sitePage(spec: PageSpec, document: ParsedDocument, context: PageContext): string {
  const { model, index } = context;
  const here = spec.path;
  const d = data(document);
  const figures = record(d.figures);
  const year = num(figures?.year);
  const partnerOf = resolveIds([str(d.partner_of) ?? ''], 'site', context)[0];
  const referrers = document.id ? index.referrersOf(document.id).filter((r) => model.pathOf.has(r.uri)) : [];
  const partners = referrers.filter((r) => r.kind === 'site' && str(data(r).partner_of) === document.id);
  const cases = referrers.filter((r) => r.kind === 'case').sort((a, b) => documentTitle(a).localeCompare(documentTitle(b), 'de'));
  const instruments = resolveIds(strings(d.instruments), 'instrument', context);
  const figure = (value: unknown) => (num(value) !== undefined ? `${escapeHtml(num(value)!.toLocaleString('de-DE'))}${year ? ` <span class="nebensache">(${year})</span>` : ''}` : undefined);
  const rows = [
    row('Rolle im Modellprojekt', escapeHtml(SITE_ROLE[str(d.role) ?? ''] ?? str(d.role) ?? '')),
    row('Bundesland', str(d.bundesland) ? escapeHtml(str(d.bundesland)) : undefined),
    row('Gebietskörperschaft', str(d.authority) ? escapeHtml(AUTHORITY[str(d.authority)!] ?? str(d.authority)) : undefined),
    row('Partnerbehörde von', partnerOf ? linkTo(here, model, partnerOf) : undefined),
    row('Partnerbehörden', linkList(here, partners, model)),
    row('Mitarbeitende', figure(figures?.staff)),
    row('Ausländische Einwohnerinnen und Einwohner', figure(figures?.foreign_residents)),
    row('Erprobte Instrumente', linkList(here, instruments, model)),
    row('Kontakt', contactsHtml(d.contacts)),
  ].join('');
  return `<article class="dokument standort">
${pageHeader(escapeHtml(SITE_ROLE[str(d.role) ?? ''] ?? 'Standort'), documentTitle(document))}
${panel('Auf einen Blick', rows)}
<div class="fliesstext">${pageContent(document, here, context)}</div>
${cases.length ? `<section aria-labelledby="abschnitt-praxis"><h2 id="abschnitt-praxis">Praxisbeispiele von diesem Standort</h2><ul class="karten">${cases.map((c) => caseCard(here, c, model)).join('')}</ul></section>` : ''}
${siteQuestions(here, document, context)}
${sources(document)}
</article>${searchParts(document, context)}`;
}

export function publisherHtml(value: unknown): string {
  const publisher = record(value);
  if (!publisher || !str(publisher.institution)) return '';
  const url = safeUrl(publisher.url);
  return `<address class="herausgeber"><strong>${escapeHtml(str(publisher.institution))}</strong>${strings(publisher.address).map((line) => `<br>${escapeHtml(line)}`).join('')}${str(publisher.represented_by) ? `<br>Vertreten durch: ${escapeHtml(str(publisher.represented_by))}` : ''}${url ? `<br><a href="${escapeHtml(url)}">${escapeHtml(url.replace(/^https?:\/\//, '').replace(/\/$/, ''))}</a>` : ''}</address>`;
}

/** Where a reader of a content page goes on: the parts of the handbook its text refers to. */
function furtherReading(spec: PageSpec, document: ParsedDocument, model: SiteModel): string {
  if (!contentPages(model).includes(document)) return '';
  const url = (path: string) => escapeHtml(relativeUrl(spec.path, path));
  const others = contentPages(model).filter((p) => p !== document && model.pathOf.has(p.uri));
  const links = [
    `<a href="${url(PATHS.start)}#eckpunkte">Die Eckpunkte einer Willkommensbehörde</a>`,
    `<a href="${url(PATHS.instruments)}">Alle Instrumente</a>`,
    `<a href="${url(PATHS.checklist)}">Checkliste zur Standortbestimmung</a>`,
    `<a href="${url(PATHS.sites)}">Modellstandorte und Partnerbehörden</a>`,
    ...others.map((p) => `<a href="${url(model.pathOf.get(p.uri)!)}">${escapeHtml(documentTitle(p))}</a>`),
  ];
  return `<section class="weiterlesen" aria-labelledby="abschnitt-weiterlesen"><h2 id="abschnitt-weiterlesen">Im Handbuch weiterlesen</h2><ul class="liste-kompakt">${links.map((l) => `<li>${l}</li>`).join('')}</ul></section>`;
}

function editorialPage(spec: PageSpec, document: ParsedDocument, context: PageContext): string {
  const d = data(document);
  const contacts = contactsHtml(d.contacts);
  const day = str(d.updated);
  const updated = day ? dateLabel(day) : undefined;
  return `<article class="dokument seite">
<header class="seitenkopf"><h1>${escapeHtml(documentTitle(document))}</h1>${str(d.summary) ? `<p class="kurzbeschreibung">${escapeHtml(str(d.summary))}</p>` : ''}</header>
${publisherHtml(d.publisher)}
<div class="fliesstext">${pageContent(document, spec.path, context)}</div>
${contacts ? `<section aria-labelledby="abschnitt-kontakt"><h2 id="abschnitt-kontakt">Kontakt</h2>${contacts}</section>` : ''}
${furtherReading(spec, document, context.model)}
${updated ? `<p class="stand">Stand: ${escapeHtml(updated)}</p>` : ''}
${sources(document)}
</article>${searchParts(document, context)}`;
}

// ——— overview pages ———

function startPage(spec: PageSpec, context: PageContext): string {
  const { model } = context;
  const here = spec.path;
  const intro = model.purposes.get('start');
  const eckpunkte = model.eckpunkte
    .map((e, i) => {
      const instruments = model.instrumentsOf.get(e.id!) ?? [];
      return `<li class="karte eckpunkt-karte"><h3 class="karte-titel"><span class="nummer">${i + 1}</span> ${linkTo(here, model, e)}</h3>${str(data(e).summary) ? `<p>${escapeHtml(str(data(e).summary))}</p>` : ''}<p class="nebensache">${escapeHtml(count(instruments.length, 'Instrument', 'Instrumente'))}${instruments.length ? `: ${instruments.map((x) => linkTo(here, model, x)).join(', ')}` : ''}</p></li>`;
    })
    .join('');
  const counts = [count(model.eckpunkte.length, 'Eckpunkt', 'Eckpunkte'), count(model.instruments.length, 'Instrument', 'Instrumente'), count(model.cases.length, 'Praxisbeispiel', 'Praxisbeispiele'), count(model.sites.length, 'Standort', 'Standorte')];
  return `<div class="startseite">
<header class="seitenkopf"><p class="dachzeile">Handbuch</p><h1>${escapeHtml(intro ? documentTitle(intro) : 'Werkzeugkoffer Willkommensbehörde')}</h1>${intro && str(data(intro).summary) ? `<p class="kurzbeschreibung">${escapeHtml(str(data(intro).summary))}</p>` : ''}</header>
<p class="kennzahlen">${escapeHtml(joinGerman(counts))}</p>
${intro ? `<div class="fliesstext">${pageContent(intro, here, context)}</div>` : ''}
<section aria-labelledby="eckpunkte"><h2 id="eckpunkte">Die ${model.eckpunkte.length === 5 ? 'fünf ' : ''}Eckpunkte einer Willkommensbehörde</h2>
<ol class="karten eckpunkte">${eckpunkte}</ol>
</section>
<section aria-labelledby="abschnitt-beginnen" class="einstieg"><h2 id="abschnitt-beginnen">So beginnen Sie: die Standortbestimmung</h2>
<ol>
<li>Bewerten Sie mit der <a href="${escapeHtml(relativeUrl(here, PATHS.checklist))}">Checkliste zur Standortbestimmung</a> jedes Kriterium zweimal: „Wo stehen wir heute?“ (1 = keine Ansätze erkennbar … 5 = bereits sehr gut) und „Wie relevant ist der Punkt für uns?“ (1 = nicht relevant … 5 = hohe Priorität).</li>
<li>Wo die Relevanz hoch und der heutige Stand niedrig ist, setzen Sie an. Jedes Eckpunkt-Kapitel nennt die Instrumente, die seine Kriterien verbessern.</li>
<li>Wählen Sie Instrumente aus, prüfen Sie deren Voraussetzungen und lesen Sie in den <a href="${escapeHtml(relativeUrl(here, PATHS.cases))}">Praxisbeispielen</a>, wie andere Behörden vorgegangen sind.</li>
</ol>
</section>
</div>${intro ? searchParts(intro, context) : ''}`;
}

function instrumentsPage(spec: PageSpec, context: PageContext): string {
  const { model } = context;
  const here = spec.path;
  const groups = model.eckpunkte.map((e, i) => ({ title: `${i + 1}. ${documentTitle(e)}`, eckpunkt: e, instruments: model.instrumentsOf.get(e.id!) ?? [] }));
  const orphans = model.instruments.filter((x) => !groups.some((g) => g.instruments.includes(x)));
  if (orphans.length) groups.push({ title: 'Ohne Eckpunkt', eckpunkt: undefined as unknown as ParsedDocument, instruments: orphans });
  const tables = groups
    .filter((g) => g.instruments.length)
    .map((g) => {
      const rows = g.instruments
        .map((x) => {
          const d = data(x);
          const weeks = num(d.duration_weeks);
          return `<tr><th scope="row">${linkTo(here, model, x)}</th><td>${escapeHtml(str(d.summary) ?? '')}</td><td>${escapeHtml(EFFORT[str(d.effort) ?? ''] ?? '–')}</td><td>${weeks !== undefined ? escapeHtml(count(weeks, 'Woche', 'Wochen')) : '–'}</td><td>${escapeHtml(strings(d.phase).map((p) => PHASE[p] ?? p).join(', '))}</td></tr>`;
        })
        .join('');
      return `<div class="tabelle" role="region" aria-label="${escapeHtml(g.title)}" tabindex="0"><table><caption>${g.eckpunkt ? `Eckpunkt ${linkTo(here, model, g.eckpunkt, g.title)}` : escapeHtml(g.title)}</caption><thead><tr><th scope="col">Instrument</th><th scope="col">Kurzbeschreibung</th><th scope="col">Aufwand</th><th scope="col">Dauer</th><th scope="col">Phasen</th></tr></thead><tbody>${rows}</tbody></table></div>`;
    })
    .join('\n');
  return `<header class="seitenkopf"><h1>Alle Instrumente</h1><p class="kurzbeschreibung">${escapeHtml(count(model.instruments.length, 'Instrument', 'Instrumente'))}, geordnet nach den Eckpunkten einer Willkommensbehörde. Aufwand und Dauer sind grobe Richtwerte des Werkzeugkoffers.</p></header>
${tables}`;
}

function casesPage(spec: PageSpec, context: PageContext): string {
  const { model } = context;
  const here = spec.path;
  const cards = model.cases
    .map((c) => {
      const instruments = resolveIds(strings(data(c).instruments), 'instrument', context);
      return caseCard(here, c, model, 2).replace(/<\/li>$/, `${instruments.length ? `<p class="nebensache">Instrumente: ${instruments.map((x) => linkTo(here, model, x)).join(', ')}</p>` : ''}</li>`);
    })
    .join('');
  return `<header class="seitenkopf"><h1>Praxisbeispiele</h1><p class="kurzbeschreibung">${escapeHtml(count(model.cases.length, 'Beispiel', 'Beispiele'))} guter Praxis: Behörden, Regionen und Initiativen, die Instrumente des Werkzeugkoffers einsetzen.</p></header>
<ul class="karten">${cards}</ul>`;
}

function sitesPage(spec: PageSpec, context: PageContext): string {
  const { model } = context;
  const here = spec.path;
  const modelSites = model.sites.filter((s) => str(data(s).role) === 'modellstandort');
  const partnerLaender = new Set(model.sites.filter((s) => str(data(s).role) === 'partnerbehoerde').map((s) => str(data(s).bundesland)));
  const rows = model.sites
    .map((s) => {
      const d = data(s);
      const figures = record(d.figures);
      const partnerOf = resolveIds([str(d.partner_of) ?? ''], 'site', context)[0];
      const value = (v: unknown) => (num(v) !== undefined ? escapeHtml(num(v)!.toLocaleString('de-DE')) : '–');
      return `<tr><th scope="row">${linkTo(here, model, s)}</th><td>${escapeHtml(SITE_ROLE[str(d.role) ?? ''] ?? '')}${partnerOf ? ` von ${linkTo(here, model, partnerOf)}` : ''}</td><td>${escapeHtml(str(d.bundesland) ?? '')}</td><td class="zahl">${value(figures?.staff)}</td><td class="zahl">${value(figures?.foreign_residents)}</td><td class="zahl">${num(figures?.year) ?? '–'}</td><td class="zahl">${strings(d.instruments).length}</td></tr>`;
    })
    .join('');
  return `<header class="seitenkopf"><h1>Modellstandorte und Partnerbehörden</h1><p class="kurzbeschreibung">Von Oktober 2013 bis Oktober 2015 waren ${escapeHtml(count(modelSites.length, 'Ausländerbehörde', 'Ausländerbehörden'))} Modellstandorte des Projekts „Ausländerbehörden – Willkommensbehörden“; aus ihren Erfahrungen sollten die Instrumente des Werkzeugkoffers ausgewählt werden.${partnerLaender.size ? ` In ${escapeHtml(count(partnerLaender.size, 'Land', 'Ländern'))} waren dem Modellstandort Partnerbehörden desselben Landes zugeordnet.` : ''}</p></header>
<section aria-labelledby="abschnitt-karte"><h2 id="abschnitt-karte">Wo sie liegen</h2>
<figure class="karte-laender">${bundeslandMap(model.sites.map((s) => ({ bundesland: str(data(s).bundesland) ?? '', role: str(data(s).role) ?? '', title: documentTitle(s) })))}
<figcaption>Jedes Feld steht für ein Land, angeordnet ungefähr nach seiner Lage. Die Zahlen nennen Modellstandorte (M) und Partnerbehörden (P); die Tabelle darunter enthält dieselben Angaben.</figcaption></figure>
</section>
<section aria-labelledby="abschnitt-tabelle"><h2 id="abschnitt-tabelle">Alle Standorte</h2>
<div class="tabelle" role="region" aria-label="Tabelle der Standorte" tabindex="0"><table><caption>Modellstandorte und Partnerbehörden mit Kennzahlen</caption><thead><tr><th scope="col">Behörde</th><th scope="col">Rolle</th><th scope="col">Bundesland</th><th scope="col">Mitarbeitende</th><th scope="col">Ausländische Einwohnerinnen und Einwohner</th><th scope="col">Stichjahr</th><th scope="col">Erprobte Instrumente</th></tr></thead><tbody>${rows}</tbody></table></div>
<p class="nebensache">Ein Strich: keine Angabe.</p>
</section>`;
}

/** The checklist as a printable self-assessment form: per criterion two scales of five boxes. */
export function checklistForm(model: SiteModel, idPrefix = '', level = 2): string {
  const scale = (name: string, legend: string, labels: string[]) =>
    `<fieldset class="skala"><legend class="nur-vorlesen">${escapeHtml(legend)}</legend>${[1, 2, 3, 4, 5].map((n) => `<label><input type="radio" name="${escapeHtml(name)}" value="${n}"><span aria-hidden="true">${n}</span><span class="nur-vorlesen">${escapeHtml(`${n}${labels[n - 1] ? ` (${labels[n - 1]})` : ''}`)}</span></label>`).join('')}</fieldset>`;
  return model.eckpunkte
    .map((e, i) => {
      const rows = records(data(e).criteria)
        .map((criterion, c) => {
          const number = `${i + 1}.${c + 1}`;
          const id = str(criterion.id) ?? number;
          const text = str(criterion.text) ?? id;
          return `<tr id="${idPrefix}kriterium-${i + 1}-${c + 1}"><th scope="row"><span class="nummer">${number}</span> ${escapeHtml(text)}${originMark(criterion)}</th><td>${scale(`${idPrefix}${id}-stand`, `Kriterium ${number}: Wo stehen wir heute?`, ['keine Ansätze erkennbar', '', '', '', 'bereits sehr gut'])}</td><td>${scale(`${idPrefix}${id}-relevanz`, `Kriterium ${number}: Wie relevant ist der Punkt für uns?`, ['nicht relevant', '', '', '', 'hohe Priorität'])}</td></tr>`;
        })
        .join('');
      return `<section class="checkliste-eckpunkt" aria-labelledby="${idPrefix}eckpunkt-${escapeHtml(e.id)}"><h${level} id="${idPrefix}eckpunkt-${escapeHtml(e.id)}">${i + 1}. ${escapeHtml(documentTitle(e))}</h${level}><p class="leitsatz">${escapeHtml(str(data(e).wording) ?? str(data(e).summary) ?? '')}</p><table class="checkliste"><caption class="nur-vorlesen">Kriterien zum Eckpunkt ${escapeHtml(documentTitle(e))}</caption><thead><tr><th scope="col">Kriterium</th><th scope="col">Wo stehen wir heute?<span class="skala-legende">1 = keine Ansätze · 5 = sehr gut</span></th><th scope="col">Wie relevant?<span class="skala-legende">1 = nicht relevant · 5 = hohe Priorität</span></th></tr></thead><tbody>${rows}</tbody></table></section>`;
    })
    .join('\n');
}

function checklistPage(spec: PageSpec, context: PageContext): string {
  const { model } = context;
  const total = model.eckpunkte.reduce((n, e) => n + records(data(e).criteria).length, 0);
  return `<header class="seitenkopf"><p class="dachzeile">Standortbestimmung</p><h1>Checkliste zur Standortbestimmung</h1><p class="kurzbeschreibung">${escapeHtml(count(total, 'Kriterium', 'Kriterien'))} zu ${escapeHtml(count(model.eckpunkte.length, 'Eckpunkt', 'Eckpunkten'))}. Bewerten Sie jedes Kriterium zweimal und kreuzen Sie je eine Zahl an.</p></header>
<div class="hinweis"><p><strong>So füllen Sie die Checkliste aus:</strong> „Wo stehen wir heute?“ reicht von 1 (keine Ansätze erkennbar) bis 5 (bereits sehr gut). „Wie relevant ist der Punkt für uns?“ reicht von 1 (nicht relevant) bis 5 (hohe Priorität). Kriterien mit hoher Relevanz und niedrigem Stand sind die Ansatzpunkte für Ihren Maßnahmenplan.</p>
${originLegend()}
<p class="nur-bildschirm">Die Seite ist zum Ausdrucken gedacht (Druckfunktion des Browsers). Angekreuzte Werte werden nirgends gespeichert.</p></div>
<div class="formularkopf"><p><label for="checkliste-behoerde">Behörde</label> <input id="checkliste-behoerde" type="text" name="behoerde" autocomplete="organization"></p><p><label for="checkliste-datum">Datum</label> <input id="checkliste-datum" type="text" name="datum" inputmode="numeric"></p><p><label for="checkliste-beteiligte">Beteiligte</label> <input id="checkliste-beteiligte" type="text" name="beteiligte"></p></div>
${checklistForm(model)}`;
}

function searchPage(): string {
  return `<header class="seitenkopf"><h1>Suche</h1><p class="kurzbeschreibung">Volltextsuche über alle Instrumente, Eckpunkte, Praxisbeispiele, Standorte, Fragen und Angebote. Umlaute können Sie auch umschreiben (ae, oe, ue, ss).</p></header>
<form class="suchformular-gross" role="search" action="suche.html" method="get" aria-label="Suche auf dieser Seite" data-suche>
<label for="suchbegriff">Suchbegriff</label>
<input id="suchbegriff" type="search" name="q" autocomplete="off" spellcheck="false">
<button type="submit">Suchen</button>
</form>
<noscript><p class="hinweis">Die Volltextsuche braucht JavaScript. Ohne JavaScript finden Sie alle Inhalte über die Übersichten: <a href="instrumente/index.html">Instrumente</a>, <a href="praxis/index.html">Praxisbeispiele</a>, <a href="standorte/index.html">Standorte</a> und die <a href="druck.html">Druckfassung</a>.</p></noscript>
<p id="suchstatus" class="suchstatus" role="status"></p>
<div id="suchergebnisse"></div>`;
}

function notFoundPage(spec: PageSpec, context: PageContext): string {
  const root = context.rootPath;
  const url = (path: string) => escapeHtml(root ? `${root}${path}` : relativeUrl(spec.path, path));
  return `<header class="seitenkopf"><h1>Seite nicht gefunden</h1><p class="kurzbeschreibung">Diese Adresse gibt es im Handbuch nicht (mehr).</p></header>
<p>Vielleicht hilft die <a href="${url(PATHS.search)}">Suche</a>, die <a href="${url(PATHS.instruments)}">Übersicht der Instrumente</a> oder die <a href="${url(PATHS.start)}">Startseite</a>.</p>`;
}

// ——— entry ———

export function renderPage(spec: PageSpec, context: PageContext): string {
  const { model, index } = context;
  if (spec.type === 'document') {
    const document = index.get(spec.uri!)!;
    const body = document.kind === 'instrument' ? instrumentPage(spec, document, context)
      : document.kind === 'eckpunkt' ? eckpunktPage(spec, document, context)
      : document.kind === 'case' ? casePage(spec, document, context)
      : document.kind === 'site' ? sitePage(spec, document, context)
      : document.kind === 'frage' ? questionPage(spec, document, context)
      : document.kind === 'angebot' ? offerPage(spec, document, context)
      : editorialPage(spec, document, context);
    return layout({ spec, model, body, description: str(data(document).summary), searchKind: kindLabel(document.kind) });
  }
  switch (spec.type) {
    case 'start':
      return layout({ spec, model, body: startPage(spec, context), description: 'Der Werkzeugkoffer des Modellprojekts „Ausländerbehörden – Willkommensbehörden“: 25 Instrumente, geordnet nach fünf Eckpunkten, mit Praxisbeispielen und der Checkliste zur Standortbestimmung.', searchKind: 'Übersicht' });
    case 'instruments':
      return layout({ spec, model, body: instrumentsPage(spec, context), searchKind: 'Übersicht' });
    case 'cases':
      return layout({ spec, model, body: casesPage(spec, context), searchKind: 'Übersicht' });
    case 'sites':
      return layout({ spec, model, body: sitesPage(spec, context), searchKind: 'Übersicht' });
    case 'questions':
      return layout({ spec, model, body: questionsOverview(spec, context), searchKind: 'Übersicht' });
    case 'directory':
      return layout({ spec, model, body: directoryPage(spec, context), searchKind: 'Übersicht' });
    case 'offers':
      return layout({ spec, model, body: offersOverview(spec, context), searchKind: 'Übersicht' });
    case 'checklist':
      return layout({ spec, model, body: checklistPage(spec, context), searchKind: 'Checkliste' });
    case 'search':
      return layout({ spec, model, body: searchPage() });
    case 'notFound':
      return layout({ spec, model, body: notFoundPage(spec, context), rootPath: context.rootPath });
    default:
      throw new Error(`renderPage: ${spec.type} is rendered by the print edition`);
  }
}
