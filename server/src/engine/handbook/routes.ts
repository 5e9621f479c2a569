// Where every page of the handbook lives, and how one page links to another. All URLs inside the site
// are relative, so the handbook works under any base path (GitHub Pages, GitLab Pages, a file share).
import type { ParsedDocument } from '../parse/document';
import { isDocumentKind, isValidId, KINDS } from '../vocabulary';

/** Fixed pages of the site (not backed by one document). */
export const PATHS = {
  start: 'index.html',
  instruments: 'instrumente/index.html',
  cases: 'praxis/index.html',
  sites: 'standorte/index.html',
  questions: 'fragen/index.html',
  directory: 'wen-fragen.html',
  offers: 'angebote/index.html',
  checklist: 'checkliste.html',
  print: 'druck.html',
  search: 'suche.html',
  notFound: '404.html',
  sitemap: 'sitemap.xml',
  css: 'assets/handbuch.css',
  js: 'assets/suche.js',
  favicon: 'assets/favicon.svg',
  pdf: 'werkzeugkoffer.pdf',
} as const;

/** The page of a document, or undefined when its kind is not published (plans) or it has no valid id. */
export function documentPath(document: Pick<ParsedDocument, 'kind' | 'id'>): string | undefined {
  if (!isDocumentKind(document.kind) || !isValidId(document.id)) return undefined;
  const folder: string | undefined = KINDS[document.kind].siteFolder;
  if (folder === undefined) return undefined;
  return folder ? `${folder}/${document.id}.html` : `${document.id}.html`;
}

/**
 * The relative URL from the page at `from` to the site path `to` (both relative to the site root): up out of the
 * folders of `from` that `to` does not share, then down. Compared character by character, without splitting
 * either path: every link of every page calls it, some 350,000 times in a build of 10,000 documents.
 */
export function relativeUrl(from: string, to: string): string {
  // The end of the folders both paths begin with: after the last slash up to which they are equal.
  let common = 0;
  for (let i = 0; i < from.length && i < to.length && from.charCodeAt(i) === to.charCodeAt(i); i++) if (from.charCodeAt(i) === SLASH) common = i + 1;
  let up = '';
  for (let i = from.indexOf('/', common); i !== -1; i = from.indexOf('/', i + 1)) up += '../';
  return `${up}${to.slice(common)}` || './';
}

const SLASH = 0x2f;

/** The prefix that leads from the page at `path` back to the site root (`''`, `'../'`, …). */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

/** `#fragment`, decoded (heading ids keep their umlauts, as the renderer writes them), or `''`. */
export function fragmentUrl(fragment: string): string {
  if (!fragment) return '';
  try {
    return `#${decodeURIComponent(fragment)}`;
  } catch {
    return `#${fragment}`;
  }
}

/**
 * Links from a document outside the site (a plan's view) to the handbook's pages under `base`: an absolute URL
 * or a path relative to where the plan's file is written.
 */
export function handbookLinks(base: string): (kind: 'instrument' | 'case', id: string) => string | undefined {
  const prefix = base ? `${base.replace(/\/$/, '')}/` : '';
  return (kind, id) => {
    const path = documentPath({ kind, id });
    return path && `${prefix}${path}`;
  };
}
