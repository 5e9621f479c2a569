// The first complete index of the workspace, read in worker threads (their short-lived parse trees never reach
// this process's heap), in this thread if that fails. Until it is complete, requests wait and only the open
// documents' own findings are published (diagnostics.ts); then changes on disk meanwhile and the open documents
// are applied on top, and every document's diagnostics follow.
import { analyzeInParallel, INDEX_WORKER_HEAP } from '../../node/parallel/pool';
import type { Session } from '../session';
import type { DiskFollower } from './documentSync';

export async function indexWorkspace(session: Session, disk: DiskFollower): Promise<void> {
  const { connection, documents } = session;
  const started = Date.now();
  try {
    try {
      await analyzeInParallel(session.service, [...session.workspace.list()], {
        roots: session.roots,
        resourceLimits: INDEX_WORKER_HEAP,
        shareStrings: true,
        // The texts are most of the index's memory and rarely needed again: read from disk when they are. A file
        // found changed then is followed after the work that read it, not in the middle of it.
        textSource: (uri) => ({
          read: () => {
            const content = session.workspace.read(uri);
            return 'text' in content ? content.text : undefined;
          },
          changed: () => disk.changedUnreported(uri),
        }),
      });
    } catch (error) {
      connection.console.warn(`Paralleles Indizieren fehlgeschlagen, indiziere nacheinander: ${error instanceof Error ? error.message : String(error)}`);
      session.guard('index', undefined, undefined, () => session.service.indexWorkspace());
    }
    // What changed on disk meanwhile may be newer than what a worker read; open documents take precedence over both.
    disk.replayChangesWhileIndexing();
    for (const document of documents.all()) {
      if (session.scope.includes(document.uri, document.getText())) session.guard('update', undefined, undefined, () => session.service.update(document.uri, { text: document.getText() }));
    }
  } finally {
    // Whatever failed above was logged; requests must not wait forever for an index that will not come.
    session.markIndexed();
  }
  connection.console.info(`Werkzeugkoffer: ${session.service.index.size} Dokumente in ${Date.now() - started} ms indiziert.`);
}
