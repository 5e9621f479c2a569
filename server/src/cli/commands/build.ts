// `werkzeugkoffer build [toolbox] --out dist/handbook [--pdf] [--watch] [--base-url URL]`: checks the
// toolbox with the engine's rules (exactly as `check`) and refuses to publish on any error; then writes
// the handbook, its search index and, with --pdf, the PDF of the print edition.
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Root as HastRoot } from 'hast';
import { PATHS, questionUrlMessage, questionUrlProblem, type Diagnostic, type Handbook, type LanguageService, type ParsedDocument } from '../../engine';
import { entryKind } from '../../node/fileWorkspace';
import { renderJob } from '../../node/handbook/renderJob';
import { buildSite, OutputError } from '../../node/handbook/site';
import { watchHandbook } from '../../node/handbook/watch';
import { ChromiumMissingError, findChromium, printToPdf } from '../../node/pdf';
import { parseCommandArgs, UsageError } from '../args';
import { formatHuman } from '../report/human';
import { summarize, type FileReport } from '../report/types';
import { fileReport, runCheckParallel } from './check';
import { SearchIndexError } from '../../node/handbook/pagefind';

interface Io {
  out(s: string): void;
  err(s: string): void;
}

export const BUILD_USAGE = `Aufruf: werkzeugkoffer build [werkzeugkoffer] [optionen]

Baut das Handbuch als statische Website (Standard: toolbox/ nach dist/handbook/).
Vorher laufen alle Prüfungen von „werkzeugkoffer check“; bei einem Fehler wird nichts veröffentlicht.

  --out VERZEICHNIS   Zielverzeichnis (Standard: dist/handbook)
  --base-url URL      öffentliche Adresse des Handbuchs, für sitemap.xml und die 404-Seite
  --question-url URL  Vorlage für „Frage stellen“: die Adresse eines Fragenformulars, darin {instrument}
                      als Platzhalter für den Titel des Instruments und {titel} für den Betreff der Frage
                      („Frage zum Instrument „…““), URL-kodiert, einer von beiden Pflicht; ohne sie öffnet der Link eine E-Mail an das
                      Funktionspostfach aus dem Impressum
  --pdf               zusätzlich die Druckfassung als PDF (braucht Chromium)
  --no-search         ohne Suchindex (wenn Pagefind für diese Plattform fehlt)
  --watch             Vorschau auf 127.0.0.1; nach jeder Änderung werden die betroffenen Seiten neu geschrieben
  --port N            Port der Vorschau (Standard: 4173; 0 = frei wählen)
`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

interface BuildOptions {
  toolbox: string;
  out: string;
  baseUrl?: string;
  questionUrl?: string;
  search: boolean;
  pdf: boolean;
  watch: boolean;
  port: number;
}

export async function buildCommand(args: string[], io: Io, options: { signal?: AbortSignal } = {}): Promise<number> {
  const parsed = parseBuildArgs(args, io);
  if (typeof parsed === 'number') return parsed;

  // 1. The same check as `werkzeugkoffer check`: any error stops the build, with located messages.
  const started = performance.now();
  // The check's worker threads also render the bodies of the handbook's pages.
  const renderedBodies = new WeakMap<ParsedDocument, HastRoot>();
  const result = await runCheckParallel([parsed.toolbox], process.cwd(), { job: renderJob(renderedBodies) });
  const checkMs = performance.now() - started;
  const summary = summarize(result.reports);
  const build = () => writeHandbook(result.service, parsed, renderedBodies, checkMs, io);

  if (summary.errors > 0 && !parsed.watch) {
    io.err(formatHuman(errorReports(result.reports)));
    io.err(`Das Handbuch wurde nicht gebaut: ${summary.errors} Fehler im Werkzeugkoffer. Beheben Sie ${summary.errors === 1 ? 'ihn' : 'sie'} und bauen Sie erneut.\n`);
    return 1;
  }
  if (summary.errors === 0 && summary.warnings > 0) {
    // Warnings do not stop the build; they are shown (hints only counted: `werkzeugkoffer check` lists them).
    const warnings = result.reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'warning') }));
    io.out(formatHuman(warnings));
  }

  // 2. The site, its search index and the PDF; while there are errors (only with --watch), the preview waits.
  let handbook: Handbook | undefined;
  if (summary.errors === 0) {
    handbook = await build();
    if (!handbook) return 2;
    if (parsed.pdf && !(await printEdition(parsed.out, io))) return 2;
  } else {
    io.err(formatHuman(errorReports(result.reports)));
    io.err(`${summary.errors} Fehler: Das Handbuch wird gebaut, sobald sie behoben sind.\n`);
  }
  if (!parsed.watch) return 0;

  // 3. The preview: serves the site and writes again what a change affects, until interrupted.
  const session = await watchHandbook(result.service, {
    toolbox: parsed.toolbox,
    out: parsed.out,
    port: parsed.port,
    search: parsed.search,
    handbook,
    log: (line) => io.out(`${line}\n`),
    report: (uris: string[], diagnostics: Map<string, Diagnostic[]>) => {
      io.err(formatHuman(uris.map((uri) => fileReport(uri, result.service.document(uri)?.text, diagnostics.get(uri) ?? []))));
    },
    fullBuild: build,
  });
  await untilInterrupted(options.signal);
  await session.close();
  io.out('Vorschau beendet.\n');
  return 0;
}

/** The command line, checked: the options, or the exit code after a usage message (or the help). */
function parseBuildArgs(args: string[], io: Io): BuildOptions | number {
  let parsed;
  try {
    parsed = parseCommandArgs(
      args,
      {
        out: { type: 'string', default: 'dist/handbook' },
        'base-url': { type: 'string' },
        'question-url': { type: 'string' },
        pdf: { type: 'boolean', default: false },
        'no-search': { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        port: { type: 'string', default: '4173' },
      },
      BUILD_USAGE,
      true,
    );
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message);
    throw error;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(BUILD_USAGE);
    return 0;
  }
  if (positionals.length > 1) return usage(io, 'Bitte genau einen Werkzeugkoffer angeben.');
  const toolbox = positionals[0] ?? 'toolbox';
  const stat = statSync(toolbox, { throwIfNoEntry: false });
  if (!stat) return usage(io, `Werkzeugkoffer nicht gefunden: ${toolbox}`);
  if (!stat.isDirectory()) return usage(io, `Der Werkzeugkoffer muss ein Verzeichnis sein; „${toolbox}“ ist ${entryKind(stat) ?? 'eine Datei'}.`);
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(baseUrl)) return usage(io, `--base-url erwartet eine http(s)-Adresse, nicht „${baseUrl}“.`);
  const questionUrl = values['question-url'];
  const questionProblem = questionUrl === undefined ? undefined : questionUrlProblem(questionUrl);
  if (questionProblem) return usage(io, questionUrlMessage('--question-url', questionUrl!, questionProblem));
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return usage(io, `--port erwartet eine Zahl von 0 bis 65535, nicht „${values.port}“.`);
  if (values.pdf && !findChromium()) {
    io.err(`werkzeugkoffer build: ${new ChromiumMissingError().message}\n`);
    return 2;
  }
  return { toolbox, out: resolve(values.out!), baseUrl, questionUrl, search: !values['no-search'], pdf: values.pdf!, watch: values.watch!, port };
}

/** Writes the site; undefined after a message when it could not be written (output folder, search index). */
async function writeHandbook(service: LanguageService, options: BuildOptions, renderedBodies: WeakMap<ParsedDocument, HastRoot>, checkMs: number, io: Io): Promise<Handbook | undefined> {
  try {
    const site = await buildSite(service, { out: options.out, baseUrl: options.baseUrl, questionUrl: options.questionUrl, search: options.search, renderedBodies, keepPrintParts: options.watch });
    io.out(`Handbuch gebaut: ${site.pages} Seiten in ${relative(process.cwd(), options.out) || '.'} (Prüfung ${seconds(checkMs)}, Seiten ${seconds(site.renderMs)}, Suchindex ${seconds(site.searchMs)}).\n`);
    return site.handbook;
  } catch (error) {
    if (error instanceof OutputError || error instanceof SearchIndexError) {
      io.err(`werkzeugkoffer build: ${error.message}\n`);
      return undefined;
    }
    throw error;
  }
}

/** The print edition as PDF beside the site; false after a message when Chromium failed. */
async function printEdition(out: string, io: Io): Promise<boolean> {
  const pdf = join(out, PATHS.pdf);
  try {
    await printToPdf(join(out, PATHS.print), pdf);
  } catch (error) {
    io.err(`werkzeugkoffer build: ${(error as Error).message}\n`);
    return false;
  }
  io.out(`PDF der Druckfassung: ${relative(process.cwd(), pdf)}\n`);
  return true;
}

function untilInterrupted(signal?: AbortSignal): Promise<void> {
  return new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop);
  });
}

/** The reports with their errors only: what stops the build, located like `check` locates it. */
function errorReports(reports: FileReport[]): FileReport[] {
  return reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
}

function usage(io: Io, message: string): number {
  io.err(`werkzeugkoffer build: ${message}\n\n${BUILD_USAGE}`);
  return 2;
}
