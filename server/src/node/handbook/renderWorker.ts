// The build's worker thread (dist/renderWorker.js): checks files and renders the bodies of handbook pages.
import type { WorkerData } from '../parallel/pool';
import { serveChunks } from '../parallel/worker';
import { analyzeAndRender } from './renderJob';

serveChunks((uri, data: WorkerData) => analyzeAndRender(uri, data.roots));
