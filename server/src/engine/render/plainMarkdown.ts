// The rendered tree of plain Markdown, built line by line without remark. Toolbox bodies are written in the small
// part of CommonMark the check's line reading knows (parse/plainBody.ts): ATX headings, paragraphs, lists with one
// level of nesting, block quotes of one paragraph, inline links, images and emphasis. For that part the tree
// remark → rehype → sanitize → slug gives follows from the lines and from micromark's emphasis rules, at a fraction
// of the cost (an 11 KB body: 0.1 ms instead of 3 ms through remark). Anything outside the part returns undefined and the
// caller renders with remark. `plainMarkdown.test.ts` holds the two to the same tree, serialized, over the
// CommonMark examples, the real toolbox and generated documents.
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { classifyCharacter } from 'micromark-util-classify-character';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { HeadingSlugs } from '../parse/headingSlugs';
import { classify, OUTSIDE_SUBSET_CHARACTERS, type Line } from '../parse/plainBody';

/** Characters outside the subset anywhere in the text: the line reading's, and GFM's tables and strikethrough (footnotes start with `[^`). */
const OUTSIDE = new RegExp(`[${OUTSIDE_SUBSET_CHARACTERS}|~]`);
const WWW = /www\./i;
/**
 * Texts with more `*` and `_` sequences than this in one paragraph, or in all, go to remark under the Markdown budget:
 * pairing them looks back from each closer, as micromark does, which grows with the square of their number.
 */
const MAX_SEQUENCES = { paragraph: 1_000, text: 20_000 };
/** Text GFM would turn into a link (autolink literals: `www.`, `http://`, e-mail addresses). */
const AUTOLINK_LITERAL = /www\.|:\/\/|@/i;
/** Bracket-free destinations of `[text](destination)`, as the line reading accepts them. */
const DESTINATION_END = /[\0- ()<>[\]]/;
const SPACE = 32;
const SEQUENCE = /\*+|_+/g;

interface Paragraph {
  type: 'paragraph';
  /** The lines without their indentation. */
  lines: string[];
}
interface Heading {
  type: 'heading';
  depth: number;
  text: string;
}
interface Quote {
  type: 'quote';
  paragraph: Paragraph;
}
interface List {
  type: 'list';
  ordered: boolean;
  start: number;
  items: Item[];
  /** A blank line between two of its items. */
  spread: boolean;
}
interface Item {
  children: (Paragraph | List)[];
  /** A blank line between two of its blocks. */
  spread: boolean;
}
type Block = Paragraph | Heading | Quote | List;

/** The open containers while the lines are read. */
class BlockReader {
  readonly blocks: Block[] = [];
  /** The innermost open paragraph, which a following line of text continues. */
  paragraph: Paragraph | undefined;
  quote: Quote | undefined;
  list: List | undefined;
  item: Item | undefined;
  /** Where the current top-level item's content starts. */
  itemOffset = 0;
  nested: List | undefined;
  nestedItem: Item | undefined;
  nestedOffset = 0;
  /** A blank line since the last line with text. */
  blank = false;

  closeAll(): void {
    this.paragraph = this.quote = this.list = this.item = this.nested = this.nestedItem = undefined;
  }

  startParagraph(line: string): Paragraph {
    return (this.paragraph = { type: 'paragraph', lines: [line] });
  }

  /** Reads one line (without its indentation); false where the subset ends. */
  read(indent: number, text: string): boolean {
    const line = classify(text);
    if (!line) return false;
    // A line after a quote that is not part of it would continue it lazily.
    if (this.quote && line.kind !== 'quote') return false;
    const content = text.slice(line.contentOffset);
    if (indent === 0) return this.readTopLevel(line, content);
    if (!this.list || line.kind === 'heading' || line.kind === 'quote') return false;
    if (indent === this.itemOffset) return this.readInItem(line, content);
    // A line of text at the nested item's content continues its paragraph.
    if (this.nestedItem && indent === this.nestedOffset && line.kind === 'paragraph' && this.paragraph) {
      this.paragraph.lines.push(content);
      return true;
    }
    return false;
  }

  private readTopLevel({ kind, number, contentOffset }: Line, content: string): boolean {
    switch (kind) {
      case 'heading': {
        this.closeAll();
        const [, hashes, label] = /^(#+) +(.*)$/.exec(content)!;
        this.blocks.push({ type: 'heading', depth: hashes!.length, text: label! });
        return true;
      }
      case 'quote':
        if (this.list && this.paragraph) return false;
        if (this.quote) {
          this.quote.paragraph.lines.push(content);
        } else {
          this.closeAll();
          this.quote = { type: 'quote', paragraph: { type: 'paragraph', lines: [content] } };
          this.blocks.push(this.quote);
        }
        return true;
      case 'paragraph':
        if (this.paragraph) {
          this.paragraph.lines.push(content);
        } else {
          this.closeAll();
          this.blocks.push(this.startParagraph(content));
        }
        return true;
      default: {
        const ordered = kind === 'ordered';
        if (this.list && this.list.ordered === ordered) {
          if (this.blank) this.list.spread = true;
        } else {
          if (ordered && this.paragraph && number !== '1') return false;
          this.closeAll();
          this.list = { type: 'list', ordered, start: ordered ? Number.parseInt(number!, 10) : 1, items: [], spread: false };
          this.blocks.push(this.list);
        }
        this.item = { children: [this.startParagraph(content)], spread: false };
        this.list.items.push(this.item);
        this.itemOffset = contentOffset;
        this.nested = this.nestedItem = undefined;
        return true;
      }
    }
  }

  private readInItem({ kind, number, contentOffset }: Line, content: string): boolean {
    const item = this.item!;
    if (kind === 'paragraph') {
      if (this.paragraph) {
        this.paragraph.lines.push(content);
      } else {
        item.children.push(this.startParagraph(content));
        item.spread = true;
        this.nested = this.nestedItem = undefined;
      }
      return true;
    }
    const ordered = kind === 'ordered';
    if (this.nested && this.nested.ordered === ordered) {
      if (this.blank) this.nested.spread = true;
    } else {
      if (ordered && this.paragraph && number !== '1') return false;
      if (this.blank) item.spread = true;
      this.nested = { type: 'list', ordered, start: ordered ? Number.parseInt(number!, 10) : 1, items: [], spread: false };
      item.children.push(this.nested);
    }
    this.nestedItem = { children: [this.startParagraph(content)], spread: false };
    this.nested.items.push(this.nestedItem);
    this.nestedOffset = this.itemOffset + contentOffset;
    return true;
  }
}

function readBlocks(markdown: string): Block[] | undefined {
  const reader = new BlockReader();
  let end = -1;
  for (let start = 0; start <= markdown.length; start = end + 1) {
    end = markdown.indexOf('\n', start);
    if (end < 0) end = markdown.length;
    let indent = 0;
    while (markdown.charCodeAt(start + indent) === SPACE) indent++;
    if (start + indent === end) {
      reader.paragraph = reader.quote = undefined;
      reader.blank = true;
      continue;
    }
    if (!reader.read(indent, markdown.slice(start + indent, end))) return undefined;
    reader.blank = false;
  }
  return reader.blocks;
}

// Inline content: text, `*`/`_` sequences, links and images, hard breaks, resolved to the tree mdast holds.

interface Sequence {
  type: 'sequence';
  marker: number;
  size: number;
  open: boolean;
  close: boolean;
}
type Inline =
  | { type: 'text'; value: string }
  | { type: 'break' }
  | { type: 'emphasis' | 'strong'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'image'; url: string; alt: string }
  /** Nodes between two sequences, one step for the pairing (unpacked by `merged`). */
  | { type: 'run'; children: Inline[] }
  | Sequence;

/** The nodes with each stretch between sequences packed into one run: pairing then steps over sequences only. */
function packed(nodes: Inline[]): Inline[] {
  const result: Inline[] = [];
  let run: Inline[] | undefined;
  for (const node of nodes) {
    if (node.type === 'sequence') {
      run = undefined;
      result.push(node);
    } else if (run) {
      run.push(node);
    } else {
      result.push({ type: 'run', children: (run = [node]) });
    }
  }
  return result;
}

/** A `*` or `_` sequence, open and close as micromark's attention construct decides them. */
function sequence(source: string, start: number, end: number): Sequence {
  const marker = source.charCodeAt(start);
  const before = classifyCharacter(start > 0 ? source.charCodeAt(start - 1) : null);
  const after = classifyCharacter(end < source.length ? source.charCodeAt(end) : null);
  const open = !after || (after === 2 && !!before);
  const close = !before || (before === 2 && !!after);
  const asterisk = marker === 42;
  return { type: 'sequence', marker, size: end - start, open: asterisk ? open : open && (!!before || !close), close: asterisk ? close : close && (!!after || !open) };
}

/**
 * Pairs sequences into emphasis and strong emphasis as micromark's `resolveAllAttention` does: each closer looks back
 * for the nearest opener of its marker, two markers are used when both have two, the rule of three applies to the
 * sizes left; what stays unpaired is text.
 */
function resolveEmphasis(nodes: Inline[]): Inline[] {
  for (let index = 0; index < nodes.length; index++) {
    const closer = nodes[index]!;
    if (closer.type !== 'sequence' || !closer.close) continue;
    for (let open = index - 1; open >= 0; open--) {
      const opener = nodes[open]!;
      if (opener.type !== 'sequence' || !opener.open || opener.marker !== closer.marker) continue;
      if ((opener.close || closer.open) && closer.size % 3 && !((opener.size + closer.size) % 3)) continue;
      const use = opener.size > 1 && closer.size > 1 ? 2 : 1;
      opener.size -= use;
      closer.size -= use;
      // What lies between is paired again on its own (micromark's `resolveAll` over the span): a sequence the rule of
      // three kept from an outer opener may pair inside.
      const group: Inline = { type: use > 1 ? 'strong' : 'emphasis', children: resolveEmphasis(nodes.slice(open + 1, index)) };
      const replacement: Inline[] = [...(opener.size ? [opener] : []), group, ...(closer.size ? [closer] : [])];
      nodes.splice(open, index - open + 1, ...replacement);
      // The closer is looked at again while it has markers left.
      index = open + replacement.length - (closer.size ? 2 : 1);
      break;
    }
  }
  return nodes.map(asText);
}

function asText(node: Inline): Inline {
  return node.type === 'sequence' ? { type: 'text', value: String.fromCharCode(node.marker).repeat(node.size) } : node;
}

/** `[text](destination)` and `![text](destination)` of one line: start, label end, end; undefined for any other bracket. */
function linksOf(line: string): [start: number, close: number, end: number][] | undefined {
  const links: [number, number, number][] = [];
  let from = 0;
  for (;;) {
    const open = line.indexOf('[', from);
    const close = line.indexOf(']', from);
    if (open < 0 && close < 0) return links;
    if (open < 0 || close < open) return undefined;
    if (close === open + 1 || line.lastIndexOf('[', close) !== open || line.charCodeAt(close + 1) !== 40 /* ( */) return undefined;
    // A label starting with a space loses it after a hard break (mdast-util-to-hast trims there).
    if (line.charCodeAt(open + 1) === SPACE) return undefined;
    const destination = line.slice(close + 2);
    // rehype-sanitize's footnote ids are prefixed, and links to them with them (render/markdown.ts).
    if (destination.startsWith('#user-content-')) return undefined;
    const length = destination.search(DESTINATION_END);
    if (length <= 0 || destination.charCodeAt(length) !== 41 /* ) */) return undefined;
    links.push([open, close, close + 2 + length + 1]);
    from = close + 2 + length + 1;
  }
}

/** What the whole text's inline reading shares. */
interface TextLimits {
  /** Something like an autolink literal is somewhere in the text: each piece of text is checked for one. */
  mayAutolink: boolean;
  /** The sequences read so far. */
  sequences: number;
}

/** The text and sequences of one stretch of a paragraph (links are found per line before). */
class InlineReader {
  /** The sequences of this paragraph so far. */
  sequences = 0;
  /** The first run at or after the last search's start; null when there is none. */
  private next: RegExpExecArray | null | undefined;

  constructor(
    private readonly source: string,
    private readonly text: TextLimits,
  ) {}

  /**
   * The first run of `*` or `_` at or after `from`. The stretches are read from left to right, so a run found ahead
   * is kept for the next stretch: a line of many links with a run at its end is searched once, not once per link.
   */
  private runFrom(from: number): RegExpExecArray | null {
    if (this.next === undefined || (this.next && this.next.index < from)) {
      SEQUENCE.lastIndex = from;
      this.next = SEQUENCE.exec(this.source);
    }
    return this.next;
  }

  /** The inline nodes of `source[from, to)`; false where the subset or the sequence limit ends. */
  read(from: number, to: number, into: Inline[]): boolean {
    const { source } = this;
    if (this.text.mayAutolink && AUTOLINK_LITERAL.test(source.slice(from, to))) return false;
    let text = from;
    // A run never reaches past `to`, which is a bracket or a line's end.
    for (let run = this.runFrom(from); run && run.index < to; run = this.runFrom(text)) {
      if (run.index > text) into.push({ type: 'text', value: source.slice(text, run.index) });
      text = run.index + run[0].length;
      into.push(sequence(source, run.index, text));
      if (++this.sequences > MAX_SEQUENCES.paragraph || ++this.text.sequences > MAX_SEQUENCES.text) return false;
    }
    if (to > text) into.push({ type: 'text', value: source.slice(text, to) });
    return true;
  }
}

/** A line without its trailing spaces. */
function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === SPACE) end--;
  return end === line.length ? line : line.slice(0, end);
}

function plainText(nodes: Inline[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children) : node.type === 'image' ? node.alt : '')).join('');
}

/** A paragraph's inline content, as mdast holds it (adjacent text merged); undefined outside the subset. */
function readInline(lines: string[], text: TextLimits): Inline[] | undefined {
  // Line breaks: two or more trailing spaces make a hard break; other trailing spaces are dropped.
  const trimmed = lines.map(trimEnd);
  const source = trimmed.length === 1 ? trimmed[0]! : trimmed.join('\n');
  const reader = new InlineReader(source, text);
  const nodes: Inline[] = [];
  let lineStart = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const line = trimmed[i]!;
    const links = line.includes('[') || line.includes(']') ? linksOf(line) : [];
    if (!links) return undefined;
    let at = lineStart;
    for (const [start, close, end] of links) {
      const image = start > 0 && line.charCodeAt(start - 1) === 33; /* ! */
      if (!reader.read(at, lineStart + start - (image ? 1 : 0), nodes)) return undefined;
      const label: Inline[] = [];
      if (!reader.read(lineStart + start + 1, lineStart + close, label)) return undefined;
      const children = merged(resolveEmphasis(packed(label)));
      const url = line.slice(close + 2, end - 1);
      nodes.push(image ? { type: 'image', url, alt: plainText(children) } : { type: 'link', url, children });
      at = lineStart + end;
    }
    const lineEnd = lineStart + line.length;
    if (!reader.read(at, lineEnd, nodes)) return undefined;
    if (i < trimmed.length - 1) nodes.push(lines[i]!.length - line.length >= 2 ? { type: 'break' } : { type: 'text', value: '\n' });
    lineStart = lineEnd + 1;
  }
  return merged(resolveEmphasis(packed(nodes)));
}

/** Runs unpacked and adjacent text joined, as mdast-util-from-markdown joins data into the text before it. */
function merged(nodes: Inline[], result: Inline[] = []): Inline[] {
  for (const node of nodes) {
    if (node.type === 'run') {
      merged(node.children, result);
      continue;
    }
    const last = result[result.length - 1];
    if (node.type === 'text' && last?.type === 'text') result[result.length - 1] = { type: 'text', value: last.value + node.value };
    else result.push(node.type === 'emphasis' || node.type === 'strong' ? { ...node, children: merged(node.children) } : node);
  }
  return result;
}

// The hast tree, as remark-rehype writes it and rehype-sanitize keeps it.

const text = (value: string): Text => ({ type: 'text', value });
const EOL = (): Text => text('\n');

function element(tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties, children };
}

/** rehype-sanitize's protocol check for `href` and `src` (a colon after `/`, `?` or `#` is no protocol). */
function safeUrl(url: string, protocols: readonly string[]): boolean {
  const colon = url.indexOf(':');
  if (colon < 0) return true;
  for (const mark of ['/', '?', '#']) {
    const at = url.indexOf(mark);
    if (at > -1 && colon > at) return true;
  }
  return protocols.some((protocol) => colon === protocol.length && url.startsWith(protocol));
}

function inlineHast(nodes: Inline[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    switch (node.type) {
      case 'text':
        return [text(node.value)];
      case 'break':
        return [element('br', []), EOL()];
      case 'emphasis':
        return [element('em', inlineHast(node.children))];
      case 'strong':
        return [element('strong', inlineHast(node.children))];
      case 'link': {
        const href = normalizeUri(node.url);
        return [element('a', inlineHast(node.children), safeUrl(href, ['http', 'https', 'mailto']) ? { href } : {})];
      }
      case 'image': {
        const src = normalizeUri(node.url);
        return [element('img', [], safeUrl(src, ['http', 'https']) ? { src, alt: node.alt } : { alt: node.alt })];
      }
      default:
        return [];
    }
  });
}

/** mdast-util-to-hast's `wrap`: line endings between the nodes, and around them when `loose`. */
function wrap(nodes: ElementContent[], loose = false): ElementContent[] {
  const result: ElementContent[] = loose ? [EOL()] : [];
  nodes.forEach((node, index) => {
    if (index) result.push(EOL());
    result.push(node);
  });
  if (loose && nodes.length) result.push(EOL());
  return result;
}

class HastWriter {
  private readonly slugs = new HeadingSlugs();

  constructor(private readonly text: TextLimits) {}

  block(block: Block): Element | undefined {
    switch (block.type) {
      case 'paragraph':
        return this.paragraph(block);
      case 'heading': {
        if (this.text.mayAutolink && AUTOLINK_LITERAL.test(block.text)) return undefined;
        return element(`h${block.depth}`, [text(block.text)], { id: this.slugs.slug(block.text) });
      }
      case 'quote': {
        const paragraph = this.paragraph(block.paragraph);
        return paragraph && element('blockquote', wrap([paragraph], true));
      }
      case 'list':
        return this.list(block);
    }
  }

  private paragraph(paragraph: Paragraph): Element | undefined {
    const inline = readInline(paragraph.lines, this.text);
    return inline && element('p', inlineHast(inline));
  }

  private list(list: List): Element | undefined {
    const loose = list.spread || list.items.some((item) => item.spread);
    const items: Element[] = [];
    for (const item of list.items) {
      const children: Element[] = [];
      for (const child of item.children) {
        const written = child.type === 'list' ? this.list(child) : this.paragraph(child);
        if (!written) return undefined;
        children.push(written);
      }
      items.push(element('li', listItemContent(children, loose)));
    }
    return element(list.ordered ? 'ol' : 'ul', wrap(items, true), list.ordered && list.start !== 1 ? { start: list.start } : {});
  }
}

/** mdast-util-to-hast's list item: a tight item's paragraphs unwrapped, line endings around the other blocks. */
function listItemContent(children: Element[], loose: boolean): ElementContent[] {
  const result: ElementContent[] = [];
  children.forEach((child, index) => {
    const paragraph = child.tagName === 'p';
    if (loose || index !== 0 || !paragraph) result.push(EOL());
    if (paragraph && !loose) result.push(...child.children);
    else result.push(child);
  });
  const tail = children[children.length - 1];
  if (tail && (loose || tail.tagName !== 'p')) result.push(EOL());
  return result;
}

/** The tree `renderMarkdownTree` gives for `markdown`, without positions; undefined outside the plain subset. */
export function plainMarkdownTree(markdown: string): HastRoot | undefined {
  if (OUTSIDE.test(markdown) || markdown.includes('[^')) return undefined;
  const blocks = readBlocks(markdown);
  if (!blocks) return undefined;
  const mayAutolink = markdown.includes('://') || markdown.includes('@') || WWW.test(markdown);
  const writer = new HastWriter({ mayAutolink, sequences: 0 });
  const children: Element[] = [];
  for (const block of blocks) {
    const written = writer.block(block);
    if (!written) return undefined;
    children.push(written);
  }
  return { type: 'root', children: wrap(children) };
}
