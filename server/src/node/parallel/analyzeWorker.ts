// The check's worker thread (dist/analyzeWorker.js).
import { analyzeFile } from './analyzeFile';
import { serveChunks } from './worker';

serveChunks(analyzeFile);
