// `workspace/executeCommand` handlers for the VS Code extension's consultant workflow. Each one calls the
// engine (plan builder, plan view, outline) and returns plain data; the extension only displays it (and writes
// what the user accepted). Every argument is checked first: ids, bounds and scores against the plan schema (the
// limits the check applies), document URIs against the toolbox the server serves.
import {
  addMeasure,
  appendUpdate,
  AppendUpdateError,
  buildStatusReport,
  checkMeasureUpdate,
  createPortfolioCollector,
  dateLabel,
  parseReportingDate,
  PORTFOLIO_CSS,
  renderPortfolioView,
  MEASURE_STATUS,
  measureSummaries,
  MAX_DOCUMENT_LENGTH,
  questionFromText,
  renderStatusPage,
  renderStatusReport,
  STATUS_CSS,
  ReportingDateError,
  buildPlan,
  draftEdition,
  checkAssessed,
  checkAssessment,
  checkId,
  checkKind,
  checklistGroups,
  checkPlanInput,
  checkTitle,
  documentSkeleton,
  handbookLinks,
  instrumentsByNeed,
  planDocumentText,
  renderPlanPage,
  renderPlanView,
  TextChangedError,
  toolboxOutline,
  updatePlan,
  type LanguageService,
} from '../../engine';
import {
  SERVER_COMMANDS,
  type MeasureUpdateResult,
  type NewPlanResult,
  type PlanDataResult,
  type PlanExportResult,
  type PlanRenderOptions,
  type PlanViewResult,
  type PortfolioRequest,
  type PortfolioViewResult,
  type StatusReportRequest,
  type StatusReportResult,
} from '../protocol';

import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { localToday } from '../../node/clock';
import { ANSWER_ATTEMPTS, type Session } from '../session';

type Handler = (...args: any[]) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `workspace/executeCommand`: the handler table is made once per language service (at start-up), not per
 * request. A command that cannot be carried out answers with its reason, in German, for the UI.
 */
export function registerCommands(session: Session): void {
  let handlers: Record<string, Handler> | undefined;
  let madeFor: unknown;
  session.connection.onExecuteCommand(async (params, token) => {
    await session.firstIndex;
    // Edits still waiting for their check are applied first: a command works on the text the user sees.
    session.settle();
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Abgebrochen');
    if (!handlers || madeFor !== session.service) {
      handlers = createCommandHandlers(session.service, (uri) => session.documents.get(uri)?.getText(), (uri) => session.scope.includes(uri, session.documents.get(uri)?.getText()), localToday);
      madeFor = session.service;
    }
    const handler = handlers[params.command];
    if (!handler) return new ResponseError(LSPErrorCodes.RequestFailed, `Unbekannter Befehl: ${params.command}`);
    try {
      return await runFollowingChangedTexts(session, () => handler(...(params.arguments ?? [])));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof TextChangedError) return new ResponseError(LSPErrorCodes.ContentModified, message);
      session.connection.console.warn(`${params.command}: ${message}`);
      return new ResponseError(LSPErrorCodes.RequestFailed, message);
    }
  });
}

/** Runs a command; one that read a text changed on disk meanwhile runs again, once the index followed the file. */
async function runFollowingChangedTexts(session: Session, run: () => unknown): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof TextChangedError) || attempt >= ANSWER_ATTEMPTS) throw error;
      session.settle();
    }
  }
}

/**
 * The handlers by command name; `textOf` gives an open document's text (newer than the index's), `inScope`
 * whether the server serves a document (under a toolbox root, or open and declaring a kind), `today` the local date
 * (JJJJ-MM-TT) for what depends on it: the engine never reads the clock.
 */
export function createCommandHandlers(service: LanguageService, textOf: (uri: string) => string | undefined, inScope: (uri: string) => boolean, today: () => string): Record<string, Handler> {
  const schemas = service.schemas;
  /** A document URI the server serves; anything else (a path outside the workspace, not a string) is refused. */
  const served = (uri: unknown): string => {
    if (typeof uri !== 'string' || !inScope(uri)) throw new Error(`Kein Dokument des Werkzeugkoffers: ${typeof uri === 'string' ? uri.slice(0, 200) : String(uri)}`);
    return uri;
  };
  const planText = (uri: unknown) => {
    const text = textOf(served(uri)) ?? service.document(uri as string)?.text;
    if (text === undefined) throw new Error(`Unbekanntes Dokument: ${uri as string}`);
    return text;
  };
  const plan = (uri: unknown) => {
    const document = service.document(served(uri));
    return document?.kind === 'plan' ? document : undefined;
  };
  const pageNumbersOf = (options: PlanRenderOptions | undefined) =>
    isRecord(options?.pages) ? new Map(Object.entries(options.pages).filter((entry): entry is [string, number] => Number.isInteger(entry[1]) && (entry[1] as number) > 0)) : undefined;
  const linksTo = (options: PlanRenderOptions | undefined) => (typeof options?.handbook === 'string' && options.handbook ? handbookLinks(options.handbook) : undefined);
  const planOrFail = (uri: unknown) => {
    const document = plan(uri);
    if (!document) throw new Error('Dieses Dokument ist kein Maßnahmenplan.');
    return document;
  };
  /** The portfolio's reporting date: the client's (checked like the CLI's --as-of), else today. */
  const portfolioDay = (asOf: unknown): string => {
    if (typeof asOf !== 'string' || !asOf) return today();
    try {
      return parseReportingDate(asOf);
    } catch (error) {
      if (error instanceof ReportingDateError) throw new Error(error.message);
      throw error;
    }
  };
  /** The Statusbericht of a plan; a reporting date the client sends is checked like the CLI's --as-of. */
  const statusReport = (uri: unknown, request: StatusReportRequest | null | undefined) => {
    const options = request ?? {};
    const asOf = typeof options.asOf === 'string' && options.asOf ? options.asOf : undefined;
    const since = typeof options.since === 'string' && options.since ? options.since : undefined;
    try {
      return buildStatusReport(planOrFail(uri), service.index, { asOf, since, today: today() });
    } catch (error) {
      if (error instanceof ReportingDateError) throw new Error(error.message);
      throw error;
    }
  };

  return {
    [SERVER_COMMANDS.outline]: () => toolboxOutline(service.index),
    [SERVER_COMMANDS.checklist]: () => checklistGroups(service.index),
    [SERVER_COMMANDS.skeleton]: (kind: unknown, id: unknown, title: unknown) => ({ text: documentSkeleton(checkKind(schemas, kind), checkId(schemas, id), checkTitle(schemas, title), schemas) }),
    [SERVER_COMMANDS.newPlan]: (input: unknown): NewPlanResult => {
      const checked = checkPlanInput(schemas, input);
      const { plan: data, proposal } = buildPlan({ ...checked, edition: checked.edition ?? draftEdition(today()) }, service.index);
      return { text: planDocumentText(data), measures: proposal.measures.length, open: proposal.needs.open.map((c) => c.id) };
    },
    [SERVER_COMMANDS.renderPlan]: async (uri: unknown, options: PlanRenderOptions = {}): Promise<PlanViewResult> => {
      const document = plan(uri);
      if (!document) return { title: '', html: '<p>Dieses Dokument ist kein Maßnahmenplan.</p>' };
      return renderPlanView(document, service.index, { interactive: true, handbookUrl: linksTo(options) });
    },
    [SERVER_COMMANDS.exportPlan]: async (uri: unknown, options: PlanRenderOptions = {}): Promise<PlanExportResult> => {
      const document = plan(uri);
      if (!document) throw new Error('Dieses Dokument ist kein Maßnahmenplan.');
      const errors = service.diagnostics(document.uri).filter((d) => d.severity === 'error');
      return { html: await renderPlanPage(document, service.index, { handbookUrl: linksTo(options), pageNumbers: pageNumbersOf(options) }), errors: errors.length };
    },
    [SERVER_COMMANDS.planData]: (uri: unknown): PlanDataResult | null => (plan(uri)?.data as PlanDataResult | undefined) ?? null,
    [SERVER_COMMANDS.measureSummaries]: (uri: unknown) => {
      const document = plan(uri);
      return document ? measureSummaries(document, service.index, today()).map(({ offset: _offset, ...summary }) => summary) : [];
    },
    [SERVER_COMMANDS.appendMeasureUpdate]: (uri: unknown, instrument: unknown, update: unknown): MeasureUpdateResult => {
      const id = checkId(schemas, instrument);
      const entry = checkMeasureUpdate(schemas, { date: today(), ...(isRecord(update) ? update : {}) });
      const document = planOrFail(uri);
      const measure = measureSummaries(document, service.index, today()).find((m) => m.instrument === id);
      if (!measure) throw new Error(`Der Plan hat keine Maßnahme zum Instrument „${id}“.`);
      try {
        return { text: appendUpdate(planText(uri), id, entry), date: entry.date, summary: `${measure.title}: ${MEASURE_STATUS[entry.status] ?? entry.status} am ${dateLabel(entry.date)}` };
      } catch (error) {
        if (error instanceof AppendUpdateError) throw new Error(error.message);
        throw error;
      }
    },
    [SERVER_COMMANDS.questionFromText]: (text: unknown, id?: unknown) => {
      if (typeof text !== 'string' || !text.trim()) throw new Error('Der Text ist leer; es gibt keine Frage aufzunehmen.');
      if (text.length > MAX_DOCUMENT_LENGTH) throw new Error(`Der Text ist zu lang (${text.length} Zeichen; höchstens ${MAX_DOCUMENT_LENGTH}).`);
      const given = id === undefined || id === null ? undefined : checkId(schemas, id);
      return questionFromText(text, service.index, { today: today(), id: given, schemas });
    },
    [SERVER_COMMANDS.statusReport]: async (uri: unknown, request?: StatusReportRequest): Promise<StatusReportResult> => {
      const report = statusReport(uri, request);
      const view = await renderStatusReport(report, service.index, { interactive: true });
      return { ...view, css: STATUS_CSS, asOf: report.asOf, counts: report.counts };
    },
    [SERVER_COMMANDS.exportStatusReport]: async (uri: unknown, request?: StatusReportRequest): Promise<StatusReportResult> => {
      const report = statusReport(uri, request);
      const html = await renderStatusPage(report, service.index);
      return { title: report.plan.title, html, css: '', asOf: report.asOf, counts: report.counts };
    },
    [SERVER_COMMANDS.portfolio]: async (request?: PortfolioRequest | null): Promise<PortfolioViewResult> => {
      const asOf = portfolioDay(request?.asOf);
      const collector = createPortfolioCollector(service.index, schemas, { asOf, named: request?.named === true });
      // The open editor's text where a plan is open (newer than the index's), so the portfolio follows typing.
      for (const document of service.index.ofKind('plan')) collector.add(textOf(document.uri) ?? document.text);
      const report = collector.report();
      const view = await renderPortfolioView(report);
      return { ...view, css: PORTFOLIO_CSS, asOf: report.asOf, offices: report.offices, skipped: report.skipped };
    },
    [SERVER_COMMANDS.instrumentsByNeed]: (uri: unknown) => instrumentsByNeed(planText(uri), service.index),
    [SERVER_COMMANDS.addMeasure]: (uri: unknown, instrument: unknown) => ({ text: addMeasure(planText(uri), checkId(schemas, instrument), service.index) }),
    [SERVER_COMMANDS.updatePlan]: (uri: unknown, assessment: unknown, assessed?: unknown) =>
      // JSON has no `undefined`: an argument the client leaves out of the array arrives as null.
      updatePlan(planText(uri), checkAssessment(schemas, assessment), service.index, { assessed: assessed === undefined || assessed === null ? undefined : checkAssessed(schemas, assessed) }),
  };
}
