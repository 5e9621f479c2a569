// What the analysis keeps of a Markdown body — headings with their anchors, level-2 sections, links — and the
// helpers the readings of the body share (from the mdast tree in markdown.ts, from micromark's events in
// markdownEvents.ts, line by line for plain Markdown in plainBody.ts). All offsets are into the whole document.
import type { BudgetExceeded } from './markdownBudget';

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
  /** Set when the body was not read because its CommonMark reading would exceed the budget (markdownBudget.ts). */
  unread?: BudgetExceeded;
}

/** A link, image or definition at `start`–`end` of the body, with the range of its destination. */
export function linkInfo(text: string, bodyStart: number, url: string, start: number, end: number, kind: LinkInfo['kind']): LinkInfo {
  const urlRange = locateUrl(text.slice(bodyStart + start, bodyStart + end), url, kind);
  return { url, urlStart: bodyStart + start + urlRange[0], urlEnd: bodyStart + start + urlRange[1], start: bodyStart + start, end: bodyStart + end, kind };
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

/** A child of the body's root: where it starts and, for a heading, its level. */
export interface TopLevelBlock {
  /** Offset in the body. */
  start: number;
  /** The level of a heading; undefined for any other block. */
  depth?: number;
  orderedList: boolean;
}

/** Level-2 sections from the top-level blocks: a section runs to the next heading of level 1 or 2. */
export function sectionsOf(blocks: TopLevelBlock[], headings: HeadingInfo[], bodyStart: number, textEnd: number): SectionInfo[] {
  const sections: SectionInfo[] = [];
  let current: SectionInfo | undefined;
  let headingIndex = 0;
  for (const block of blocks) {
    if (block.depth !== undefined) {
      // Headings and blocks are both in document order: the search resumes where the last one was found.
      let at = headingIndex;
      while (at < headings.length && headings[at]!.start !== bodyStart + block.start) at++;
      const heading = headings[at];
      if (heading) headingIndex = at + 1;
      if (block.depth <= 2) {
        if (current) current.contentEnd = bodyStart + block.start;
        current = undefined;
        if (block.depth === 2 && heading) {
          current = { heading, contentStart: heading.end, contentEnd: textEnd, empty: true, hasOrderedList: false };
          sections.push(current);
        }
        continue;
      }
    }
    if (current) {
      current.empty = false;
      if (block.orderedList) current.hasOrderedList = true;
    }
  }
  return sections;
}
