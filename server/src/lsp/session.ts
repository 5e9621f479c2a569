// The state one language server shares between its handlers: the open documents, the engine's service over
// the toolbox roots of the workspace, and whether the first complete index is there yet. Handlers run engine
// calls through `guard`/`answer`, so a failure inside the engine is logged and answered, never a crash.
import { LSPErrorCodes, ResponseError, TextDocuments, type CancellationToken, type Connection, type InitializeParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { createLanguageService, RenameError, TextChangedError, toolboxScope, TOOLBOX_FOLDER, type LanguageService, type ToolboxScope, type Workspace } from '../engine';
import { createFileWorkspace, findToolboxRoot, uriOf } from '../node/fileWorkspace';
import { localToday } from '../node/clock';

export interface Session {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  service: LanguageService;
  workspace: Workspace;
  /** The toolbox folders of the workspace (paths): only files inside them are read. */
  roots: string[];
  scope: ToolboxScope;
  /** Whether the client pulls diagnostics (LSP 3.17) rather than being sent them. */
  pullDiagnostics: boolean;
  /** Whether the first complete index is there; before, changes are applied and only their own findings published. */
  indexed: boolean;
  /** Resolves once the first index is complete (or failed): requests wait for it. */
  readonly firstIndex: Promise<void>;
  markIndexed(): void;
  /** Applies the edits that wait to be checked (see documentSync.ts); every answer from the engine comes after it. */
  settle(): void;
  /** Runs an engine call; a failure is logged and answered with `empty` (a rename refused with its reason). */
  guard<T>(name: string, empty: T, token: CancellationToken | undefined, run: () => T): T | ResponseError<void>;
  /** `guard` for requests: answered once the first index is complete, since an answer from half a workspace would be wrong. */
  answer<T>(name: string, empty: T, token: CancellationToken, run: () => T): Promise<T | ResponseError<void>>;
}

/**
 * How often a request is answered anew when it read texts that changed on disk unreported (each attempt follows the
 * files found so): a client that watches no files may have left several behind.
 */
export const ANSWER_ATTEMPTS = 10;

export function createSession(connection: Connection, documents: TextDocuments<TextDocument>): Session {
  let markIndexed!: () => void;
  const firstIndex = new Promise<void>((resolve) => (markIndexed = resolve));
  const workspace = createFileWorkspace([]);
  const session: Session = {
    connection,
    documents,
    workspace,
    service: createLanguageService({ workspace, today: localToday }),
    roots: [],
    scope: toolboxScope([]),
    pullDiagnostics: false,
    indexed: false,
    firstIndex,
    markIndexed() {
      session.indexed = true;
      markIndexed();
    },
    settle() {
      // Replaced by the document sync, which holds the edits.
    },
    guard(name, empty, token, run) {
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Abgebrochen');
      try {
        return run();
      } catch (error) {
        if (error instanceof RenameError) return new ResponseError(LSPErrorCodes.RequestFailed, error.message);
        // A text read again from disk had changed (see engine/parse/textOnDemand.ts): the answer would be of two versions.
        if (error instanceof TextChangedError) return new ResponseError(LSPErrorCodes.ContentModified, error.message);
        connection.console.error(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return empty;
      }
    },
    async answer(name, empty, token, run) {
      await firstIndex;
      session.settle();
      let answer = session.guard(name, empty, token, run);
      // A file that changed unreported is followed now (settle), and the request answered again from the new index.
      for (let attempt = 1; attempt < ANSWER_ATTEMPTS && answer instanceof ResponseError && answer.code === LSPErrorCodes.ContentModified; attempt++) {
        session.settle();
        answer = session.guard(name, empty, token, run);
      }
      return answer;
    },
  };
  return session;
}

/**
 * Sets the session up for the client's workspace: each folder's toolbox (its `toolbox/` subfolder, configurable,
 * or the folder itself when it has none) is indexed, so READMEs and test fixtures elsewhere stay out.
 */
export function initializeSession(session: Session, params: InitializeParams): void {
  const folders = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])).map((uri) => URI.parse(uri).fsPath);
  const folderName = typeof params.initializationOptions?.toolboxFolder === 'string' ? params.initializationOptions.toolboxFolder : TOOLBOX_FOLDER;
  const roots = folders.map((folder) => findToolboxRoot(folder, folderName) ?? folder);
  session.pullDiagnostics = Boolean(params.capabilities.textDocument?.diagnostic);
  session.roots = roots;
  session.workspace = createFileWorkspace(roots);
  session.service = createLanguageService({ workspace: session.workspace, today: localToday });
  session.scope = toolboxScope(roots.map(uriOf));
}
