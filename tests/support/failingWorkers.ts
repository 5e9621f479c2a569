// Test support: worker scripts that fail in each way a worker thread can (for the pool's tests: a failing worker
// costs time, never results). `realWorker` is the bundle whose results the partial one delivers before it dies.
export function failingWorkers(realWorker: string, delivered = 7): [name: string, source: string][] {
  return [
    ['throws while loading', "throw new Error('kaputt');"],
    ['exits without a result', 'process.exit(0);'],
    ['dies on its first chunk', "require('node:worker_threads').parentPort.once('message', () => process.exit(1));"],
    [
      'delivers part of a chunk, then dies',
      `const { parentPort } = require('node:worker_threads');
       const post = parentPort.postMessage.bind(parentPort);
       parentPort.postMessage = (report) => { post({ results: report.results.slice(0, ${delivered}), chunkDone: false }); process.exit(1); };
       require(${JSON.stringify(realWorker)});`,
    ],
  ];
}
