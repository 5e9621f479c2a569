// The portfolio read plan by plan: each plan's text goes in, only its summary stays (memory proportional to the
// number of plans, not to their bodies); the report is built from the summaries at the end.
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { SchemaRegistry } from '../schema/registry';
import { criteriaOf, instrumentsOf } from '../plan/model';
import { buildPortfolio } from './buildPortfolio';
import { readPlan, resolveSummary, type PlanReading, type PlanSummary, type SummaryResult } from './planSummary';
import type { PortfolioReport } from './portfolioReport';

export interface PortfolioCollector {
  /** Reads one plan; a result with `problem` means it is skipped (and counted as skipped). */
  add(text: string): SummaryResult;
  /** Takes a plan read elsewhere (`readPlan` in a worker thread), as `add` takes its text. */
  addReading(reading: PlanReading): SummaryResult;
  /** Counts a plan skipped for a reason found outside (unreadable file). */
  skip(): void;
  report(): PortfolioReport;
}

export function createPortfolioCollector(index: WorkspaceIndex, schemas: SchemaRegistry, options: { asOf: string; named: boolean }): PortfolioCollector {
  const criteria = criteriaOf(index);
  const instruments = instrumentsOf(index);
  const context = { schemas, criteria: new Map(criteria.map((c) => [c.id, c.id])), instruments: new Map([...instruments.keys()].map((id) => [id, id])), ...options };
  const plans: PlanSummary[] = [];
  let skipped = 0;
  const addReading = (reading: PlanReading): SummaryResult => {
    const result = resolveSummary(reading, context);
    if ('summary' in result) plans.push(result.summary);
    else if ('problem' in result) skipped++;
    return result;
  };
  return {
    add: (text) => addReading(readPlan(text, context)),
    addReading,
    skip: () => void skipped++,
    report: () => buildPortfolio(plans, criteria, instruments, { ...options, skipped }),
  };
}
