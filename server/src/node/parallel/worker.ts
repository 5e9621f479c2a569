// The worker thread's side of the pool: does the job's work on the chunks of files it is sent and sends the
// results back in batches. Each job has a bundle of its own (scripts/build.mjs) that calls `serveChunks`, so
// that a worker loads the engine and nothing of the CLI or the language server around it.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReport } from './pool';

/** Results go back in batches: fewer messages, while the main thread adopts the previous batch. */
const BATCH = 100;

/** Serves the pool: `work` gets each file and the `workerData` the pool was given. */
export function serveChunks<Data, Result>(work: (uri: string, data: Data) => Result): void {
  const data = workerData as Data;
  // Each message is a chunk of files; the thread ends when the main thread terminates it.
  parentPort!.on('message', (uris: string[]) => {
    const results: Result[] = [];
    const send = (chunkDone: boolean) => parentPort!.postMessage({ results: results.splice(0), chunkDone } satisfies WorkerReport<Result>);
    for (const uri of uris) {
      results.push(work(uri, data));
      if (results.length === BATCH) send(false);
    }
    send(true);
  });
}
