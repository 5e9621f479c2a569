// The worker thread's side of the pool: analyzes the chunks of files it is sent with the job's function and sends
// the results back in batches. Each job has a bundle of its own (scripts/build.mjs) that calls `serveChunks`, so
// that a worker loads the engine and nothing of the CLI or the language server around it.
import { parentPort, workerData } from 'node:worker_threads';
import type { Analyzed } from './analyzeFile';
import type { WorkerData, WorkerReport } from './pool';

/** Results go back in batches: fewer messages, while the main thread adopts the previous batch. */
const BATCH = 100;

export function serveChunks(analyze: (uri: string, roots?: readonly string[]) => Analyzed): void {
  const { roots } = workerData as WorkerData;
  // Each message is a chunk of files; the thread ends when the main thread terminates it.
  parentPort!.on('message', (uris: string[]) => {
    const results: Analyzed[] = [];
    const send = (chunkDone: boolean) => parentPort!.postMessage({ results: results.splice(0), chunkDone } satisfies WorkerReport);
    for (const uri of uris) {
      results.push(analyze(uri, roots));
      if (results.length === BATCH) send(false);
    }
    send(true);
  });
}
