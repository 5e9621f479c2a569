// `werkzeugkoffer check [paths…]`: runs every rule of the engine over the toolbox and reports in one of four formats.
import { existsSync, lstatSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { createLanguageService, TextChangedError, type Diagnostic, type LanguageService } from '../../engine';
import { createFileWorkspace, entryKind, listedUnder, markdownFiles, pathOf, readDocument, toolboxRootOrFolder, uriOf } from '../../node/fileWorkspace';
import { analyzeInParallel, CHECK_PARALLEL_THRESHOLD, PARALLEL_THRESHOLD, SMALL_WORKER_HEAP, type ParallelJob } from '../../node/parallel/pool';
import { formatGithub } from '../report/github';
import { formatHuman } from '../report/human';
import { formatJson } from '../report/json';
import { formatSarif } from '../report/sarif';
import { summarize, type FileReport } from '../report/types';
import { localToday } from '../../node/clock';

export type CheckFormat = 'human' | 'json' | 'sarif' | 'github';
export const CHECK_FORMATS: CheckFormat[] = ['human', 'json', 'sarif', 'github'];

export interface CheckResult {
  reports: FileReport[];
  errors: number;
  service: LanguageService;
}

/** Runs the engine over `paths` in this thread; reports cover only the files under `paths`, with the whole toolbox indexed. */
export function runCheck(paths: string[], cwd = process.cwd()): CheckResult {
  const { service, absolute, roots } = prepare(paths, cwd);
  service.indexWorkspace();
  return report(service, absolute, roots, cwd, true);
}

export interface CheckOptions {
  /** The work per file in the worker threads (the build's renders page bodies too); default the check's. */
  job?: ParallelJob;
  /** The reports carry the texts of files with findings, for the human format's excerpts (default true). */
  excerpts?: boolean;
}

/** The same check, with reading and parsing spread over worker threads for large toolboxes (the CLI's way). */
export async function runCheckParallel(paths: string[], cwd = process.cwd(), { job, excerpts = true }: CheckOptions = {}): Promise<CheckResult> {
  const { service, absolute, roots } = prepare(paths, cwd);
  const listed = new Map(roots.map((root) => [root, markdownFiles(root)]));
  // Workers that do more per file than the check (the build's render its bodies) pay off sooner. The check's own
  // workers hold little between batches: small heaps keep the peak lower (10,000 × 11 KB: 430–460 → 386–389 MB RSS)
  // at no cost in time; the build's, which render, keep the default heap.
  await analyzeInParallel(service, [...listed.values()].flat().map(uriOf), {
    job,
    roots,
    useCallingThread: true,
    threshold: job ? PARALLEL_THRESHOLD : CHECK_PARALLEL_THRESHOLD,
    resourceLimits: job ? undefined : SMALL_WORKER_HEAP,
    // The texts the workers read are left behind (10,000 × 11 KB: a sixth of the peak): the report reads again
    // only those of files with findings, for their excerpts. The build's pages need theirs.
    textSource: job ? undefined : (uri) => ({ read: () => textOnDisk(uri, roots) }),
  });
  return report(service, absolute, roots, cwd, excerpts, listed);
}

function textOnDisk(uri: string, roots: readonly string[]): string | undefined {
  const content = readDocument(pathOf(uri), roots);
  return 'text' in content ? content.text : undefined;
}

function prepare(paths: string[], cwd: string) {
  const absolute = paths.map((p) => resolve(cwd, p));
  const roots = [...new Set(absolute.map((path) => toolboxRootOrFolder(path)))];
  return { service: createLanguageService({ workspace: createFileWorkspace(roots), today: localToday }), absolute, roots };
}

/** `listed`: the files of each root as the analysis listed them, taken again rather than walked (10,000 files: 40 ms). */
function report(service: LanguageService, absolute: string[], roots: string[], cwd: string, excerpts: boolean, listed?: Map<string, string[]>): CheckResult {
  // A folder named on the command line may hold the toolbox (a repository): only its toolbox's files are reported.
  const inToolbox = (file: string) => roots.some((root) => file === root || file.startsWith(`${root}${sep}`));
  const filesOf = (path: string) => (listed && roots.length === 1 ? listedUnder(path, roots[0]!, listed.get(roots[0]!)!) : undefined) ?? markdownFiles(path);
  const requested = new Set(absolute.flatMap(filesOf).filter(inToolbox).map(uriOf));
  // A path named like a document that is not a readable file (a directory called x.md) is reported, not ignored.
  for (const path of absolute) {
    if (path.toLowerCase().endsWith('.md') && statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      service.update(uriOf(path), readDocument(path));
      requested.add(uriOf(path));
    }
  }
  const reports = [...requested].sort().map((uri) => {
    const diagnostics = service.diagnostics(uri);
    return fileReport(uri, excerpts && diagnostics.length ? excerptText(service, uri) : undefined, diagnostics, cwd);
  });
  return { reports, errors: summarize(reports).errors, service };
}

/**
 * The text the excerpts of a file's findings are cut from: the one analysed. A file changed on disk since then has
 * its findings reported without excerpts, rather than with lines of another text.
 */
function excerptText(service: LanguageService, uri: string): string | undefined {
  try {
    return service.document(uri)?.text;
  } catch (error) {
    if (error instanceof TextChangedError) return undefined;
    throw error;
  }
}

/** One file's findings as the CLI reports them: paths relative to the working directory, in document order. */
export function fileReport(uri: string, text: string | undefined, diagnostics: Diagnostic[], cwd = process.cwd()): FileReport {
  return {
    file: relative(cwd, pathOf(uri)) || pathOf(uri),
    text,
    diagnostics: sortDiagnostics(diagnostics).map((d) => ({ ...d, related: d.related?.map((r) => ({ ...r, uri: relative(cwd, pathOf(r.uri)) })) })),
  };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
}

export function formatReports(reports: FileReport[], format: CheckFormat, version: string, color = false): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, version);
    case 'github':
      return formatGithub(reports);
    default:
      return formatHuman(reports, { color });
  }
}

export function missingPaths(paths: string[], cwd = process.cwd()): string[] {
  return paths.filter((p) => !existsSync(resolve(cwd, p)) && !lstatSync(resolve(cwd, p), { throwIfNoEntry: false }));
}

/**
 * Why a path named on the command line cannot be checked: it is neither a folder nor a regular file (a FIFO, a
 * device, a socket, also behind a link), or it is a folder named like a document. One German line per path.
 */
export function unusablePaths(paths: string[], cwd = process.cwd()): string[] {
  return paths.flatMap((p) => {
    const stat = statSync(resolve(cwd, p), { throwIfNoEntry: false });
    if (!stat) return [];
    if (stat.isDirectory()) return p.toLowerCase().replace(/[\\/]+$/, '').endsWith('.md') ? [`„${p}“ ist ein Verzeichnis, keine Markdown-Datei.`] : [];
    const kind = entryKind(stat);
    return kind ? [`„${p}“ ist ${kind}, keine reguläre Datei; geprüft werden nur Markdown-Dateien und Ordner.`] : [];
  });
}
