// A worker thread of `analyzeInParallel`: reads, parses and checks its share of the files and sends the results
// back in batches. A bundle of its own (dist/analyzeWorker.js), so that a worker loads the engine and nothing of
// the CLI or the language server around it.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, type Analyzed, type WorkerData } from './parallelAnalyze';

const BATCH = 100;
const { uris, renderBodies } = workerData as WorkerData;
const batch: Analyzed[] = [];
for (const uri of uris) {
  batch.push(analyzeFile(uri, renderBodies));
  if (batch.length === BATCH) parentPort!.postMessage(batch.splice(0));
}
parentPort!.postMessage(batch.splice(0));
parentPort!.postMessage('done');
