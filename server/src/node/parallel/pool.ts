// Reading, parsing and the document-local rules of many files, spread over worker threads. The workspace
// rules then run once, over the adopted documents, in the calling thread: the result is the same as with
// `indexWorkspace()`, only faster on more than one core.
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { LanguageService, ParsedDocument, TextSource } from '../../engine';
import { analyzeFile, type Analyzed } from './analyzeFile';
import { detachFromText, fromPortable } from './transfer';
import { WorkQueue } from './workQueue';

export interface WorkerData {
  /** The toolbox folders: a file whose real path lies outside them is not read. */
  roots?: readonly string[];
  /** The documents cross without their texts (see `ParallelOptions.textSource`); the check's job only. */
  releaseTexts?: boolean;
}
/** What a worker sends back: results in document order, and whether the chunk it was given is finished. */
export interface WorkerReport<Result = Analyzed> {
  results: Result[];
  chunkDone: boolean;
}

/**
 * The work done per file, in a worker thread (its bundle runs `serveChunks` with the same function) or in this
 * one. The check's job is the default; the build's (node/handbook/renderJob.ts) renders page bodies as well.
 */
export interface ParallelJob<Extra = unknown> {
  /** The worker bundle: beside the bundle that runs this code (dist/); absent when the TypeScript sources run (tests). */
  workerScript: string;
  /** `releaseText`: the document is taken without its text (see `ParallelOptions.textSource`); the check's job only. */
  analyze(uri: string, roots?: readonly string[], releaseText?: boolean): Analyzed<Extra>;
  /** Gives a document that crossed threads its extra result, once adopted (a method: jobs of any Extra fit). */
  adoptExtra?(document: ParsedDocument, extra: Extra): void;
}

/** The check's job: read, parse, document-local rules (dist/analyzeWorker.js). */
export const CHECK_JOB: ParallelJob<never> = { workerScript: join(__dirname, 'analyzeWorker.js'), analyze: analyzeFile };

/**
 * Below this many files, threads cost more than they save: the language server (whose heap stays small when
 * workers parse) and the build (whose workers also render the pages' bodies).
 */
export const PARALLEL_THRESHOLD = 400;
/**
 * A check alone gains less from threads on two cores: each thread compiles the parsers anew and the worker's
 * results are copied across, and since plain Markdown bodies are read line by line there is little parsing left
 * to share. One thread is as fast or faster up to about 7,500 documents (measured with one worker beside the
 * calling thread, medians of 3–4 interleaved runs: 1,000 docs 1.0 s alone vs 1.4 s; 3,000 docs 1.8 s vs 2.1 s;
 * 5,000 docs 2.6 s vs 2.8 s; 7,500 docs 3.7 s vs 3.6 s; 10,000 docs 3.9 s vs 3.8 s).
 */
export const CHECK_PARALLEL_THRESHOLD = 8000;

/**
 * Heap limits for a worker that must stay small (the check's peak; the language server's index uses INDEX_WORKER_HEAP): a worker
 * holds one batch of results and the garbage of parsing. Smaller heaps collect more often; for the check that
 * cost no measurable time. The build's rendering workers keep the default (not measured with small heaps).
 */
export const SMALL_WORKER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/**
 * The language server's index workers collect their young generation more often still: the server's peak is while
 * both read (10,000 × 11 KB, interleaved runs: 256–264 → 237–244 MiB, the index about 0.1 s longer). The check's
 * workers gain nothing from it (its peak is this thread's).
 */
export const INDEX_WORKER_HEAP = { ...SMALL_WORKER_HEAP, maxYoungGenerationSizeMb: 3 };

export interface ParallelOptions {
  threads?: number;
  /** The work per file (default: the check's); the build's also renders page bodies. */
  job?: ParallelJob;
  /** Another worker script than the job's (tests). */
  workerScript?: string;
  /** Fewer files than this are analyzed in this thread (default PARALLEL_THRESHOLD). */
  threshold?: number;
  /** Heap limits per worker; one that runs out of its heap is replaced by this thread. */
  resourceLimits?: ResourceLimits;
  /** The toolbox folders the files belong to (see `WorkerData.roots`). */
  roots?: readonly string[];
  /** Share recurring strings between the adopted documents (a long-lived index: the language server). */
  shareStrings?: boolean;
  /**
   * The check's job leaves each text behind, in the workers and in this thread, and it is read again from here
   * when something asks for it: a long-lived index (the language server's) holds the parsed documents without their
   * texts, most of its memory.
   */
  textSource?: (uri: string) => TextSource;
  /**
   * This thread takes chunks of the queue too, in place of one worker (the CLI): its share needs no copying
   * across threads and one engine less is compiled. Not for a thread that must stay responsive (the server).
   */
  useCallingThread?: boolean;
}

/**
 * Puts every document of `uris` into `service`, parsed in worker threads when there are many and the worker
 * bundle exists, in this thread otherwise.
 */
export async function analyzeInParallel(service: LanguageService, uris: string[], options: ParallelOptions = {}): Promise<void> {
  const threads = options.threads ?? Math.min(4, availableParallelism());
  const job: ParallelJob = options.job ?? CHECK_JOB;
  const script = options.workerScript ?? job.workerScript;
  const releaseTexts = options.textSource !== undefined && job === CHECK_JOB;
  // A document analysed here is taken without its text as a worker's is: its strings are copied off the text first
  // (a copy to another thread does that by itself), so that the text can go. 10,000 × 11 KB, the check: 25 MiB
  // less at the peak (the texts of this thread's half), about 0.1 s more.
  const analyze = (uri: string) => {
    const item = job.analyze(uri, options.roots, releaseTexts);
    if (releaseTexts && 'portable' in item) detachFromText(item.portable);
    return item;
  };
  if (uris.length < (options.threshold ?? PARALLEL_THRESHOLD) || threads < 2 || !existsSync(script)) {
    for (const uri of uris) adopt(service, analyze(uri), undefined, job, options.textSource);
    return;
  }
  // Strings that recur in every document (keys, kinds, headings) are shared again after crossing the threads.
  const strings = options.shareStrings ? new Map<string, string>() : undefined;
  const data: WorkerData = { roots: options.roots, releaseTexts };
  await mapInParallel(uris, {
    script,
    workerData: data,
    threads,
    analyze,
    accept: (item: Analyzed) => adopt(service, item, strings, job, options.textSource),
    useCallingThread: options.useCallingThread,
    resourceLimits: options.resourceLimits,
  });
}

/** A result of the pool's work on one file: it names the file, so that the pool knows what was delivered. */
export interface FileResult {
  uri: string;
}

/** How `mapInParallel` spreads the work: the worker bundle (running `serveChunks`) and the same work for this thread. */
export interface PoolOptions<Result extends FileResult> {
  /** The worker bundle; it calls `serveChunks` with a function that does what `analyze` does. */
  script: string;
  /** Handed to each worker as its `workerData` (structured-cloned). */
  workerData: unknown;
  threads: number;
  /** The work on one file in this thread: for the calling thread's share and for what failed workers left. */
  analyze: (uri: string) => Result;
  /** Takes each result, in this thread; a result from a worker is a structured clone. */
  accept: (result: Result) => void;
  /** This thread takes chunks too, in place of one worker (see `ParallelOptions.useCallingThread`). */
  useCallingThread?: boolean;
  resourceLimits?: ResourceLimits;
}

/**
 * Does `analyze` for every file of `uris`, on `threads` threads, and hands every result to `accept` exactly once
 * (in the order results arrive, not in the order of `uris`). A worker that fails costs time, not results.
 */
export async function mapInParallel<Result extends FileResult>(uris: string[], options: PoolOptions<Result>): Promise<void> {
  const { analyze, accept } = options;
  const queue = new WorkQueue(uris, options.threads);
  const running = new Set<Worker>();
  const workers = options.useCallingThread ? options.threads - 1 : options.threads;
  const spawn = () => new Worker(options.script, { workerData: options.workerData, resourceLimits: options.resourceLimits });
  const threadsDone = Array.from({ length: workers }, () => runWorker(spawn, queue, running, accept, analyze));
  if (options.useCallingThread) threadsDone.push(analyzeHere(queue, accept, analyze));
  try {
    await Promise.all(threadsDone);
  } catch (error) {
    // Accepting failed (an engine fault): the other workers stop too, so nothing is accepted after the caller heard of it.
    queue.abort();
    for (const worker of running) void worker.terminate();
    throw error;
  }
  // What failed workers left and nobody took up.
  for (let chunk = queue.next(); chunk; chunk = queue.next()) for (const uri of chunk) accept(analyze(uri));
}

/** Files this thread analyzes before it lets the workers' results in (a few milliseconds each). */
const CALLING_THREAD_STEP = 20;

/** This thread's part: chunks from `queue`, in short steps, so that the workers' results are accepted and their next chunks sent in between. */
async function analyzeHere<Result>(queue: WorkQueue, accept: (item: Result) => void, analyze: (uri: string) => Result): Promise<void> {
  for (let chunk = queue.next(); chunk; chunk = queue.next()) {
    for (let i = 0; i < chunk.length; i += CALLING_THREAD_STEP) {
      for (const uri of chunk.slice(i, i + CALLING_THREAD_STEP)) accept(analyze(uri));
      await new Promise((resolve) => setImmediate(resolve));
      if (queue.isAborted) return;
    }
  }
}

/**
 * One worker, fed chunks from `queue` (two at a time, so that it never waits for the next). A worker that fails
 * (out of its memory, killed) costs time, not results: the file it failed on is analyzed in the calling thread,
 * the rest of what it has not delivered goes back to the queue, for the other workers or the calling thread.
 */
function runWorker<Result extends FileResult>(
  spawn: () => Worker,
  queue: WorkQueue,
  running: Set<Worker>,
  accept: (item: Result) => void,
  analyze: (uri: string) => Result,
): Promise<void> {
  const pending = new Set<string>();
  let chunksOut = 0;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      running.delete(worker);
      // Results arrive in order, so the first file not delivered is the one the worker failed on: that one is
      // analyzed here (a file that kills workers must not take down the next one too), the rest goes back.
      const [failedOn, ...rest] = pending;
      pending.clear();
      queue.putBack(rest);
      if (failedOn === undefined || queue.isAborted) {
        resolve();
        return;
      }
      try {
        accept(analyze(failedOn));
        resolve();
      } catch (error) {
        reject(error);
      }
    };
    const first = queue.next();
    if (!first) {
      resolve();
      return;
    }
    let worker: Worker;
    try {
      worker = spawn();
    } catch {
      for (const uri of first) pending.add(uri);
      settle();
      return;
    }
    running.add(worker);
    const feed = (chunk = queue.next()) => {
      if (!chunk) return false;
      for (const uri of chunk) pending.add(uri);
      chunksOut++;
      worker.postMessage(chunk);
      return true;
    };
    worker.on('message', (report: WorkerReport<Result>) => {
      // After a failure its files went elsewhere; a batch the worker still sent must not be accepted twice.
      if (settled || queue.isAborted) return;
      try {
        for (const item of report.results) {
          accept(item);
          pending.delete(item.uri);
        }
      } catch (error) {
        // Accepting failed in this thread (an engine fault): the caller hears of it rather than waiting forever.
        settled = true;
        void worker.terminate();
        reject(error);
        return;
      }
      if (!report.chunkDone) return;
      chunksOut--;
      if (!feed() && chunksOut === 0) {
        void worker.terminate();
        settle();
      }
    });
    worker.on('error', settle);
    worker.on('exit', settle);
    // A report this thread cannot read would leave its chunk unfinished for ever: the worker is given up instead.
    worker.on('messageerror', () => {
      void worker.terminate();
      settle();
    });
    feed(first);
    feed();
  });
}

function adopt(service: LanguageService, item: Analyzed, strings: Map<string, string> | undefined, job: ParallelJob, textSource?: (uri: string) => TextSource): void {
  if ('content' in item) {
    service.update(item.uri, item.content);
    return;
  }
  const document = fromPortable(item.portable, strings, item.portable.released && textSource?.(item.uri));
  service.adopt(document, item.local, { loading: true });
  if (item.extra !== undefined) job.adoptExtra?.(document, item.extra);
}
