// The language service: the one engine behind the language server, the CLI and the handbook build.
// It is given a workspace (list, read, exists) and knows nothing of LSP, the file system or VS Code.
import type { CodeAction, CodeLens, CompletionList, DocumentLink, DocumentSymbol, FoldingRange, Hover, InlayHint, Location, Position, Range, WorkspaceSymbol } from 'vscode-languageserver-types';
import type { Diagnostic } from './diagnostic';
import { codeActions } from './features/codeActions';
import { completion, type FeatureContext } from './features/completion';
import { hover } from './features/hover';
import { toLspDiagnostic } from './features/lspDiagnostic';
import { definition, references } from './features/navigation';
import { prepareRename, rename, type RenameResult } from './features/rename';
import { documentLinks, foldingRanges, inlayHints } from './features/structure';
import { codeLenses } from './features/codeLens';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { parseDocument, releaseSyntax, type ParsedDocument } from './parse/document';
import { TextChangedError } from './parse/textOnDemand';
import { Codes, codeSeverity } from './rules/codes';
import { documentRules, workspaceRules, type RuleContext } from './rules';
import { limitFindings } from './rules/findingLimit';
import { builtinSchemas, type SchemaRegistry } from './schema/registry';

/** What the engine needs from its host: the documents and the files beside them. */
export interface Workspace {
  /** URIs of every toolbox document (Markdown file) in the workspace. */
  list(): Iterable<string>;
  /** The document's text, or why it cannot be read. */
  read(uri: string): DocumentContent;
  /** Whether a file that is not a toolbox document (an image, a PDF) exists. */
  exists(uri: string): boolean;
  /**
   * Whether a file lies inside the toolbox: under one of its folders, and — through any symbolic link — really
   * there. Nothing outside is published or linked to.
   */
  contains(uri: string): boolean;
}

/** A document's text, or why it is not read: unreadable (WK104, the default) or too large (WK105). */
export type DocumentContent = { text: string } | { error: string; line?: number; character?: number; code?: typeof Codes.unreadable | typeof Codes.tooLarge };

export interface LanguageServiceOptions {
  workspace: Workspace;
  schemas?: SchemaRegistry;
  /** Today (JJJJ-MM-TT); tests fix it, the editor takes the clock. */
  today?: () => string;
}

/**
 * Documents larger than this many bytes (in UTF-8, 1 MB) are not parsed: no toolbox page comes near it, and it
 * bounds the work per file. Files are measured before they are read, texts from the editor by the same count.
 */
export const MAX_DOCUMENT_LENGTH = 1_000_000;

/** The message for a document over the limit, from the file reader and the editor alike. */
export function tooLargeMessage(bytes: number): string {
  const megabytes = (count: number) => String(count / 1_000_000).replace('.', ',');
  // Rounded up to a tenth: a file just over the limit must not read as exactly 1 MB.
  return `Die Datei ist größer als ${megabytes(MAX_DOCUMENT_LENGTH)} MB (${megabytes(Math.ceil(bytes / 100_000) * 100_000)} MB) und wird nicht geprüft.`;
}

/** The UTF-8 length of `text` when it is over the limit; counted only when it can be (a UTF-16 unit is at most 3 bytes). */
function oversizeBytes(text: string): number | undefined {
  if (text.length * 3 <= MAX_DOCUMENT_LENGTH) return undefined;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: two units, one character of four bytes
      i++;
    } else bytes += 3; // a lone surrogate is written as U+FFFD, also three bytes
  }
  return bytes > MAX_DOCUMENT_LENGTH ? bytes : undefined;
}

export interface LanguageService {
  readonly schemas: SchemaRegistry;
  readonly index: WorkspaceIndex;
  /** Reads every document of the workspace into the index (nothing is reported for re-checking). */
  indexWorkspace(): void;
  /** Sets the text of one document (opened, edited, changed on disk); returns every URI whose diagnostics may change, itself first. */
  update(uri: string, content: DocumentContent): string[];
  /** Re-reads one document from the workspace. */
  refresh(uri: string): string[];
  /** Forgets a document (deleted); returns the URIs to re-check. */
  remove(uri: string): string[];
  /** All diagnostics of one document. */
  diagnostics(uri: string): Diagnostic[];
  /**
   * The findings of the rules that need nothing but the document itself (and why it is unreadable): what can be
   * said of a document before the rest of the workspace is indexed.
   */
  ownDiagnostics(uri: string): Diagnostic[];
  /** URIs of every known document, readable or not. */
  uris(): string[];
  /** Whether a file lies inside the toolbox (the workspace's answer, see `Workspace.contains`). */
  contains(uri: string): boolean;
  /** The parsed document, for features. */
  document(uri: string): ParsedDocument | undefined;
  /**
   * Takes a document parsed and checked elsewhere (a worker thread, see `analyzeDocument`); returns the URIs to
   * re-check. With `loading` (the workspace is being loaded, nothing has been checked yet) only its own.
   */
  adopt(document: ParsedDocument, local: Diagnostic[], options?: { loading?: boolean }): string[];

  // Editor features: each answers for one document and position, from the index; none touches the transport.
  completion(uri: string, position: Position): CompletionList;
  hover(uri: string, position: Position): Hover | null;
  definition(uri: string, position: Position): Location[];
  references(uri: string, position: Position, includeDeclaration?: boolean): Location[];
  prepareRename(uri: string, position: Position): { range: Range; placeholder: string } | null;
  /** Throws a `RenameError` with a German message when the new id is invalid or taken. */
  rename(uri: string, position: Position, newId: string): RenameResult;
  documentSymbols(uri: string): DocumentSymbol[];
  workspaceSymbols(query: string): WorkspaceSymbol[];
  codeActions(uri: string, range: Range): CodeAction[];
  documentLinks(uri: string): DocumentLink[];
  foldingRanges(uri: string): FoldingRange[];
  codeLenses(uri: string): CodeLens[];
  inlayHints(uri: string, range: Range): InlayHint[];
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const schemas = options.schemas ?? builtinSchemas();
  const index = new WorkspaceIndex();
  const unreadable = new Map<string, Diagnostic[]>();
  const localFindings = new WeakMap<ParsedDocument, Diagnostic[]>();
  const context: RuleContext = { schemas, index, fileExists: (uri) => options.workspace.exists(uri), fileInside: (uri) => options.workspace.contains(uri), today: options.today };

  function update(uri: string, content: DocumentContent, loading = false): string[] {
    const bytes = 'error' in content ? undefined : oversizeBytes(content.text);
    if ('error' in content || bytes !== undefined) {
      const affected = index.delete(uri);
      const position = { line: 'error' in content ? (content.line ?? 0) : 0, character: 'error' in content ? (content.character ?? 0) : 0 };
      const message = 'error' in content ? content.error : tooLargeMessage(bytes!);
      const code = 'error' in content ? (content.code ?? Codes.unreadable) : Codes.tooLarge;
      unreadable.set(uri, [{ uri, range: { start: position, end: position }, severity: codeSeverity[code], code, message }]);
      return [uri, ...affected];
    }
    unreadable.delete(uri);
    return put(parseDocument(uri, content.text, schemas), loading);
  }

  /** Into the index; while loading (nothing checked yet) no other document needs a re-check. */
  function put(document: ParsedDocument, loading: boolean): string[] {
    if (loading) {
      index.load(document);
      return [document.uri];
    }
    return [document.uri, ...index.set(document)];
  }

  /** The document rules' findings, kept per parse; the syntax tree stays for the caller to release. */
  function localDiagnostics(document: ParsedDocument): Diagnostic[] {
    let findings = localFindings.get(document);
    if (!findings) {
      findings = documentRules.flatMap((rule) => safely(rule.name, () => rule.check(document, context), document.uri));
      localFindings.set(document, findings);
    }
    return findings;
  }

  const features: FeatureContext = { schemas, index, fileExists: (uri) => index.get(uri) !== undefined || unreadable.has(uri) || options.workspace.exists(uri), today: options.today };
  const withDocument = <T>(uri: string, empty: T, run: (document: ParsedDocument) => T): T => {
    const document = index.get(uri);
    return document ? run(document) : empty;
  };
  let service: LanguageService;

  return (service = {
    schemas,
    index,
    indexWorkspace() {
      for (const uri of options.workspace.list()) update(uri, options.workspace.read(uri), true);
    },
    update: (uri, content) => update(uri, content),
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
      const findings = [...localDiagnostics(document), ...workspaceRules.flatMap((rule) => safely(rule.name, () => rule.check(document, context), uri))];
      // Released only after both kinds of rule: the workspace rules locate their findings in the same tree, and
      // parsing a plan's frontmatter again costs as much as the first time. It is not kept for the next check.
      releaseSyntax(document);
      return findings;
    },
    ownDiagnostics(uri) {
      const document = index.get(uri);
      if (unreadable.has(uri) || !document) return unreadable.get(uri) ?? [];
      const findings = localDiagnostics(document);
      releaseSyntax(document);
      return findings;
    },
    contains(uri) {
      return options.workspace.contains(uri);
    },
    uris() {
      return [...index.uris(), ...unreadable.keys()];
    },
    document(uri) {
      return index.get(uri);
    },
    adopt(document, local, adoptOptions) {
      unreadable.delete(document.uri);
      localFindings.set(document, local);
      return put(document, adoptOptions?.loading ?? false);
    },
    completion: (uri, position) => withDocument(uri, { isIncomplete: false, items: [] }, (d) => completion(d, position, features)),
    hover: (uri, position) => withDocument(uri, null, (d) => hover(d, position, features)),
    definition: (uri, position) => withDocument(uri, [], (d) => definition(d, position, features)),
    references: (uri, position, includeDeclaration = true) => withDocument(uri, [], (d) => references(d, position, features, includeDeclaration)),
    prepareRename: (uri, position) => withDocument(uri, null, (d) => prepareRename(d, position)),
    rename: (uri, position, newId) => withDocument(uri, { edits: new Map(), renames: [] }, (d) => rename(d, position, newId, features)),
    documentSymbols: (uri) => withDocument(uri, [], documentSymbols),
    workspaceSymbols: (query) => workspaceSymbols(query, index),
    codeActions: (uri, range) => withDocument(uri, [], (d) => codeActions(d, range, service.diagnostics(uri), features, toLspDiagnostic)),
    documentLinks: (uri) => withDocument(uri, [], (d) => documentLinks(d, features)),
    foldingRanges: (uri) => withDocument(uri, [], foldingRanges),
    codeLenses: (uri) => withDocument(uri, [], (d) => codeLenses(d, features)),
    inlayHints: (uri, range) => withDocument(uri, [], (d) => inlayHints(d, range, features)),
  });
}

/**
 * Parses one document and runs the rules that need nothing but the document itself: the share of the work
 * that can run in parallel (worker threads) before the results are adopted into one language service.
 */
export function analyzeDocument(
  uri: string,
  text: string,
  schemas: SchemaRegistry = builtinSchemas(),
): { document: ParsedDocument; local: Diagnostic[] } {
  const document = parseDocument(uri, text, schemas);
  const context: RuleContext = { schemas, index: new WorkspaceIndex(), fileExists: () => false, fileInside: () => true };
  const local = documentRules.flatMap((rule) => safely(rule.name, () => rule.check(document, context), uri));
  releaseSyntax(document);
  return { document, local };
}

/** A rule that throws must not take the others down: its failure becomes a finding of its own. Its findings stay within the limit. */
function safely(rule: string, run: () => Diagnostic[], uri: string): Diagnostic[] {
  try {
    return limitFindings(run());
  } catch (error) {
    // A released text that changed on disk is no fault of the rule: the caller follows the file and asks again.
    if (error instanceof TextChangedError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return [{ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'error', code: 'WK000', message: `Interner Fehler in der Regel „${rule}“: ${message}` }];
  }
}
