// The body analysis read straight from micromark's events, the tokens remark-parse turns into an mdast tree.
// It keeps what the tree would have told the analysis — headings (with the text mdast-util-to-string gives),
// links, images and definitions (with the decoded destination mdast gives), and the top-level blocks — without
// building the tree. `markdownEvents.test.ts` holds it to the tree reading over the CommonMark examples.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { HeadingSlugs } from './headingSlugs';
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
  const reader = new EventReader(source, bodyStart);
  for (const [kind, token] of eventsOf(source)) {
    if (kind === 'enter') reader.enter(token);
    else reader.exit(token);
  }
  return reader.body(text);
}

/** What the events have told so far: the finished headings, blocks and links, and the state of what is open. */
class EventReader {
  private readonly headings: HeadingInfo[] = [];
  private readonly slugs = new HeadingSlugs();
  private readonly blocks: TopLevelBlock[] = [];
  /** Links in document order (as a tree walk meets them): entered here, completed when their tokens close. */
  private readonly linkOrder: PendingLink[] = [];
  private readonly openLinks: PendingLink[] = [];

  private heading: PendingHeading | undefined;
  /** Open tokens that are not `content` (the wrapper of paragraphs and definitions): 0 means top level. */
  private blockDepth = 0;
  /** Inside an image: mdast keeps its label as `alt` text, so links in it are no nodes. */
  private imageDepth = 0;
  /** Inside a resource or reference (`(url "title")`, `[ref]`): nothing there is text of the heading. */
  private outsideText = 0;
  /** Collecting a destination (`url` of a link, image or definition). */
  private destination: string[] | undefined;
  private referenceBase: number | undefined;
  // mdast-util-from-markdown drops the line ending after a hard break and the one after a setext heading's text.
  private afterHardBreak = false;
  private afterSetextText = false;

  constructor(
    private readonly source: string,
    private readonly bodyStart: number,
  ) {}

  body(text: string): ParsedBody {
    const links = this.linkOrder.filter((link) => link.isNode).map((link) => linkInfo(text, this.bodyStart, link.url, link.start, link.end, link.kind));
    return { headings: this.headings, sections: sectionsOf(this.blocks, this.headings, this.bodyStart, text.length), links };
  }

  enter(token: Token): void {
    const type = token.type;
    let block: TopLevelBlock | undefined;
    if (BLOCKS.has(type) && this.blockDepth === 0) {
      block = { start: token.start.offset, orderedList: type === 'listOrdered' };
      this.blocks.push(block);
    }
    if (type === 'atxHeading' || type === 'setextHeading') this.heading = { start: token.start.offset, end: token.end.offset, depth: 0, parts: [], block };
    if (type !== 'content') this.blockDepth++;
    this.enterLinkPart(token);
  }

  private enterLinkPart(token: Token): void {
    const type = token.type;
    switch (type) {
      case 'link':
      case 'image': {
        const link: PendingLink = { kind: type, start: token.start.offset, end: token.end.offset, url: '', isNode: false };
        if (this.imageDepth === 0) this.linkOrder.push(link);
        this.openLinks.push(link);
        if (type === 'image') this.imageDepth++;
        break;
      }
      case 'autolink':
        if (this.imageDepth === 0) this.linkOrder.push({ kind: 'link', start: token.start.offset, end: token.end.offset, url: '', isNode: true });
        break;
      case 'definition': {
        const definition: PendingLink = { kind: 'definition', start: token.start.offset, end: token.end.offset, url: '', isNode: true };
        this.linkOrder.push(definition);
        this.openLinks.push(definition);
        break;
      }
      case 'resource':
        this.openLinks[this.openLinks.length - 1]!.isNode = true;
        this.outsideText++;
        break;
      case 'reference':
        this.outsideText++;
        break;
      case 'resourceDestinationString':
      case 'definitionDestinationString':
        this.destination = [];
        break;
    }
  }

  exit(token: Token): void {
    const type = token.type;
    if (type !== 'content') this.blockDepth--;
    if (VALUES.has(type)) this.exitValue(token);
    else if (!this.exitText(token) && !this.exitHeadingPart(token)) this.exitLinkPart(token);
  }

  private slice(token: Token): string {
    return this.source.slice(token.start.offset, token.end.offset);
  }

  private addText(value: string): void {
    if (this.destination) this.destination.push(value);
    else if (this.heading && this.outsideText === 0) this.heading.parts.push(value);
  }

  private exitValue(token: Token): void {
    const type = token.type;
    this.addText(this.slice(token));
    if (type === 'autolinkProtocol' || type === 'autolinkEmail') {
      const autolink = this.linkOrder[this.linkOrder.length - 1];
      if (autolink && this.imageDepth === 0) autolink.url = (type === 'autolinkEmail' ? 'mailto:' : '') + this.slice(token);
    }
  }

  /** Character references, line endings and hard breaks: what they add to the text. */
  private exitText(token: Token): boolean {
    switch (token.type) {
      case 'characterReferenceMarkerNumeric':
        this.referenceBase = 10;
        return true;
      case 'characterReferenceMarkerHexadecimal':
        this.referenceBase = 16;
        return true;
      case 'characterReferenceValue':
        this.addText(this.referenceBase ? decodeNumericCharacterReference(this.slice(token), this.referenceBase) : (decodeNamedCharacterReference(this.slice(token)) || ''));
        this.referenceBase = undefined;
        return true;
      case 'lineEnding':
        if (this.afterHardBreak) this.afterHardBreak = false;
        else if (!this.afterSetextText) this.addText(this.slice(token));
        return true;
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        this.afterHardBreak = true;
        return true;
    }
    return false;
  }

  private exitHeadingPart(token: Token): boolean {
    const heading = this.heading;
    switch (token.type) {
      case 'atxHeadingSequence':
        if (heading && heading.depth === 0) heading.depth = token.end.offset - token.start.offset;
        return true;
      case 'setextHeadingText':
        this.afterSetextText = true;
        return true;
      case 'setextHeadingLineSequence':
        if (heading) heading.depth = this.source.charCodeAt(token.start.offset) === 61 /* = */ ? 1 : 2;
        return true;
      case 'atxHeading':
      case 'setextHeading':
        if (heading) {
          const label = heading.parts.join('').trim();
          this.headings.push({ depth: heading.depth, text: label, slug: this.slugs.slug(label), start: this.bodyStart + heading.start, end: this.bodyStart + heading.end });
          if (heading.block) heading.block.depth = heading.depth;
        }
        this.heading = undefined;
        this.afterSetextText = false;
        return true;
    }
    return false;
  }

  private exitLinkPart(token: Token): void {
    switch (token.type) {
      case 'resourceDestinationString':
      case 'definitionDestinationString':
        if (this.destination && this.openLinks.length > 0) this.openLinks[this.openLinks.length - 1]!.url = this.destination.join('');
        this.destination = undefined;
        break;
      case 'resource':
      case 'reference':
        this.outsideText--;
        break;
      case 'image':
        this.imageDepth--;
        this.openLinks.pop();
        break;
      case 'link':
      case 'definition':
        this.openLinks.pop();
        break;
    }
  }
}
