// The page model of the handbook: which pages exist, where they live, how they are navigated, and which
// documents each page shows. The last part makes rebuilds proportional to a change: after one document
// changed, only the pages that show it (itself, its backlinks, its neighbours in navigation, the lists and
// the print edition) are written again.
import { resolveLink, type WorkspaceIndex } from '../workspace/workspaceIndex';
import { documentTitle, type ParsedDocument } from '../parse/document';
import { num, str } from './html';
import { byGerman } from './labels';
import { orderOf } from '../vocabulary';
import { documentPath, PATHS } from './routes';
import { quoted } from '../vocabulary/quoted';

export interface PageLink {
  title: string;
  path: string;
}

export type PageType = 'start' | 'document' | 'instruments' | 'cases' | 'sites' | 'questions' | 'directory' | 'offers' | 'checklist' | 'print' | 'search' | 'notFound';

export interface PageSpec {
  path: string;
  type: PageType;
  title: string;
  /** The document a `document` page shows. */
  uri?: string;
  /** Trail from the start page to the parent of this page. */
  breadcrumbs: PageLink[];
  prev?: PageLink;
  next?: PageLink;
  /** What „previous/next“ moves through, for the navigation's label. */
  pagerLabel?: string;
  /** URIs of every document whose content this page shows (title, summary, body, backlinks). */
  deps: Set<string>;
  /** The page shows every document (print edition). */
  all?: boolean;
  /** Whether the search index covers this page. */
  searchable: boolean;
}

export interface SiteModel {
  pages: Map<string, PageSpec>;
  /** The page path of each published document. */
  pathOf: Map<string, string>;
  eckpunkte: ParsedDocument[];
  instruments: ParsedDocument[];
  instrumentsOf: Map<string, ParsedDocument[]>;
  cases: ParsedDocument[];
  sites: ParsedDocument[];
  /** Questions and answers (kind `frage`), by title. */
  questions: ParsedDocument[];
  /** Training and exchange offers (kind `angebot`), by title. */
  offers: ParsedDocument[];
  pageDocuments: ParsedDocument[];
  /** Page documents by purpose (start, impressum, barrierefreiheit, …). */
  purposes: Map<string, ParsedDocument>;
  /** Files beside the documents that content links to (images, PDFs): file URI → site path. */
  files: Map<string, string>;
  /** What every page's frame shows from content (the pages in navigation and footer); when it changes, every page is written. */
  layout: string;
}

const sortByOrder = (a: ParsedDocument, b: ParsedDocument) => orderOf(a.data) - orderOf(b.data) || byGerman(documentTitle(a), documentTitle(b));
const sortByTitle = (a: ParsedDocument, b: ParsedDocument) => byGerman(documentTitle(a), documentTitle(b));

export { documentTitle };

/** Published documents of a kind: a valid id, defined once (the check refuses duplicates before a build). */
function published(index: WorkspaceIndex, kind: string): ParsedDocument[] {
  return index.ofKind(kind).filter((d) => documentPath(d) !== undefined && index.documentsWithId(d.id!).length === 1);
}

/** The folder all documents share (the toolbox root), as a URI prefix ending in `/`. */
function commonFolder(uris: string[]): string {
  if (uris.length === 0) return '';
  let prefix = uris[0]!.slice(0, uris[0]!.lastIndexOf('/') + 1);
  for (const uri of uris) {
    while (!uri.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  }
  return prefix;
}

/** The documents a document's page shows besides itself: its references, its referrers and its link targets. */
function documentDeps(document: ParsedDocument, index: WorkspaceIndex): Set<string> {
  const deps = new Set<string>([document.uri]);
  for (const reference of document.references) {
    const targets = reference.targetKind === 'criterion' ? index.criterionDefiners(reference.target) : index.documentsWithId(reference.target);
    for (const target of targets) deps.add(target.uri);
  }
  if (document.id) for (const referrer of index.referrersOf(document.id)) deps.add(referrer.uri);
  for (const definition of document.definitions) for (const referrer of index.referrersOf(definition.id)) deps.add(referrer.uri);
  for (const link of document.body.links) {
    const target = resolveLink(document.uri, link.url);
    if (target) deps.add(target.uri);
  }
  return deps;
}

const uris = (...groups: ParsedDocument[][]) => new Set(groups.flat().map((d) => d.uri));

/**
 * Purposes of the content pages (not legal ones): they stand in the main navigation with these labels, and
 * in the print edition after the introduction. Every other page except the start page is linked in the footer.
 */
export const CONTENT_PAGES: { purpose: string; label: string }[] = [
  { purpose: 'modellprojekt', label: 'Modellprojekt' },
  { purpose: 'phasenmodell', label: 'Phasenmodell' },
];

/** The content pages the toolbox has, in navigation order (one per purpose, as the purposes map holds them). */
export function contentPages(model: Pick<SiteModel, 'purposes'>): ParsedDocument[] {
  return CONTENT_PAGES.flatMap((c) => model.purposes.get(c.purpose) ?? []);
}

export function buildSiteModel(index: WorkspaceIndex): SiteModel {
  const eckpunkte = published(index, 'eckpunkt').sort(sortByOrder);
  const instruments = published(index, 'instrument');
  const instrumentsOf = new Map<string, ParsedDocument[]>(eckpunkte.map((e) => [e.id!, []]));
  for (const instrument of instruments) instrumentsOf.get(str(instrument.data?.eckpunkt) ?? '')?.push(instrument);
  for (const list of instrumentsOf.values()) list.sort(sortByOrder);
  // Instruments in handbook order: by Eckpunkt, then by their order within it; orphans last.
  const ordered = [...instrumentsOf.values()].flat();
  const orphans = instruments.filter((i) => !ordered.includes(i)).sort(sortByTitle);
  const cases = published(index, 'case').sort(sortByTitle);
  const sites = published(index, 'site').sort((a, b) => byGerman(str(a.data?.role) ?? '', str(b.data?.role) ?? '') || sortByTitle(a, b));
  const questions = published(index, 'frage').sort(sortByTitle);
  const offers = published(index, 'angebot').sort(sortByTitle);
  const pageDocuments = published(index, 'page').sort(sortByOrder);
  const purposes = new Map<string, ParsedDocument>();
  for (const page of pageDocuments) {
    const purpose = str(page.data?.purpose);
    if (purpose && !purposes.has(purpose)) purposes.set(purpose, page);
  }
  const startDocument = purposes.get('start');

  const pathOf = new Map<string, string>();
  for (const d of [...eckpunkte, ...instruments, ...cases, ...sites, ...questions, ...offers, ...pageDocuments]) {
    if (d === startDocument) pathOf.set(d.uri, PATHS.start);
    else pathOf.set(d.uri, documentPath(d)!);
  }

  const pages = new Map<string, PageSpec>();
  const add = (spec: Omit<PageSpec, 'searchable'> & { searchable?: boolean }) => pages.set(spec.path, { searchable: true, ...spec });
  const start: PageLink = { title: 'Startseite', path: PATHS.start };
  // An instrument's phases link to their sections on the phase-model page.
  const phasePage = purposes.get('phasenmodell');
  const instrumentDeps = (instrument: ParsedDocument) => {
    const deps = documentDeps(instrument, index);
    if (phasePage) deps.add(phasePage.uri);
    return deps;
  };
  const link = (d: ParsedDocument): PageLink => ({ title: documentTitle(d), path: pathOf.get(d.uri)! });

  add({ path: PATHS.start, type: 'start', title: 'Werkzeugkoffer Willkommensbehörde', breadcrumbs: [], deps: uris(eckpunkte, instruments, startDocument ? [startDocument] : []) });

  eckpunkte.forEach((eckpunkt, i) => {
    add({
      path: pathOf.get(eckpunkt.uri)!,
      type: 'document',
      uri: eckpunkt.uri,
      title: documentTitle(eckpunkt),
      breadcrumbs: [start],
      prev: i > 0 ? link(eckpunkte[i - 1]!) : undefined,
      next: i < eckpunkte.length - 1 ? link(eckpunkte[i + 1]!) : undefined,
      pagerLabel: 'Blättern zwischen den Eckpunkten',
      deps: documentDeps(eckpunkt, index),
    });
  });

  add({ path: PATHS.instruments, type: 'instruments', title: 'Alle Instrumente', breadcrumbs: [start], deps: uris(eckpunkte, instruments) });
  for (const eckpunkt of eckpunkte) {
    const list = instrumentsOf.get(eckpunkt.id!)!;
    list.forEach((instrument, i) => {
      add({
        path: pathOf.get(instrument.uri)!,
        type: 'document',
        uri: instrument.uri,
        title: documentTitle(instrument),
        breadcrumbs: [start, link(eckpunkt)],
        prev: i > 0 ? link(list[i - 1]!) : undefined,
        next: i < list.length - 1 ? link(list[i + 1]!) : undefined,
        pagerLabel: `Blättern im Eckpunkt ${quoted(documentTitle(eckpunkt))}`,
        deps: instrumentDeps(instrument),
      });
    });
  }
  for (const instrument of orphans) {
    add({ path: pathOf.get(instrument.uri)!, type: 'document', uri: instrument.uri, title: documentTitle(instrument), breadcrumbs: [start, { title: 'Alle Instrumente', path: PATHS.instruments }], deps: instrumentDeps(instrument) });
  }

  const casesLink: PageLink = { title: 'Praxisbeispiele', path: PATHS.cases };
  add({ path: PATHS.cases, type: 'cases', title: 'Praxisbeispiele', breadcrumbs: [start], deps: uris(cases) });
  for (const c of cases) add({ path: pathOf.get(c.uri)!, type: 'document', uri: c.uri, title: documentTitle(c), breadcrumbs: [start, casesLink], deps: documentDeps(c, index) });

  const sitesLink: PageLink = { title: 'Modellstandorte und Partnerbehörden', path: PATHS.sites };
  add({ path: PATHS.sites, type: 'sites', title: 'Modellstandorte und Partnerbehörden', breadcrumbs: [start], deps: uris(sites) });
  for (const s of sites) add({ path: pathOf.get(s.uri)!, type: 'document', uri: s.uri, title: documentTitle(s), breadcrumbs: [start, sitesLink], deps: documentDeps(s, index) });

  addExchangePages(add, { start, link, index, eckpunkte, instruments, sites, cases, questions, offers });

  add({ path: PATHS.checklist, type: 'checklist', title: 'Checkliste zur Standortbestimmung', breadcrumbs: [start], deps: uris(eckpunkte) });
  for (const page of pageDocuments) {
    if (page === startDocument) continue;
    add({ path: pathOf.get(page.uri)!, type: 'document', uri: page.uri, title: documentTitle(page), breadcrumbs: [start], deps: documentDeps(page, index) });
  }
  add({ path: PATHS.search, type: 'search', title: 'Suche', breadcrumbs: [start], deps: new Set(), searchable: false });
  add({ path: PATHS.print, type: 'print', title: 'Druckfassung', breadcrumbs: [start], deps: new Set(), all: true, searchable: false });
  add({ path: PATHS.notFound, type: 'notFound', title: 'Seite nicht gefunden', breadcrumbs: [], deps: new Set(), searchable: false });

  // Linked files that are not documents (images, PDFs) are copied beside the pages.
  const files = new Map<string, string>();
  const root = commonFolder([...pathOf.keys()]);
  for (const document of [...eckpunkte, ...instruments, ...cases, ...sites, ...questions, ...offers, ...pageDocuments]) {
    for (const link of document.body.links) {
      const target = resolveLink(document.uri, link.url);
      if (!target || target.uri === document.uri || index.get(target.uri) || !target.uri.startsWith(root) || files.has(target.uri)) continue;
      files.set(target.uri, `dateien/${decodeURIComponent(target.uri.slice(root.length))}`);
    }
  }

  const layout = JSON.stringify(pageDocuments.filter((d) => d !== startDocument).map((d) => [pathOf.get(d.uri), documentTitle(d), str(d.data?.purpose)]));
  return { pages, pathOf, eckpunkte, instruments: [...ordered, ...orphans], instrumentsOf, cases, sites, questions, offers, pageDocuments, purposes, files, layout };
}

interface ExchangeInput {
  start: PageLink;
  link: (d: ParsedDocument) => PageLink;
  index: WorkspaceIndex;
  eckpunkte: ParsedDocument[];
  instruments: ParsedDocument[];
  sites: ParsedDocument[];
  cases: ParsedDocument[];
  questions: ParsedDocument[];
  offers: ParsedDocument[];
}

/** The exchange between offices (#21): „Fragen und Antworten“, „Wen fragen?“ and „Fortbildung und Austausch“. */
function addExchangePages(add: (spec: Omit<PageSpec, 'searchable'>) => void, input: ExchangeInput): void {
  const { start, link, index, eckpunkte, instruments, sites, cases, questions, offers } = input;
  const questionsLink: PageLink = { title: 'Fragen und Antworten', path: PATHS.questions };
  add({ path: PATHS.questions, type: 'questions', title: questionsLink.title, breadcrumbs: [start], deps: uris(questions, eckpunkte, instruments) });
  for (const q of questions) add({ path: link(q).path, type: 'document', uri: q.uri, title: documentTitle(q), breadcrumbs: [start, questionsLink], deps: documentDeps(q, index) });
  // The directory shows each site's instruments (its own list, the instruments naming it, its cases') and answers.
  add({ path: PATHS.directory, type: 'directory', title: 'Wen fragen?', breadcrumbs: [start], deps: uris(sites, questions, instruments, cases) });
  const offersLink: PageLink = { title: 'Fortbildung und Austausch', path: PATHS.offers };
  add({ path: PATHS.offers, type: 'offers', title: offersLink.title, breadcrumbs: [start], deps: uris(offers, instruments) });
  for (const o of offers) add({ path: link(o).path, type: 'document', uri: o.uri, title: documentTitle(o), breadcrumbs: [start, offersLink], deps: documentDeps(o, index) });
}

/** What a page's navigation context is: when it changes, the page is written again although its documents did not. */
function navigation(spec: PageSpec): string {
  return JSON.stringify([spec.title, spec.breadcrumbs, spec.prev, spec.next, spec.pagerLabel]);
}

export interface RebuildPlan {
  /** Paths of the pages to write (new or changed). */
  write: string[];
  /** Paths of pages that no longer exist. */
  remove: string[];
  /** Whether the list of pages changed (sitemap). */
  structureChanged: boolean;
}

/**
 * The pages to write after the documents in `changed` changed: every page that showed or now shows one of
 * them, every page whose navigation changed, and new pages; pages that disappeared are removed.
 */
export function planRebuild(before: SiteModel, after: SiteModel, changed: Iterable<string>): RebuildPlan {
  const changedSet = new Set(changed);
  const touches = (deps: Set<string>) => {
    for (const uri of changedSet) if (deps.has(uri)) return true;
    return false;
  };
  const write: string[] = [];
  const everything = before.layout !== after.layout;
  for (const [path, spec] of after.pages) {
    const old = before.pages.get(path);
    if (everything || !old || spec.all || spec.uri !== old.uri || touches(spec.deps) || touches(old.deps) || navigation(spec) !== navigation(old)) write.push(path);
  }
  const remove = [...before.pages.keys()].filter((path) => !after.pages.has(path));
  const structureChanged = remove.length > 0 || [...after.pages.keys()].some((path) => !before.pages.has(path));
  return { write, remove, structureChanged };
}
