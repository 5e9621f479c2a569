// The portfolio's worker thread (dist/portfolioWorker.js): reads plan files into their readings.
import { serveChunks } from '../parallel/worker';
import { readPlanFile, type PlanReadingOptions } from './readPlans';

serveChunks((path, options: PlanReadingOptions) => readPlanFile(path, options));
