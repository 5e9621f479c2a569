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

/** The relative URL from the page at `from` to the site path `to` (both relative to the site root). */
export function relativeUrl(from: string, to: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  const rest = toParts.slice(common).join('/');
  return `${'../'.repeat(up)}${rest}` || './';
}

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
