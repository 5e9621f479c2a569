// `werkzeugkoffer plan report plan.md [--as-of …] [--since …] [--format html|json] [--out datei] [--pdf]`: the
// Statusbericht. The engine builds it (buildStatusReport) and renders it (renderStatusPage); this file reads,
// writes and prints.
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildStatusReport, PLAN_EXPORT_FOLDER, renderStatusPage, ReportingDateError } from '../../engine';
import { writeFileAtomic } from '../../node/atomicWrite';
import { parseCommandArgs, UsageError } from '../args';
import { CommandError, loadPlan, writeExport, type Io } from './planFiles';

export const PLAN_REPORT_USAGE = `Aufruf: werkzeugkoffer plan report plan.md [optionen]

Erstellt den Statusbericht eines Maßnahmenplans: die Ampel je Maßnahme, geplant gegen tatsächlich, was sich
geändert hat, nach einer neuen Standortbestimmung das Profil damals und heute, und Handlungsempfehlungen.

  --as-of JJJJ-MM[-TT]   Stichtag (Standard: reporting.as_of des Plans, sonst heute; ein Monat zählt bis zu seinem letzten Tag)
  --since JJJJ-MM[-TT]   Änderungen seit diesem Tag (Standard: reporting.since des Plans)
  --format html|json     HTML-Seite (Standard) oder die Daten als JSON
  --out DATEI            Zieldatei (Standard: HTML nach ${PLAN_EXPORT_FOLDER}/<plan>-statusbericht.html, JSON auf die Standardausgabe); endet sie auf .pdf, wird das PDF dorthin geschrieben
  --pdf                  zusätzlich ein PDF neben der HTML-Datei (braucht Chromium)
  --toolbox ORDNER       der Werkzeugkoffer (Standard: der, in dem der Plan liegt)
`;

export async function planReport(args: string[], io: Io, today: string): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { 'as-of': { type: 'string' }, since: { type: 'string' }, format: { type: 'string', default: 'html' }, out: { type: 'string' }, pdf: { type: 'boolean', default: false }, toolbox: { type: 'string' } },
    PLAN_REPORT_USAGE,
    true,
  );
  if (values.help) {
    io.out(PLAN_REPORT_USAGE);
    return 0;
  }
  const [planPath] = positionals;
  if (!planPath) throw new UsageError('Der Plan fehlt.', PLAN_REPORT_USAGE);
  if (values.format !== 'html' && values.format !== 'json') throw new UsageError(`--format erwartet html oder json, nicht „${values.format}“.`, PLAN_REPORT_USAGE);
  if ((values.pdf || /\.pdf$/i.test(values.out ?? '')) && values.format === 'json') throw new UsageError('--pdf gibt es nur mit --format html.', PLAN_REPORT_USAGE);
  const { service, uri } = loadPlan(planPath, values.toolbox, io, 'bekommt keinen Statusbericht');
  let report;
  try {
    report = buildStatusReport(service.document(uri)!, service.index, { asOf: values['as-of'], since: values.since, today });
  } catch (error) {
    if (error instanceof ReportingDateError) throw new CommandError(`werkzeugkoffer plan report: ${error.message}`, 2);
    throw error;
  }
  if (values.format === 'json') {
    const json = `${JSON.stringify(report, null, 2)}\n`;
    if (!values.out) {
      io.out(json);
      return 0;
    }
    writeOut(resolve(values.out), json);
    io.out(`Statusbericht (JSON) geschrieben: ${relative(process.cwd(), resolve(values.out))}\n`);
    return 0;
  }
  const out = resolve(values.out ?? join(PLAN_EXPORT_FOLDER, `${basename(planPath).replace(/\.md$/i, '')}-statusbericht.html`));
  await writeExport(out, await renderStatusPage(report, service.index), values.pdf, io, 'Statusbericht');
  return 0;
}

function writeOut(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, text);
}
