// The reference for the body readings' tests: headings, sections and links read from remark's mdast tree, the tree
// the handbook renders. The check's readings (parse/plainBody.ts, parse/markdownEvents.ts) must give the same, or
// the editor and the published handbook would disagree about an anchor or a link.
import GithubSlugger from 'github-slugger';
import type { Definition, Heading, Image, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { linkInfo, sectionsOf, type HeadingInfo, type LinkInfo, type ParsedBody, type TopLevelBlock } from '../parse/body';

// CommonMark without GFM, as the readings it checks (links inside GFM tables are still inline links).
const processor = unified().use(remarkParse);

/** The body of `text` (from `bodyStart`) read from its mdast tree. */
export function bodyFromTree(text: string, bodyStart: number): ParsedBody {
  const tree = processor.parse(text.slice(bodyStart)) as Root;
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
