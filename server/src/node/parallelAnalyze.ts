// Reading, parsing and the document-local rules of many files, spread over worker threads. The workspace
// rules then run once, over the adopted documents, in the calling thread: the result is the same as with
// `indexWorkspace()`, only faster on more than one core.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeDocument, fromPortable, toPortable, MAX_DOCUMENT_LENGTH, type Diagnostic, type DocumentContent, type LanguageService, type PortableDocument } from '../engine';
import { pathOf, readDocument } from './fileWorkspace';

type Analyzed = { uri: string; portable: PortableDocument; local: Diagnostic[] } | { uri: string; content: DocumentContent };

const WORKER_MARK = 'werkzeugkoffer-analyze';
/** Below this many files, threads cost more than they save. */
export const PARALLEL_THRESHOLD = 400;

function analyze(uri: string): Analyzed {
  const content = readDocument(pathOf(uri));
  if ('error' in content || content.text.length > MAX_DOCUMENT_LENGTH) return { uri, content };
  const { document, local } = analyzeDocument(uri, content.text);
  return { uri, portable: toPortable(document), local };
}

// Inside a worker started by `analyzeInParallel` (the bundle starts itself as the worker).
if (!isMainThread && (workerData as { mark?: string } | null)?.mark === WORKER_MARK) {
  const { uris } = workerData as { uris: string[] };
  const batch: Analyzed[] = [];
  for (const uri of uris) {
    batch.push(analyze(uri));
    if (batch.length === 100) parentPort!.postMessage(batch.splice(0));
  }
  parentPort!.postMessage(batch.splice(0));
  parentPort!.postMessage('done');
}

/** Whether this code runs from the built bundle, which can start itself as a worker (not from TypeScript sources). */
function canStartWorkers(): boolean {
  return typeof __filename === 'string' && __filename.endsWith('.js');
}

/**
 * Puts every document of `uris` into `service`, parsed in `threads` workers when there are many and the
 * bundle can start workers, in this thread otherwise.
 */
export async function analyzeInParallel(service: LanguageService, uris: string[], threads = Math.min(4, availableParallelism())): Promise<void> {
  if (uris.length < PARALLEL_THRESHOLD || threads < 2 || !canStartWorkers()) {
    for (const uri of uris) adopt(service, analyze(uri));
    return;
  }
  const shares: string[][] = Array.from({ length: threads }, () => []);
  uris.forEach((uri, i) => shares[i % threads]!.push(uri));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(__filename, { workerData: { mark: WORKER_MARK, uris: share } });
          worker.on('message', (message: Analyzed[] | 'done') => {
            if (message === 'done') {
              void worker.terminate();
              resolve();
            } else for (const item of message) adopt(service, item);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`Worker beendet mit Code ${code}`))));
        }),
    ),
  );
}

function adopt(service: LanguageService, item: Analyzed): void {
  if ('content' in item) service.update(item.uri, item.content);
  else service.adopt(fromPortable(item.portable), item.local);
}
