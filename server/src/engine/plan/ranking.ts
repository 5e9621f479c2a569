// Step 2 of the plan: an instrument's score is the sum of the needs of the criteria it addresses.
// Ranked by score; ties go to lower effort, then shorter duration, then id. Score 0 is not proposed.
import { EFFORT_ORDER, type InstrumentInfo } from './model';
import type { CriterionNeed } from './needs';

export interface RankedInstrument {
  instrument: InstrumentInfo;
  score: number;
  /** The criteria that contribute, with their need, highest first. */
  contributions: { criterion: string; need: number }[];
}

export function rankInstruments(instruments: Iterable<InstrumentInfo>, scored: CriterionNeed[]): RankedInstrument[] {
  const needById = new Map(scored.map((n) => [n.criterion.id, n.need]));
  const ranked: RankedInstrument[] = [];
  for (const instrument of instruments) {
    const contributions = instrument.addresses
      .filter((c) => (needById.get(c) ?? 0) > 0)
      .map((c) => ({ criterion: c, need: needById.get(c)! }))
      .sort((a, b) => b.need - a.need || a.criterion.localeCompare(b.criterion));
    const score = contributions.reduce((sum, c) => sum + c.need, 0);
    if (score > 0) ranked.push({ instrument, score, contributions });
  }
  return ranked.sort(compareRanked);
}

export function compareRanked(a: RankedInstrument, b: RankedInstrument): number {
  return (
    b.score - a.score ||
    EFFORT_ORDER[a.instrument.effort] - EFFORT_ORDER[b.instrument.effort] ||
    a.instrument.durationWeeks - b.instrument.durationWeeks ||
    a.instrument.id.localeCompare(b.instrument.id)
  );
}
