// Reading, parsing and the document-local rules of many files, spread over worker threads. The workspace
// rules then run once, over the adopted documents, in the calling thread: the result is the same as with
// `indexWorkspace()`, only faster on more than one core.
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { analyzeDocument, fromPortable, toPortable, MAX_DOCUMENT_LENGTH, type Diagnostic, type DocumentContent, type LanguageService, type ParsedDocument, type PortableDocument } from '../engine';
import { documentPath } from '../engine/handbook/routes';
import { renderMarkdownTree, withoutPositions } from '../engine/render/markdown';
import { pathOf, readDocument } from './fileWorkspace';

export type Analyzed = { uri: string; portable: PortableDocument; local: Diagnostic[]; rendered?: HastRoot } | { uri: string; content: DocumentContent };
export interface WorkerData {
  renderBodies: boolean;
  /** The toolbox folders: a file whose real path lies outside them is not read. */
  roots?: readonly string[];
}
/** What a worker sends back: results in document order, and whether the chunk it was given is finished. */
export interface WorkerReport {
  results: Analyzed[];
  chunkDone: boolean;
}
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
 * Reads, parses and checks one file on its own: the work of a worker thread. With `renderBodies` (the build),
 * a document that becomes a handbook page also has its body rendered, from the tree the check parsed.
 */
export function analyzeFile(uri: string, renderBodies = false, roots?: readonly string[]): Analyzed {
  const content = readDocument(pathOf(uri), roots);
  if ('error' in content || content.text.length > MAX_DOCUMENT_LENGTH) return { uri, content };
  // Only the build needs the tree: without it the body is read line by line or from the parser's events, much faster.
  let tree: MdastRoot | undefined;
  const keepTree = renderBodies ? (parsed: MdastRoot) => (tree = parsed) : undefined;
  const { document, local } = analyzeDocument(uri, content.text, undefined, keepTree);
  // A body over the Markdown budget (WK106) is not rendered either: remark's reading is the one the budget avoids.
  const rendered = renderBodies && documentPath(document) && !document.body.unread ? withoutPositions(renderMarkdownTree(content.text.slice(document.split.bodyStart), tree)) : undefined;
  return { uri, portable: toPortable(document), local, ...(rendered && { rendered }) };
}

/**
 * Heap limits for a worker that must stay small (the language server's memory budget): a worker holds one
 * batch of results and the garbage of parsing. Smaller heaps collect more often, so the CLI does without.
 */
export const SMALL_WORKER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/** The worker bundle: beside the bundle that runs this code (dist/); absent when the TypeScript sources run (tests). */
const WORKER_SCRIPT = join(__dirname, 'analyzeWorker.js');

export interface ParallelOptions {
  threads?: number;
  /** Another worker script (tests). */
  workerScript?: string;
  /** Fewer files than this are analyzed in this thread (default PARALLEL_THRESHOLD). */
  threshold?: number;
  /** Heap limits per worker; one that runs out of its heap is replaced by this thread. */
  resourceLimits?: ResourceLimits;
  /** The toolbox folders the files belong to (see `WorkerData.roots`). */
  roots?: readonly string[];
  /** Share recurring strings between the adopted documents (a long-lived index: the language server). */
  shareStrings?: boolean;
  /** Collects the bodies the workers rendered for the handbook, keyed by the adopted document (the build). */
  renderedBodies?: WeakMap<ParsedDocument, HastRoot>;
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
  const script = options.workerScript ?? WORKER_SCRIPT;
  if (uris.length < (options.threshold ?? PARALLEL_THRESHOLD) || threads < 2 || !existsSync(script)) {
    for (const uri of uris) adopt(service, analyzeFile(uri, false, options.roots));
    return;
  }
  // Strings that recur in every document (keys, kinds, headings) are shared again after crossing the threads.
  const strings = options.shareStrings ? new Map<string, string>() : undefined;
  const adoptHere = (item: Analyzed) => adopt(service, item, strings, options.renderedBodies);
  const queue = new WorkQueue(uris, threads);
  const data: WorkerData = { renderBodies: options.renderedBodies !== undefined, roots: options.roots };
  const running = new Set<Worker>();
  const workers = options.useCallingThread ? threads - 1 : threads;
  const jobs = Array.from({ length: workers }, () => runWorker(script, data, queue, running, adoptHere, options.resourceLimits));
  if (options.useCallingThread) jobs.push(analyzeHere(queue, data, adoptHere));
  try {
    await Promise.all(jobs);
  } catch (error) {
    // Adopting failed (an engine fault): the other workers stop too, so nothing is adopted after the caller heard of it.
    queue.abort();
    for (const worker of running) void worker.terminate();
    throw error;
  }
  // What failed workers left and nobody took up.
  for (let chunk = queue.next(); chunk; chunk = queue.next()) for (const uri of chunk) adoptHere(analyzeFile(uri, data.renderBodies, data.roots));
}

/**
 * Hands out the files in chunks as the workers ask for them, so that one that is slower (a busier core, longer
 * files) takes fewer: the chunks shrink towards the end and the workers finish together.
 */
export class WorkQueue {
  private position = 0;
  private aborted = false;
  /** Files a failed worker did not deliver: handed out again before the rest. */
  private readonly returned: string[][] = [];

  constructor(
    private readonly uris: string[],
    private readonly threads: number,
    private readonly largest = 250,
    private readonly smallest = 20,
  ) {}

  get isAborted(): boolean {
    return this.aborted;
  }

  /** Hands out nothing more. */
  abort(): void {
    this.aborted = true;
  }

  /** Takes back files that were handed out but not analyzed. */
  putBack(uris: Iterable<string>): void {
    const chunk = [...uris];
    if (chunk.length > 0 && !this.aborted) this.returned.push(chunk);
  }

  next(): string[] | undefined {
    if (this.aborted) return undefined;
    const returned = this.returned.shift();
    if (returned) return returned;
    const remaining = this.uris.length - this.position;
    if (remaining <= 0) return undefined;
    const size = Math.min(remaining, Math.max(this.smallest, Math.min(this.largest, Math.ceil(remaining / (this.threads * 4)))));
    return this.uris.slice(this.position, (this.position += size));
  }
}

/** Files this thread analyzes before it lets the workers' results in (a few milliseconds each). */
const CALLING_THREAD_STEP = 20;

/** This thread's part: chunks from `queue`, in short steps, so that the workers' results are adopted and their next chunks sent in between. */
async function analyzeHere(queue: WorkQueue, data: WorkerData, adoptHere: (item: Analyzed) => void): Promise<void> {
  for (let chunk = queue.next(); chunk; chunk = queue.next()) {
    for (let i = 0; i < chunk.length; i += CALLING_THREAD_STEP) {
      for (const uri of chunk.slice(i, i + CALLING_THREAD_STEP)) adoptHere(analyzeFile(uri, data.renderBodies, data.roots));
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
function runWorker(script: string, data: WorkerData, queue: WorkQueue, running: Set<Worker>, adoptHere: (item: Analyzed) => void, resourceLimits?: ResourceLimits): Promise<void> {
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
        adoptHere(analyzeFile(failedOn, data.renderBodies, data.roots));
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
      worker = new Worker(script, { workerData: data, resourceLimits });
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
    worker.on('message', (report: WorkerReport) => {
      // After a failure its files went elsewhere; a batch the worker still sent must not be adopted twice.
      if (settled || queue.isAborted) return;
      try {
        for (const item of report.results) {
          adoptHere(item);
          pending.delete(item.uri);
        }
      } catch (error) {
        // Adopting failed in this thread (an engine fault): the caller hears of it rather than waiting forever.
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

function adopt(service: LanguageService, item: Analyzed, strings?: Map<string, string>, renderedBodies?: WeakMap<ParsedDocument, HastRoot>): void {
  if ('content' in item) {
    service.update(item.uri, item.content);
    return;
  }
  const document = fromPortable(item.portable, strings);
  service.adopt(document, item.local, { loading: true });
  if (item.rendered) renderedBodies?.set(document, item.rendered);
}
