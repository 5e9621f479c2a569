// `werkzeugkoffer portfolio [pläne oder ordner…] [--out datei] [--pdf] [--format html|json] [--named] [--as-of …]`:
// the portfolio across offices (#21). The engine reads each plan into a small summary (collector) and builds and
// renders the report; this file walks the folders, reads the files, writes and prints.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createPortfolioCollector, KINDS, parseReportingDate, renderPortfolioPage, ReportingDateError, TOOLBOX_FOLDER, type PortfolioCollector } from '../../engine';
import { writeFileAtomic } from '../../node/atomicWrite';
import { localToday } from '../../node/clock';
import { findToolboxRoot, markdownFiles } from '../../node/fileWorkspace';
import { readPlanFiles, type PlanFile } from '../../node/portfolio/readPlans';
import { ChromiumMissingError, printToPdf } from '../../node/pdf';
import { parseCommandArgs, UsageError } from '../args';
import { CommandError, loadToolbox, toolboxRoot, type Io } from './planFiles';

const DEFAULT_PLANS = `${TOOLBOX_FOLDER}/${KINDS.plan.toolboxFolder}`;

export const PORTFOLIO_USAGE = `Aufruf: werkzeugkoffer portfolio [pläne oder ordner…] [optionen]

Fasst die Maßnahmenpläne vieler Behörden zusammen: wie sie sich je Kriterium einschätzen, welche Instrumente sie
planen, umsetzen, abgeschlossen oder zurückgestellt haben, und die Ampel je Bundesland. Ordner werden wie bei
check durchsucht (Standard: ${DEFAULT_PLANS}). Ohne --named erscheinen keine Namen, Verantwortlichen und Notizen,
und Zahlen unter drei Behörden werden als „< 3“ ausgegeben.

  --out DATEI            Zieldatei (Standard: HTML nach portfolio.html, JSON auf die Standardausgabe)
  --format html|json     HTML-Seite (Standard) oder die Daten als JSON
  --pdf                  zusätzlich ein PDF neben der HTML-Datei (braucht Chromium)
  --named                mit den Namen der Behörden und genauen Zahlen (nur für den internen Gebrauch)
  --as-of JJJJ-MM[-TT]   Stichtag der Ampel (Standard: heute; ein Monat zählt bis zu seinem letzten Tag)
  --toolbox ORDNER       der Werkzeugkoffer (Standard: der, in dem die Pläne liegen, sonst ${TOOLBOX_FOLDER})

Exit-Codes: 0 = Portfolio erstellt, 1 = Pläne wegen Fehlern übersprungen, 2 = Aufruf- oder interner Fehler.
`;

interface PortfolioOptions {
  format: 'html' | 'json';
  out: string | undefined;
  pdf: boolean;
  named: boolean;
  asOf: string;
  toolbox: string | undefined;
  paths: string[];
}

export async function portfolioCommand(args: string[], io: Io): Promise<number> {
  try {
    return await portfolio(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`werkzeugkoffer portfolio: ${error.message}\n\n${error.usage ?? PORTFOLIO_USAGE}`);
      return 2;
    }
    if (error instanceof CommandError || error instanceof ChromiumMissingError) {
      io.err(`werkzeugkoffer portfolio: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function portfolio(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { 'as-of': { type: 'string' }, format: { type: 'string', default: 'html' }, out: { type: 'string' }, pdf: { type: 'boolean', default: false }, named: { type: 'boolean', default: false }, toolbox: { type: 'string' } },
    PORTFOLIO_USAGE,
    true,
  );
  if (values.help) {
    io.out(PORTFOLIO_USAGE);
    return 0;
  }
  if (values.format !== 'html' && values.format !== 'json') throw new UsageError(`--format erwartet html oder json, nicht „${values.format}“.`, PORTFOLIO_USAGE);
  if (values.pdf && values.format === 'json') throw new UsageError('--pdf gibt es nur mit --format html.', PORTFOLIO_USAGE);
  const options: PortfolioOptions = {
    format: values.format,
    out: values.out as string | undefined,
    pdf: values.pdf === true,
    named: values.named === true,
    asOf: reportingDay(values['as-of'] as string | undefined),
    toolbox: values.toolbox as string | undefined,
    paths: positionals.length ? positionals : [DEFAULT_PLANS],
  };
  return runPortfolio(options, io);
}

function reportingDay(value: string | undefined): string {
  if (value === undefined) return localToday();
  try {
    return parseReportingDate(value);
  } catch (error) {
    if (error instanceof ReportingDateError) throw new UsageError(error.message, PORTFOLIO_USAGE);
    throw error;
  }
}

async function runPortfolio(options: PortfolioOptions, io: Io): Promise<number> {
  const absolute = options.paths.map((p) => resolve(p));
  const missing = options.paths.filter((_, i) => !existsSync(absolute[i]!));
  if (missing.length) throw new UsageError(`Pfad nicht gefunden: ${missing.join(', ')}`, PORTFOLIO_USAGE);
  const toolbox = toolboxRoot(options.toolbox ?? findToolboxRoot(absolute[0]!) ?? findToolboxRoot(process.cwd()) ?? TOOLBOX_FOLDER);
  const files = [...new Set(absolute.flatMap((path) => markdownFiles(path)))];
  // The plans are read (in worker threads) while this thread loads the toolbox their ids are matched with.
  const reading = readPlanFiles(files, { asOf: options.asOf, named: options.named });
  const service = loadToolbox(toolbox);
  const collector = createPortfolioCollector(service.index, service.schemas, { asOf: options.asOf, named: options.named });
  const explicit = new Set(absolute);
  for (const file of await reading) addInto(collector, file, explicit.has(file.uri), io);
  const report = collector.report();
  const code = report.skipped > 0 ? 1 : 0;
  if (options.format === 'json') {
    const json = `${JSON.stringify(report, null, 2)}\n`;
    if (!options.out) io.out(json);
    else written(io, 'Portfolio (JSON) geschrieben', writeOut(options.out, json));
    return code;
  }
  const out = writeOut(options.out ?? 'portfolio.html', await renderPortfolioPage(report));
  written(io, 'Portfolio geschrieben', out);
  if (options.pdf) {
    const pdf = out.replace(/\.html?$/i, '') + '.pdf';
    await printToPdf(out, pdf);
    written(io, 'PDF geschrieben', pdf);
  }
  return code;
}

/** Adds one file to the portfolio; a file that cannot be read or does not pass is named with its location and skipped. */
function addInto(collector: PortfolioCollector, file: PlanFile, named: boolean, io: Io): void {
  const where = relative(process.cwd(), file.uri) || file.uri;
  if ('unreadable' in file) {
    collector.skip();
    // The reader's message says already that the file is left out („… und wird übersprungen.“).
    io.err(`${where}: ${file.unreadable}\n`);
    return;
  }
  const result = collector.addReading(file.reading);
  if ('problem' in result) {
    const position = result.line ? `:${result.line}:${result.column ?? 1}` : '';
    io.err(`${where}${position}: ${result.problem} Der Plan wird übersprungen.\n`);
  } else if ('notPlan' in result && named) {
    collector.skip();
    io.err(`${where}: Die Datei ist kein Maßnahmenplan (kind: plan) und wird übersprungen.\n`);
  }
}

function writeOut(path: string, text: string): string {
  const absolute = resolve(path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileAtomic(absolute, text);
  return absolute;
}

function written(io: Io, what: string, path: string): void {
  io.out(`${what}: ${relative(process.cwd(), path)}\n`);
}
