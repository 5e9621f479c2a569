// Typed calls of the language server's `workspace/executeCommand` handlers: every decision about plans,
// the checklist and the toolbox outline is made by the engine behind the server.
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

export interface OutlineEntry {
  id: string;
  title: string;
  uri: string;
  kind: string;
  errors: number;
  warnings: number;
}

export interface Outline {
  eckpunkte: (OutlineEntry & { instruments: OutlineEntry[] })[];
  cases: OutlineEntry[];
  sites: OutlineEntry[];
  plans: OutlineEntry[];
}

export interface ChecklistGroup {
  eckpunkt: { id: string; title: string };
  criteria: { id: string; text: string }[];
}

export type Score = number | 'unbekannt';
export type Assessment = Record<string, { status: Score; relevance: Score; note?: string }>;

export interface NewPlanInput {
  agency: { name: string; bundesland: string; authority?: string; staff?: number };
  assessed: string;
  assessment: Assessment;
  start: string;
  capacity: number;
  limit?: number;
  id?: string;
  title?: string;
}

export interface RankedChoice {
  id: string;
  title: string;
  summary: string;
  score: number;
  effort: string;
  durationWeeks: number;
  inPlan: boolean;
}

export class ServerCommands {
  constructor(private readonly client: LanguageClient) {}

  private run<T>(command: string, ...args: unknown[]): Promise<T> {
    return this.client.sendRequest(ExecuteCommandRequest.type, { command: `werkzeugkoffer.server.${command}`, arguments: args }) as Promise<T>;
  }

  outline = () => this.run<Outline>('outline');
  summary = () => this.run<{ documents: number; errors: number; warnings: number }>('summary');
  checklist = () => this.run<ChecklistGroup[]>('checklist');
  newPlan = (input: NewPlanInput) => this.run<{ text: string; measures: number; open: string[] }>('newPlan', input);
  renderPlan = (uri: string, handbook?: string) => this.run<{ title: string; html: string }>('renderPlan', uri, { handbook });
  exportPlan = (uri: string, handbook?: string) => this.run<{ html: string; errors: number }>('exportPlan', uri, { handbook });
  instrumentsByNeed = (uri: string) => this.run<RankedChoice[]>('instrumentsByNeed', uri);
  addMeasure = (uri: string, instrument: string) => this.run<{ text: string }>('addMeasure', uri, instrument);
  planData = (uri: string) => this.run<{ agency?: { name?: string; bundesland?: string; staff?: number }; assessment?: Assessment } | null>('planData', uri);
  skeleton = (kind: string, id: string, title: string) => this.run<{ text: string }>('skeleton', kind, id, title);
  updatePlan = (uri: string, assessment: Assessment, assessed?: string) => this.run<{ text: string; changes: { instrument?: string; text: string }[] }>('updatePlan', uri, assessment, assessed);
}
