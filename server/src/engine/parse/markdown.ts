// Parses the Markdown body once and keeps what rules and features need: headings with their anchors, sections,
// and link targets, all with offsets into the whole document. The analysis reads plain Markdown line by line
// (plainBody.ts) and everything else from micromark's events (markdownEvents.ts); the handbook build parses
// with remark into the tree it renders.
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Definition, Image, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { linkInfo, sectionsOf, type HeadingInfo, type LinkInfo, type ParsedBody, type TopLevelBlock } from './body';
import { markdownBudget } from './markdownBudget';
import { bodyFromEvents } from './markdownEvents';
import { plainBody } from './plainBody';

export type { HeadingInfo, LinkInfo, ParsedBody, SectionInfo } from './body';

// CommonMark without GFM extensions: the analysis needs headings, links and lists, and GFM's
// constructs (tables, autolink literals) cost more than half of the parse time without adding any
// (links inside tables are still parsed as inline links).
const processor = unified().use(remarkParse);

export function slugger(): { slug(text: string): string } {
  return new GithubSlugger();
}

/**
 * Parses the body once. Without `onTree` (the check, the language server) a body in plain Markdown is read
 * line by line, and any other from micromark's event stream, the tokens remark-parse builds its tree from:
 * building an mdast tree that nobody keeps costs about half of the parse. With `onTree` (the handbook build,
 * which renders the tree) it reads the tree. All readings give the same result; tests hold them to it over
 * the CommonMark examples, the real toolbox and generated documents.
 */
export function parseBody(text: string, bodyStart: number, onTree?: (tree: Root) => void): ParsedBody {
  const plain = onTree ? undefined : plainBody(text, bodyStart);
  if (plain) return plain;
  // micromark's reading (here or under remark) of a body over the budget would take seconds to minutes.
  const unread = markdownBudget(text, bodyStart);
  if (unread) return { headings: [], sections: [], links: [], unread };
  if (!onTree) return bodyFromEvents(text, bodyStart);
  const tree = processor.parse(text.slice(bodyStart)) as Root;
  onTree(tree);
  return bodyFromTree(tree, text, bodyStart);
}

/** The analysis read from an mdast tree of the body. */
export function bodyFromTree(tree: Root, text: string, bodyStart: number): ParsedBody {
  const slugs = new GithubSlugger();
  const headings: HeadingInfo[] = [];
  const links: LinkInfo[] = [];

  visit(tree, (node) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const label = toString(heading).trim();
      headings.push({
        depth: heading.depth,
        text: label,
        slug: slugs.slug(label),
        start: bodyStart + (heading.position?.start.offset ?? 0),
        end: bodyStart + (heading.position?.end.offset ?? 0),
      });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const link = node as Link | Image | Definition;
      const start = link.position?.start.offset ?? 0;
      links.push(linkInfo(text, bodyStart, link.url, start, link.position?.end.offset ?? start, node.type));
    }
  });

  const blocks = tree.children.map((child): TopLevelBlock => ({
    start: child.position?.start.offset ?? 0,
    depth: child.type === 'heading' ? child.depth : undefined,
    orderedList: child.type === 'list' && child.ordered === true,
  }));
  return { headings, sections: sectionsOf(blocks, headings, bodyStart, text.length), links };
}
