// One plan, read for the portfolio: only the few frontmatter data the portfolio counts, never the body, the
// owners or the notes (so they cannot leak, and 600 plans take little memory). The frontmatter is read with
// the `yaml` package's plain `parse` (no syntax tree with ranges, as the editor needs); the checks are the schema's.
// A plan that fails them is reported by the caller with the engine's located message (see cli/commands/portfolio.ts).
import { parse, YAMLParseError } from 'yaml';
import { splitFrontmatter } from '../parse/frontmatter';
import { parseMonth } from '../plan/months';
import type { Score } from '../vocabulary';
import type { SchemaRegistry } from '../schema/registry';
import type { Ampel } from '../monitoring/statusReport';
import type { MeasureStatus } from '../vocabulary';
import { ampelOf } from '../monitoring/ampel';
import { actualEnd, actualStart, currentStatus } from '../monitoring/currentStatus';
import { updatesOf, type MonitoredMeasure } from '../monitoring/measureData';

export interface MeasureSummary {
  instrument: string;
  status: MeasureStatus;
  ampel: Ampel;
  plannedMonths: number | null;
  actualMonths: number | null;
}

export interface PlanSummary {
  /** The office's name, kept only for a named portfolio. */
  name: string | null;
  bundesland: string;
  /** Criterion id → [status, relevance]. */
  scores: Record<string, [Score, Score]>;
  measures: MeasureSummary[];
}

export interface SummaryContext {
  schemas: SchemaRegistry;
  criteria: ReadonlySet<string>;
  instruments: ReadonlySet<string>;
  asOf: string;
  named: boolean;
}

/** `line` and `column` count from 1, as the CLI prints them. */
export type SummaryResult = { summary: PlanSummary } | { notPlan: true } | { problem: string; line?: number; column?: number };

export function readPlanSummary(text: string, context: SummaryContext): SummaryResult {
  const split = splitFrontmatter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (!split.block) return { notPlan: true };
  let data: unknown;
  try {
    data = parse(split.block.source, { schema: 'core', logLevel: 'error' });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const position = error.linePos?.[0];
    const before = text.slice(0, split.block.contentStart).split('\n').length - 1;
    return { problem: 'Das YAML der Kopfdaten ist fehlerhaft.', ...(position ? { line: before + position.line, column: position.col } : {}) };
  }
  if (!data || typeof data !== 'object' || (data as { kind?: unknown }).kind !== 'plan') return { notPlan: true };
  const validate = context.schemas.validator('plan');
  if (validate && !validate(data)) return { problem: 'Die Kopfdaten entsprechen nicht dem Schema eines Maßnahmenplans.' };
  return summaryOf(data as PlanFrontmatter, context);
}

interface PlanFrontmatter {
  agency: { name: string; bundesland: string };
  assessment: Record<string, { status: Score; relevance: Score }>;
  measures: (MonitoredMeasure & { instrument: string })[];
}

function summaryOf(data: PlanFrontmatter, context: SummaryContext): SummaryResult {
  const unknownCriterion = Object.keys(data.assessment).find((id) => !context.criteria.has(id));
  if (unknownCriterion) return { problem: `Unbekanntes Kriterium „${unknownCriterion}“ in der Bewertung.` };
  const unknownInstrument = data.measures.find((m) => !context.instruments.has(m.instrument));
  if (unknownInstrument) return { problem: `Unbekanntes Instrument „${unknownInstrument.instrument}“ in den Maßnahmen.` };
  const scores: PlanSummary['scores'] = {};
  for (const [id, score] of Object.entries(data.assessment)) scores[id] = [score.status, score.relevance];
  return {
    summary: {
      name: context.named ? data.agency.name : null,
      bundesland: data.agency.bundesland,
      scores,
      measures: data.measures.map((m) => measureSummary(m, context.asOf)),
    },
  };
}

/** One measure at the reporting date: updates after it do not count (not for the status, the Ampel or the durations). */
function measureSummary(measure: MonitoredMeasure & { instrument: string }, asOf: string): MeasureSummary {
  const updates = updatesOf(measure);
  const known = updates.filter((u) => u.date <= asOf);
  const started = actualStart(known);
  const ended = actualEnd(known);
  return {
    instrument: measure.instrument,
    status: currentStatus(measure, asOf, updates),
    ampel: ampelOf(measure, asOf, updates).ampel,
    plannedMonths: monthsBetween(measure.start, measure.due),
    actualMonths: started && ended ? monthsBetween(started, ended) : null,
  };
}

/** Months from one month to another, both counted (2027-01 to 2027-03: 3); null for a reversed or missing span. */
export function monthsBetween(from: unknown, to: unknown): number | null {
  if (typeof from !== 'string' || typeof to !== 'string' || !/^\d{4}-\d{2}/.test(from) || !/^\d{4}-\d{2}/.test(to)) return null;
  const months = parseMonth(to) - parseMonth(from) + 1;
  return months > 0 ? months : null;
}
