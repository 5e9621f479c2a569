// Parses the Markdown body once with unified/remark and keeps what rules and features need:
// headings with their anchors, sections, and link targets, all with offsets into the whole document.
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Definition, Image, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface HeadingInfo {
  depth: number;
  text: string;
  /** The anchor the handbook gives this heading (github-slugger, umlauts kept). */
  slug: string;
  start: number;
  end: number;
}

export interface SectionInfo {
  heading: HeadingInfo;
  /** Offset just after the heading line. */
  contentStart: number;
  /** Offset where the next section of the same or higher level begins (or the end of the body). */
  contentEnd: number;
  empty: boolean;
  hasOrderedList: boolean;
}

export interface LinkInfo {
  url: string;
  /** Range of the URL text itself (what a diagnostic or a rename points at). */
  urlStart: number;
  urlEnd: number;
  /** Range of the whole link construct. */
  start: number;
  end: number;
  kind: 'link' | 'image' | 'definition';
}

export interface ParsedBody {
  headings: HeadingInfo[];
  /** Level-2 sections, in document order. */
  sections: SectionInfo[];
  links: LinkInfo[];
}

// CommonMark without GFM extensions: the analysis needs headings, links and lists, and GFM's
// constructs (tables, autolink literals) cost more than half of the parse time without adding any
// (links inside tables are still parsed as inline links).
const processor = unified().use(remarkParse);

export function slugger(): { slug(text: string): string } {
  return new GithubSlugger();
}

/** `onTree` receives the syntax tree of the body (the handbook renders from it instead of parsing again). */
export function parseBody(text: string, bodyStart: number, onTree?: (tree: Root) => void): ParsedBody {
  const source = text.slice(bodyStart);
  const tree = processor.parse(source) as Root;
  onTree?.(tree);
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
      const end = link.position?.end.offset ?? start;
      const raw = source.slice(start, end);
      const urlRange = locateUrl(raw, link.url, node.type);
      links.push({
        url: link.url,
        urlStart: bodyStart + start + urlRange[0],
        urlEnd: bodyStart + start + urlRange[1],
        start: bodyStart + start,
        end: bodyStart + end,
        kind: node.type,
      });
    }
  });

  return { headings, sections: sectionsOf(tree.children, headings, bodyStart, text.length), links };
}

/** Finds where the destination is written inside the link's source, falling back to the whole link. */
function locateUrl(raw: string, url: string, type: string): [number, number] {
  const from = type === 'definition' ? raw.indexOf(']:') + 2 : raw.lastIndexOf('](') + 2;
  if (from >= 2) {
    let index = raw.indexOf(url, from);
    if (index < 0) {
      // The source may be percent- or entity-encoded differently; take the raw destination token.
      const rest = raw.slice(from).replace(/^\s*</, (m) => ' '.repeat(m.length));
      const token = /^\s*(\S+)/.exec(rest);
      if (token) {
        index = from + rest.indexOf(token[1]!);
        return [index, index + token[1]!.replace(/[)>]$/, '').length];
      }
    } else return [index, index + url.length];
  }
  return [0, raw.length];
}

function sectionsOf(children: RootContent[], headings: HeadingInfo[], bodyStart: number, textEnd: number): SectionInfo[] {
  const sections: SectionInfo[] = [];
  let current: SectionInfo | undefined;
  let headingIndex = 0;
  const close = (end: number) => {
    if (current) current.contentEnd = end;
  };
  for (const child of children) {
    if (child.type === 'heading') {
      const heading = headings.find((h, i) => i >= headingIndex && h.start === bodyStart + (child.position?.start.offset ?? -1));
      if (heading) headingIndex = headings.indexOf(heading) + 1;
      if (child.depth <= 2) {
        close(bodyStart + (child.position?.start.offset ?? 0));
        current = undefined;
        if (child.depth === 2 && heading) {
          current = { heading, contentStart: heading.end, contentEnd: textEnd, empty: true, hasOrderedList: false };
          sections.push(current);
        }
        continue;
      }
    }
    if (current) {
      current.empty = false;
      if (child.type === 'list' && child.ordered) current.hasOrderedList = true;
    }
  }
  return sections;
}
