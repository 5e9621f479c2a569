// The print edition: the whole handbook in reading order on one page, with a table of contents, for the
// browser's print function and for the PDF (Chromium turns its headings into the document outline). One function
// per chapter; each gives its entry in the table of contents and its part of the page.
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ParsedDocument } from '../parse/document';
import { printContent, printId } from './content';
import { escapeHtml, num, record, records, str, strings } from './html';
import { EFFORT, OFFER_FORMAT, SITE_ROLE } from '../vocabulary';
import { dateLabel } from '../plan/months';
import { offersOf } from './offers';
import { askedBy, EXAMPLE_MARK, isExample, questionsOf } from './questions';
import { count } from './labels';
import { layoutAround, SITE_NAME } from './layout';
import { contentPages, documentTitle, type PageSpec, type SiteModel } from './model';
import { checklistForm, contactsHtml, originLegend, originMark, phaseLinks, publisherHtml, wordingHtml, type PageContext } from './pages';

const data = (d: ParsedDocument) => d.data ?? {};

/**
 * A chapter: its entry in the table of contents and its part of the page, in pieces that are made as the page is
 * written (the edition holds the whole handbook: at ten thousand documents a hundred megabytes).
 */
interface Chapter {
  toc: string;
  part: () => Iterable<string>;
}

/** A section around articles made one by one, joined by line breaks. */
function* section(open: string, articles: readonly ParsedDocument[], article: (d: ParsedDocument) => string, close = '</section>'): Iterable<string> {
  yield open;
  for (let i = 0; i < articles.length; i++) yield i ? `\n${article(articles[i]!)}` : article(articles[i]!);
  yield close;
}

/** What every chapter renders with: the model, links within the page, and the cache of documents' parts. */
class PrintWriter {
  readonly model: SiteModel;
  readonly index: WorkspaceIndex;

  constructor(
    readonly context: PageContext,
    readonly here: string,
  ) {
    this.model = context.model;
    this.index = context.index;
  }

  anchor(d: ParsedDocument): string {
    return `#${printId(d)}`;
  }

  link(d: ParsedDocument): string {
    return this.model.pathOf.has(d.uri) ? `<a href="${this.anchor(d)}">${escapeHtml(documentTitle(d))}</a>` : escapeHtml(documentTitle(d));
  }

  /** The documents of `kind` with these ids that are part of the handbook (the first of each id). */
  byIds(ids: string[], kind: string): ParsedDocument[] {
    return ids.flatMap((id) => this.index.documentsWithId(id).filter((d) => d.kind === kind && this.model.pathOf.has(d.uri)).slice(0, 1));
  }

  content(d: ParsedDocument, level: number): string {
    return printContent(d, level, this.context, this.here);
  }

  /**
   * A document's part of the print edition depends on what its own page depends on; the handbook drops an entry
   * whenever that page is rebuilt, so after a one-document change only the changed parts render.
   */
  cached(d: ParsedDocument, render: () => string): string {
    let html = this.context.printParts?.get(d.uri);
    if (html === undefined) {
      html = render();
      this.context.printParts?.set(d.uri, html);
    }
    return html;
  }
}

function facts(rows: [string, string | undefined][]): string {
  const shown = rows.filter(([, v]) => v);
  return shown.length ? `<dl class="druck-fakten">${shown.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>` : '';
}

function sourcesOf(d: ParsedDocument, level: number): string {
  const list = records(data(d).sources);
  return list.length ? `<h${level} id="${printId(d)}--quellen" class="quellen-titel">Quellen</h${level}><ul class="quellen">${list.map((s) => `<li>${escapeHtml(str(s.title) ?? '')}${str(s.publisher) || num(s.year) ? ` (${escapeHtml([str(s.publisher), num(s.year)].filter((x) => x !== undefined).join(', '))})` : ''}</li>`).join('')}</ul>` : '';
}

const summaryOf = (d: ParsedDocument) => (str(data(d).summary) ? `<p class="kurzbeschreibung">${escapeHtml(str(data(d).summary))}</p>` : '');

/** The print edition, written piece by piece. */
export function* printEditionParts(spec: PageSpec, context: PageContext): Iterable<string> {
  const writer = new PrintWriter(context, spec.path);
  const { model } = context;
  const start = model.purposes.get('start');
  // The content pages (Modellprojekt, Phasenmodell) follow the introduction; the legal pages close the edition.
  const content = contentPages(model).filter((page) => model.pathOf.has(page.uri));
  const chapters: Chapter[] = [
    ...(start ? [introChapter(writer, start)] : []),
    ...content.map((page) => pageChapter(writer, page)),
    ...model.eckpunkte.map((eckpunkt, e) => eckpunktChapter(writer, eckpunkt, e)),
    ...orphansChapter(writer),
    ...casesChapter(writer),
    ...sitesChapter(writer),
    ...questionsChapter(writer),
    ...offersChapter(writer),
    checklistChapter(writer),
    ...model.pageDocuments.filter((page) => page !== start && !content.includes(page)).map((page) => pageChapter(writer, page)),
  ];
  const [before, after] = layoutAround({ spec, model, description: 'Das ganze Handbuch auf einer Seite, zum Drucken.', bodyClass: 'druck' });
  yield before;
  yield `${titleBlock(model)}
<nav class="inhaltsverzeichnis" aria-labelledby="druck-inhalt"><h2 id="druck-inhalt">Inhalt</h2><ol>${chapters.map((c) => c.toc).join('')}</ol></nav>
`;
  for (let i = 0; i < chapters.length; i++) {
    if (i) yield '\n';
    yield* chapters[i]!.part();
  }
  yield after;
}

export function renderPrintEdition(spec: PageSpec, context: PageContext): string {
  return [...printEditionParts(spec, context)].join('');
}

function titleBlock(model: SiteModel): string {
  return `<header class="titelblatt"><p class="dachzeile">Druckfassung</p><h1>${escapeHtml(SITE_NAME)}</h1>
<p class="kurzbeschreibung">Das ganze Handbuch auf einer Seite: ${escapeHtml(count(model.eckpunkte.length, 'Eckpunkt', 'Eckpunkte'))}, ${escapeHtml(count(model.instruments.length, 'Instrument', 'Instrumente'))}, ${escapeHtml(count(model.cases.length, 'Praxisbeispiel', 'Praxisbeispiele'))}, ${escapeHtml(count(model.sites.length, 'Standort', 'Standorte'))} und die Checkliste zur Standortbestimmung. Drucken Sie diese Seite mit der Druckfunktion Ihres Browsers oder laden Sie das PDF, sofern es mit veröffentlicht wurde.</p></header>`;
}

function introChapter(w: PrintWriter, start: ParsedDocument): Chapter {
  return {
    toc: `<li><a href="${w.anchor(start)}">Einführung</a></li>`,
    part: () => [`<section class="kapitel" id="${printId(start)}" aria-labelledby="${printId(start)}--titel"><h2 id="${printId(start)}--titel">Einführung</h2>${w.content(start, 1)}</section>`],
  };
}

function pageChapter(w: PrintWriter, page: ParsedDocument): Chapter {
  return {
    toc: `<li>${w.link(page)}</li>`,
    part: () => [`<section class="kapitel" id="${printId(page)}" aria-labelledby="${printId(page)}--titel"><h2 id="${printId(page)}--titel">${escapeHtml(documentTitle(page))}</h2>${publisherHtml(data(page).publisher)}${w.content(page, 1)}${contactsHtml(data(page).contacts) ?? ''}${sourcesOf(page, 3)}</section>`],
  };
}

function eckpunktChapter(w: PrintWriter, eckpunkt: ParsedDocument, e: number): Chapter {
  const instruments = w.model.instrumentsOf.get(eckpunkt.id!) ?? [];
  const criteria = records(data(eckpunkt).criteria).map((c, i) => `<li><span class="nummer">${e + 1}.${i + 1}</span> ${escapeHtml(str(c.text) ?? '')}${originMark(c)}</li>`).join('');
  const intro = () => w.cached(eckpunkt, () => `<h2 id="${printId(eckpunkt)}--titel">Eckpunkt ${e + 1}: ${escapeHtml(documentTitle(eckpunkt))}</h2>
${summaryOf(eckpunkt)}
${wordingHtml(eckpunkt)}
${w.content(eckpunkt, 1)}
<h3 id="${printId(eckpunkt)}--kriterien">Kriterien der Checkliste</h3><ol class="kriterien">${criteria}</ol>
${originLegend()}
${sourcesOf(eckpunkt, 3)}`);
  return {
    toc: `<li><a href="${w.anchor(eckpunkt)}">Eckpunkt ${e + 1}: ${escapeHtml(documentTitle(eckpunkt))}</a>${instruments.length ? `<ol>${instruments.map((i) => `<li>${w.link(i)}</li>`).join('')}</ol>` : ''}</li>`,
    part: () => section(`<section class="kapitel" id="${printId(eckpunkt)}" aria-labelledby="${printId(eckpunkt)}--titel">
${intro()}
`, instruments, (instrument) => instrumentArticle(w, instrument), '\n</section>'),
  };
}

function instrumentArticle(w: PrintWriter, instrument: ParsedDocument): string {
  return w.cached(instrument, () => {
    const d = data(instrument);
    const weeks = num(d.duration_weeks);
    const referrers = instrument.id ? w.index.referrersOf(instrument.id).filter((r) => (r.kind === 'case' || r.kind === 'site') && w.model.pathOf.has(r.uri)) : [];
    const list = (docs: ParsedDocument[]) => (docs.length ? docs.map((doc) => w.link(doc)).join(', ') : 'keine');
    const phasePage = (_path: string, fragment?: string) => {
      const page = w.model.purposes.get('phasenmodell')!;
      return fragment ? `#${printId(page)}--${fragment}` : `#${printId(page)}`;
    };
    return `<article class="druck-dokument" id="${printId(instrument)}" aria-labelledby="${printId(instrument)}--titel">
<h3 id="${printId(instrument)}--titel">${escapeHtml(documentTitle(instrument))}</h3>
${summaryOf(instrument)}
${facts([
      ['Aufwand', str(d.effort) ? escapeHtml(EFFORT[str(d.effort)!] ?? str(d.effort)) : undefined],
      ['Dauer', weeks !== undefined ? `etwa ${escapeHtml(count(weeks, 'Woche', 'Wochen'))}` : undefined],
      ['Phasen', strings(d.phase).length ? phaseLinks(strings(d.phase), w.model, phasePage) : undefined],
      ['Voraussetzungen', list(w.byIds(strings(d.requires), 'instrument'))],
      ['Verwandte Instrumente', list(w.byIds(strings(d.related), 'instrument'))],
      ['In der Praxis', referrers.length ? referrers.sort((a, b) => documentTitle(a).localeCompare(documentTitle(b), 'de')).map((r) => w.link(r)).join(', ') : undefined],
      ['Fragen aus der Praxis', questionsOf(instrument, w.model).map((q) => w.link(q)).join(', ') || undefined],
      ['Fortbildung und Austausch', offersOf(instrument, w.model).map((o) => w.link(o)).join(', ') || undefined],
    ])}
${w.content(instrument, 2)}
${sourcesOf(instrument, 4)}
</article>`;
  });
}

/** Instruments no Eckpunkt lists: after the Eckpunkte, so that none is missing from the edition. */
function orphansChapter(w: PrintWriter): Chapter[] {
  const orphans = w.model.instruments.filter((i) => ![...w.model.instrumentsOf.values()].some((list) => list.includes(i)));
  if (!orphans.length) return [];
  return [
    {
      toc: '<li><a href="#druck-weitere-instrumente">Weitere Instrumente</a></li>',
      part: () => section('<section class="kapitel" id="druck-weitere-instrumente" aria-labelledby="druck-weitere-instrumente-titel"><h2 id="druck-weitere-instrumente-titel">Weitere Instrumente</h2>', orphans, (i) => `<article class="druck-dokument" id="${printId(i)}" aria-labelledby="${printId(i)}--titel"><h3 id="${printId(i)}--titel">${escapeHtml(documentTitle(i))}</h3>${w.content(i, 2)}</article>`),
    },
  ];
}

function casesChapter(w: PrintWriter): Chapter[] {
  const { cases } = w.model;
  if (!cases.length) return [];
  return [
    {
      toc: `<li><a href="#druck-praxisbeispiele">Praxisbeispiele</a><ol>${cases.map((c) => `<li>${w.link(c)}</li>`).join('')}</ol></li>`,
      part: () => section('<section class="kapitel" id="druck-praxisbeispiele" aria-labelledby="druck-praxisbeispiele-titel"><h2 id="druck-praxisbeispiele-titel">Praxisbeispiele</h2>\n', cases, (c) => caseArticle(w, c)),
    },
  ];
}

function caseArticle(w: PrintWriter, c: ParsedDocument): string {
  return w.cached(c, () => {
    const d = data(c);
    const p = record(d.period);
    return `<article class="druck-dokument" id="${printId(c)}" aria-labelledby="${printId(c)}--titel"><h3 id="${printId(c)}--titel">${escapeHtml(documentTitle(c))}</h3>
${summaryOf(c)}
${facts([
      ['Region', str(d.region) ? escapeHtml(`${str(d.region)}${str(d.bundesland) ? `, ${str(d.bundesland)}` : ''}`) : undefined],
      ['Zeitraum', num(p?.from) !== undefined ? escapeHtml(num(p?.to) !== undefined ? `${num(p?.from)}–${num(p?.to)}` : `seit ${num(p?.from)}`) : undefined],
      ['Instrumente', w.byIds(strings(d.instruments), 'instrument').map((i) => w.link(i)).join(', ') || undefined],
      ['Partner', strings(d.partners).length ? escapeHtml(strings(d.partners).join('; ')) : undefined],
      ['Kontakt', contactsHtml(d.contacts)],
    ])}
${w.content(c, 2)}
${sourcesOf(c, 4)}
</article>`;
  });
}

function sitesChapter(w: PrintWriter): Chapter[] {
  const { sites } = w.model;
  if (!sites.length) return [];
  return [
    {
      toc: `<li><a href="#druck-standorte">Modellstandorte und Partnerbehörden</a><ol>${sites.map((s) => `<li>${w.link(s)}</li>`).join('')}</ol></li>`,
      part: () => section('<section class="kapitel" id="druck-standorte" aria-labelledby="druck-standorte-titel"><h2 id="druck-standorte-titel">Modellstandorte und Partnerbehörden</h2>\n', sites, (s) => siteArticle(w, s)),
    },
  ];
}

function siteArticle(w: PrintWriter, s: ParsedDocument): string {
  return w.cached(s, () => {
    const d = data(s);
    const partnerOf = w.byIds([str(d.partner_of) ?? ''], 'site')[0];
    return `<article class="druck-dokument" id="${printId(s)}" aria-labelledby="${printId(s)}--titel"><h3 id="${printId(s)}--titel">${escapeHtml(documentTitle(s))}</h3>
${facts([
      ['Rolle', escapeHtml(`${SITE_ROLE[str(d.role) ?? ''] ?? ''}${str(d.bundesland) ? `, ${str(d.bundesland)}` : ''}`)],
      ['Partnerbehörde von', partnerOf ? w.link(partnerOf) : undefined],
      ['Erprobte Instrumente', w.byIds(strings(d.instruments), 'instrument').map((i) => w.link(i)).join(', ') || undefined],
    ])}
${w.content(s, 2)}
${sourcesOf(s, 4)}
</article>`;
  });
}

function questionsChapter(w: PrintWriter): Chapter[] {
  const { questions } = w.model;
  if (!questions.length) return [];
  return [
    {
      toc: `<li><a href="#druck-fragen">Fragen und Antworten</a><ol>${questions.map((q) => `<li>${w.link(q)}</li>`).join('')}</ol></li>`,
      part: () => section('<section class="kapitel" id="druck-fragen" aria-labelledby="druck-fragen-titel"><h2 id="druck-fragen-titel">Fragen und Antworten</h2>\n', questions, (q) => questionArticle(w, q)),
    },
  ];
}

function questionArticle(w: PrintWriter, q: ParsedDocument): string {
  return w.cached(q, () => {
    const d = data(q);
    const by = record(d.answered_by);
    const site = w.byIds([str(by?.site) ?? ''], 'site')[0];
    const institution = str(by?.institution);
    return `<article class="druck-dokument" id="${printId(q)}" aria-labelledby="${printId(q)}--titel"><h3 id="${printId(q)}--titel">${escapeHtml(documentTitle(q))}</h3>
${isExample(q) ? `<p>${EXAMPLE_MARK}</p>` : ''}
<blockquote class="frage-wortlaut"><p>${escapeHtml(str(d.question) ?? '')}</p></blockquote>
${facts([
      ['Gefragt von', escapeHtml(askedBy(q))],
      ['Gefragt am', str(d.asked) ? escapeHtml(dateLabel(str(d.asked)!)) : undefined],
      ['Beantwortet von', site ? w.link(site) : institution ? `${escapeHtml(institution)}${record(by?.contact) ? contactsHtml([record(by?.contact)]) : ''}` : undefined],
      ['Instrumente', w.byIds(strings(d.instruments), 'instrument').map((i) => w.link(i)).join(', ') || undefined],
    ])}
${w.content(q, 2)}
${sourcesOf(q, 4)}
</article>`;
  });
}

function offersChapter(w: PrintWriter): Chapter[] {
  const { offers } = w.model;
  if (!offers.length) return [];
  const article = (o: ParsedDocument) =>
    w.cached(o, () => `<article class="druck-dokument" id="${printId(o)}" aria-labelledby="${printId(o)}--titel"><h3 id="${printId(o)}--titel">${escapeHtml(documentTitle(o))}</h3>
${summaryOf(o)}
${facts([
      ['Format', escapeHtml(OFFER_FORMAT[str(data(o).format) ?? ''] ?? '')],
      ['Anbieter', str(data(o).provider) ? escapeHtml(str(data(o).provider)) : undefined],
      ['Instrumente', w.byIds(strings(data(o).instruments), 'instrument').map((i) => w.link(i)).join(', ') || undefined],
    ])}
${w.content(o, 2)}
${sourcesOf(o, 4)}
</article>`);
  return [
    {
      toc: `<li><a href="#druck-angebote">Fortbildung und Austausch</a><ol>${offers.map((o) => `<li>${w.link(o)}</li>`).join('')}</ol></li>`,
      part: () => section('<section class="kapitel" id="druck-angebote" aria-labelledby="druck-angebote-titel"><h2 id="druck-angebote-titel">Fortbildung und Austausch</h2>\n', offers, article),
    },
  ];
}

function checklistChapter(w: PrintWriter): Chapter {
  return {
    toc: '<li><a href="#druck-checkliste">Checkliste zur Standortbestimmung</a></li>',
    part: () => [`<section class="kapitel checkliste-druck" id="druck-checkliste" aria-labelledby="druck-checkliste-titel"><h2 id="druck-checkliste-titel">Checkliste zur Standortbestimmung</h2>
<p>Bewerten Sie jedes Kriterium zweimal: „Wo stehen wir heute?“ (1 = keine Ansätze erkennbar … 5 = bereits sehr gut) und „Wie relevant ist der Punkt für uns?“ (1 = nicht relevant … 5 = hohe Priorität).</p>
${originLegend()}
${checklistForm(w.model, 'druck-', 3)}</section>`],
  };
}
