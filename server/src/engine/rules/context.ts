import type { Diagnostic, DiagnosticData, Severity } from '../diagnostic';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ParsedDocument } from '../parse/document';
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

export function diagnostic(
  document: ParsedDocument,
  span: readonly [number, number],
  severity: Severity,
  code: string,
  message: string,
  data?: DiagnosticData,
): Diagnostic {
  const result: Diagnostic = { uri: document.uri, range: document.lines.range(span[0], span[1]), severity, code, message };
  if (data) result.data = data;
  return result;
}

/** The span of the line holding the opening `---`, or the first line: where findings about the whole frontmatter go. */
export function frontmatterAnchor(document: ParsedDocument): [number, number] {
  const start = document.split.block?.openStart ?? document.bom;
  return [start, document.lines.lineEnd(document.lines.positionAt(start).line)];
}
