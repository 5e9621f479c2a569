// The portfolio's model: from the plans' summaries to the counts per criterion, per instrument and per
// Bundesland, every count anonymised (anonymise.ts) unless the portfolio is named.
import type { Criterion, InstrumentInfo } from '../plan/model';
import { quadrantOf } from '../plan/needs';
import { MEASURE_STATUSES, type MeasureStatus } from '../vocabulary';
import type { Ampel } from '../monitoring/statusReport';
import { AMPEL_ORDER } from '../monitoring/ampelRules';
import { anonymised, anonymisedMedian, anonymisedRow, isWithheld, MIN_OFFICES } from './anonymise';
import type { PlanSummary } from './planSummary';
import type { BundeslandPortfolio, Count, CriterionPortfolio, InstrumentPortfolio, PortfolioReport, ScoreValue } from './portfolioReport';

export const SCORE_VALUES: ScoreValue[] = ['1', '2', '3', '4', '5', 'unbekannt'];
const HOTSPOTS = 10;

export interface PortfolioOptions {
  asOf: string;
  named: boolean;
  skipped: number;
}

export function buildPortfolio(plans: PlanSummary[], criteria: Criterion[], instruments: Map<string, InstrumentInfo>, options: PortfolioOptions): PortfolioReport {
  const criteriaReports = criteria.map((c) => criterionPortfolio(c, plans, options.named));
  const hot = criteria
    .map((c, i) => ({ c, raw: plans.filter((p) => inHotspot(p, c.id)).length, report: criteriaReports[i]! }))
    .filter((h) => h.raw > 0)
    .sort((a, b) => rank(b.raw, options.named) - rank(a.raw, options.named) || a.c.eckpunktOrder - b.c.eckpunktOrder)
    .slice(0, HOTSPOTS);
  return {
    asOf: options.asOf,
    named: options.named,
    offices: plans.length,
    skipped: options.skipped,
    criteria: criteriaReports,
    hotspots: hot.map((h) => ({ criterion: h.c.id, text: h.c.text, offices: h.report.hierAnsetzen })),
    instruments: instrumentPortfolios(plans, instruments, options.named),
    bundeslaender: bundeslandPortfolios(plans, options.named),
  };
}

const office = (n: number, named: boolean): Count => anonymised(n, n, named);

/** The number of offices to sort by: a withheld count (1 or 2) ranks as one, so the order does not tell 1 from 2. */
const rank = (n: number, named: boolean): number => (named || n === 0 || n >= MIN_OFFICES ? n : 1);

function scoreOf(plan: PlanSummary, id: string): [ScoreValue, ScoreValue] {
  const score = plan.scores[id];
  return score ? [String(score[0]) as ScoreValue, String(score[1]) as ScoreValue] : ['unbekannt', 'unbekannt'];
}

function inHotspot(plan: PlanSummary, id: string): boolean {
  const score = plan.scores[id];
  return !!score && typeof score[0] === 'number' && typeof score[1] === 'number' && quadrantOf(score[0], score[1]) === 'hier-ansetzen';
}

function criterionPortfolio(criterion: Criterion, plans: PlanSummary[], named: boolean): CriterionPortfolio {
  const status = Object.fromEntries(SCORE_VALUES.map((v) => [v, 0])) as Record<ScoreValue, number>;
  const relevance = { ...status };
  for (const plan of plans) {
    const [s, r] = scoreOf(plan, criterion.id);
    status[s]++;
    relevance[r]++;
  }
  // Every office is counted once per criterion, so each row adds up to the number of offices the report shows.
  const withheld = (counts: Record<ScoreValue, number>) => {
    const row = anonymisedRow(SCORE_VALUES.map((v) => ({ value: counts[v], offices: counts[v] })), 'offices', true, named);
    return Object.fromEntries(SCORE_VALUES.map((v, i) => [v, row[i]!])) as Record<ScoreValue, Count>;
  };
  return {
    criterion: criterion.id,
    text: criterion.text,
    eckpunkt: criterion.eckpunkt,
    eckpunktTitle: criterion.eckpunktTitle,
    status: withheld(status),
    relevance: withheld(relevance),
    hierAnsetzen: office(plans.filter((p) => inHotspot(p, criterion.id)).length, named),
  };
}

interface InstrumentTally {
  offices: Set<number>;
  status: Record<MeasureStatus, Set<number>>;
  planned: number[];
  plannedBy: Set<number>;
  actual: number[];
  actualBy: Set<number>;
}

function instrumentPortfolios(plans: PlanSummary[], instruments: Map<string, InstrumentInfo>, named: boolean): InstrumentPortfolio[] {
  const tallies = new Map<string, InstrumentTally>();
  plans.forEach((plan, i) => {
    for (const m of plan.measures) {
      let t = tallies.get(m.instrument);
      if (!t) tallies.set(m.instrument, (t = { offices: new Set(), status: Object.fromEntries(MEASURE_STATUSES.map((s) => [s, new Set()])) as InstrumentTally['status'], planned: [], plannedBy: new Set(), actual: [], actualBy: new Set() }));
      t.offices.add(i);
      t.status[m.status].add(i);
      if (m.plannedMonths !== null) (t.planned.push(m.plannedMonths), t.plannedBy.add(i));
      if (m.actualMonths !== null) (t.actual.push(m.actualMonths), t.actualBy.add(i));
    }
  });
  return [...tallies.entries()]
    .map(([id, t]) => ({
      instrument: id,
      title: instruments.get(id)?.title ?? id,
      offices: office(t.offices.size, named),
      status: statusRow(t, named),
      plannedMonths: anonymisedMedian(t.planned, t.plannedBy.size, named),
      actualMonths: anonymisedMedian(t.actual, t.actualBy.size, named),
      ...(named ? { completedBy: [...t.status.abgeschlossen].map((i) => plans[i]!.name ?? '').sort((a, b) => a.localeCompare(b, 'de')) } : {}),
      sortKey: rank(t.offices.size, named),
    }))
    .sort((a, b) => b.sortKey - a.sortKey || a.title.localeCompare(b.title, 'de'))
    .map(({ sortKey: _sortKey, ...rest }) => rest);
}

/** Offices per status of their measure: a row that adds up to the instrument's offices (one measure each, as a rule). */
function statusRow(t: InstrumentTally, named: boolean): Record<MeasureStatus, Count> {
  const cells = MEASURE_STATUSES.map((s) => ({ value: t.status[s].size, offices: t.status[s].size }));
  const row = anonymisedRow(cells, 'offices', !isWithheld(office(t.offices.size, named)), named);
  return Object.fromEntries(MEASURE_STATUSES.map((s, i) => [s, row[i]!])) as Record<MeasureStatus, Count>;
}

function bundeslandPortfolios(plans: PlanSummary[], named: boolean): BundeslandPortfolio[] {
  const byLand = new Map<string, number[]>();
  plans.forEach((p, i) => {
    const members = byLand.get(p.bundesland);
    if (members) members.push(i);
    else byLand.set(p.bundesland, [i]);
  });
  const lands = [...byLand.entries()].sort(([a], [b]) => a.localeCompare(b, 'de'));
  // The Länder's offices add up to the number of offices the report shows.
  const offices = anonymisedRow(lands.map(([, members]) => ({ value: members.length, offices: members.length })), 'offices', true, named);
  return lands.map(([bundesland, members], land) => {
    const ampel = Object.fromEntries(AMPEL_ORDER.map((a) => [a, { measures: 0, offices: new Set<number>() }])) as Record<Ampel, { measures: number; offices: Set<number> }>;
    let measures = 0;
    for (const i of members) for (const m of plans[i]!.measures) (measures++, ampel[m.ampel].measures++, ampel[m.ampel].offices.add(i));
    const withMeasures = members.filter((i) => plans[i]!.measures.length).length;
    const measureCount = anonymised(measures, withMeasures, named);
    // The measures per Ampel add up to the Land's measures.
    const ampelRow = anonymisedRow(AMPEL_ORDER.map((a) => ({ value: ampel[a].measures, offices: ampel[a].offices.size })), 'measures', !isWithheld(measureCount), named);
    return {
      bundesland,
      offices: offices[land]!,
      measures: measureCount,
      ampel: Object.fromEntries(AMPEL_ORDER.map((a, i) => [a, ampelRow[i]!])) as Record<Ampel, Count>,
    };
  });
}
