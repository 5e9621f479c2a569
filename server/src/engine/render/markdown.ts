// The one Markdown renderer of the project: remark → rehype → HTML, raw HTML sanitized. The handbook,
// the plan preview and the plan export all render through it, so the preview shows what will be printed.
// Heading ids are slugged after sanitizing, with the same slugger the link rule checks anchors with.
import type { Element, Root as HastRoot } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface RenderOptions {
  /** Rewrites a link or image target (e.g. `../instrumente/x.md#y` → `../instrumente/x.html#y`). */
  rewriteUrl?: (url: string) => string;
  /** Prefix for heading ids, to keep them unique when several documents share one page (print edition). */
  idPrefix?: string;
  /** Shift heading levels down by this much (a document's `##` becomes `###` inside a larger page). */
  headingShift?: number;
}

/** What raw HTML may keep: GitHub's safe subset, without `id`/`name` clobbering and without any scripting. */
const sanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: 'inhalt-',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

function rewriteLinks(options: RenderOptions) {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (options.headingShift && /^h[1-6]$/.test(node.tagName)) {
        node.tagName = `h${Math.min(6, Number(node.tagName[1]) + options.headingShift)}`;
      }
      if (options.idPrefix && typeof node.properties?.id === 'string') node.properties.id = `${options.idPrefix}${node.properties.id}`;
      const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
      if (!attribute || !options.rewriteUrl) return;
      const value = node.properties?.[attribute];
      if (typeof value === 'string') node.properties![attribute] = options.rewriteUrl(value);
    });
  };
}

export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSlug)
    .use(rewriteLinks(options))
    .use(rehypeStringify);
  return String(processor.processSync(markdown));
}
