import type { Diagnostic, DiagnosticData, Severity } from '../diagnostic';
import type { Range } from '../text/lineIndex';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ParsedDocument, Place } from '../parse/document';
import { LazySpan } from '../parse/lazySpans';
import type { SchemaRegistry } from '../schema/registry';

export interface RuleContext {
  schemas: SchemaRegistry;
  index: WorkspaceIndex;
  /** Whether a non-document file (an image, a PDF) exists; links to toolbox documents use the index. */
  fileExists(uri: string): boolean;
  /** Whether a file lies inside the toolbox, also by its real path (see `Workspace.contains`). */
  fileInside(uri: string): boolean;
  /** Today (JJJJ-MM-TT) from the adapter's clock; without it, a plan is judged only at its own `reporting.as_of`. */
  today?: () => string;
}

/**
 * A rule family. `document` rules look only at the document itself and are cached with its parse;
 * `workspace` rules consult the index and are re-run when a document they depend on changes.
 */
export interface Rule {
  name: string;
  scope: 'document' | 'workspace';
  check(document: ParsedDocument, context: RuleContext): Diagnostic[];
}

/**
 * A finding at `place`. A place located on first use (a clean document read without its tree, see lazySpans.ts)
 * gives the finding a `range` that is computed when first read — by an editor, a report or a copy — and then kept.
 */
export function diagnostic(
  document: ParsedDocument,
  place: Place,
  severity: Severity,
  code: string,
  message: string,
  data?: DiagnosticData,
): Diagnostic {
  if (!(place instanceof LazySpan)) {
    const result: Diagnostic = { uri: document.uri, range: document.lines.range(place[0], place[1]), severity, code, message };
    if (data) result.data = data;
    return result;
  }
  const result = { uri: document.uri } as Placed;
  Object.defineProperty(result, 'range', RANGE_ON_DEMAND);
  Object.assign(result, { severity, code, message });
  Object.defineProperty(result, PLACE, { enumerable: false, configurable: true, writable: true, value: { document, place } });
  if (data) result.data = data;
  return result;
}

/** Where a finding's range is still to be located; not enumerable, so no copy takes it. */
const PLACE = Symbol('place');

type Placed = Diagnostic & { [PLACE]?: { document: ParsedDocument; place: LazySpan } };

// One getter and setter for every finding: accessors of its own (closures) would put each finding's properties
// into a dictionary instead of a hidden class shared with the others.
const RANGE_ON_DEMAND: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Placed) {
    const { document, place } = this[PLACE]!;
    const range = document.lines.range(place.start, place.end);
    keep(this, range);
    return range;
  },
  set(this: Placed, range: Range) {
    keep(this, range);
  },
};

/** The range from now on a plain value; the document is no longer held for it. */
function keep(result: Placed, range: Range): void {
  Object.defineProperty(result, 'range', { enumerable: true, configurable: true, writable: true, value: range });
  result[PLACE] = undefined;
}

/** The span of the line holding the opening `---`, or the first line: where findings about the whole frontmatter go. */
export function frontmatterAnchor(document: ParsedDocument): [number, number] {
  const start = document.split.block?.openStart ?? document.bom;
  return [start, document.lines.lineEnd(document.lines.positionAt(start).line)];
}
