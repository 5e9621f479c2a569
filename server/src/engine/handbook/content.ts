// Rendering a document's Markdown body for a place in the handbook: through the shared renderer, with
// relative `.md` links turned into links to the generated pages (anchors kept) or, in the print edition,
// into anchors inside the one page.
import type { Root as HastRoot } from 'hast';
import { resolveLink, type WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ParsedDocument } from '../parse/document';
import { markdownTree, treeToHtml } from '../render/markdown';
import type { SiteModel } from './model';
import { fragmentUrl, relativeUrl } from './routes';

export interface ContentContext {
  index: WorkspaceIndex;
  model: SiteModel;
  /** The sanitized tree of a document's body, rendered once per build and reused (page and print edition). */
  tree(document: ParsedDocument): HastRoot;
}

/**
 * Each document's rendered body for its page and the print edition. A body remark rendered is kept; one the line
 * reading rendered is rendered again when asked (a tenth of a millisecond), so that a build does not hold every
 * tree at once. `rendered` may hold bodies rendered elsewhere (the build's worker threads), keyed by the very
 * document object: a changed document is a new object, so nothing stale is used.
 */
export function treeCache(rendered?: WeakMap<ParsedDocument, HastRoot>): (document: ParsedDocument) => HastRoot {
  const trees = new WeakMap<ParsedDocument, HastRoot>();
  return (document) => {
    const kept = trees.get(document) ?? rendered?.get(document);
    if (kept) return kept;
    const { tree, by } = markdownTree(document.text.slice(document.split.bodyStart));
    if (by === 'remark') trees.set(document, tree);
    return tree;
  };
}

/** The anchor of a document inside the print edition. */
export function printId(document: Pick<ParsedDocument, 'kind' | 'id'>): string {
  return `${document.kind}-${document.id}`;
}

/** A document's body as HTML for the page at `pagePath`, its `##` sections one level below the page's `<h1>`. */
export function pageContent(document: ParsedDocument, pagePath: string, context: ContentContext): string {
  const { model, index } = context;
  return treeToHtml(context.tree(document), {
    externalImages: 'link',
    rewriteUrl(url) {
      const target = resolveLink(document.uri, url);
      if (!target) return url;
      if (index.get(target.uri)) {
        const path = model.pathOf.get(target.uri);
        if (!path) return undefined;
        return path === pagePath ? fragmentUrl(target.fragment) || relativeUrl(pagePath, path) : `${relativeUrl(pagePath, path)}${fragmentUrl(target.fragment)}`;
      }
      const file = model.files.get(target.uri);
      return file ? relativeUrl(pagePath, file) : undefined;
    },
  });
}

/** A document's body inside the print edition: ids prefixed per document, headings shifted, links made in-page. */
export function printContent(document: ParsedDocument, headingShift: number, context: ContentContext, printPath: string): string {
  const { model, index } = context;
  return treeToHtml(context.tree(document), {
    externalImages: 'link',
    idPrefix: `${printId(document)}--`,
    headingShift,
    rewriteUrl(url) {
      const target = resolveLink(document.uri, url);
      if (!target) return url;
      const targetDocument = index.get(target.uri);
      if (targetDocument) {
        if (!model.pathOf.has(target.uri)) return undefined;
        return target.fragment ? `#${printId(targetDocument)}--${fragmentUrl(target.fragment).slice(1)}` : `#${printId(targetDocument)}`;
      }
      const file = model.files.get(target.uri);
      return file ? relativeUrl(printPath, file) : undefined;
    },
  });
}
