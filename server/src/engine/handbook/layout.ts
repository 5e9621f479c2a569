// The frame of every handbook page: document head, skip link, header with navigation and search form,
// breadcrumbs, the main content, previous/next, and the footer with Impressum and accessibility statement.
// The content pages (Modellprojekt, Phasenmodell) stand in the main navigation, the other pages in the footer.
import { escapeHtml } from './html';
import type { PageLink, PageSpec, SiteModel } from './model';
import { CONTENT_PAGES, contentPages, documentTitle } from './model';
import { PATHS, relativeUrl, rootOf } from './routes';

export const SITE_NAME = 'Werkzeugkoffer Willkommensbehörde';

/** The attribute that marks a page's searchable part: Pagefind indexes only pages that have it. */
export const SEARCHABLE_ATTRIBUTE = 'data-pagefind-body';

/**
 * Everything the page may load comes from the site itself. Pagefind's search runs WebAssembly, which needs
 * 'wasm-unsafe-eval' (not 'unsafe-eval'); no inline script or style is allowed anywhere.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self'";

export interface LayoutInput {
  spec: PageSpec;
  model: SiteModel;
  /** The page's content (inside `<main>`). */
  body: string;
  description?: string;
  /** Pagefind metadata for search results: the kind of page. */
  searchKind?: string;
  /** Extra class on `<body>` (page type). */
  bodyClass?: string;
  /**
   * Absolute path of the site root (`/`, `/handbuch/`): the 404 page is served for any missing address,
   * at any depth, so its links cannot be relative. Without it, the 404 page links relative to the root.
   */
  rootPath?: string;
}

/** The main navigation: the fixed sections, with the content pages the toolbox has in their places. */
function navigation(model: SiteModel): { title: string; path: string }[] {
  const content = (purpose: string) => {
    const page = model.purposes.get(purpose);
    const path = page && model.pathOf.get(page.uri);
    return path ? [{ title: CONTENT_PAGES.find((c) => c.purpose === purpose)!.label, path }] : [];
  };
  return [
    ...content('modellprojekt'),
    { title: 'Eckpunkte', path: `${PATHS.start}#eckpunkte` },
    { title: 'Instrumente', path: PATHS.instruments },
    ...content('phasenmodell'),
    { title: 'Praxisbeispiele', path: PATHS.cases },
    { title: 'Standorte', path: PATHS.sites },
    { title: 'Fragen und Antworten', path: PATHS.questions },
    { title: 'Wen fragen?', path: PATHS.directory },
    { title: 'Fortbildung und Austausch', path: PATHS.offers },
    { title: 'Checkliste', path: PATHS.checklist },
    { title: 'Druckfassung', path: PATHS.print },
  ];
}

function pageLink(from: string, link: PageLink): string {
  return `<a href="${escapeHtml(relativeUrl(from, link.path))}">${escapeHtml(link.title)}</a>`;
}

export function layout(input: LayoutInput): string {
  const [before, after] = layoutAround(input);
  return `${before}${input.body}${after}`;
}

/** The page around its body: what comes before it and after it (the print edition is written between them in parts). */
export function layoutAround({ spec, model, description, searchKind, bodyClass, rootPath }: Omit<LayoutInput, 'body'>): [before: string, after: string] {
  const here = spec.path;
  const url = (path: string) => escapeHtml(rootPath ? `${rootPath}${path}` : relativeUrl(here, path));
  const root = escapeHtml(rootPath ?? rootOf(here));
  const title = spec.type === 'start' ? SITE_NAME : `${spec.title} – ${SITE_NAME}`;
  const entries = navigation(model);
  const section = entries.find((n) => n.path.split('#')[0] !== PATHS.start && (here === n.path || spec.breadcrumbs.some((b) => b.path === n.path)));
  const nav = entries.map((n) => {
    const current = n.path === here ? ' aria-current="page"' : n === section ? ' aria-current="true"' : '';
    return `<li><a href="${url(n.path)}"${current}>${escapeHtml(n.title)}</a></li>`;
  }).join('');
  const crumbs = spec.breadcrumbs.length
    ? `<nav class="brotkruemel" aria-label="Brotkrümelpfad"><ol>${spec.breadcrumbs.map((b) => `<li>${pageLink(here, b)}</li>`).join('')}<li><a href="${url(here)}" aria-current="page">${escapeHtml(spec.title)}</a></li></ol></nav>`
    : '';
  const pager = spec.prev || spec.next
    ? `<nav class="blaettern" aria-label="${escapeHtml(spec.pagerLabel ?? 'Blättern')}"><ul>${spec.prev ? `<li class="zurueck"><a href="${url(spec.prev.path)}" rel="prev"><span class="richtung">Zurück</span> ${escapeHtml(spec.prev.title)}</a></li>` : ''}${spec.next ? `<li class="weiter"><a href="${url(spec.next.path)}" rel="next"><span class="richtung">Weiter</span> ${escapeHtml(spec.next.title)}</a></li>` : ''}</ul></nav>`
    : '';
  const inNavigation = contentPages(model);
  const footerPages = model.pageDocuments.filter((d) => d !== model.purposes.get('start') && !inNavigation.includes(d) && model.pathOf.has(d.uri));
  const footer = [
    ...footerPages.map((d) => ({ title: documentTitle(d), path: model.pathOf.get(d.uri)! })),
    { title: 'Druckfassung', path: PATHS.print },
    { title: 'Suche', path: PATHS.search },
  ];
  const searchAttributes = spec.searchable ? ` ${SEARCHABLE_ATTRIBUTE}${searchKind ? ` data-pagefind-meta="art:${escapeHtml(searchKind)}"` : ''}` : '';
  const before = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
${description ? `<meta name="description" content="${escapeHtml(description)}">\n` : ''}<link rel="icon" href="${root}${PATHS.favicon}" type="image/svg+xml">
<link rel="stylesheet" href="${root}${PATHS.css}">
<script src="${root}${PATHS.js}" defer></script>
</head>
<body class="${escapeHtml(bodyClass ?? spec.type)}">
<a class="sprungmarke" href="#inhalt">Zum Inhalt springen</a>
<header class="kopf">
<div class="kopf-innen">
<a class="marke" href="${url(PATHS.start)}"><span class="marke-titel">Werkzeugkoffer</span> <span class="marke-zusatz">Willkommensbehörde</span></a>
<form class="suchformular" role="search" action="${url(PATHS.search)}" method="get" aria-label="Handbuch durchsuchen">
<label for="suchfeld">Suchbegriff</label>
<input id="suchfeld" type="search" name="q" autocomplete="off" spellcheck="false">
<button type="submit">Suchen</button>
</form>
</div>
<nav class="hauptnavigation" aria-label="Hauptnavigation"><ul>${nav}</ul></nav>
</header>
${crumbs}
<main id="inhalt" tabindex="-1"${searchAttributes}>
`;
  const after = `
</main>
${pager}
<footer class="fuss">
<nav aria-label="Über dieses Handbuch"><ul>${footer.map((f) => `<li><a href="${url(f.path)}"${f.path === here ? ' aria-current="page"' : ''}>${escapeHtml(f.title)}</a></li>`).join('')}</ul></nav>
<p>${escapeHtml(SITE_NAME)}: Ergebnisse des Modellprojekts „Ausländerbehörden – Willkommensbehörden“ (2013–2015), ergänzt um Beispiele guter Praxis aus Kommunen und Landkreisen. Diese Seiten laden nichts von fremden Servern und setzen keine Cookies.</p>
</footer>
</body>
</html>
`;
  return [before, after];
}
