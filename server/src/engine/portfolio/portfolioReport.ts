// The portfolio across many offices' Maßnahmenpläne as data: what `werkzeugkoffer portfolio --format json`
// prints and what the HTML view renders. This file is the contract; the README documents it (section „Portfolio über viele Behörden“).
import type { MeasureStatus } from '../vocabulary';
import type { Ampel } from '../monitoring/statusReport';

/**
 * A count withheld because fewer than three offices stand behind it (1 or 2), so that no single office can be
 * singled out. The HTML shows it as „< 3“. With `--named` every count is exact.
 */
export interface LessThanThree {
  lessThan: 3;
}

/**
 * A count withheld although three or more offices stand behind it: where the report shows a row's total, it would
 * otherwise let a reader work out a withheld count („< 3“) by subtraction. The HTML shows it as „×“.
 */
export interface Suppressed {
  suppressed: true;
}

/** A count of offices or of measures: exact, or withheld (fewer than three offices behind it, or to protect one such). 0 stays 0 unless it must protect one. */
export type Count = number | LessThanThree | Suppressed;

/**
 * A median in months: null when there is nothing to take it from, withheld (`{ lessThan: 3 }`) when fewer than three
 * offices give it. As everywhere in the report, `lessThan` counts offices: a withheld median says nothing about the
 * months (it is not „under three months“); the HTML shows it as „nicht ausgewiesen (weniger als 3 Behörden)“.
 */
export type Median = number | LessThanThree | null;

export type ScoreValue = '1' | '2' | '3' | '4' | '5' | 'unbekannt';

export interface CriterionPortfolio {
  criterion: string;
  /** The criterion's statement in the checklist. */
  text: string;
  eckpunkt: string;
  eckpunktTitle: string;
  /** Offices per status (1–5 or `unbekannt`); an office whose assessment lacks the criterion counts as `unbekannt`. */
  status: Record<ScoreValue, Count>;
  relevance: Record<ScoreValue, Count>;
  /** Offices that put the criterion in „Hier ansetzen“ (relevance ≥ 3, status ≤ 3). */
  hierAnsetzen: Count;
}

export interface InstrumentPortfolio {
  instrument: string;
  title: string;
  /** Offices with a measure of this instrument. */
  offices: Count;
  /** Offices per current status of their measure of it. */
  status: Record<MeasureStatus, Count>;
  /** Median planned duration in months (start month to due month, both counted). */
  plannedMonths: Median;
  /** Median actual duration in months (first update `laufend` to the update `abgeschlossen`), once updates exist. */
  actualMonths: Median;
  /** Only with `--named`: the offices that completed it, whom to ask. */
  completedBy?: string[];
}

export interface BundeslandPortfolio {
  bundesland: string;
  offices: Count;
  measures: Count;
  /** Measures per Ampel at the reporting date. */
  ampel: Record<Ampel, Count>;
}

export interface PortfolioReport {
  /** JJJJ-MM-TT: the reporting date of every Ampel. */
  asOf: string;
  /** Whether office names are in the report (`--named`). */
  named: boolean;
  /** Plans read (offices). Exact: the number alone singles out no office. */
  offices: number;
  /** Plan files skipped because of errors (each reported on stderr with its location). */
  skipped: number;
  /** Every criterion of the checklist, in Eckpunkt order. */
  criteria: CriterionPortfolio[];
  /** The criteria most offices put in „Hier ansetzen“, most first (at most ten, none with 0 offices; withheld counts rank alike). */
  hotspots: { criterion: string; text: string; offices: Count }[];
  /** Every instrument some office plans, by number of offices (withheld counts rank alike), then by title. */
  instruments: InstrumentPortfolio[];
  /** Every Bundesland with an office, alphabetically. */
  bundeslaender: BundeslandPortfolio[];
}
