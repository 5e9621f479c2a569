// The body analysis for plain Markdown, read line by line without micromark. Toolbox documents are written in a
// small part of CommonMark — ATX headings, paragraphs, lists (one level of nesting), block quotes of one paragraph,
// inline links and emphasis — and for that part the structure follows from each line's first characters. micromark walks every character
// through four tokenizers and costs half of a full check; this reading is about fifty times faster (10,000
// synthetic bodies: 50 ms instead of 2.4 s). It answers only where it is certain: anything outside the subset
// (indented code, fences, nested or lazy quotes, HTML, setext underlines, thematic breaks, entities, escapes, code spans,
// reference links, lazy lines whose meaning depends on CommonMark's interruption rules) returns undefined and the
// caller reads micromark's events. `plainBody.test.ts` holds the two readings to the same result over the
// CommonMark examples, the real toolbox and generated documents.
import { HeadingSlugs } from './headingSlugs';
import { linkInfo, sectionsOf, type HeadingInfo, type LinkInfo, type ParsedBody, type TopLevelBlock } from './body';

/** Characters that start constructs this reading leaves to micromark, anywhere in the body (a character class's content, shared with render/plainMarkdown.ts). */
export const OUTSIDE_SUBSET_CHARACTERS = '\\0-\\t\\v-\\x1f\\x7f\\\\`<&\\ufeff';
const OUTSIDE_SUBSET = new RegExp(`[${OUTSIDE_SUBSET_CHARACTERS}]`, 'g');
/** Lines made only of these are thematic breaks, setext underlines or empty list items. */
const MARKER_ONLY = /^[-*_= ]*$/;
const ATX_HEADING = /^(#{1,6}) +(\S(?:.*\S)?)$/;
/** Characters that change a heading's text or make it a link: a heading with one of them goes to micromark. */
const HEADING_MARKUP = /[*_[\]]/;
const ORDERED_MARKER = /^(\d{1,9})[.)]/;
/** A list marker followed by a space or the line's end: an item, not a paragraph. */
const ITEM_START = /^(?:[-*+]|\d{1,9}[.)])(?: |$)/;
const SPACE = 32;

export type LineKind = 'blank' | 'heading' | 'paragraph' | 'bullet' | 'ordered' | 'quote';

export interface Line {
  kind: LineKind;
  /** For items: the width of marker and space, where the item's content starts. */
  contentOffset: number;
  /** For ordered items: the start number as written. */
  number?: string;
  /** For headings: the number of `#` and the heading's text. */
  depth?: number;
  label?: string;
}

/** What a line is, from its first characters; undefined outside the subset. `line` has no leading space. */
export function classify(line: string): Line | undefined {
  if (line.length === 0) return { kind: 'blank', contentOffset: 0 };
  if (MARKER_ONLY.test(line)) return undefined;
  const first = line.charCodeAt(0);
  switch (line[0]) {
    case '#': {
      const heading = ATX_HEADING.exec(line);
      return heading && !HEADING_MARKUP.test(line) && !line.endsWith('#') ? { kind: 'heading', contentOffset: 0, depth: heading[1]!.length, label: heading[2]! } : undefined;
    }
    case '>':
      // `> ` and a paragraph's line: a line of a block quote that holds a paragraph (a nested quote, a heading or a
      // list inside it, and `>` without a space are left to micromark). A nested quote is ruled out before the
      // content is classified, so `> > > … x` costs one step, not one recursion per marker.
      return line.charCodeAt(1) === SPACE && line.charCodeAt(2) !== 62 /* > */ && startsParagraph(line.slice(2)) ? { kind: 'quote', contentOffset: 2 } : undefined;
    case '~':
      return undefined;
    case '-':
    case '*':
    case '+':
      if (line.length > 1 && line.charCodeAt(1) !== SPACE) return { kind: 'paragraph', contentOffset: 0 };
      // Only `- ` with one space: other bullets and wider gaps change which lines belong to the item.
      return line[0] === '-' && startsParagraph(line.slice(2)) ? { kind: 'bullet', contentOffset: 2 } : undefined;
  }
  if (first >= 48 && first <= 57) {
    const marker = ORDERED_MARKER.exec(line);
    // Ten digits, or no `.`/`)` right after the digits, or no space after it: no list marker.
    if (!marker || (line.length > marker[0].length && line.charCodeAt(marker[0].length) !== SPACE)) return { kind: 'paragraph', contentOffset: 0 };
    const width = marker[0].length;
    if (marker[0].endsWith(')') || !startsParagraph(line.slice(width + 1))) return undefined;
    return { kind: 'ordered', contentOffset: width + 1, number: marker[1] };
  }
  return { kind: 'paragraph', contentOffset: 0 };
}

/**
 * Whether an item's content is a paragraph (not a nested block on the same line). A nested marker is ruled
 * out before `classify` sees it, so `- - - … x` costs one step, not one recursion per marker.
 */
function startsParagraph(content: string): boolean {
  return content.charCodeAt(0) !== SPACE && !ITEM_START.test(content) && classify(content)?.kind === 'paragraph';
}

type FoundLink = [kind: 'link' | 'image', start: number, end: number, url: string];

/**
 * `indexOf` for searches at growing offsets: a search reuses the last hit while it lies ahead, so a body with
 * few brackets is scanned once, not once per line. Returns `body.length` when there is none.
 */
function forwardSearch(body: string, char: string): (from: number) => number {
  let found = -1;
  return (from) => {
    if (found < from) {
      const index = body.indexOf(char, from);
      found = index < 0 ? body.length : index;
    }
    return found;
  };
}

/**
 * Finds the inline links and images of one line, which must all be `[text](destination)` or `![text](destination)`
 * with plain text and a destination without spaces, brackets or parentheses. False for any other bracket.
 */
function scanLinks(body: string, from: number, to: number, nextOpen: (from: number) => number, nextClose: (from: number) => number, links: FoundLink[]): boolean {
  let index = from;
  for (;;) {
    const open = nextOpen(index);
    const close = nextClose(index);
    if (open >= to && close >= to) return true;
    if (open >= to || close < open || close >= to) return false;
    // The label: the first `]` after `[` must be followed by `(`, with no other `[` between.
    if (close === open + 1 || nextOpen(open + 1) < close || body.charCodeAt(close + 1) !== 40 /* ( */) return false;
    const destinationStart = close + 2;
    let end = destinationStart;
    while (end < to) {
      const code = body.charCodeAt(end);
      if (code === 41 /* ) */) break;
      if (code <= SPACE || code === 40 /* ( */ || code === 62 /* > */ || code === 91 /* [ */ || code === 93 /* ] */) return false;
      end++;
    }
    if (end >= to || end === destinationStart) return false;
    const image = open > from && body.charCodeAt(open - 1) === 33; /* ! */
    links.push([image ? 'image' : 'link', image ? open - 1 : open, end + 1, body.slice(destinationStart, end)]);
    index = end + 1;
  }
}

export function plainBody(text: string, bodyStart: number): ParsedBody | undefined {
  OUTSIDE_SUBSET.lastIndex = bodyStart;
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  const body = text.slice(bodyStart);

  const headings: HeadingInfo[] = [];
  const blocks: TopLevelBlock[] = [];
  const found: FoundLink[] = [];
  const slugs = new HeadingSlugs();
  const nextOpen = forwardSearch(body, '[');
  const nextClose = forwardSearch(body, ']');

  /** The top-level list the lines are in, with the content offset of its current item. */
  let list: { ordered: boolean; contentOffset: number } | undefined;
  /** Whether the previous line left a paragraph open (at top level or in an item), so a lazy line would continue it. */
  let openParagraph = false;
  /** Whether the previous line was a line of a block quote. */
  let inQuote = false;

  let end = 0;
  for (let start = 0; start <= body.length; start = end + 1) {
    end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    let indent = 0;
    while (body.charCodeAt(start + indent) === SPACE) indent++;
    const line = classify(indent === end - start ? '' : body.slice(start + indent, end));
    if (!line) return undefined;
    // After a quote, only another line of it or a blank line: a paragraph's line would continue the quote lazily,
    // and what may interrupt it depends on CommonMark's rules for containers.
    if (inQuote && line.kind !== 'quote' && line.kind !== 'blank') return undefined;

    if (line.kind === 'blank') {
      openParagraph = false;
      inQuote = false;
    } else if (indent > 0) {
      // Inside the current item only: at exactly its content offset a line is the item's paragraph or a
      // nested item (never indented code, never a new top-level block).
      if (!list || indent !== list.contentOffset || line.kind === 'heading' || line.kind === 'quote') return undefined;
      openParagraph = true;
    } else {
      switch (line.kind) {
        case 'heading': {
          const { depth, label } = line as Required<Line>;
          headings.push({ depth, text: label, slug: slugs.slug(label), start: bodyStart + start, end: bodyStart + end });
          blocks.push({ start, depth, orderedList: false });
          list = undefined;
          openParagraph = false;
          break;
        }
        case 'paragraph':
          // After an open paragraph (top level or a list item's) the line continues it; otherwise it starts one.
          if (!openParagraph) {
            blocks.push({ start, orderedList: false });
            list = undefined;
          }
          openParagraph = true;
          break;
        case 'quote':
          // Right after an item's paragraph, whether the quote ends the list is left to micromark.
          if (list && openParagraph) return undefined;
          if (!inQuote) {
            blocks.push({ start, orderedList: false });
            list = undefined;
          }
          inQuote = true;
          openParagraph = false;
          break;
        case 'bullet':
        case 'ordered': {
          const ordered = line.kind === 'ordered';
          if (list && list.ordered === ordered) {
            list.contentOffset = line.contentOffset;
          } else {
            // A new list interrupts an open paragraph only as a bullet or as an ordered list that starts at 1;
            // anything else would be a lazy continuation line.
            if (ordered && openParagraph && line.number !== '1') return undefined;
            list = { ordered, contentOffset: line.contentOffset };
            blocks.push({ start, orderedList: ordered });
          }
          openParagraph = true;
          break;
        }
      }
    }
    if (line.kind !== 'blank' && line.kind !== 'heading' && !scanLinks(body, start + indent, end, nextOpen, nextClose, found)) return undefined;
  }

  const links: LinkInfo[] = found.map(([kind, start, end, url]) => linkInfo(text, bodyStart, url, start, end, kind));
  return { headings, sections: sectionsOf(blocks, headings, bodyStart, text.length), links };
}
