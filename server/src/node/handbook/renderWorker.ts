// The build's worker thread (dist/renderWorker.js): checks files and renders the bodies of handbook pages.
import { serveChunks } from '../parallel/worker';
import { analyzeAndRender } from './renderJob';

serveChunks(analyzeAndRender);
