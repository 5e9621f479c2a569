// `workspace/executeCommand` handlers for the VS Code extension's consultant workflow. Each one calls the
// engine (plan builder, plan view, outline) and returns plain data; the extension only displays it.
import {
  addMeasure,
  buildPlan,
  checklistGroups,
  documentSkeleton,
  handbookLinks,
  instrumentsByNeed,
  planDocumentText,
  renderPlanPage,
  renderPlanView,
  toolboxOutline,
  updatePlan,
  type LanguageService,
  type PlanInput,
} from '../../engine';
import { SERVER_COMMANDS, type Assessment, type NewPlanResult, type PlanDataResult, type PlanExportResult, type PlanRenderOptions, type PlanViewResult } from '../protocol';

import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Session } from '../session';

type Handler = (...args: any[]) => unknown;

/**
 * `workspace/executeCommand`: the handler table is made once per language service (at start-up), not per
 * request. A command that cannot be carried out answers with its reason, in German, for the UI.
 */
export function registerCommands(session: Session): void {
  let handlers: Record<string, Handler> | undefined;
  let madeFor: unknown;
  session.connection.onExecuteCommand(async (params, token) => {
    await session.firstIndex;
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Abgebrochen');
    if (!handlers || madeFor !== session.service) {
      handlers = createCommandHandlers(session.service, (uri) => session.documents.get(uri)?.getText());
      madeFor = session.service;
    }
    const handler = handlers[params.command];
    if (!handler) return new ResponseError(LSPErrorCodes.RequestFailed, `Unbekannter Befehl: ${params.command}`);
    try {
      return await handler(...(params.arguments ?? []));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      session.connection.console.warn(`${params.command}: ${message}`);
      return new ResponseError(LSPErrorCodes.RequestFailed, message);
    }
  });
}

/** The handlers by command name; `textOf` gives an open document's text (newer than the index's). */
export function createCommandHandlers(service: LanguageService, textOf: (uri: string) => string | undefined): Record<string, Handler> {
  const planText = (uri: string) => {
    const text = textOf(uri) ?? service.document(uri)?.text;
    if (text === undefined) throw new Error(`Unbekanntes Dokument: ${uri}`);
    return text;
  };
  const plan = (uri: string) => {
    const document = service.document(uri);
    return document?.kind === 'plan' ? document : undefined;
  };
  const linksTo = (options: PlanRenderOptions) => (options.handbook ? handbookLinks(options.handbook) : undefined);

  return {
    [SERVER_COMMANDS.outline]: () => toolboxOutline(service.index),
    [SERVER_COMMANDS.checklist]: () => checklistGroups(service.index),
    [SERVER_COMMANDS.skeleton]: (kind: string, id: string, title: string) => ({ text: documentSkeleton(kind, id, title, service.schemas) }),
    [SERVER_COMMANDS.newPlan]: (input: PlanInput): NewPlanResult => {
      const { plan: data, proposal } = buildPlan(input, service.index);
      return { text: planDocumentText(data), measures: proposal.measures.length, open: proposal.needs.open.map((c) => c.id) };
    },
    [SERVER_COMMANDS.renderPlan]: async (uri: string, options: PlanRenderOptions = {}): Promise<PlanViewResult> => {
      const document = plan(uri);
      if (!document) return { title: '', html: '<p>Dieses Dokument ist kein Maßnahmenplan.</p>' };
      return renderPlanView(document, service.index, { interactive: true, handbookUrl: linksTo(options) });
    },
    [SERVER_COMMANDS.exportPlan]: async (uri: string, options: PlanRenderOptions = {}): Promise<PlanExportResult> => {
      const document = plan(uri);
      if (!document) throw new Error('Dieses Dokument ist kein Maßnahmenplan.');
      const errors = service.diagnostics(uri).filter((d) => d.severity === 'error');
      return { html: await renderPlanPage(document, service.index, { handbookUrl: linksTo(options) }), errors: errors.length };
    },
    [SERVER_COMMANDS.planData]: (uri: string): PlanDataResult | null => (plan(uri)?.data as PlanDataResult | undefined) ?? null,
    [SERVER_COMMANDS.instrumentsByNeed]: (uri: string) => instrumentsByNeed(planText(uri), service.index),
    [SERVER_COMMANDS.addMeasure]: (uri: string, instrument: string) => ({ text: addMeasure(planText(uri), instrument, service.index) }),
    [SERVER_COMMANDS.updatePlan]: (uri: string, assessment: Assessment, assessed?: string) => updatePlan(planText(uri), assessment, service.index, { assessed }),
  };
}
