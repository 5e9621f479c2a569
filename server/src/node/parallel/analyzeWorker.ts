// The check's worker thread (dist/analyzeWorker.js).
import { analyzeFile } from './analyzeFile';
import type { WorkerData } from './pool';
import { serveChunks } from './worker';

serveChunks((uri, data: WorkerData) => analyzeFile(uri, data.roots, data.releaseTexts));
