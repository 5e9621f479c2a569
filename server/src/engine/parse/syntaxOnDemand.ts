// A document's YAML syntax tree, parsed when something asks for it and dropped again: it is the largest part of a
// parsed document, and a clean one needs it only to locate findings (see lazySpans.ts).
import type { ParsedDocument } from './document';
import { parseYaml, type ParsedYaml } from './frontmatter';

/**
 * The tree of the frontmatter parsed last. A keystroke in the body leaves the frontmatter as it was: a document
 * that only the tree reads (a YAML error, an anchor) then costs no new parse of it, and neither does asking again
 * for a tree just released. One slot, so that no more than one tree is kept beyond its document's use.
 */
let lastTree: { source: string; parsed: ParsedYaml } | undefined;

/** The syntax tree of the frontmatter `source`; the same object as last time when the text is the same. */
export function treeOf(source: string): ParsedYaml {
  if (lastTree?.source !== source) lastTree = { source, parsed: parseYaml(source) };
  return lastTree.parsed;
}

/** The tree while it is held; the `yaml` getter fills it. Not enumerable, so no copy to another thread takes it. */
const TREE = Symbol('tree');

type Holder = ParsedDocument & { [TREE]?: ParsedYaml };

/**
 * Gives a document its `yaml` property: the tree at hand, parsed again from the frontmatter once released (also
 * for a document rebuilt from what crossed from a worker thread).
 */
export function withSyntaxOnDemand(document: ParsedDocument, initial?: ParsedYaml): void {
  if (!document.split.block) return;
  Object.defineProperty(document, TREE, { enumerable: false, configurable: true, writable: true, value: initial });
  Object.defineProperty(document, 'yaml', SYNTAX_ON_DEMAND);
}

// One getter and setter for every document: V8 keeps objects in one shared hidden class only while their accessors
// are the same functions; with closures of their own, every document after the first got a property dictionary.
const SYNTAX_ON_DEMAND: PropertyDescriptor = {
  enumerable: false,
  configurable: true,
  get(this: Holder) {
    return (this[TREE] ??= treeOf(this.split.block!.source));
  },
  set(this: Holder, value: ParsedYaml | undefined) {
    this[TREE] = value;
  },
};

/** Whether the tree is held now, so that asking for it costs nothing. */
export function hasSyntax(document: ParsedDocument): boolean {
  return (document as Holder)[TREE] !== undefined;
}

/** Drops the tree; the `yaml` getter parses it again on demand. */
export function dropSyntax(document: ParsedDocument): void {
  if (document.split.block) document.yaml = undefined;
}

/**
 * Runs `use` with the tree (undefined without a frontmatter block). A tree parsed for it is dropped afterwards, so a
 * late look-up (a finding located after its check) does not keep a tree alive until the next check.
 */
export function withSyntax<T>(document: ParsedDocument, use: (tree: ParsedYaml | undefined) => T): T {
  const held = hasSyntax(document);
  try {
    return use(document.split.block ? document.yaml : undefined);
  } finally {
    if (!held) dropSyntax(document);
  }
}
