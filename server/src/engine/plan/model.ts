// The plan's data, as the `plan` schema defines it, and the toolbox data the builder reads.
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { orderOf, PLAN_STATUS_DEFAULT, SCORE, type PlanStatus, type Score } from '../vocabulary';

export interface CriterionScore {
  status: Score;
  relevance: Score;
  note?: string;
}

export type Assessment = Record<string, CriterionScore>;

export interface Agency {
  name: string;
  bundesland: string;
  authority?: string;
  staff?: number;
  foreign_residents?: number;
  [key: string]: unknown;
}

/** The edition on the plan's cover: how far it is agreed, its version, its Stand (JJJJ-MM-TT) and who wrote it. */
export interface Edition {
  status: PlanStatus;
  version?: string;
  date?: string;
  author?: string;
}

/** A new plan's edition: the first draft, dated the day it is made. */
export function draftEdition(date: string, author?: string): Edition {
  return { status: PLAN_STATUS_DEFAULT, version: '0.1', date, ...(author ? { author } : {}) };
}

export interface Milestone {
  text: string;
  due?: string;
}

/** An indicator that points at the checklist: the next Standortbestimmung scores `criterion` at least `target` (1–5). */
export interface IndicatorTarget {
  text: string;
  criterion: string;
  target: number;
}

/** An indicator: a sentence, or a target for a criterion of the checklist that the next Standortbestimmung checks. */
export type Indicator = string | IndicatorTarget;

const field = (indicator: unknown, key: string): unknown =>
  typeof indicator === 'object' && indicator !== null && !Array.isArray(indicator) ? (indicator as Record<string, unknown>)[key] : undefined;

/** The sentence of an indicator in either form (undefined for a malformed one, which the schema reports). */
export function indicatorText(indicator: unknown): string | undefined {
  if (typeof indicator === 'string') return indicator;
  const text = field(indicator, 'text');
  return typeof text === 'string' ? text : undefined;
}

/** The criterion an indicator points at, or undefined for one in words (or a malformed one). */
export function indicatorCriterion(indicator: unknown): string | undefined {
  const criterion = field(indicator, 'criterion');
  return typeof criterion === 'string' && criterion ? criterion : undefined;
}

/** The target of an indicator when it is a whole number on the checklist's scale, else undefined (WK1016 reports it). */
export function indicatorTarget(indicator: unknown): number | undefined {
  const target = field(indicator, 'target');
  return Number.isInteger(target) && (target as number) >= SCORE.min && (target as number) <= SCORE.max ? (target as number) : undefined;
}

export interface Measure {
  instrument: string;
  title?: string;
  owner: string;
  participants?: string[];
  resources?: string;
  start: string;
  due: string;
  milestones?: Milestone[];
  indicator?: Indicator;
  status: 'geplant' | 'laufend' | 'abgeschlossen' | 'zurueckgestellt';
  origin?: 'vorschlag' | 'manuell';
  reason?: string;
  note?: string;
}

export interface PlanData {
  kind: 'plan';
  id: string;
  title: string;
  agency: Agency;
  assessed: string;
  edition?: Edition;
  planning?: { start?: string; capacity?: number; limit?: number };
  assessment: Assessment;
  measures: Measure[];
}

export interface Criterion {
  id: string;
  text: string;
  eckpunkt: string;
  eckpunktTitle: string;
  eckpunktOrder: number;
  /** Where the criterion comes from: `checkliste` (the project's checklist) or `werkzeugkoffer` (added). */
  origin?: string;
}

export interface InstrumentInfo {
  id: string;
  title: string;
  eckpunkt: string;
  summary: string;
  effort: 'niedrig' | 'mittel' | 'hoch';
  durationWeeks: number;
  addresses: string[];
  requires: string[];
  roles: string[];
  uri: string;
}

export const EFFORT_ORDER = { niedrig: 0, mittel: 1, hoch: 2 } as const;

/** The checklist criteria of the toolbox, in Eckpunkt order. */
export function criteriaOf(index: WorkspaceIndex): Criterion[] {
  return index
    .ofKind('eckpunkt')
    .filter((d) => d.data && Array.isArray(d.data.criteria))
    .sort((a, b) => orderOf(a.data) - orderOf(b.data))
    .flatMap((d) =>
      (d.data!.criteria as { id: string; text: string; origin?: unknown }[]).map((c) => ({
        id: c.id,
        text: c.text,
        ...(typeof c.origin === 'string' ? { origin: c.origin } : {}),
        eckpunkt: d.id ?? '',
        eckpunktTitle: String(d.data!.title ?? d.id),
        eckpunktOrder: orderOf(d.data),
      })),
    );
}

/** The instruments of the toolbox with the fields the builder needs; documents with broken data are left out. */
export function instrumentsOf(index: WorkspaceIndex): Map<string, InstrumentInfo> {
  const result = new Map<string, InstrumentInfo>();
  for (const document of index.ofKind('instrument')) {
    const data = document.data;
    if (!data || !document.id) continue;
    const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    result.set(document.id, {
      id: document.id,
      title: typeof data.title === 'string' ? data.title : document.id,
      eckpunkt: typeof data.eckpunkt === 'string' ? data.eckpunkt : '',
      summary: typeof data.summary === 'string' ? data.summary : '',
      effort: data.effort === 'niedrig' || data.effort === 'hoch' ? data.effort : 'mittel',
      durationWeeks: typeof data.duration_weeks === 'number' && data.duration_weeks > 0 ? data.duration_weeks : 12,
      addresses: list(data.addresses),
      requires: list(data.requires),
      roles: list(data.roles),
      uri: document.uri,
    });
  }
  return result;
}
