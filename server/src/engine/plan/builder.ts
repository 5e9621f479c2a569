// The plan builder: from a self-assessment to a proposed, scheduled Maßnahmenplan. Pure: it reads the
// toolbox through the index and returns data; writing the document is the adapter's job.
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { criteriaOf, instrumentsOf, type Agency, type Assessment, type Criterion, type Edition, type IndicatorTarget, type InstrumentInfo, type Measure, type PlanData } from './model';
import { computeNeeds, type Needs } from './needs';
import { rankInstruments, type RankedInstrument } from './ranking';
import { schedule, type PlacedMeasure, type ScheduledMeasure } from './schedule';
import { parseMonth } from './months';
import { planId, QUICK_WIN, SCORE } from '../vocabulary';
import { quoted } from '../vocabulary/quoted';

export interface PlanInput {
  agency: Agency;
  assessed: string;
  assessment: Assessment;
  start: string;
  capacity: number;
  /** Propose only the best `limit` instruments (their prerequisites come along); all with a need when absent. */
  limit?: number;
  id?: string;
  title?: string;
  /** The cover's edition; a new plan's is a draft dated the day it is made (see `draftEdition`). */
  edition?: Edition;
}

export interface ProposedMeasure extends ScheduledMeasure {
  quickWin: boolean;
  reason: string;
  /** The criterion with the largest share of the measure's score: the one its indicator follows. */
  focus?: string;
}

export interface Proposal {
  criteria: Criterion[];
  needs: Needs;
  ranked: RankedInstrument[];
  measures: ProposedMeasure[];
  cycles: string[][];
}

/**
 * Sofortmaßnahmen (quick wins): low effort, at most three months (13 weeks), a score at least the median of the
 * proposal, and begun at once: in the plan's first months (QUICK_WIN_START_MONTHS), not waiting for a
 * prerequisite. A measure the schedule places a year out is not one, however small.
 */
export const QUICK_WIN_MAX_WEEKS = 13;
export const QUICK_WIN_START_MONTHS = 3;

function isQuickWin(m: ScheduledMeasure, median: number, planStart: string): boolean {
  const small = m.instrument.effort === 'niedrig' && m.instrument.durationWeeks <= QUICK_WIN_MAX_WEEKS;
  const atOnce = m.prerequisites.length === 0 && parseMonth(m.start) - parseMonth(planStart) < QUICK_WIN_START_MONTHS;
  return m.score > 0 && m.score >= median && small && atOnce;
}

/** The proposal for `input`; `placed` measures keep their months (a re-plan from a later month, see update.ts). */
export function propose(input: Pick<PlanInput, 'assessment' | 'start' | 'capacity' | 'limit'>, index: WorkspaceIndex, placed?: ReadonlyMap<string, PlacedMeasure>): Proposal {
  const criteria = criteriaOf(index);
  const instruments = instrumentsOf(index);
  const needs = computeNeeds(input.assessment, criteria);
  const ranked = rankInstruments(instruments.values(), needs.scored);
  const chosen = input.limit && input.limit > 0 ? ranked.slice(0, input.limit) : ranked;
  const { measures: scheduled, cycles } = schedule(chosen, instruments, input.start, input.capacity, placed);
  // In the document, measures read in the order they begin; ties keep the order of scheduling.
  const measures = scheduled.map((m, i) => ({ m, i })).sort((a, b) => a.m.start.localeCompare(b.m.start) || a.i - b.i).map(({ m }) => m);
  const scores = ranked.map((r) => r.score).sort((a, b) => a - b);
  const median = scores.length ? scores[Math.floor((scores.length - 1) / 2)]! : 0;
  const titles = (ids: string[]) => ids.map((id) => quoted(instruments.get(id)?.title ?? id)).join(', ');
  return {
    criteria,
    needs,
    ranked,
    cycles,
    measures: measures.map((m) => {
      const quickWin = isQuickWin(m, median, input.start);
      const entry = ranked.find((r) => r.instrument.id === m.instrument.id);
      const parts: string[] = [];
      if (entry) parts.push(needReason(entry, criteria));
      if (m.prerequisiteFor.length) parts.push(`Voraussetzung für ${titles(m.prerequisiteFor)}`);
      if (quickWin) parts.push(`${QUICK_WIN.one}: wenig Aufwand, rasch umsetzbar`);
      return { ...m, quickWin, reason: parts.join('; '), ...(entry?.contributions[0] ? { focus: entry.contributions[0].criterion } : {}) };
    }),
  };
}

/** A criterion as people read it: its statement from the checklist (the id only when the toolbox lacks it). */
export function criterionStatement(criteria: Criterion[], id: string): string {
  return criteria.find((c) => c.id === id)?.text ?? id;
}

/** „Bedarf 22 aus „…“ (16), „…“ (6)“: an instrument's score and the criteria it comes from, by their statements. */
export function needReason(entry: RankedInstrument, criteria: Criterion[]): string {
  return `Bedarf ${entry.score} aus ${entry.contributions.map((c) => `${quoted(criterionStatement(criteria, c.criterion))} (${c.need})`).join(', ')}`;
}

/** The indicator of a measure whose criteria are scored at their best already (or not at all): a sentence. */
export const REGULAR_OPERATION_INDICATOR = 'Die Maßnahme ist im Regelbetrieb und wird in der nächsten Standortbestimmung bewertet.';

/**
 * The indicator the builder proposes for a criterion scored `status`: the next Standortbestimmung should
 * score it one step higher. The sentence does not repeat the criterion's statement: every view shows the
 * statement from the id, so the plan does not go stale when the checklist's wording changes.
 */
export function criterionIndicator(criterion: string, status: number): IndicatorTarget {
  const target = Math.min(status + 1, SCORE.max);
  return { text: `Der Stand des Kriteriums steigt bis zur nächsten Standortbestimmung um mindestens eine Stufe (bisher ${status}).`, criterion, target };
}

const RESOURCES: Record<InstrumentInfo['effort'], string> = {
  niedrig: 'Bordmittel der Behörde (Arbeitszeit im Team)',
  mittel: 'Arbeitszeit des Teams, Abstimmung mit anderen Stellen, kleines Sachbudget',
  hoch: 'Investitions- oder Personalmittel; Entscheidung der Verwaltungsspitze nötig',
};

/** A measure with sensible defaults the consultant then edits. */
export function defaultMeasure(m: ProposedMeasure, assessment: Assessment, criteria: Criterion[]): Measure {
  // The indicator follows the criterion with the largest need; a measure in the plan only as a prerequisite (no
  // need of its own) follows the first scored criterion it addresses.
  const focus = m.focus ?? m.instrument.addresses.find((id) => typeof assessment[id]?.status === 'number');
  const criterion = focus ? criteria.find((c) => c.id === focus) : undefined;
  const scored = focus ? assessment[focus]?.status : undefined;
  const status = typeof scored === 'number' ? scored : undefined;
  const indicator = criterion && status !== undefined && status < SCORE.max ? criterionIndicator(criterion.id, status) : REGULAR_OPERATION_INDICATOR;
  const owner = 'Leitung der Ausländerbehörde';
  const participants = m.instrument.roles.filter((r) => r !== owner).slice(0, 4);
  const measure: Measure = {
    instrument: m.instrument.id,
    owner,
    participants: participants.length ? participants : ['Sachbearbeitung'],
    resources: RESOURCES[m.instrument.effort],
    start: m.start,
    due: m.due,
    milestones: [
      { text: 'Auftakt: Ziel, Zuständigkeiten und Zeitplan abgestimmt', due: m.start },
      { text: 'Im Regelbetrieb', due: m.due },
    ],
    indicator,
    status: 'geplant',
    origin: 'vorschlag',
    reason: m.reason,
  };
  return measure;
}

export function buildPlan(input: PlanInput, index: WorkspaceIndex): { plan: PlanData; proposal: Proposal } {
  const proposal = propose(input, index);
  const plan: PlanData = {
    kind: 'plan',
    id: input.id ?? planId(input.agency.name),
    title: input.title ?? `Maßnahmenplan ${input.agency.name}`,
    agency: input.agency,
    assessed: input.assessed,
    ...(input.edition ? { edition: input.edition } : {}),
    planning: { start: input.start, capacity: input.capacity, ...(input.limit ? { limit: input.limit } : {}) },
    assessment: input.assessment,
    measures: proposal.measures.map((m) => defaultMeasure(m, input.assessment, proposal.criteria)),
  };
  return { plan, proposal };
}

