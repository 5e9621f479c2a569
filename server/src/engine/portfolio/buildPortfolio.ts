// The portfolio's model: from the plans' summaries to the counts per criterion, per instrument and per
// Bundesland, every count anonymised (anonymise.ts) unless the portfolio is named.
import type { Criterion, InstrumentInfo } from '../plan/model';
import { quadrantOf } from '../plan/needs';
import { MEASURE_STATUSES, type MeasureStatus } from '../vocabulary';
import type { Ampel } from '../monitoring/statusReport';
import { AMPEL_ORDER } from '../monitoring/ampelRules';
import { anonymised, anonymisedMedian, MIN_OFFICES } from './anonymise';
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
  const withheld = (counts: Record<ScoreValue, number>) => Object.fromEntries(SCORE_VALUES.map((v) => [v, office(counts[v], named)])) as Record<ScoreValue, Count>;
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
      status: Object.fromEntries(MEASURE_STATUSES.map((s) => [s, office(t.status[s].size, named)])) as Record<MeasureStatus, Count>,
      plannedMonths: anonymisedMedian(t.planned, t.plannedBy.size, named),
      actualMonths: anonymisedMedian(t.actual, t.actualBy.size, named),
      ...(named ? { completedBy: [...t.status.abgeschlossen].map((i) => plans[i]!.name ?? '').sort((a, b) => a.localeCompare(b, 'de')) } : {}),
      sortKey: rank(t.offices.size, named),
    }))
    .sort((a, b) => b.sortKey - a.sortKey || a.title.localeCompare(b.title, 'de'))
    .map(({ sortKey: _sortKey, ...rest }) => rest);
}

function bundeslandPortfolios(plans: PlanSummary[], named: boolean): BundeslandPortfolio[] {
  const byLand = new Map<string, number[]>();
  plans.forEach((p, i) => {
    const members = byLand.get(p.bundesland);
    if (members) members.push(i);
    else byLand.set(p.bundesland, [i]);
  });
  return [...byLand.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'de'))
    .map(([bundesland, members]) => {
      const ampel = Object.fromEntries(AMPEL_ORDER.map((a) => [a, { measures: 0, offices: new Set<number>() }])) as Record<Ampel, { measures: number; offices: Set<number> }>;
      let measures = 0;
      for (const i of members) for (const m of plans[i]!.measures) (measures++, ampel[m.ampel].measures++, ampel[m.ampel].offices.add(i));
      const withMeasures = members.filter((i) => plans[i]!.measures.length).length;
      return {
        bundesland,
        offices: office(members.length, named),
        measures: anonymised(measures, withMeasures, named),
        ampel: Object.fromEntries(AMPEL_ORDER.map((a) => [a, anonymised(ampel[a].measures, ampel[a].offices.size, named)])) as Record<Ampel, Count>,
      };
    });
}
