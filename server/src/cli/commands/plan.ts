// `werkzeugkoffer plan new|render|update`: the consultant's commands. They read files, call the engine's
// plan builder and plan view, and write atomically; every decision is the engine's.
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { buildPlan, CAPACITY, draftEdition, PLAN_EXPORT_FOLDER, monthLabel, QUICK_WIN, quoted, criteriaOf, handbookLinks, isValidId, LIMIT, planDocumentText, PlanUpdateError, readAssessmentFile, renderPlanPage, updatePlan, type Agency, type LanguageService } from '../../engine';
import { rewriteTextFile, writeFileAtomic } from '../../node/atomicWrite';
import { readDocument, uriOf } from '../../node/fileWorkspace';
import { ChromiumMissingError } from '../../node/pdf';
import { parseCommandArgs, unknownCommandMessage, UsageError } from '../args';
import { formatHuman } from '../report/human';
import { fileReport } from './check';
import { CommandError, loadPlan, loadPlanContext, writeExport, type Io } from './planFiles';
import { planReport } from './planReport';
import { planStatus } from './planStatus';
import { localToday } from '../../node/clock';

const PLAN_NEW_USAGE = `Aufruf: werkzeugkoffer plan new --assessment bewertung.yaml --out plan.md [optionen]

Legt aus einer Standortbestimmung (Bewertungsdatei) einen Maßnahmenplan an und prüft ihn, bevor er geschrieben wird.

  --assessment DATEI   die Bewertungsdatei (Pflicht)
  --out DATEI          der neue Plan (Pflicht; der Dateiname ohne .md wird seine Kennung)
  --agency "Name"      Name der Behörde (sonst agency.name aus der Bewertungsdatei)
  --bundesland Land    Bundesland (sonst agency.bundesland aus der Bewertungsdatei)
  --start JJJJ-MM      Beginn der ersten Maßnahmen (Standard: nächster Monat)
  --capacity N         höchstens so viele Maßnahmen gleichzeitig (Standard: ${CAPACITY.default})
  --limit N            höchstens so viele Maßnahmen (Standard: ${LIMIT.default}; 0 = alle Instrumente mit Bedarf)
  --title "…"          Titel des Plans
  --author "…"         beratende Stelle, die den Plan erarbeitet (für das Deckblatt; keine Privatperson)
  --toolbox ORDNER     der Werkzeugkoffer (Standard: toolbox)
  --force              einen vorhandenen Plan überschreiben (sonst: plan update)
`;

const PLAN_RENDER_USAGE = `Aufruf: werkzeugkoffer plan render plan.md [optionen]

Gibt einen Plan als eigenständige, druckbare HTML-Datei aus, mit --pdf auch als PDF (braucht Chromium).

  --out DATEI            Zieldatei (Standard: ${PLAN_EXPORT_FOLDER}/<plan>.html); endet sie auf .pdf, wird das PDF dorthin geschrieben
  --pdf                  zusätzlich ein PDF neben der HTML-Datei
  --handbook-url URL     Adresse des veröffentlichten Handbuchs für die Links (sonst keine Links ins Handbuch)
  --toolbox ORDNER       der Werkzeugkoffer (Standard: der, in dem der Plan liegt)
`;

const PLAN_UPDATE_USAGE = `Aufruf: werkzeugkoffer plan update plan.md --assessment neue-bewertung.yaml [optionen]

Berechnet einen Plan nach einer neuen Bewertung neu, zeigt die Änderungen als Diff und behält alles, was von Hand
geändert wurde.

  --assessment DATEI   die neue Bewertungsdatei (Pflicht)
  --dry-run            nur zeigen, nichts schreiben
  --toolbox ORDNER     der Werkzeugkoffer (Standard: der, in dem der Plan liegt)
`;

const PLAN_USAGE = `Aufruf:
  werkzeugkoffer plan new --agency "Name der Behörde" --assessment bewertung.yaml [--bundesland Land] [--start JJJJ-MM] [--capacity N] [--limit N] [--title "…"] [--author "…"] [--toolbox toolbox] --out plan.md [--force]
  werkzeugkoffer plan render plan.md [--out ${PLAN_EXPORT_FOLDER}/plan.html] [--pdf] [--handbook-url https://…/handbuch/] [--toolbox toolbox]
  werkzeugkoffer plan update plan.md --assessment neue-bewertung.yaml [--dry-run] [--toolbox toolbox]
  werkzeugkoffer plan status plan.md <instrument> <status> [--date JJJJ-MM-TT] [--note "…"] [--toolbox toolbox]
  werkzeugkoffer plan report plan.md [--as-of JJJJ-MM[-TT]] [--since JJJJ-MM[-TT]] [--format html|json] [--out datei] [--pdf] [--toolbox toolbox]

Hilfe zu einem Unterbefehl: werkzeugkoffer plan new --help (ebenso render, update, status, report).
`;

function readAssessment(path: string, service: LanguageService) {
  const content = readDocument(resolve(path));
  if ('error' in content) throw new CommandError(`${path}: ${content.error}`, 2);
  const file = readAssessmentFile(content.text, criteriaOf(service.index), service.schemas);
  if (file.problems.length) {
    const lines = file.problems.map((p) => `${path}:${p.range.start.line + 1}:${p.range.start.character + 1} Fehler ${p.message}`);
    throw new CommandError(lines.join('\n'), 1);
  }
  return file;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const PLAN_SUBCOMMANDS = ['new', 'render', 'update', 'status', 'report'];

export async function planCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(PLAN_USAGE);
    return 0;
  }
  try {
    switch (sub) {
      case 'new':
        return planNew(rest, io);
      case 'render':
        return await planRender(rest, io);
      case 'update':
        return planUpdate(rest, io);
      case 'status':
        return planStatus(rest, io, localToday());
      case 'report':
        return await planReport(rest, io, localToday());
      default:
        io.err(`werkzeugkoffer plan: ${unknownCommandMessage('Unterbefehl', sub, PLAN_SUBCOMMANDS)}\n\n${PLAN_USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof CommandError) {
      io.err(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof PlanUpdateError || error instanceof ChromiumMissingError) {
      io.err(`werkzeugkoffer plan: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.err(`werkzeugkoffer plan ${sub}: ${error.message}\n\n${error.usage ?? PLAN_USAGE}`);
      return 2;
    }
    throw error;
  }
}

function planNew(args: string[], io: Io): number {
  const { values } = parseCommandArgs(
    args,
    {
      agency: { type: 'string' },
      assessment: { type: 'string' },
      bundesland: { type: 'string' },
      start: { type: 'string' },
      capacity: { type: 'string' },
      limit: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string' },
      toolbox: { type: 'string', default: 'toolbox' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    PLAN_NEW_USAGE,
  );
  if (values.help) {
    io.out(PLAN_NEW_USAGE);
    return 0;
  }
  if (!values.assessment || !values.out) throw new UsageError('--assessment und --out sind Pflicht.', PLAN_NEW_USAGE);
  const start = values.start ?? nextMonth();
  if (!MONTH.test(start)) throw new CommandError(`--start erwartet einen Monat im Format JJJJ-MM, nicht „${start}“.`, 2);
  const capacity = values.capacity === undefined ? CAPACITY.default : Number(values.capacity);
  if (!Number.isInteger(capacity) || capacity < CAPACITY.min || capacity > CAPACITY.max) throw new CommandError(`--capacity erwartet eine ganze Zahl von ${CAPACITY.min} bis ${CAPACITY.max}.`, 2);
  // 0 proposes every instrument with a need, as the extension's setting does.
  const limit = values.limit === undefined ? LIMIT.default : Number(values.limit);
  if (!Number.isInteger(limit) || (limit !== 0 && (limit < LIMIT.min || limit > LIMIT.max))) throw new CommandError(`--limit erwartet eine ganze Zahl von ${LIMIT.min} bis ${LIMIT.max} (oder 0 für alle Instrumente mit Bedarf).`, 2);
  const out = resolve(values.out);
  if (existsSync(out) && !values.force) throw new CommandError(`${values.out} gibt es schon. Zum Aktualisieren: „werkzeugkoffer plan update“; zum Überschreiben: --force.`, 2);

  const service = loadPlanContext(values.toolbox!);
  const file = readAssessment(values.assessment, service);
  const agency: Agency = { ...(file.agency ?? {}), name: values.agency ?? String(file.agency?.name ?? ''), bundesland: values.bundesland ?? String(file.agency?.bundesland ?? '') } as Agency;
  if (!agency.name) throw new CommandError('Der Name der Behörde fehlt: --agency "…" oder agency.name in der Bewertungsdatei.', 2);
  if (!agency.bundesland) throw new CommandError('Das Bundesland fehlt: --bundesland "…" oder agency.bundesland in der Bewertungsdatei.', 2);
  // The id is the file name, as for every document; a name that is no valid id falls back to one from the agency.
  const stem = basename(out).replace(/\.md$/i, '');
  const id = isValidId(stem) ? stem : undefined;
  const today = localToday();
  const edition = draftEdition(today, values.author?.trim() || undefined);
  const { plan, proposal } = buildPlan({ agency, assessed: file.assessed ?? today, assessment: file.assessment, start, capacity, limit: limit || undefined, id, title: values.title, edition }, service.index);
  const text = planDocumentText(plan);

  // The generated plan is checked by the same rules as every document before it is written.
  const uri = uriOf(out);
  service.update(uri, { text });
  const findings = service.diagnostics(uri).filter((d) => d.severity === 'error');
  if (findings.length) {
    io.err(formatHuman([fileReport(uri, text, findings)]));
    throw new CommandError('Der erzeugte Plan ist nicht gültig; er wurde nicht geschrieben.', 1);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileAtomic(out, text);
  const quickWins = proposal.measures.filter((m) => m.quickWin).map((m) => quoted(m.instrument.title));
  const titleOf = (id: string) => quoted(proposal.ranked.find((r) => r.instrument.id === id)?.instrument.title ?? id);
  io.out(`Maßnahmenplan geschrieben: ${relative(process.cwd(), out)}\n`);
  io.out(`  ${proposal.measures.length} Maßnahmen ab ${monthLabel(start)}, höchstens ${capacity} gleichzeitig; ${proposal.needs.scored.length} Kriterien bewertet.\n`);
  if (quickWins.length) io.out(`  ${quickWins.length === 1 ? QUICK_WIN.one : QUICK_WIN.many}: ${quickWins.join(', ')}\n`);
  if (proposal.needs.open.length) io.out(`  Noch zu klären (nicht bewertet):\n${proposal.needs.open.map((c) => `    – ${c.text}\n`).join('')}`);
  for (const cycle of proposal.cycles) io.out(`  Hinweis: zirkuläre Voraussetzung ${cycle.map(titleOf).join(' → ')} (im Werkzeugkoffer beheben).\n`);
  return 0;
}

async function planRender(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { out: { type: 'string' }, pdf: { type: 'boolean', default: false }, 'handbook-url': { type: 'string' }, toolbox: { type: 'string' } },
    PLAN_RENDER_USAGE,
    true,
  );
  if (values.help) {
    io.out(PLAN_RENDER_USAGE);
    return 0;
  }
  const [planPath] = positionals;
  if (!planPath) throw new UsageError('Der Plan fehlt.', PLAN_RENDER_USAGE);
  // A handed-over file keeps only links that work anywhere: to the published handbook, or none.
  const base = values['handbook-url'];
  if (base !== undefined && !/^https?:\/\/[^\s/]+/i.test(base)) throw new CommandError(`--handbook-url erwartet die Adresse des veröffentlichten Handbuchs (https://…), nicht „${base}“.`, 2);
  const { service, uri } = loadPlan(planPath, values.toolbox, io);
  const out = resolve(values.out ?? join(PLAN_EXPORT_FOLDER, `${basename(planPath).replace(/\.md$/i, '')}.html`));
  const handbookUrl = base ? handbookLinks(base) : undefined;
  await writeExport(out, (pageNumbers) => renderPlanPage(service.document(uri)!, service.index, { handbookUrl, pageNumbers }), values.pdf, io, 'Plan-Ansicht');
  return 0;
}

function planUpdate(args: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(args, { assessment: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, toolbox: { type: 'string' } }, PLAN_UPDATE_USAGE, true);
  if (values.help) {
    io.out(PLAN_UPDATE_USAGE);
    return 0;
  }
  const [planPath] = positionals;
  if (!planPath || !values.assessment) throw new UsageError('Plan und --assessment sind Pflicht.', PLAN_UPDATE_USAGE);
  // A plan with errors (capacity 0, month 13) is refused with the check's messages: a re-generation from
  // nonsense would only write a nonsense diff.
  const { service, text } = loadPlan(planPath, values.toolbox, io, 'wird nicht aktualisiert');
  const file = readAssessment(values.assessment, service);
  const result = updatePlan(text, file.assessment, service.index, { assessed: file.assessed });
  const name = relative(process.cwd(), resolve(planPath));
  if (result.text === text) {
    io.out('Keine Änderungen.\n');
    return 0;
  }
  io.out(`${result.changes.map((c) => `• ${c.text}`).join('\n')}\n\n`);
  io.out(createTwoFilesPatch(`a/${name}`, `b/${name}`, text, result.text, '', '', { context: 2 }));
  if (values['dry-run']) {
    io.out('\n(Probelauf: nichts geschrieben.)\n');
    return 0;
  }
  rewriteTextFile(resolve(planPath), result.text);
  io.out(`\nPlan aktualisiert: ${name}\n`);
  return 0;
}


function nextMonth(): string {
  const now = new Date();
  const month = now.getMonth() + 1;
  return month === 12 ? `${now.getFullYear() + 1}-01` : `${now.getFullYear()}-${String(month + 1).padStart(2, '0')}`;
}

