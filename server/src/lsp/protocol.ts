// What the language server and the VS Code extension agree on beyond LSP itself: the names of the server's
// `workspace/executeCommand` commands and the shapes of their answers. Constants and types only, so the
// extension can import it without pulling in server code. The server checks every argument against the plan
// schema's limits (ids, capacity, limit, months, scores) and refuses documents it does not serve, with a German
// reason; the types below say what a well-behaved client sends.
import type { Assessment, ChecklistGroup, IntakeResult, MeasureStatus, MeasureSummary, MeasureUpdate, Outline, OutlineEntry, PlanInput, RankedChoice } from '../engine';

export type { Assessment, ChecklistGroup, IntakeResult, MeasureStatus, MeasureSummary, MeasureUpdate, Outline, OutlineEntry, PlanInput, RankedChoice };

export const SERVER_COMMANDS = {
  outline: 'werkzeugkoffer.server.outline',
  checklist: 'werkzeugkoffer.server.checklist',
  newPlan: 'werkzeugkoffer.server.newPlan',
  renderPlan: 'werkzeugkoffer.server.renderPlan',
  exportPlan: 'werkzeugkoffer.server.exportPlan',
  instrumentsByNeed: 'werkzeugkoffer.server.instrumentsByNeed',
  addMeasure: 'werkzeugkoffer.server.addMeasure',
  updatePlan: 'werkzeugkoffer.server.updatePlan',
  skeleton: 'werkzeugkoffer.server.skeleton',
  planData: 'werkzeugkoffer.server.planData',
  measureSummaries: 'werkzeugkoffer.server.measureSummaries',
  appendMeasureUpdate: 'werkzeugkoffer.server.appendMeasureUpdate',
  statusReport: 'werkzeugkoffer.server.statusReport',
  exportStatusReport: 'werkzeugkoffer.server.exportStatusReport',
  questionFromText: 'werkzeugkoffer.server.questionFromText',
  portfolio: 'werkzeugkoffer.server.portfolio',
} as const;

export type ServerCommand = keyof typeof SERVER_COMMANDS;

/** Options of the plan commands that render: the handbook's base URL for links from the plan. */
export interface PlanRenderOptions {
  handbook?: string;
  /** The printed page of each section heading, by its text, from a first print (the export's contents). */
  pages?: Record<string, number>;
}

export interface NewPlanResult {
  text: string;
  measures: number;
  open: string[];
}

export interface PlanViewResult {
  title: string;
  html: string;
}

export interface PlanExportResult {
  html: string;
  errors: number;
}

export interface PlanUpdateResult {
  text: string;
  changes: { instrument?: string; text: string }[];
}

export interface PlanDataResult {
  agency?: { name?: string; bundesland?: string; staff?: number };
  assessed?: string;
  assessment?: Assessment;
}

/** Options of the Statusbericht: the reporting date (JJJJ-MM[-TT], else the plan's own or today) and the start of the changes. */
export interface StatusReportRequest {
  asOf?: string;
  since?: string;
}

/** The Statusbericht for the webview (a fragment) or the export (a whole page), with the reporting date used. */
export interface StatusReportResult {
  title: string;
  html: string;
  /** The report's style sheet (the webview's frame takes it once; the export's page has it inline). */
  css: string;
  asOf: string;
  counts: { gruen: number; gelb: number; rot: number };
}

/** Options of the portfolio over the workspace's plans: the reporting date of the Ampel and whether names show. */
export interface PortfolioRequest {
  asOf?: string;
  named?: boolean;
}

/** The portfolio for the webview: the fragment, its style sheet, and how many plans it holds or skipped. */
export interface PortfolioViewResult {
  title: string;
  html: string;
  css: string;
  asOf: string;
  offices: number;
  skipped: number;
}

/** The plan's text with one more dated update, and the date that was written. */
export interface MeasureUpdateResult {
  text: string;
  date: string;
  /** The German confirmation: „Servicepoint: laufend am 4. Dezember 2026“. */
  summary: string;
}
