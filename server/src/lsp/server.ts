// The language server: a thin adapter between the Language Server Protocol and the engine.
// It keeps open documents in sync, follows the file system, and routes each request to one engine call.
// No rule and no feature logic lives here.
import { lstatSync } from 'node:fs';
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  type FileEvent,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { URI } from 'vscode-uri';
import { createLanguageService, RenameError, toLspDiagnostic, type LanguageService } from '../engine';
import { createFileWorkspace, pathOf } from '../node/fileWorkspace';
import { analyzeInParallel, SMALL_WORKER_HEAP } from '../node/parallelAnalyze';
import { declaresKind } from '../engine/parse/declaresKind';
import { createCommandHandlers, SERVER_COMMANDS } from './commands';


/**
 * The toolbox of a workspace folder: its `toolbox/` subfolder (configurable), or the folder itself when it has
 * none. Only documents there are indexed, so READMEs and test fixtures elsewhere in a repository stay out.
 */
export function toolboxRootOf(folder: string, toolboxFolder = 'toolbox'): string {
  const candidate = join(folder, toolboxFolder);
  return existsSync(candidate) ? candidate : folder;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let workspace = createFileWorkspace([]);
  let service: LanguageService = createLanguageService({ workspace });
  let roots: string[] = [];
  let pullDiagnostics = false;
  let indexed = false;
  let markIndexed: () => void;
  /** Requests wait for the first complete index: an answer from half a workspace would be wrong, not early. */
  const firstIndex = new Promise<void>((resolve) => (markIndexed = resolve));

  /** Runs a handler; a failure inside the engine is logged and answered with `empty`, never a crash. */
  function guard<T>(name: string, empty: T, token: CancellationToken | undefined, run: () => T): T | ResponseError<void> {
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Abgebrochen');
    try {
      return run();
    } catch (error) {
      if (error instanceof RenameError) return new ResponseError(LSPErrorCodes.RequestFailed, error.message);
      connection.console.error(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return empty;
    }
  }

  /** `guard` for requests: answered once the first index is complete. */
  async function answer<T>(name: string, empty: T, token: CancellationToken, run: () => T): Promise<T | ResponseError<void>> {
    await firstIndex;
    return guard(name, empty, token, run);
  }

  const underRoots = (uri: string) => uri.toLowerCase().endsWith('.md') && roots.some((root) => pathOf(uri) === root || pathOf(uri).startsWith(`${root}${sep}`));
  /** A document the server checks: one under a toolbox root, or any Markdown file that declares a Werkzeugkoffer kind (a plan saved elsewhere). */
  const isToolboxDocument = (uri: string, text?: string) => underRoots(uri) || (text !== undefined && uri.toLowerCase().endsWith('.md') && declaresKind(text));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])).map((uri) => URI.parse(uri).fsPath);
    const toolboxFolder = typeof params.initializationOptions?.toolboxFolder === 'string' ? params.initializationOptions.toolboxFolder : 'toolbox';
    roots = folders.map((folder) => toolboxRootOf(folder, toolboxFolder));
    pullDiagnostics = Boolean(params.capabilities.textDocument?.diagnostic);
    workspace = createFileWorkspace(roots);
    service = createLanguageService({ workspace });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [':', ' ', '-', '#', '(', '/', '['] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentLinkProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        diagnosticProvider: { identifier: 'werkzeugkoffer', interFileDependencies: true, workspaceDiagnostics: true },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      },
      serverInfo: { name: 'werkzeugkoffer-language-server' },
    };
  });

  connection.onInitialized(async () => {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/*' }] }).catch(() => undefined);
    const started = Date.now();
    try {
      try {
        // Worker threads parse a large toolbox; their short-lived parse trees never reach this process's heap.
        await analyzeInParallel(service, [...workspace.list()], { roots, resourceLimits: SMALL_WORKER_HEAP, shareStrings: true });
      } catch (error) {
        connection.console.warn(`Paralleles Indizieren fehlgeschlagen, indiziere nacheinander: ${error instanceof Error ? error.message : String(error)}`);
        guard('index', undefined, undefined, () => service.indexWorkspace());
      }
      // What changed on disk meanwhile may be newer than what a worker read; open documents take precedence
      // over both.
      followDisk(changedWhileIndexing.splice(0));
      for (const document of documents.all()) {
        if (isToolboxDocument(document.uri, document.getText())) guard('update', undefined, undefined, () => service.update(document.uri, { text: document.getText() }));
      }
    } finally {
      // Whatever failed above was logged; requests must not wait forever for an index that will not come.
      indexed = true;
      markIndexed();
    }
    connection.console.info(`Werkzeugkoffer: ${service.index.size} Dokumente in ${Date.now() - started} ms indiziert.`);
    publish(service.uris());
  });

  /** After a change: pulling clients are asked to re-pull; others get the affected documents pushed. */
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  function publish(uris: Iterable<string>): void {
    if (pullDiagnostics) {
      void connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const uri of uris) pending.add(uri);
    clearTimeout(timer);
    // A short debounce: while the user types, only the last state is published (stale results are not sent).
    timer = setTimeout(() => {
      const batch = pending;
      pending = new Set();
      for (const uri of batch) {
        const diagnostics = guard('diagnostics', [], undefined, () => service.diagnostics(uri).map(toLspDiagnostic));
        void connection.sendDiagnostics({ uri, diagnostics: diagnostics instanceof ResponseError ? [] : diagnostics });
      }
    }, 30);
  }

  documents.onDidChangeContent(({ document }) => {
    if (!isToolboxDocument(document.uri, document.getText())) {
      // A file outside the toolbox that no longer declares a kind is no concern any more: forget its last version.
      const forgotten = service.uris().includes(document.uri) ? guard('update', [], undefined, () => service.remove(document.uri)) : [];
      if (indexed && !(forgotten instanceof ResponseError) && forgotten.length) publish(forgotten);
      return;
    }
    const affected = guard('update', [document.uri], undefined, () => service.update(document.uri, { text: document.getText() }));
    if (indexed) publish(affected instanceof ResponseError ? [document.uri] : affected);
  });

  documents.onDidClose(({ document }) => {
    // The file on disk is the truth again once the editor lets go of it; a file that is gone (deleted while
    // open, never saved) is forgotten rather than reported as unreadable, and so is one outside the toolbox
    // (checked only while open).
    if (!service.uris().includes(document.uri)) return;
    const onDisk = underRoots(document.uri) && lstatSync(pathOf(document.uri), { throwIfNoEntry: false }) !== undefined;
    const affected = guard('close', [], undefined, () => (onDisk ? service.refresh(document.uri) : service.remove(document.uri)));
    if (!(affected instanceof ResponseError)) publish(affected);
  });

  /** Files changed on disk while the first index was being built: replayed once it is complete. */
  const changedWhileIndexing: FileEvent[] = [];
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (!indexed) changedWhileIndexing.push(...changes);
    else publish(followDisk(changes));
  });

  /** Follows changes on disk; returns the URIs whose diagnostics may change. */
  function followDisk(changes: FileEvent[]): Set<string> {
    const affected = new Set<string>();
    for (const change of changes) {
      if (!underRoots(change.uri)) {
        // Markdown outside the toolbox is no concern; another file (an image) may be a link target.
        if (!change.uri.toLowerCase().endsWith('.md')) for (const uri of service.uris()) affected.add(uri);
        continue;
      }
      if (documents.get(change.uri)) continue; // open documents take precedence over the disk
      const result = guard('watched', [], undefined, () => (change.type === FileChangeType.Deleted ? service.remove(change.uri) : service.refresh(change.uri)));
      if (!(result instanceof ResponseError)) for (const uri of result) affected.add(uri);
    }
    return affected;
  }

  connection.languages.diagnostics.on(async (params, token) => {
    const result = await answer('textDocument/diagnostic', [], token, () => service.diagnostics(params.textDocument.uri).map(toLspDiagnostic));
    if (result instanceof ResponseError) return new ResponseError(result.code, result.message, { retriggerRequest: true });
    return { kind: DocumentDiagnosticReportKind.Full, items: result };
  });

  connection.languages.diagnostics.onWorkspace(async (_params, token) => {
    const result = await answer('workspace/diagnostic', [], token, () =>
      service.uris().sort().map((uri) => ({
        kind: DocumentDiagnosticReportKind.Full as typeof DocumentDiagnosticReportKind.Full,
        uri,
        version: documents.get(uri)?.version ?? null,
        items: service.diagnostics(uri).map(toLspDiagnostic),
      })),
    );
    if (result instanceof ResponseError) return new ResponseError(result.code, result.message, { retriggerRequest: true });
    return { items: result };
  });

  connection.onCompletion((params, token) => answer('completion', null, token, () => service.completion(params.textDocument.uri, params.position)));
  connection.onHover((params, token) => answer('hover', null, token, () => service.hover(params.textDocument.uri, params.position)));
  connection.onDefinition((params, token) => answer('definition', [], token, () => service.definition(params.textDocument.uri, params.position)));
  connection.onReferences((params, token) => answer('references', [], token, () => service.references(params.textDocument.uri, params.position, params.context.includeDeclaration)));
  connection.onPrepareRename((params, token) => answer('prepareRename', null, token, () => service.prepareRename(params.textDocument.uri, params.position)));
  connection.onRenameRequest((params, token) =>
    answer<WorkspaceEdit | null>('rename', null, token, () => {
      const result = service.rename(params.textDocument.uri, params.position, params.newName);
      // Files are renamed first and the text edits address them by their new name: VS Code cannot edit an
      // open document whose file a preceding operation of the same edit has already moved.
      const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = result.renames.map(({ oldUri, newUri }) => ({ kind: 'rename' as const, oldUri, newUri }));
      const renamed = new Map(result.renames.map((r) => [r.oldUri, r.newUri]));
      for (const [uri, edits] of result.edits) {
        const target = renamed.get(uri);
        documentChanges.push({ textDocument: { uri: target ?? uri, version: target ? null : (documents.get(uri)?.version ?? null) }, edits });
      }
      return { documentChanges };
    }),
  );
  connection.onDocumentSymbol((params, token) => answer('documentSymbol', [], token, () => service.documentSymbols(params.textDocument.uri)));
  connection.onWorkspaceSymbol((params, token) => answer('workspaceSymbol', [], token, () => service.workspaceSymbols(params.query)));
  connection.onCodeAction((params, token) => answer('codeAction', [], token, () => service.codeActions(params.textDocument.uri, params.range)));
  connection.onDocumentLinks((params, token) => answer('documentLink', [], token, () => service.documentLinks(params.textDocument.uri)));
  connection.onFoldingRanges((params, token) => answer('foldingRange', [], token, () => service.foldingRanges(params.textDocument.uri)));
  connection.onCodeLens((params, token) => answer('codeLens', [], token, () => service.codeLenses(params.textDocument.uri)));
  connection.languages.inlayHint.on((params, token) => answer('inlayHint', [], token, () => service.inlayHints(params.textDocument.uri, params.range)));

  connection.onExecuteCommand(async (params, token) => {
    await firstIndex;
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Abgebrochen');
    const handler = createCommandHandlers(service, (uri) => documents.get(uri)?.getText())[params.command];
    if (!handler) return new ResponseError(LSPErrorCodes.RequestFailed, `Unbekannter Befehl: ${params.command}`);
    try {
      return await handler(...(params.arguments ?? []));
    } catch (error) {
      // A consultant's command that cannot be carried out answers with its reason, in German, for the UI.
      connection.console.warn(`${params.command}: ${error instanceof Error ? error.message : String(error)}`);
      return new ResponseError(LSPErrorCodes.RequestFailed, error instanceof Error ? error.message : String(error));
    }
  });

  documents.listen(connection);
  connection.listen();
}
