// The one Markdown renderer of the project: remark → rehype → HTML, raw HTML sanitized. The handbook,
// the plan preview and the plan export all render through it, so the preview shows what will be printed.
// Heading ids are slugged after sanitizing, with the same slugger the link rule checks anchors with.
//
// Rendering is split in two steps so that one document can appear in several places (its handbook page
// and the print edition) while being parsed and sanitized once: `renderMarkdownTree` gives the sanitized
// tree, `treeToHtml` writes it out with per-place options (link targets, id prefix, heading levels).
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { markdownBudget } from '../parse/markdownBudget';
import { plainMarkdownTree } from './plainMarkdown';

export interface RenderOptions {
  /**
   * Rewrites a link or image target (e.g. `../instrumente/x.md#y` → `../instrumente/x.html#y`). Returning
   * `undefined` removes the target, so the link stays as plain text.
   */
  rewriteUrl?: (url: string, element: 'a' | 'img') => string | undefined;
  /** Prefix for heading ids, to keep them unique when several documents share one page (print edition). */
  idPrefix?: string;
  /** Shift heading levels down by this much (a document's `##` becomes `###` inside a larger page). */
  headingShift?: number;
  /**
   * Images from other hosts are replaced by a link to them, so that a page loads nothing from a third party
   * (the handbook's privacy promise). Default: kept.
   */
  externalImages?: 'keep' | 'link';
}

/**
 * Attributes (as hast names them) that carry a URL. The renderer rewrites `href` on links and `src` on images
 * (and the handbook turns images from elsewhere into links); every other URL-bearing attribute is dropped, so
 * that no content makes the page load anything the rewrite did not see (`srcset` on `<source>` inside
 * `<picture>` did before).
 */
export const URL_ATTRIBUTES = new Set([
  'action', 'archive', 'background', 'cite', 'classId', 'codeBase', 'data', 'dynsrc', 'formAction', 'href', 'icon',
  'imageSrcSet', 'itemType', 'longDesc', 'lowsrc', 'manifest', 'ping', 'poster', 'profile', 'src', 'srcSet', 'useMap', 'xLinkHref',
]);

/** The URL-bearing attributes that are kept, because the renderer rewrites them. */
const REWRITTEN: Record<string, string> = { a: 'href', img: 'src' };

type AttributeList = NonNullable<typeof defaultSchema.attributes>[string];

/** An attribute list without the URL-bearing attributes `tag` does not rewrite. */
function withoutUrls(tag: string, list: AttributeList): AttributeList {
  return list.filter((entry) => {
    const name = typeof entry === 'string' ? entry : entry[0];
    return !URL_ATTRIBUTES.has(name) || REWRITTEN[tag] === name;
  });
}

/**
 * What raw HTML may keep: GitHub's safe subset, without `id`/`name` clobbering, without any scripting, and
 * without URL-bearing attributes other than the rewritten ones (`<picture>`/`<source>` go with them: a
 * `<source>` holds nothing but URLs, and `<picture>` keeps its `<img>`).
 */
const sanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: 'inhalt-',
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'picture' && tag !== 'source'),
  attributes: Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).flatMap(([tag, list]) => {
    const kept = withoutUrls(tag, list);
    return kept.length ? [[tag, kept]] : [];
  })),
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

function processor(raw: boolean, gfm: boolean) {
  const parse = gfm ? unified().use(remarkParse).use(remarkGfm) : unified().use(remarkParse);
  const base = parse.use(remarkRehype, { allowDangerousHtml: true });
  return (raw ? base.use(rehypeRaw) : base).use(rehypeSanitize, sanitizeSchema).use(footnoteLinks).use(rehypeSlug).freeze();
}

/** GFM footnotes: sanitizing prefixes their ids with the clobber prefix; their links must follow. */
function footnoteLinks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href === 'string' && href.startsWith('#user-content-')) node.properties!.href = `#${sanitizeSchema.clobberPrefix}${href.slice(1)}`;
    });
  };
}

// Built once: creating a unified processor per call costs as much as rendering a short document.
const processors = new Map<string, ReturnType<typeof processor>>();

/**
 * Characters without which no GFM construct can occur: tables (`|`), strikethrough (`~`), task lists (`[ ]`),
 * footnotes (`[^`), autolink literals (`www.`, `://`, `@`). Text without any of them renders the same
 * with plain CommonMark, which parses much faster.
 */
const MAYBE_GFM = /[|~@]|\[\^|\[[ xX]\]|www\.|:\/\//;

/** What stands in place of a text over the Markdown budget. */
export const NOT_RENDERED = 'Dieser Text ist zu tief verschachtelt oder enthält zu viele Klammern und Markierungen, um dargestellt zu werden; die Prüfung zeigt die Stelle (WK106).';

/** A rendered tree and what made it: the line reading, remark (some twenty times the cost), or the budget's note. */
export interface MarkdownTree {
  tree: HastRoot;
  by: 'plain' | 'remark' | 'budget';
}

/**
 * Markdown as a sanitized, slugged HTML syntax tree: plain Markdown line by line (plainMarkdown.ts), anything else
 * through remark. The tree has no source positions where the line reading answers.
 */
export function markdownTree(markdown: string): MarkdownTree {
  // The line reading is linear (it leaves paragraphs with very many emphasis markers to remark).
  const plain = plainMarkdownTree(markdown);
  if (plain) return { by: 'plain', tree: plain };
  // A text over the Markdown budget (WK106 in the check) would keep remark busy for seconds to minutes; the plan
  // preview and export, which render without a check first, show a note in its place.
  if (markdownBudget(markdown, 0)) return { by: 'budget', tree: { type: 'root', children: [{ type: 'element', tagName: 'p', properties: { className: ['nicht-dargestellt'] }, children: [{ type: 'text', value: NOT_RENDERED }] }] } };
  return { by: 'remark', tree: remarkMarkdownTree(markdown) };
}

export function renderMarkdownTree(markdown: string): HastRoot {
  return markdownTree(markdown).tree;
}

/**
 * Parses, sanitizes and slugs Markdown with remark and rehype. Text without `<` has no raw HTML, so the raw-HTML
 * pass (a full HTML parse) is skipped for it; sanitizing always runs.
 */
export function remarkMarkdownTree(markdown: string): HastRoot {
  const raw = markdown.includes('<');
  const gfm = MAYBE_GFM.test(markdown);
  const key = `${raw}${gfm}`;
  let pipeline = processors.get(key);
  if (!pipeline) processors.set(key, (pipeline = processor(raw, gfm)));
  return pipeline.runSync(pipeline.parse(markdown)) as HastRoot;
}

/** A rendered tree without source positions: what crosses from a worker thread (positions are not written out). */
export function withoutPositions<T extends HastRoot | Element>(node: T): T {
  delete node.position;
  for (const child of node.children) {
    if (child.type === 'element') withoutPositions(child);
    else delete child.position;
  }
  return node;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** Writes a tree from `renderMarkdownTree` as HTML with the options of one place; the tree is not changed. */
export function treeToHtml(tree: HastRoot, options: RenderOptions = {}): string {
  const changes = options.rewriteUrl || options.idPrefix || options.headingShift || options.externalImages === 'link';
  const copy = changes ? copyElements(tree) : tree;
  if (changes) applyOptions(copy, options);
  return toHtml(copy);
}

/**
 * A copy deep enough for `applyOptions`, which changes elements (name, properties) and child lists only:
 * those are new, text and other leaves are shared. A full structured clone cost a third of page rendering.
 */
function copyElements<T extends HastRoot | Element>(node: T): T {
  const children = node.children.map((child) => (child.type === 'element' ? copyElements(child) : child));
  return node.type === 'element' ? { ...node, properties: { ...node.properties }, children } : { ...node, children };
}

/** Applies the options to each element, parents before children (as unist-util-visit walks, without its bookkeeping). */
function applyOptions(parent: HastRoot | Element, options: RenderOptions): void {
  const { children } = parent;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type !== 'element') continue;
    if (options.headingShift && /^h[1-6]$/.test(node.tagName)) {
      node.tagName = `h${Math.min(6, Number(node.tagName[1]) + options.headingShift)}`;
    }
    if (options.idPrefix && typeof node.properties?.id === 'string') node.properties.id = `${options.idPrefix}${node.properties.id}`;
    if (node.tagName === 'img' && options.externalImages === 'link' && typeof node.properties?.src === 'string' && EXTERNAL.test(node.properties.src)) {
      // An image from elsewhere becomes a link to it: the reader decides whether to load it.
      const alt = typeof node.properties.alt === 'string' && node.properties.alt.trim() ? node.properties.alt : 'ohne Beschreibung';
      const src = node.properties.src;
      const link: Element = { type: 'element', tagName: 'a', properties: { href: src, className: ['externes-bild'] }, children: [{ type: 'text', value: `Externes Bild: ${alt}` }] };
      children[index] = link;
      rewrite(link, 'a', options);
      continue;
    }
    if (node.tagName === 'a') rewrite(node, 'a', options);
    else if (node.tagName === 'img') rewrite(node, 'img', options);
    applyOptions(node, options);
  }
}

function rewrite(node: Element, element: 'a' | 'img', options: RenderOptions): void {
  const attribute = element === 'a' ? 'href' : 'src';
  const value = node.properties?.[attribute];
  if (typeof value !== 'string' || !options.rewriteUrl) return;
  const rewritten = options.rewriteUrl(value, element);
  if (rewritten === undefined) delete node.properties![attribute];
  else node.properties![attribute] = rewritten;
}

export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  return treeToHtml(renderMarkdownTree(markdown), options);
}
