// The Statusbericht of a Maßnahmenplan as data: what `plan report --format json` prints, what the HTML report,
// the editor's code lenses and the portfolio read. This file is the contract; the README documents it.
import type { MeasureStatus } from '../vocabulary';

/** The traffic light of a measure: a word, a symbol and a colour in every view. */
export type Ampel = 'gruen' | 'gelb' | 'rot';

export interface MeasureUpdate {
  /** JJJJ-MM-TT */
  date: string;
  status: MeasureStatus;
  note?: string;
  /** The text of the milestone reached that day. */
  milestone?: string;
  /** The indicator's value that day. */
  value?: number | string;
}

export interface IndicatorReport {
  text: string;
  /** The criterion the indicator measures, or null for an indicator in words only. */
  criterion: string | null;
  /** The criterion's statement in the checklist (what a reader sees). */
  criterionText: string | null;
  /** The status the next Standortbestimmung should reach (1–5), or null. */
  target: number | null;
  /**
   * For an indicator with a criterion, once a Standortbestimmung after the plan's start exists: the criterion's
   * status there (`"unbekannt"` when it was not scored). Otherwise the last value an update recorded, or null.
   */
  value: number | string | null;
  /** JJJJ-MM-TT: the Standortbestimmung the target was evaluated against, or null while there is none after the plan's start. */
  assessed: string | null;
  /** Whether the target is reached; null while there is nothing to evaluate it against (or no target). */
  reached: boolean | null;
}

export interface MeasureReport {
  instrument: string;
  /** The measure's own title or the instrument's. */
  title: string;
  eckpunkt: string;
  /** The Eckpunkt's title (what a reader sees); '' when the instrument is unknown. */
  eckpunktTitle: string;
  /** The current status: the latest update's, or the measure's `status`. */
  status: MeasureStatus;
  ampel: Ampel;
  /** Why this Ampel, in German („seit März 2027 überfällig“). */
  ampelReason: string;
  /** JJJJ-MM */
  plannedStart: string;
  plannedDue: string;
  /** JJJJ-MM-TT: the first update to `laufend`, or null. */
  actualStart: string | null;
  /** JJJJ-MM-TT: the update to `abgeschlossen`, or null. */
  actualEnd: string | null;
  lastUpdate: MeasureUpdate | null;
  nextMilestone: { text: string; due: string | null } | null;
  milestones: { text: string; due: string | null; reached: string | null }[];
  owner: string;
  indicator: IndicatorReport | null;
}

export interface ReportChange {
  date: string;
  instrument: string;
  /** What changed: the status, a milestone reached, a new indicator value. */
  kind: 'status' | 'milestone' | 'value';
  from: string | null;
  to: string;
  note: string | null;
}

export type RecommendationKind = 'neu-planen' | 'verschlechtert' | 'instrument-ergaenzen' | 'indikator-erreicht' | 'unversorgt';

export interface Recommendation {
  kind: RecommendationKind;
  /** Plain German, a whole sentence. */
  text: string;
  instrument?: string;
  criterion?: string;
}

export interface CriterionChange {
  criterion: string;
  text: string;
  eckpunkt: string;
  then: { status: number | 'unbekannt'; relevance: number | 'unbekannt' } | null;
  now: { status: number | 'unbekannt'; relevance: number | 'unbekannt' } | null;
  /** now.status − then.status where both are numbers, else null. */
  change: number | null;
}

export interface ProfileComparison {
  then: string;
  now: string;
  /** Mean status per Eckpunkt (scored criteria only), in Eckpunkt order. */
  eckpunkte: { eckpunkt: string; title: string; then: number | null; now: number | null }[];
  criteria: CriterionChange[];
  /** Criteria still in „hier ansetzen“ (high relevance, low status) that no measure addresses. */
  unaddressed: { criterion: string; text: string }[];
}

export interface StatusReport {
  /** JJJJ-MM-TT: the reporting date. */
  asOf: string;
  /** JJJJ-MM-TT: changes are counted after this day; null when neither --since nor `reporting.since` gives one. */
  since: string | null;
  plan: { id: string; title: string; agency: string; bundesland: string };
  counts: Record<Ampel, number>;
  measures: MeasureReport[];
  /** Every Standortbestimmung of the plan, the oldest first; the last one is the current. */
  assessments: { assessed: string; current: boolean }[];
  changes: ReportChange[];
  recommendations: Recommendation[];
  /** Present when the plan has an earlier Standortbestimmung. */
  profile: ProfileComparison | null;
}
