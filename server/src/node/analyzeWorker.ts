// A worker thread of `analyzeInParallel`: reads, parses and checks the chunks of files it is sent and sends the
// results back in batches. A bundle of its own (dist/analyzeWorker.js), so that a worker loads the engine and
// nothing of the CLI or the language server around it.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, type Analyzed, type WorkerData, type WorkerReport } from './parallelAnalyze';

/** Results go back in batches: fewer messages, while the main thread adopts the previous batch. */
const BATCH = 100;
const { renderBodies, roots } = workerData as WorkerData;

// Each message is a chunk of files; the thread ends when the main thread terminates it.
parentPort!.on('message', (uris: string[]) => {
  const results: Analyzed[] = [];
  const send = (chunkDone: boolean) => parentPort!.postMessage({ results: results.splice(0), chunkDone } satisfies WorkerReport);
  for (const uri of uris) {
    results.push(analyzeFile(uri, renderBodies, roots));
    if (results.length === BATCH) send(false);
  }
  send(true);
});
