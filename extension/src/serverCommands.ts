// Typed calls of the language server's `workspace/executeCommand` handlers: every decision about plans,
// the checklist and the toolbox outline is made by the engine behind the server.
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

// The data shapes are the engine's and the server's own; the extension imports their types, never their code.
export type { Outline, OutlineEntry } from '../../server/src/lsp/commands';
export type { Assessment, RankedChoice } from '../../server/src/engine/plan';
export type { PlanInput as NewPlanInput } from '../../server/src/engine/plan';
import type { Outline } from '../../server/src/lsp/commands';
import type { Assessment, PlanInput as NewPlanInput, RankedChoice } from '../../server/src/engine/plan';

export interface ChecklistGroup {
  eckpunkt: { id: string; title: string };
  criteria: { id: string; text: string }[];
}

export class ServerCommands {
  constructor(private readonly client: LanguageClient) {}

  private run<T>(command: string, ...args: unknown[]): Promise<T> {
    return this.client.sendRequest(ExecuteCommandRequest.type, { command: `werkzeugkoffer.server.${command}`, arguments: args }) as Promise<T>;
  }

  outline = () => this.run<Outline>('outline');
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
