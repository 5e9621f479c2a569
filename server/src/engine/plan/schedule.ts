// Step 3 of the plan: prerequisites (`requires`) are pulled in and placed before their dependents, and
// measures are scheduled month by month from the start month within the capacity (how many run at once).
import type { InstrumentInfo } from './model';
import { formatMonth, monthsFor, parseMonth } from './months';
import type { RankedInstrument } from './ranking';

export interface ScheduledMeasure {
  instrument: InstrumentInfo;
  score: number;
  start: string;
  due: string;
  /** Instruments this one builds on that are in the plan. */
  prerequisites: string[];
  /** Set when the instrument is in the plan (also) because others build on it. */
  prerequisiteFor: string[];
}

export interface Schedule {
  measures: ScheduledMeasure[];
  /** `requires` cycles met while ordering (each reported once); the edge closing the cycle is ignored. */
  cycles: string[][];
}

/** Orders the ranked instruments so that each one's prerequisites come first (depth first, in rank order). */
export function orderWithPrerequisites(ranked: RankedInstrument[], instruments: Map<string, InstrumentInfo>) {
  const order: string[] = [];
  const placed = new Set<string>();
  const visiting: string[] = [];
  const prerequisiteFor = new Map<string, string[]>();
  const cycles: string[][] = [];
  const visit = (id: string) => {
    if (placed.has(id)) return;
    const instrument = instruments.get(id);
    if (!instrument) return;
    visiting.push(id);
    for (const requirement of instrument.requires) {
      if (!instruments.has(requirement)) continue;
      const at = visiting.indexOf(requirement);
      if (at >= 0) {
        const cycle = [...visiting.slice(at), requirement];
        if (!cycles.some((c) => c.join() === cycle.join())) cycles.push(cycle);
        continue;
      }
      prerequisiteFor.set(requirement, [...(prerequisiteFor.get(requirement) ?? []), id]);
      visit(requirement);
    }
    visiting.pop();
    placed.add(id);
    order.push(id);
  };
  for (const entry of ranked) visit(entry.instrument.id);
  return { order, prerequisiteFor, cycles };
}

/**
 * A measure whose months are set already (a re-plan keeps what is under way, done or dated by hand): it stays in
 * them, and while it `occupies` them it takes its share of the capacity from the measures scheduled around it.
 */
export interface PlacedMeasure {
  start: string;
  due: string;
  occupies: boolean;
}

export function schedule(ranked: RankedInstrument[], instruments: Map<string, InstrumentInfo>, startMonth: string, capacity: number, placed: ReadonlyMap<string, PlacedMeasure> = new Map()): Schedule {
  const { order, prerequisiteFor, cycles } = orderWithPrerequisites(ranked, instruments);
  const scores = new Map(ranked.map((r) => [r.instrument.id, r.score]));
  const start = parseMonth(startMonth);
  const load = new Map<number, number>();
  const ends = new Map<string, number>();
  const measures: ScheduledMeasure[] = [];
  const inPlan = new Set(order);
  // The placed measures take their months first, whatever their rank: the others are fitted around them.
  for (const [id, months] of placed) {
    if (!inPlan.has(id)) continue;
    ends.set(id, parseMonth(months.due));
    if (months.occupies) for (let m = parseMonth(months.start); m <= parseMonth(months.due); m++) load.set(m, (load.get(m) ?? 0) + 1);
  }
  for (const id of order) {
    const instrument = instruments.get(id)!;
    const prerequisites = instrument.requires.filter((r) => inPlan.has(r) && ends.has(r));
    const fixed = placed.get(id);
    let begin: number;
    let end: number;
    if (fixed) {
      begin = parseMonth(fixed.start);
      end = parseMonth(fixed.due);
    } else {
      const earliest = Math.max(start, ...prerequisites.map((r) => ends.get(r)! + 1));
      const months = monthsFor(instrument.durationWeeks);
      begin = earliest;
      while (!fits(load, begin, months, Math.max(1, capacity))) begin++;
      end = begin + months - 1;
      for (let m = begin; m <= end; m++) load.set(m, (load.get(m) ?? 0) + 1);
      ends.set(id, end);
    }
    measures.push({
      instrument,
      score: scores.get(id) ?? 0,
      start: formatMonth(begin),
      due: formatMonth(end),
      prerequisites,
      prerequisiteFor: (prerequisiteFor.get(id) ?? []).filter((d) => inPlan.has(d)),
    });
  }
  return { measures, cycles };
}

function fits(load: Map<number, number>, begin: number, months: number, capacity: number): boolean {
  for (let m = begin; m < begin + months; m++) if ((load.get(m) ?? 0) >= capacity) return false;
  return true;
}
