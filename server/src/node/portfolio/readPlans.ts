// The portfolio's plans read from disk, spread over worker threads when there are many: reading the YAML of 600
// plans is most of the portfolio's time, and it needs nothing of the toolbox, so the workers start while the
// calling thread loads the toolbox. Each file is read once; only its reading (a small summary) crosses threads.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { builtinSchemas, readPlan, type PlanReading } from '../../engine';
import { readFrontmatterOf } from '../fileWorkspace';
import { mapInParallel } from '../parallel/pool';

/** One file of the portfolio: its reading, or why it could not be read (the reader's one message). */
export type PlanFile = { uri: string; reading: PlanReading } | { uri: string; unreadable: string };

/** What a worker needs: the reporting date and whether names are kept. */
export interface PlanReadingOptions {
  asOf: string;
  named: boolean;
}

/** Below this many plans, starting a worker costs more than it saves (a worker starts in about 0.2 s). */
export const PARALLEL_PLANS = 60;

const WORKER_SCRIPT = join(__dirname, 'portfolioWorker.js');

/** Reads one plan file (`uri` is the file's path here) into its reading. */
export function readPlanFile(path: string, options: PlanReadingOptions): PlanFile {
  // Only the frontmatter: the portfolio never reads a plan's body, so a long one costs nothing.
  const content = readFrontmatterOf(path);
  if ('error' in content) return { uri: path, unreadable: content.error };
  return { uri: path, reading: readPlan(content.text, { schemas: builtinSchemas(), ...options }) };
}

/** The threads to use, this one counted (default: up to 4), and another worker bundle (tests). */
export interface PlanPoolOptions {
  threads?: number;
  script?: string;
}

/**
 * Starts reading `paths`; the promise gives every file's result in the order of `paths`. This thread takes its
 * share of the files once the caller lets it (after loading the toolbox, say).
 */
export function readPlanFiles(paths: string[], options: PlanReadingOptions, pool: PlanPoolOptions = {}): Promise<PlanFile[]> {
  const threads = pool.threads ?? Math.min(4, availableParallelism());
  const script = pool.script ?? WORKER_SCRIPT;
  const read = (path: string) => readPlanFile(path, options);
  if (paths.length < PARALLEL_PLANS || threads < 2 || !existsSync(script)) return Promise.resolve(paths.map(read));
  const position = new Map(paths.map((path, i) => [path, i]));
  const files: PlanFile[] = new Array(paths.length);
  return mapInParallel(paths, {
    script,
    workerData: options,
    threads,
    analyze: read,
    accept: (file: PlanFile) => void (files[position.get(file.uri)!] = file),
    useCallingThread: true,
  }).then(() => files);
}
