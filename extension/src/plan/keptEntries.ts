// What the consultant entered for a plan's update and did not apply (the diff declined or dismissed): kept per plan
// in the workspace's state, so it survives a reload of the window, until an update of that plan is applied or the
// consultant discards it. The next form for that plan opens with it. Without VS Code: the state is handed in.
import { CAPACITY } from '../../../server/src/engine/vocabulary';
import type { Assessment, PlanDataResult } from '../../../server/src/lsp/protocol';
import type { WizardDefaults } from './wizardForm';

export type UpdateMode = 'update' | 'assessment';

export interface KeptEntries {
  /** The form they were entered in: a correction of the current Standortbestimmung or the next one. */
  mode: UpdateMode;
  assessment: Assessment;
  /** The day of the Standortbestimmung as entered, JJJJ-MM-TT; absent when a script gave none. */
  assessed?: string;
  /** The day they were kept, JJJJ-MM-TT. */
  keptOn: string;
}

/** The part of VS Code's Memento the store needs. */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void> | Promise<void>;
}

const KEY_PREFIX = 'werkzeugkoffer.plan.keptEntries:';

export class KeptEntriesStore {
  constructor(private readonly state: StateStore) {}

  /** The entries kept for the plan `uri`; anything else found under its key (an older format) counts as none. */
  get(uri: string): KeptEntries | undefined {
    const value = this.state.get<Partial<KeptEntries>>(KEY_PREFIX + uri);
    if (!value || (value.mode !== 'update' && value.mode !== 'assessment') || typeof value.assessment !== 'object' || value.assessment === null || typeof value.keptOn !== 'string') return undefined;
    return { mode: value.mode, assessment: value.assessment, keptOn: value.keptOn, ...(typeof value.assessed === 'string' ? { assessed: value.assessed } : {}) };
  }

  async keep(uri: string, entries: KeptEntries): Promise<void> {
    await this.state.update(KEY_PREFIX + uri, entries);
  }

  async drop(uri: string): Promise<void> {
    if (this.state.get(KEY_PREFIX + uri) !== undefined) await this.state.update(KEY_PREFIX + uri, undefined);
  }
}

/**
 * The form's defaults for `mode` on a plan: its office, its scores and its date — the correction keeps the date of
 * the current Standortbestimmung, the next one is dated today. Kept entries replace the scores, and their date too
 * when they were entered for the same mode (a next Standortbestimmung's date says nothing about the current one).
 */
export function updateFormDefaults(mode: UpdateMode, plan: PlanDataResult, today: string, kept?: KeptEntries): WizardDefaults {
  const planned = mode === 'assessment' ? today : (plan.assessed ?? today);
  return {
    mode,
    agency: plan.agency,
    assessment: kept?.assessment ?? plan.assessment,
    start: '',
    capacity: CAPACITY.default,
    assessed: kept?.mode === mode && kept.assessed ? kept.assessed : planned,
    ...(kept ? { keptOn: kept.keptOn } : {}),
  };
}
