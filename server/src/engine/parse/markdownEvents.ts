// The body analysis read straight from micromark's events, the tokens remark-parse turns into an mdast tree.
// It keeps what the tree would have told the analysis — headings (with the text mdast-util-to-string gives),
// links, images and definitions (with the decoded destination mdast gives), and the top-level blocks — without
// building the tree. `markdownEvents.test.ts` holds it to the tree reading over the CommonMark examples.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import GithubSlugger from 'github-slugger';
import { parse, postprocess, preprocess } from 'micromark';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Token } from 'micromark-util-types';
import { linkInfo, sectionsOf, type HeadingInfo, type LinkInfo, type ParsedBody, type TopLevelBlock } from './body';

/** The block tokens that become children of the mdast root when they are not nested in another block. */
const BLOCKS = new Set(['paragraph', 'definition', 'atxHeading', 'setextHeading', 'thematicBreak', 'blockQuote', 'listOrdered', 'listUnordered', 'codeFenced', 'codeIndented', 'htmlFlow']);
/** Tokens whose text is a node's value (text, inline code, inline HTML, autolink text). */
const VALUES = new Set(['data', 'characterEscapeValue', 'codeTextData', 'htmlTextData', 'autolinkProtocol', 'autolinkEmail']);

interface PendingHeading {
  start: number;
  end: number;
  depth: number;
  parts: string[];
  block?: TopLevelBlock;
}

interface PendingLink {
  kind: LinkInfo['kind'];
  start: number;
  end: number;
  url: string;
  /** A link or image becomes a node (not a reference) only with a resource: `[text](url)`. */
  isNode: boolean;
}

// `parse()` combines the constructs anew on each call (a twentieth of a short document's parse). The parser is
// kept instead; what it learns from one document (defined labels, lazy lines) is reset before the next.
const parser = parse();

function eventsOf(source: string) {
  parser.defined = definedLabels();
  parser.lazy = {};
  return postprocess(parser.document().write(preprocess()(source, undefined, true)));
}

/**
 * The labels defined so far, as micromark uses them (`push`, `includes`), in a set: an array makes each label
 * look-up compare with every definition before it, quadratic in a body of many definitions and references.
 */
function definedLabels(): string[] {
  const labels = new Set<string>();
  return {
    push: (label: string) => labels.add(label).size,
    includes: (label: string) => labels.has(label),
  } as unknown as string[];
}

export function bodyFromEvents(text: string, bodyStart: number): ParsedBody {
  const source = text.slice(bodyStart);
  const events = eventsOf(source);
  const slice = (token: Token) => source.slice(token.start.offset, token.end.offset);

  const headings: HeadingInfo[] = [];
  const slugs = new GithubSlugger();
  const blocks: TopLevelBlock[] = [];
  // Links in document order (as a tree walk meets them): entered here, completed when their tokens close.
  const linkOrder: PendingLink[] = [];
  const openLinks: PendingLink[] = [];

  let heading: PendingHeading | undefined;
  /** Open tokens that are not `content` (the wrapper of paragraphs and definitions): 0 means top level. */
  let blockDepth = 0;
  /** Inside an image: mdast keeps its label as `alt` text, so links in it are no nodes. */
  let imageDepth = 0;
  /** Inside a resource or reference (`(url "title")`, `[ref]`): nothing there is text of the heading. */
  let outsideText = 0;
  /** Collecting a destination (`url` of a link, image or definition). */
  let destination: string[] | undefined;
  let referenceBase: number | undefined;
  // mdast-util-from-markdown drops the line ending after a hard break and the one after a setext heading's text.
  let afterHardBreak = false;
  let afterSetextText = false;

  const addText = (value: string) => {
    if (destination) destination.push(value);
    else if (heading && outsideText === 0) heading.parts.push(value);
  };

  for (const [kind, token] of events) {
    const type = token.type;
    if (kind === 'enter') {
      let block: TopLevelBlock | undefined;
      if (BLOCKS.has(type) && blockDepth === 0) {
        block = { start: token.start.offset, orderedList: type === 'listOrdered' };
        blocks.push(block);
      }
      if (type === 'atxHeading' || type === 'setextHeading') heading = { start: token.start.offset, end: token.end.offset, depth: 0, parts: [], block };
      if (type !== 'content') blockDepth++;
      switch (type) {
        case 'link':
        case 'image': {
          const link: PendingLink = { kind: type, start: token.start.offset, end: token.end.offset, url: '', isNode: false };
          if (imageDepth === 0) linkOrder.push(link);
          openLinks.push(link);
          if (type === 'image') imageDepth++;
          break;
        }
        case 'autolink':
          if (imageDepth === 0) linkOrder.push({ kind: 'link', start: token.start.offset, end: token.end.offset, url: '', isNode: true });
          break;
        case 'definition': {
          const definition: PendingLink = { kind: 'definition', start: token.start.offset, end: token.end.offset, url: '', isNode: true };
          linkOrder.push(definition);
          openLinks.push(definition);
          break;
        }
        case 'resource':
          openLinks[openLinks.length - 1]!.isNode = true;
          outsideText++;
          break;
        case 'reference':
          outsideText++;
          break;
        case 'resourceDestinationString':
        case 'definitionDestinationString':
          destination = [];
          break;
      }
      continue;
    }

    if (type !== 'content') blockDepth--;
    if (VALUES.has(type)) {
      addText(slice(token));
      if (type === 'autolinkProtocol' || type === 'autolinkEmail') {
        const autolink = linkOrder[linkOrder.length - 1];
        if (autolink && imageDepth === 0) autolink.url = (type === 'autolinkEmail' ? 'mailto:' : '') + slice(token);
      }
      continue;
    }
    switch (type) {
      case 'characterReferenceMarkerNumeric':
        referenceBase = 10;
        break;
      case 'characterReferenceMarkerHexadecimal':
        referenceBase = 16;
        break;
      case 'characterReferenceValue':
        addText(referenceBase ? decodeNumericCharacterReference(slice(token), referenceBase) : (decodeNamedCharacterReference(slice(token)) || ''));
        referenceBase = undefined;
        break;
      case 'lineEnding':
        if (afterHardBreak) afterHardBreak = false;
        else if (!afterSetextText) addText(slice(token));
        break;
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        afterHardBreak = true;
        break;
      case 'atxHeadingSequence':
        if (heading && heading.depth === 0) heading.depth = token.end.offset - token.start.offset;
        break;
      case 'setextHeadingText':
        afterSetextText = true;
        break;
      case 'setextHeadingLineSequence':
        if (heading) heading.depth = source.charCodeAt(token.start.offset) === 61 /* = */ ? 1 : 2;
        break;
      case 'atxHeading':
      case 'setextHeading':
        if (heading) {
          const label = heading.parts.join('').trim();
          headings.push({ depth: heading.depth, text: label, slug: slugs.slug(label), start: bodyStart + heading.start, end: bodyStart + heading.end });
          if (heading.block) heading.block.depth = heading.depth;
        }
        heading = undefined;
        afterSetextText = false;
        break;
      case 'resourceDestinationString':
      case 'definitionDestinationString':
        if (destination && openLinks.length > 0) openLinks[openLinks.length - 1]!.url = destination.join('');
        destination = undefined;
        break;
      case 'resource':
      case 'reference':
        outsideText--;
        break;
      case 'image':
        imageDepth--;
        openLinks.pop();
        break;
      case 'link':
      case 'definition':
        openLinks.pop();
        break;
    }
  }

  const links = linkOrder.filter((link) => link.isNode).map((link) => linkInfo(text, bodyStart, link.url, link.start, link.end, link.kind));
  return { headings, sections: sectionsOf(blocks, headings, bodyStart, text.length), links };
}
