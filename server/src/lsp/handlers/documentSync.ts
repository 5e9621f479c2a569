// Keeps the engine's index in step with the editor and the disk: open documents are the truth while open
// (edits re-check what depends on them), the disk is the truth otherwise. Changes on disk that arrive while
// the first index is built are kept and replayed once it is complete.
import { DidChangeWatchedFilesNotification, FileChangeType, ResponseError, type FileEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Session } from '../session';
import type { DiagnosticsPublisher } from './diagnostics';

/** How long a burst of edits may pause before the edited documents are checked. */
const EDIT_DEBOUNCE_MS = 40;

export interface DiskFollower {
  /** Applies what changed on disk while the first index was built; open documents keep their text. */
  replayChangesWhileIndexing(): void;
  /**
   * A file the index read again (its text, released after indexing) is not the one indexed: it is followed as if
   * the client had reported its change or deletion, which a client that watches no files never does.
   */
  changedUnreported(uri: string): void;
}

export function registerDocumentSync(session: Session, diagnostics: DiagnosticsPublisher): DiskFollower {
  const { connection, documents } = session;
  const service = () => session.service;

  // Edits are checked once a burst of them pauses, or before the next answer, whichever comes first: a
  // thousand keystrokes (or a script's ten thousand edits) cost one parse of the document, not a thousand,
  // and no request waits behind the checks of texts that are already outdated.
  const edited = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const settle = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const uri of [...edited]) {
      edited.delete(uri);
      const document = documents.get(uri);
      if (document) check(document);
    }
    followUnreported();
  };
  session.settle = settle;

  documents.onDidChangeContent(({ document }) => {
    edited.add(document.uri);
    clearTimeout(timer);
    timer = setTimeout(settle, EDIT_DEBOUNCE_MS);
  });

  function check(document: TextDocument): void {
    if (!session.scope.includes(document.uri, document.getText())) {
      // A file outside the toolbox that no longer declares a kind is no concern any more: forget its last version.
      const forgotten = service().uris().includes(document.uri) ? session.guard('update', [], undefined, () => service().remove(document.uri)) : [];
      if (session.indexed && !(forgotten instanceof ResponseError) && forgotten.length) diagnostics.publish(forgotten);
      return;
    }
    const affected = session.guard('update', [document.uri], undefined, () => service().update(document.uri, { text: document.getText() }));
    if (session.indexed) diagnostics.publish(affected instanceof ResponseError ? [document.uri] : affected);
    else diagnostics.publishOwn(document.uri);
  }

  documents.onDidClose(({ document }) => {
    settle();
    // The file on disk is the truth again once the editor lets go of it; a file that is gone (deleted while
    // open, never saved) is forgotten rather than reported as unreadable, and so is one outside the toolbox
    // (checked only while open).
    if (!service().uris().includes(document.uri)) return;
    const onDisk = session.scope.underRoots(document.uri) && session.workspace.exists(document.uri);
    const affected = session.guard('close', [], undefined, () => (onDisk ? service().refresh(document.uri) : service().remove(document.uri)));
    if (!(affected instanceof ResponseError)) diagnostics.publish(affected);
  });

  const changedWhileIndexing: FileEvent[] = [];
  // Files found changed (or gone) when their released text was read again: followed right after the work that read
  // them, or before the next answer (settle), whichever comes first.
  const unreported = new Set<string>();
  function followUnreported(): void {
    if (!unreported.size) return;
    const changes = [...unreported].map((uri): FileEvent => ({ uri, type: session.workspace.exists(uri) ? FileChangeType.Changed : FileChangeType.Deleted }));
    unreported.clear();
    if (!session.indexed) changedWhileIndexing.push(...changes);
    else diagnostics.publish(followDisk(changes));
  }

  connection.onDidChangeWatchedFiles(({ changes }) => {
    settle();
    if (!session.indexed) changedWhileIndexing.push(...changes);
    else diagnostics.publish(followDisk(changes));
  });

  /** Follows changes on disk; returns the URIs whose diagnostics may change. */
  function followDisk(changes: FileEvent[]): Set<string> {
    const affected = new Set<string>();
    for (const change of changes) {
      if (!session.scope.underRoots(change.uri) || !session.workspace.contains(parentOf(change.uri))) {
        // Markdown outside the toolbox (by name, or in a folder linked in from elsewhere, which the listing does
        // not enter either) is never read; another file (an image) may be a link target.
        if (!change.uri.toLowerCase().endsWith('.md')) for (const uri of service().uris()) affected.add(uri);
        continue;
      }
      if (documents.get(change.uri)) continue; // open documents take precedence over the disk
      const result = session.guard('watched', [], undefined, () => (change.type === FileChangeType.Deleted ? service().remove(change.uri) : service().refresh(change.uri)));
      if (!(result instanceof ResponseError)) for (const uri of result) affected.add(uri);
    }
    return affected;
  }

  return {
    replayChangesWhileIndexing() {
      followDisk(changedWhileIndexing.splice(0));
    },
    changedUnreported(uri) {
      if (unreported.has(uri)) return;
      unreported.add(uri);
      setImmediate(followUnreported);
    },
  };
}

/** Asks the client to tell the server about changes on disk: toolbox documents, and files they link to. */
export function watchFiles(session: Session): void {
  void session.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/*' }] }).catch(() => undefined);
}

/** The folder a file URI lies in. */
function parentOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/'));
}
