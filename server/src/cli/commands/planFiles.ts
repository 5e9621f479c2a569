// What the plan commands share: loading the toolbox and a plan (refused when it has errors), and their errors.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createLanguageService, KINDS, PLAN_CONTEXT_KINDS, TOOLBOX_FOLDER, type LanguageService } from '../../engine';
import { createFileWorkspace, findToolboxRoot, pathOf, readDocument, uriOf } from '../../node/fileWorkspace';
import { formatHuman } from '../report/human';
import { fileReport } from './check';
import { localToday } from '../../node/clock';
import { writeFileAtomic } from '../../node/atomicWrite';
import { printToPdf, printWithPageNumbers } from '../../node/pdf';

export class CommandError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
  }
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

/** The toolbox folder as an absolute path; a missing one is the command's error. */
export function toolboxRoot(toolbox: string): string {
  const root = resolve(toolbox);
  if (!existsSync(root)) throw new CommandError(`Werkzeugkoffer nicht gefunden: ${toolbox}`, 2);
  return root;
}

export function loadToolbox(toolbox: string): LanguageService {
  const root = toolboxRoot(toolbox);
  const service = createLanguageService({ workspace: createFileWorkspace([root]), today: localToday });
  service.indexWorkspace();
  return service;
}

/**
 * The part of the toolbox a plan rests on (PLAN_CONTEXT_KINDS: its instruments, Eckpunkte and cases), for the plan
 * commands: the other kinds' files are not read, and every file outside the toolbox stays as unreachable as before.
 */
export function loadPlanContext(toolbox: string): LanguageService {
  const root = toolboxRoot(toolbox);
  const files = createFileWorkspace([root]);
  const folders = PLAN_CONTEXT_KINDS.map((kind) => join(root, KINDS[kind].toolboxFolder) + sep);
  const inContext = (uri: string) => folders.some((folder) => pathOf(uri).startsWith(folder));
  const service = createLanguageService({ workspace: { ...files, list: () => [...files.list()].filter(inContext) }, today: localToday });
  service.indexWorkspace();
  return service;
}

/**
 * Loads the toolbox the plan belongs to, and the plan itself; refuses a plan with errors, saying what then does not
 * happen (`refusal`), or takes it as it is when `refusal` is null (an edit that keeps every other byte needs no clean plan).
 */
export function loadPlan(planPath: string, toolbox: string | undefined, io: Io, refusal: string | null = 'wird nicht ausgegeben'): { service: LanguageService; uri: string; text: string } {
  const path = resolve(planPath);
  const content = readDocument(path);
  if ('error' in content) throw new CommandError(`${planPath}: ${content.error}`, 2);
  const root = toolbox ? resolve(toolbox) : toolboxOf(path);
  const service = loadPlanContext(root);
  const uri = uriOf(path);
  service.update(uri, content);
  const errors = service.diagnostics(uri).filter((d) => d.severity === 'error');
  if (service.document(uri)?.kind !== 'plan') {
    // A frontmatter that cannot be read (too long, broken YAML) hides its kind: say why, where, not "no plan".
    if (service.document(uri)?.kind === undefined && errors.length) {
      io.err(formatHuman([fileReport(uri, content.text, errors)]));
      throw new CommandError(`Der Kopfbereich von ${planPath} kann nicht gelesen werden; der Plan ${refusal ?? 'wird nicht bearbeitet'}.`, 1);
    }
    throw new CommandError(`${planPath} ist kein Maßnahmenplan (kind: plan).`, 2);
  }
  if (errors.length && refusal !== null) {
    io.err(formatHuman([fileReport(uri, content.text, errors)]));
    throw new CommandError(`Der Plan enthält Fehler und ${refusal}.`, 1);
  }
  return { service, uri, text: content.text };
}

/** The plan's own toolbox, else the one of the working directory. */
function toolboxOf(path: string): string {
  return findToolboxRoot(path) ?? findToolboxRoot(process.cwd()) ?? resolve(TOOLBOX_FOLDER);
}

/**
 * Writes an exported page, and its PDF when asked for one. `--out bericht.pdf` names the PDF (it implies --pdf): the
 * HTML it is printed from goes beside it as bericht.html, never into the .pdf name. A page rendered by a function
 * takes the printed page numbers of its sections into its contents.
 */
export async function writeExport(out: string, page: string | PagedRender, pdf: boolean, io: Io, label: string): Promise<void> {
  const asPdf = /\.pdf$/i.test(out);
  const htmlPath = asPdf ? out.replace(/\.pdf$/i, '.html') : out;
  mkdirSync(dirname(htmlPath), { recursive: true });
  writeFileAtomic(htmlPath, typeof page === 'string' ? page : await page());
  io.out(`${label} geschrieben: ${relative(process.cwd(), htmlPath)}\n`);
  if (!pdf && !asPdf) return;
  const pdfPath = asPdf ? out : htmlPath.replace(/\.html?$/i, '') + '.pdf';
  if (typeof page === 'string') await printToPdf(htmlPath, pdfPath);
  else await printWithPageNumbers(htmlPath, pdfPath, page);
  io.out(`PDF geschrieben: ${relative(process.cwd(), pdfPath)}\n`);
}

/** A page that can be rendered again with the printed page of each section heading. */
export type PagedRender = (pageNumbers?: ReadonlyMap<string, number>) => Promise<string>;
