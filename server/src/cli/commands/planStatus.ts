// `werkzeugkoffer plan status plan.md <instrument> <status> [--date JJJJ-MM-TT] [--note "…"]`: appends a dated
// update to one measure. The engine's appendUpdate does the edit (every other byte stays); this file reads,
// checks the arguments against the plan and the vocabulary, and writes atomically.
import { relative, resolve } from 'node:path';
import { AppendUpdateError, appendUpdate, checkMeasureUpdate, dateLabel, MEASURE_STATUS, MEASURE_STATUSES, isDay, PlanInputError, quoted, type MeasureStatus, type MeasureUpdate } from '../../engine';
import { rewriteTextFile } from '../../node/atomicWrite';
import { parseCommandArgs, UsageError } from '../args';
import { CommandError, loadPlan, type Io } from './planFiles';

export const PLAN_STATUS_USAGE = `Aufruf: werkzeugkoffer plan status plan.md <instrument> <status> [optionen]

Trägt bei einer Maßnahme einen datierten Stand ein (unter „updates“); alles andere im Plan bleibt, wie es ist.

  <instrument>       die Kennung des Instruments der Maßnahme
  <status>           ${MEASURE_STATUSES.join(', ')}
  --date JJJJ-MM-TT  Datum des Eintrags (Standard: heute)
  --note "…"         was geschehen ist oder entschieden wurde
  --toolbox ORDNER   der Werkzeugkoffer (Standard: der, in dem der Plan liegt)
`;

export function planStatus(args: string[], io: Io, today: string): number {
  const { values, positionals } = parseCommandArgs(args, { date: { type: 'string' }, note: { type: 'string' }, toolbox: { type: 'string' } }, PLAN_STATUS_USAGE, true);
  if (values.help) {
    io.out(PLAN_STATUS_USAGE);
    return 0;
  }
  const [planPath, instrument, status, ...extra] = positionals;
  if (!planPath || !instrument || !status) throw new UsageError('Plan, Instrument und Status sind Pflicht.', PLAN_STATUS_USAGE);
  if (extra.length) throw new UsageError(`Zu viele Angaben: ${extra.map((e) => quoted(e)).join(', ')} (eine Notiz gehört hinter --note "…").`, PLAN_STATUS_USAGE);
  if (!(MEASURE_STATUSES as readonly string[]).includes(status)) throw new CommandError(`Unbekannter Status ${quoted(status)}; erlaubt: ${MEASURE_STATUSES.join(', ')}.`, 2);
  const date = values.date ?? today;
  if (!isDay(date)) throw new CommandError(`--date erwartet ein Datum im Format JJJJ-MM-TT, nicht ${quoted(date)}.`, 2);
  const { service, uri, text } = loadPlan(planPath, values.toolbox, io, null);
  const measures = (service.document(uri)?.data?.measures ?? []) as { instrument?: unknown }[];
  if (!measures.some((m) => m?.instrument === instrument)) {
    const known = measures.map((m) => m?.instrument).filter((i): i is string => typeof i === 'string');
    throw new CommandError(`Der Plan hat keine Maßnahme zum Instrument ${quoted(instrument)}; im Plan: ${known.join(', ') || 'keine'}.`, 2);
  }
  const entry = checkedUpdate(service.schemas, { date, status: status as MeasureStatus, ...(values.note !== undefined ? { note: values.note } : {}) });
  let next: string;
  try {
    next = appendUpdate(text, instrument, entry);
  } catch (error) {
    if (error instanceof AppendUpdateError) throw new CommandError(`${planPath}: ${error.message}`, 1);
    throw error;
  }
  rewriteTextFile(resolve(planPath), next);
  io.out(`${relative(process.cwd(), resolve(planPath))}: ${quoted(instrument)} am ${dateLabel(date)} ${MEASURE_STATUS[status] ?? status}${values.note ? ` – ${values.note}` : ''}${/[.!?]$/.test(values.note ?? '') ? '' : '.'}\n`);
  return 0;
}

/** The entry as the plan's schema allows it (the editor's command checks the same), else exit code 2. */
function checkedUpdate(schemas: Parameters<typeof checkMeasureUpdate>[0], entry: MeasureUpdate): MeasureUpdate {
  try {
    return checkMeasureUpdate(schemas, entry);
  } catch (error) {
    if (error instanceof PlanInputError) throw new CommandError(error.message, 2);
    throw error;
  }
}
