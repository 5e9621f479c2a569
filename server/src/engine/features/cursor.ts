// Where the cursor is, in terms the features understand: on a frontmatter key or value (with its data
// path, even in half-typed YAML), on a typed reference, on a link or a heading in the body.
import type { Position } from 'vscode-languageserver-types';
import type { ParsedDocument, Reference, Definition } from '../parse/document';
import type { HeadingInfo, LinkInfo } from '../parse/markdown';
import type { PathSegment } from '../schema/registry';

export type CursorContext =
  | { where: 'key'; parent: PathSegment[]; prefix: string; start: number; end: number; indent: number }
  | { where: 'value'; path: PathSegment[]; prefix: string; start: number; end: number }
  | { where: 'body'; offset: number; lineStart: number; linePrefix: string }
  | { where: 'outside' };

/** The typed reference whose span contains `offset`. */
export function referenceAt(document: ParsedDocument, offset: number): Reference | undefined {
  return document.references.find((r) => r.start <= offset && offset <= r.end);
}

export function definitionAt(document: ParsedDocument, offset: number): Definition | undefined {
  return document.definitions.find((d) => d.start <= offset && offset <= d.end);
}

export function linkAt(document: ParsedDocument, offset: number): LinkInfo | undefined {
  return document.body.links.find((l) => l.start <= offset && offset <= l.end);
}

export function headingAt(document: ParsedDocument, offset: number): HeadingInfo | undefined {
  return document.body.headings.find((h) => h.start <= offset && offset <= h.end);
}

/** Whether `offset` lies inside the YAML of the frontmatter (between the fences). */
export function inFrontmatter(document: ParsedDocument, offset: number): boolean {
  const block = document.split.block;
  if (block) return offset >= block.contentStart && offset <= block.contentEnd;
  // An unclosed block: everything after the opening fence is frontmatter while it is being typed.
  const problem = document.split.problem;
  return problem?.kind === 'unclosed' && offset > problem.openEnd;
}

const KEY_LINE = /^(\s*)(-\s+)?([^\s:#'"[\]{},][^:#]*?)?:(?:\s+(.*))?$/;

/** Works out the data path at `position` from the lines above it, so it works while the YAML is still invalid. */
export function cursorContext(document: ParsedDocument, position: Position): CursorContext {
  const offset = document.lines.offsetAt(position);
  if (!inFrontmatter(document, offset)) {
    if (offset >= document.split.bodyStart) {
      const lineStart = document.lines.offsetAt({ line: position.line, character: 0 });
      return { where: 'body', offset, lineStart, linePrefix: document.text.slice(lineStart, offset) };
    }
    return { where: 'outside' };
  }
  const lineStart = document.lines.offsetAt({ line: position.line, character: 0 });
  const before = document.text.slice(lineStart, offset);
  const firstLine = document.lines.positionAt(document.split.block?.contentStart ?? (document.split.problem as { openEnd: number }).openEnd + 1).line;

  const keyValue = KEY_LINE.exec(before);
  if (keyValue && keyValue[3] !== undefined && before.includes(':')) {
    // `key: value…` — completing the value of `key`.
    const indent = keyValue[1]!.length + (keyValue[2]?.length ?? 0);
    const parent = parentPath(document, position.line, indent, firstLine, Boolean(keyValue[2]), keyValue[1]!.length);
    const raw = keyValue[4] ?? '';
    const flow = /^\[(?:[^\],]*,)*\s*([^\],]*)$/.exec(raw);
    const key = keyValue[3]!.trim();
    if (flow) {
      const prefix = flow[1]!.trim();
      return { where: 'value', path: [...parent, key, 0], prefix, start: offset - prefix.length, end: offset + tokenRest(document, offset) };
    }
    const prefix = raw.replace(/^["']/, '');
    return { where: 'value', path: [...parent, key], prefix, start: offset - prefix.length, end: offset + tokenRest(document, offset) };
  }
  const item = /^(\s*)-\s+(\S*)$/.exec(before);
  if (item) {
    // `- value…` in a list: a list item, either a scalar (value) or the first key of an object item.
    const dashIndent = item[1]!.length;
    const listPath = parentPath(document, position.line, dashIndent + 1, firstLine, false, dashIndent, true);
    const prefix = item[2]!;
    return { where: 'value', path: [...listPath, 0], prefix, start: offset - prefix.length, end: offset + tokenRest(document, offset) };
  }
  const keyTyping = /^(\s*)(-\s+)?([\w-]*)$/.exec(before);
  if (keyTyping) {
    const indent = keyTyping[1]!.length + (keyTyping[2]?.length ?? 0);
    const parent = parentPath(document, position.line, indent, firstLine, Boolean(keyTyping[2]), keyTyping[1]!.length);
    const prefix = keyTyping[3]!;
    return { where: 'key', parent, prefix, start: offset - prefix.length, end: offset + tokenRest(document, offset, /[\w-]/), indent };
  }
  return { where: 'outside' };
}

/** Length of the rest of the word under the cursor, so a completion replaces it whole. */
function tokenRest(document: ParsedDocument, offset: number, pattern = /[^\s,\]]/): number {
  let end = offset;
  while (end < document.text.length && pattern.test(document.text[end]!)) end++;
  return end - offset;
}

/**
 * The path of the mapping that a key at column `indent` on `line` belongs to. `dashed` says the key line
 * starts a list item (so the mapping is an item of a list); `listOnly` asks for the path of the list itself.
 */
function parentPath(document: ParsedDocument, line: number, indent: number, firstLine: number, dashed: boolean, dashIndent: number, listOnly = false): PathSegment[] {
  const path: PathSegment[] = [];
  let want = indent;
  let inItem = dashed;
  let itemIndent = dashIndent;
  let siblingsBefore = 0;
  if (listOnly) {
    inItem = true;
    itemIndent = dashIndent;
  }
  for (let l = line - 1; l >= firstLine; l--) {
    const text = document.lines.lineText(l);
    if (!text.trim() || text.trimStart().startsWith('#')) continue;
    const m = /^(\s*)(-\s+)?(?:([^\s:#'"[\]{},][^:#]*?):(?:\s+(.*))?)?/.exec(text)!;
    const lineIndent = m[1]!.length;
    const dash = m[2]?.length ?? 0;
    const key = m[3]?.trim();
    const contentIndent = lineIndent + dash;
    if (inItem) {
      if (dash && lineIndent === itemIndent) {
        siblingsBefore++;
        continue;
      }
      if (key !== undefined && contentIndent <= itemIndent && !m[4]) {
        path.unshift(key, siblingsBefore);
        if (listOnly) {
          path.pop();
          listOnly = false;
        }
        inItem = false;
        siblingsBefore = 0;
        want = contentIndent;
        if (dash) {
          inItem = true;
          itemIndent = lineIndent;
        }
        continue;
      }
      if (contentIndent < itemIndent) break;
      continue;
    }
    if (dash && contentIndent === want && lineIndent < want) {
      // The key's mapping is itself a list item that began on this line.
      inItem = true;
      itemIndent = lineIndent;
      continue;
    }
    if (key !== undefined && contentIndent < want && !m[4]) {
      path.unshift(key);
      want = contentIndent;
      if (dash) {
        inItem = true;
        itemIndent = lineIndent;
      }
      if (want === 0) break;
    }
  }
  return path;
}
