// Typed calls of the language server's `workspace/executeCommand` handlers: every decision about plans,
// the checklist and the toolbox outline is made by the engine behind the server.
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
// The command names and data shapes are the server's own protocol; the extension imports constants and types only.
import {
  SERVER_COMMANDS,
  type Assessment,
  type ChecklistGroup,
  type IntakeResult,
  type MeasureStatus,
  type MeasureSummary,
  type MeasureUpdate,
  type MeasureUpdateResult,
  type NewPlanResult,
  type Outline,
  type PlanDataResult,
  type PlanExportResult,
  type PlanInput as NewPlanInput,
  type PlanUpdateResult,
  type PlanViewResult,
  type PortfolioRequest,
  type PortfolioViewResult,
  type RankedChoice,
  type ServerCommand,
  type StatusReportRequest,
  type StatusReportResult,
} from '../../server/src/lsp/protocol';

export type { Assessment, ChecklistGroup, MeasureStatus, MeasureUpdate, NewPlanInput, Outline, RankedChoice, StatusReportResult };
/** A measure as the editor shows it (Ampel, status, last update), without its offset in the text. */
export type MeasureItem = Omit<MeasureSummary, 'offset'>;
export type { OutlineEntry } from '../../server/src/lsp/protocol';

export class ServerCommands {
  constructor(private readonly client: LanguageClient) {}

  private run<T>(command: ServerCommand, ...args: unknown[]): Promise<T> {
    return this.client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS[command], arguments: args }) as Promise<T>;
  }

  outline = () => this.run<Outline>('outline');
  checklist = () => this.run<ChecklistGroup[]>('checklist');
  newPlan = (input: NewPlanInput) => this.run<NewPlanResult>('newPlan', input);
  renderPlan = (uri: string, handbook?: string) => this.run<PlanViewResult>('renderPlan', uri, { handbook });
  exportPlan = (uri: string, handbook?: string, pages?: ReadonlyMap<string, number>) =>
    this.run<PlanExportResult>('exportPlan', uri, { handbook, ...(pages ? { pages: Object.fromEntries(pages) } : {}) });
  instrumentsByNeed = (uri: string) => this.run<RankedChoice[]>('instrumentsByNeed', uri);
  addMeasure = (uri: string, instrument: string) => this.run<{ text: string }>('addMeasure', uri, instrument);
  planData = (uri: string) => this.run<PlanDataResult | null>('planData', uri);
  skeleton = (kind: string, id: string, title: string) => this.run<{ text: string }>('skeleton', kind, id, title);
  updatePlan = (uri: string, assessment: Assessment, assessed?: string) => this.run<PlanUpdateResult>('updatePlan', uri, assessment, assessed);
  measureSummaries = (uri: string) => this.run<MeasureItem[]>('measureSummaries', uri);
  appendMeasureUpdate = (uri: string, instrument: string, update: Partial<MeasureUpdate>) => this.run<MeasureUpdateResult>('appendMeasureUpdate', uri, instrument, update);
  statusReport = (uri: string, request: StatusReportRequest = {}) => this.run<StatusReportResult>('statusReport', uri, request);
  questionFromText = (text: string, id?: string) => this.run<IntakeResult>('questionFromText', text, id ?? null);
  exportStatusReport = (uri: string, request: StatusReportRequest = {}) => this.run<StatusReportResult>('exportStatusReport', uri, request);
  portfolio = (request: PortfolioRequest = {}) => this.run<PortfolioViewResult>('portfolio', request);
}
