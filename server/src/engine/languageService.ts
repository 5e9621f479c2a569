// The language service: the one engine behind the language server, the CLI and the handbook build.
// It is given a workspace (list, read, exists) and knows nothing of LSP, the file system or VS Code.
import type { Diagnostic } from './diagnostic';
import { WorkspaceIndex } from './index/workspaceIndex';
import { parseDocument, type ParsedDocument } from './parse/document';
import { Codes } from './rules/codes';
import { documentRules, workspaceRules, type RuleContext } from './rules';
import { builtinSchemas, type SchemaRegistry } from './schema/registry';

/** What the engine needs from its host: the documents and the files beside them. */
export interface Workspace {
  /** URIs of every toolbox document (Markdown file) in the workspace. */
  list(): Iterable<string>;
  /** The document's text, or why it cannot be read. */
  read(uri: string): DocumentContent;
  /** Whether a file that is not a toolbox document (an image, a PDF) exists. */
  exists(uri: string): boolean;
}

export type DocumentContent = { text: string } | { error: string; line?: number; character?: number };

export interface LanguageServiceOptions {
  workspace: Workspace;
  schemas?: SchemaRegistry;
}

/** Documents larger than this are not parsed: no toolbox page comes near it, and it bounds the work per file. */
export const MAX_DOCUMENT_LENGTH = 1_000_000;

export interface LanguageService {
  readonly schemas: SchemaRegistry;
  readonly index: WorkspaceIndex;
  /** Reads every document of the workspace into the index. */
  indexWorkspace(): void;
  /** Sets the text of one document (opened, edited, changed on disk); returns every URI whose diagnostics may change, itself first. */
  update(uri: string, content: DocumentContent): string[];
  /** Re-reads one document from the workspace. */
  refresh(uri: string): string[];
  /** Forgets a document (deleted); returns the URIs to re-check. */
  remove(uri: string): string[];
  /** All diagnostics of one document. */
  diagnostics(uri: string): Diagnostic[];
  /** URIs of every known document, readable or not. */
  uris(): string[];
  /** The parsed document, for features. */
  document(uri: string): ParsedDocument | undefined;
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const schemas = options.schemas ?? builtinSchemas();
  const index = new WorkspaceIndex();
  const unreadable = new Map<string, Diagnostic[]>();
  const localFindings = new WeakMap<ParsedDocument, Diagnostic[]>();
  const context: RuleContext = { schemas, index, fileExists: (uri) => options.workspace.exists(uri) };

  function update(uri: string, content: DocumentContent): string[] {
    if ('error' in content || content.text.length > MAX_DOCUMENT_LENGTH) {
      const affected = index.delete(uri);
      const position = { line: 'error' in content ? (content.line ?? 0) : 0, character: 'error' in content ? (content.character ?? 0) : 0 };
      const message = 'error' in content
        ? content.error
        : `Die Datei ist zu groß (${(content.text.length / 1_000_000).toFixed(1)} Mio. Zeichen; erlaubt sind ${MAX_DOCUMENT_LENGTH / 1_000_000} Mio.) und wird nicht geprüft.`;
      unreadable.set(uri, [{ uri, range: { start: position, end: position }, severity: 'error', code: 'error' in content ? Codes.unreadable : Codes.tooLarge, message }]);
      return [uri, ...affected];
    }
    unreadable.delete(uri);
    const document = parseDocument(uri, content.text, schemas);
    return [uri, ...index.set(document)];
  }

  function localDiagnostics(document: ParsedDocument): Diagnostic[] {
    let findings = localFindings.get(document);
    if (!findings) {
      findings = documentRules.flatMap((rule) => safely(rule.name, () => rule.check(document, context), document.uri));
      localFindings.set(document, findings);
    }
    return findings;
  }

  return {
    schemas,
    index,
    indexWorkspace() {
      for (const uri of options.workspace.list()) update(uri, options.workspace.read(uri));
    },
    update,
    refresh(uri) {
      return update(uri, options.workspace.read(uri));
    },
    remove(uri) {
      unreadable.delete(uri);
      return [uri, ...index.delete(uri)];
    },
    diagnostics(uri) {
      const refused = unreadable.get(uri);
      if (refused) return refused;
      const document = index.get(uri);
      if (!document) return [];
      return [...localDiagnostics(document), ...workspaceRules.flatMap((rule) => safely(rule.name, () => rule.check(document, context), uri))];
    },
    uris() {
      return [...index.uris(), ...unreadable.keys()];
    },
    document(uri) {
      return index.get(uri);
    },
  };
}

/** A rule that throws must not take the others down: its failure becomes a finding of its own. */
function safely(rule: string, run: () => Diagnostic[], uri: string): Diagnostic[] {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'error', code: 'WK000', message: `Interner Fehler in der Regel „${rule}“: ${message}` }];
  }
}
