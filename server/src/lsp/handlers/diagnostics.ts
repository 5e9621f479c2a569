// Diagnostics: pushed to clients that do not pull (debounced, so only the last state of a burst of edits is
// sent), and answered to clients that pull (per document and for the whole workspace). Either way they are
// the engine's, translated to LSP.
import { DocumentDiagnosticReportKind, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { toLspDiagnostic } from '../../engine';
import type { Session } from '../session';

/** How long a burst of edits may pause before its diagnostics are pushed. */
const PUSH_DEBOUNCE_MS = 30;

export interface DiagnosticsPublisher {
  /** After a change: pulling clients are asked to pull again; others get the affected documents pushed. */
  publish(uris: Iterable<string>): void;
  /**
   * Before the first index is complete: the document's own findings, pushed at once (a pulling client gets them
   * when it asks); the cross-document ones follow with `publish` once the index is complete.
   */
  publishOwn(uri: string): void;
}

export function diagnosticsPublisher(session: Session): DiagnosticsPublisher {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const push = () => {
    const batch = pending;
    pending = new Set();
    for (const uri of batch) {
      const diagnostics = session.guard('diagnostics', [], undefined, () => session.service.diagnostics(uri).map(toLspDiagnostic));
      void session.connection.sendDiagnostics({ uri, diagnostics: diagnostics instanceof ResponseError ? [] : diagnostics });
    }
  };
  return {
    publishOwn(uri) {
      if (session.pullDiagnostics) return;
      const diagnostics = session.guard('diagnostics', [], undefined, () => session.service.ownDiagnostics(uri).map(toLspDiagnostic));
      void session.connection.sendDiagnostics({ uri, diagnostics: diagnostics instanceof ResponseError ? [] : diagnostics });
    },
    publish(uris) {
      if (session.pullDiagnostics) {
        void session.connection.languages.diagnostics.refresh().catch(() => undefined);
        return;
      }
      for (const uri of uris) pending.add(uri);
      clearTimeout(timer);
      timer = setTimeout(push, PUSH_DEBOUNCE_MS);
    },
  };
}

/** `textDocument/diagnostic` and `workspace/diagnostic`, for clients that pull. */
export function registerDiagnosticRequests(session: Session): void {
  const { connection, documents } = session;
  connection.languages.diagnostics.on(async (params, token) => {
    const uri = params.textDocument.uri;
    // Before the first index is complete, the document's own findings; the client pulls again once it is (see `publish`).
    const result = session.indexed
      ? await session.answer('textDocument/diagnostic', [], token, () => session.service.diagnostics(uri).map(toLspDiagnostic))
      : ownDiagnostics(session, uri, token);
    if (result instanceof ResponseError) return new ResponseError(result.code, result.message, { retriggerRequest: true });
    return { kind: DocumentDiagnosticReportKind.Full, items: result };
  });

  connection.languages.diagnostics.onWorkspace(async (_params, token) => {
    const result = await session.answer('workspace/diagnostic', [], token, () =>
      session.service.uris().sort().map((uri) => ({
        kind: DocumentDiagnosticReportKind.Full as typeof DocumentDiagnosticReportKind.Full,
        uri,
        version: documents.get(uri)?.version ?? null,
        items: session.service.diagnostics(uri).map(toLspDiagnostic),
      })),
    );
    if (result instanceof ResponseError) return new ResponseError(result.code, result.message, { retriggerRequest: true });
    return { items: result };
  });
}

function ownDiagnostics(session: Session, uri: string, token: CancellationToken) {
  session.settle();
  return session.guard('textDocument/diagnostic', [], token, () => session.service.ownDiagnostics(uri).map(toLspDiagnostic));
}
